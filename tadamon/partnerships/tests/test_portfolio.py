"""The sponsor's portfolio against a hand-counted fixture: committed, delivered (once, whatever it
is linked to), by province, sector and year, and the people reached."""

import datetime
from decimal import Decimal

import pytest
from django.utils import timezone

from tadamon.partnerships.domain.commitments import cancel_commitment, record_support
from tadamon.partnerships.domain.portfolio import agreements_in_force, late_commitments, portfolio
from tadamon.partnerships.tests.factories import AgreementFactory, CommitmentFactory, PartyFactory
from tadamon.programmes.tests.factories import ProgrammeFactory
from tadamon.registry.models import Province, Sector
from tadamon.registry.tests.factories import MembershipFactory, OrganizationFactory, PersonFactory

pytestmark = pytest.mark.django_db
TODAY = datetime.date(2026, 11, 25)


@pytest.fixture
def books():
    """Managem owes four things under one agreement and delivered three pieces of support.

    Tinghir argan coop: 50,000 owed, delivered 20,000 in equipment and 30,000 as a grant tranche
    (that one linked to the commitment and to a programme). Zagora dates coop: 10,000 owed by the
    end of 2025, nothing delivered (late); 12 training seats worth 3,000 given under a programme.
    8,000 owed to all beneficiaries (planned) and 5,000 cancelled. Another sponsor's 99,999 to the
    Tinghir coop is not Managem's."""
    tinghir, zagora = Province.objects.get(code="MA-TIN"), Province.objects.get(code="MA-ZAG")
    argan_coop = OrganizationFactory(province=tinghir, sector=Sector.objects.get(code="argan"))
    dates_coop = OrganizationFactory(province=zagora, sector=Sector.objects.get(code="dates"))
    sponsor = OrganizationFactory(kind="company", name_latin="Managem")
    other_sponsor = OrganizationFactory(kind="company")
    agreement = AgreementFactory(starts_on=datetime.date(2025, 1, 1), ends_on=datetime.date(2026, 12, 31))
    PartyFactory(agreement=agreement, organization=sponsor, role="sponsor")
    PartyFactory(agreement=agreement, organization=argan_coop, role="beneficiary")
    PartyFactory(agreement=agreement, organization=dates_coop, role="beneficiary")
    machines = CommitmentFactory(agreement=agreement, debtor=sponsor, beneficiary=argan_coop,
                                 amount_mad=Decimal("50000"), due_on=datetime.date(2026, 6, 30))
    CommitmentFactory(agreement=agreement, debtor=sponsor, beneficiary=dates_coop, deliverable="Chambre froide",
                      amount_mad=Decimal("10000"), due_on=datetime.date(2025, 12, 31))
    CommitmentFactory(agreement=agreement, debtor=sponsor, deliverable="Salon", amount_mad=Decimal("8000"),
                      due_on=datetime.date(2026, 12, 31))
    cancel_commitment(CommitmentFactory(agreement=agreement, debtor=sponsor, amount_mad=Decimal("5000"),
                                        due_on=datetime.date(2026, 12, 31)), reason="Reporté")
    programme = ProgrammeFactory()
    common = {"provider": sponsor, "description": "x"}
    record_support(recipient=argan_coop, kind="equipment", value_mad=Decimal("20000"),
                   delivered_on=datetime.date(2026, 3, 1), commitment=machines, **common)
    record_support(recipient=argan_coop, kind="grant_tranche", value_mad=Decimal("30000"),
                   delivered_on=datetime.date(2026, 5, 1), commitment=machines, programme=programme, **common)
    record_support(recipient=dates_coop, kind="training", value_mad=Decimal("3000"), people=12,
                   delivered_on=datetime.date(2025, 9, 1), programme=programme, **common)
    record_support(recipient=argan_coop, provider=other_sponsor, kind="payment", value_mad=Decimal("99999"),
                   description="x", delivered_on=datetime.date(2026, 1, 1), programme=programme)
    # Members: two women of 40 and a man of 22 in Tinghir; in Zagora one of those women again and
    # a woman whose birth year is unknown; a former member is not counted.
    year = timezone.localdate().year
    shared = PersonFactory(gender="F", birth_year=year - 40)
    MembershipFactory(organization=argan_coop, person=shared)
    MembershipFactory(organization=argan_coop, person__gender="F", person__birth_year=year - 40)
    MembershipFactory(organization=argan_coop, person__gender="M", person__birth_year=year - 22)
    MembershipFactory(organization=dates_coop, person=shared)
    MembershipFactory(organization=dates_coop, person__gender="F", person__birth_year=None)
    MembershipFactory(organization=dates_coop, person__gender="M", end_date=datetime.date(2024, 1, 1),
                      start_date=datetime.date(2020, 1, 1))
    return sponsor, argan_coop, dates_coop


