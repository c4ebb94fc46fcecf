"""The public catalogue: published products of public organisations, filtered and sorted."""

from dataclasses import dataclass
from decimal import Decimal

from django.db.models import Prefetch, Q, QuerySet
from django.utils import timezone

from tadamon.common.text import normalize_text
from tadamon.market.models import Certification, Product, ProductPhoto, valid_on
from tadamon.registry.domain.queries.directory import public_organizations

SORTS = {"name": ("name_fr", "name_ar", "pk"), "price": ("price_mad", "pk"), "-price": ("-price_mad", "pk"),
         "new": ("-created_at", "-pk")}


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


def catalogue(filters: CatalogueFilters) -> QuerySet:
    products = Product.objects.filter(published=True, organization__in=public_organizations())
    if filters.q:
        products = products.filter(search_text__contains=normalize_text(filters.q))
    if filters.category:
        products = products.filter(Q(category__code=filters.category) | Q(category__parent__code=filters.category))
    if filters.region:
        products = products.filter(organization__province__region__code=filters.region)
    if filters.province:
        products = products.filter(organization__province__code=filters.province)
    if filters.certification:
        valid = Certification.objects.filter(valid_on(timezone.localdate()), kind=filters.certification)
        products = products.filter(Q(pk__in=valid.exclude(product=None).values("product_id"))
                                   | Q(organization__in=valid.filter(product=None).values("organization_id")))
    if filters.women:
        products = products.filter(organization__is_women=True)
    if filters.youth:
        products = products.filter(organization__is_youth=True)
    if filters.price_min is not None:
        products = products.filter(price_mad__gte=filters.price_min)
    if filters.price_max is not None:
        products = products.filter(price_mad__lte=filters.price_max)
    return products.order_by(*SORTS.get(filters.sort, SORTS["name"]))


def with_cards(products: QuerySet) -> QuerySet:
    """What a product card shows: its organisation and province, its first photo."""
    return products.select_related("organization__province__region", "category").prefetch_related(
        Prefetch("photos", queryset=ProductPhoto.objects.order_by("position", "pk"), to_attr="photo_list"))


def valid_certifications(product: Product):
    """The product's and its organisation's certifications valid today: the badges."""
    today = timezone.localdate()
    return Certification.objects.filter(valid_on(today)).filter(
        Q(product=product) | Q(product=None, organization_id=product.organization_id)).order_by("kind")
