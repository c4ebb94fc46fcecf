"""The sponsor's portfolio against a hand-counted fixture: committed, delivered (once, whatever it
is linked to), by province, sector and year, and the people reached."""

import datetime
from decimal import Decimal

import pytest

from tadamon.partnerships.domain.portfolio import agreements_in_force, late_commitments, portfolio
from tadamon.partnerships.tests.factories import sponsor_books
from tadamon.registry.models import Province, Sector
from tadamon.registry.tests.factories import OrganizationFactory

pytestmark = pytest.mark.django_db
TODAY = datetime.date(2026, 11, 25)


@pytest.fixture
def books():
    return sponsor_books()


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
