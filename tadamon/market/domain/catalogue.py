"""The catalogue's filters and a product's badges; the catalogue's queryset is in
`domain/queries/catalogue.py`."""

from dataclasses import dataclass
from decimal import Decimal

from django.db.models import Q
from django.utils import timezone

from tadamon.market.models import Certification, Product, valid_on


@dataclass
class CatalogueFilters:
    q: str = ""
    category: str = ""  # sector code; a group code includes its sectors
    region: str = ""
    province: str = ""
    certification: str = ""  # a certification type, valid today, of the product or its organisation
    women: bool | None = None
    youth: bool | None = None
    price_min: Decimal | None = None
    price_max: Decimal | None = None
    sort: str = "name"
    event: int | None = None  # the products of this event's exhibitors
    organization: int | None = None  # one organisation's products


def valid_certifications(product: Product):
    """The product's and its organisation's certifications valid today: the badges."""
    today = timezone.localdate()
    return Certification.objects.filter(valid_on(today)).filter(
        Q(product=product) | Q(product=None, organization_id=product.organization_id)).order_by("kind")
