import datetime
from decimal import Decimal

import factory
from django.utils import timezone

from tadamon.partnerships.domain.commitments import cancel_commitment, record_support
from tadamon.partnerships.models import Agreement, AgreementParty, Commitment
from tadamon.programmes.tests.factories import ProgrammeFactory
from tadamon.registry.models import Province, Sector
from tadamon.registry.tests.factories import MembershipFactory, OrganizationFactory, PersonFactory


class AgreementFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Agreement

    reference = factory.Sequence(lambda n: f"CONV-{2015 + n % 10}-{n:03d}")
    title_fr = factory.Sequence(lambda n: f"Convention {n}")
    title_ar = factory.Sequence(lambda n: f"اتفاقية {n}")
    signed_on = datetime.date(2024, 1, 15)
    starts_on = datetime.date(2024, 2, 1)
    ends_on = datetime.date(2026, 12, 31)
    budget_mad = Decimal("1000000")


class PartyFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = AgreementParty

    agreement = factory.SubFactory(AgreementFactory)
    organization = factory.SubFactory("tadamon.registry.tests.factories.OrganizationFactory")
    role = "beneficiary"


class CommitmentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Commitment

    agreement = factory.SubFactory(AgreementFactory)
    debtor = factory.SubFactory("tadamon.registry.tests.factories.OrganizationFactory", kind="company")
    deliverable = "Machines à coudre"
    due_on = datetime.date(2030, 6, 30)


def sponsor_books():
    """Managem owes four things under one agreement and delivered three pieces of support.

    Tinghir argan coop: 50,000 owed, delivered 20,000 in equipment and 30,000 as a grant tranche
    (that one linked to the commitment and to a programme). Zagora dates coop: 10,000 owed by the
    end of 2025, nothing delivered (late); 12 training seats worth 3,000 given under a programme.
    8,000 owed to all beneficiaries (planned) and 5,000 cancelled. Another sponsor's 99,999 to the
    Tinghir coop is not Managem's."""
    tinghir, zagora = Province.objects.get(code="MA-TIN"), Province.objects.get(code="MA-ZAG")
    argan_coop = OrganizationFactory(province=tinghir, sector=Sector.objects.get(code="argan"))
    dates_coop = OrganizationFactory(province=zagora, sector=Sector.objects.get(code="dates"))
    sponsor = OrganizationFactory(kind="company", name_latin="Managem", name_ar="مناجم")
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
