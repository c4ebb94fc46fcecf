import datetime
from decimal import Decimal

import factory

from tadamon.partnerships.models import Agreement, AgreementParty, Commitment


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
