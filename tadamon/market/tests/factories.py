from decimal import Decimal

import factory

from tadamon.market.models import Product
from tadamon.registry.models import Sector


class ProductFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Product

    organization = factory.SubFactory("tadamon.registry.tests.factories.OrganizationFactory")
    name_fr = factory.Sequence(lambda n: f"Produit {n}")
    name_ar = factory.Sequence(lambda n: f"منتوج {n}")
    category = factory.LazyFunction(lambda: Sector.objects.exclude(parent=None).order_by("pk").first())
    price_mad = Decimal("100")
    search_text = factory.LazyAttribute(lambda p: f"{p.name_ar} | {p.name_fr.lower()}")