def test_the_portfolio_adds_up_to_the_records(books, django_assert_num_queries):
    sponsor, _argan, _dates = books
    with django_assert_num_queries(13):
        figures = portfolio(sponsor, today=TODAY)
    assert figures["committed"] == Decimal("68000")  # the cancelled 5,000 is not committed any more
    # The grant tranche linked to a commitment and a programme is counted once.
    assert (figures["delivered"], figures["money"], figures["in_kind"], figures["services"]) == (
        Decimal("53000"), Decimal("30000"), Decimal("20000"), Decimal("3000"))
    assert (figures["deliveries"], figures["organizations"], figures["people_named"]) == (3, 2, 12)
    assert {status: n for status, _label, n, _amount in figures["statuses"]} == {
        "planned": 1, "in_progress": 0, "delivered": 1, "late": 1, "cancelled": 1}
    assert (figures["kept"], figures["late"], figures["agreements"]) == (1, 1, 1)
    assert (figures["members"], figures["women"], figures["men"]) == (4, 3, 1)
    assert {band: n for band, _label, n in figures["by_age"] if n} == {"35_44": 2, "under_25": 1, "unknown": 1}
    assert [(row["item"] and row["item"].code, row["committed"], row["delivered"], row["organizations"])
            for row in figures["by_province"]] == [
        ("MA-TIN", Decimal("50000"), Decimal("50000"), 1), ("MA-ZAG", Decimal("10000"), Decimal("3000"), 1),
        (None, Decimal("8000"), 0, 0)]
    assert [(row["item"] and row["item"].code, row["delivered"]) for row in figures["by_sector"]] == [
        ("argan", Decimal("50000")), ("dates", Decimal("3000")), (None, 0)]
    assert [(row["year"], row["committed"], row["delivered"]) for row in figures["by_year"]] == [
        (2025, Decimal("10000"), Decimal("3000")), (2026, Decimal("58000"), Decimal("50000"))]
    assert [(row["kind"], row["delivered"], row["people"]) for row in figures["by_kind"]] == [
        ("grant_tranche", Decimal("30000"), 0), ("equipment", Decimal("20000"), 0), ("training", Decimal("3000"), 12)]


def test_filters_narrow_every_figure(books):
    sponsor, _argan, dates_coop = books
    in_2025 = portfolio(sponsor, year=2025, today=TODAY)
    assert (in_2025["committed"], in_2025["delivered"], in_2025["late"], in_2025["members"]) == (
        Decimal("10000"), Decimal("3000"), 1, 2)
    # Zagora: its own commitment and the one owed to all beneficiaries (one of them is in Zagora).
    zagora = portfolio(sponsor, province=dates_coop.province, today=TODAY)
    assert (zagora["committed"], zagora["delivered"], zagora["organizations"]) == (
        Decimal("18000"), Decimal("3000"), 1)
    assert (zagora["women"], zagora["men"]) == (2, 0)
    argan = portfolio(sponsor, sector=Sector.objects.get(code="argan"), today=TODAY)
    assert (argan["committed"], argan["delivered"]) == (Decimal("58000"), Decimal("50000"))
    nowhere = portfolio(sponsor, province=Province.objects.get(code="MA-CAS"), today=TODAY)
    assert (nowhere["committed"], nowhere["delivered"], nowhere["members"]) == (0, 0, 0)


def test_another_sponsor_sees_only_its_own_support(books):
    _sponsor, argan_coop, _dates = books
    other = portfolio(OrganizationFactory(kind="company"), today=TODAY)
    assert (other["committed"], other["delivered"], other["members"]) == (0, 0, 0)
    assert argan_coop.support_received.count() == 3  # its own two and the other sponsor's


def test_the_report_lists_the_agreements_in_force_and_the_late_commitments(books):
    sponsor, _argan, dates_coop = books
    assert [party.role for party in agreements_in_force(sponsor, 2026)] == ["sponsor"]
    assert not agreements_in_force(sponsor, 2027).exists()
    assert [(c.beneficiary, c.deliverable) for c in late_commitments(sponsor, today=TODAY)] == [
        (dates_coop, "Chambre froide")]
