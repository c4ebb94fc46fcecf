import factory

from tadamon.registry.enums import Gender, OrganizationKind
from tadamon.registry.models import Membership, Organization, Person, Province, Sector


class ProvinceRef(factory.django.DjangoModelFactory):
    """Provinces are reference data loaded by a migration: fetch, never create."""

    class Meta:
        model = Province
        django_get_or_create = ("code",)

    code = "MA-OUA"


class OrganizationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organization

    kind = OrganizationKind.COOPERATIVE
    name_ar = factory.Sequence(lambda n: f"تعاونية الأمل {n}")
    name_latin = factory.Sequence(lambda n: f"Coopérative Al Amal {n}")
    province = factory.SubFactory(ProvinceRef)
    sector = factory.LazyFunction(lambda: Sector.objects.get(code="argan"))


class PersonFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Person

    first_name_ar = "فاطمة"
    last_name_ar = factory.Sequence(lambda n: f"العلوي {n}")
    first_name_latin = "Fatima"
    last_name_latin = factory.Sequence(lambda n: f"Alaoui {n}")
    gender = Gender.FEMALE
    birth_year = 1985


class MembershipFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Membership

    person = factory.SubFactory(PersonFactory)
    organization = factory.SubFactory(OrganizationFactory)
    role = "member"
