import factory

from tadamon.funding.models import NameRequest
from tadamon.registry.enums import OrganizationKind
from tadamon.registry.tests.factories import OrganizationFactory, ProvinceRef


class NameRequestFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = NameRequest

    reference = factory.Sequence(lambda n: f"NC-2026-{n + 1:05d}")
    name_ar = "تعاونية أزهار تازناخت"
    name_latin = "Coopérative Azhar Taznakht"
    province = factory.SubFactory(ProvinceRef)
    authority = factory.SubFactory(OrganizationFactory, kind=OrganizationKind.PUBLIC_BODY, name_ar="مكتب تنمية التعاون",
                                   name_latin="Office du Développement de la Coopération")
    applicant_name = "Hadda Ait Ali"
    applicant_phone = "0612345678"
    applicant_email = "hadda@example.ma"
