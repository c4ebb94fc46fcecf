"""The public catalogue: published products of public organisations, filtered and sorted, and what
a product card shows (the public site and the API)."""

from django.db.models import Prefetch, Q, QuerySet
from django.utils import timezone

from tadamon.common.i18n import by_translated_name
from tadamon.common.search_terms import fully_understood, name_rank, terms_condition
from tadamon.common.text import normalize_text
from tadamon.events.domain.queries.exhibitors import exhibitor_organization_ids
from tadamon.market.domain.catalogue import CatalogueFilters
from tadamon.market.models import Certification, Product, ProductPhoto, valid_on
from tadamon.registry.domain.queries.directory import public_organizations

SORTS = {"price": ("price_mad", "pk"), "-price": ("-price_mad", "pk"), "new": ("-created_at", "-pk")}


def name_order() -> tuple:
    """Alphabetical by the name the card shows (an Arabic page sorts the Arabic names, a French page
    the French ones); pk breaks ties so pages are stable."""
    return by_translated_name(), "pk"


def catalogue(filters: CatalogueFilters) -> QuerySet:
    products = Product.objects.filter(published=True, organization__in=public_organizations())
    if filters.q:
        products = search_products(products, filters.q)
    if filters.category:
        products = products.filter(Q(category__code=filters.category) | Q(category__parent__code=filters.category))
    products = _by_maker(products, filters)
    if filters.certification:
        valid = Certification.objects.filter(valid_on(timezone.localdate()), kind=filters.certification)
        products = products.filter(Q(pk__in=valid.exclude(product=None).values("product_id"))
                                   | Q(organization__in=valid.filter(product=None).values("organization_id")))
    if filters.price_min is not None:
        products = products.filter(price_mad__gte=filters.price_min)
    if filters.price_max is not None:
        products = products.filter(price_mad__lte=filters.price_max)
    order = SORTS.get(filters.sort)
    if order is None:  # by name, the default
        order = ("search_rank", *name_order()) if filters.q else name_order()  # a search: best match first
    return products.order_by(*order)


def search_products(products: QuerySet, query: str) -> QuerySet:
    """Products whose name holds the query (normalised), or whose names hold every word of it by
    meaning (تمر, التمور, dattes and dates all find تمور المجهول: common/search_terms.py).
    Annotates `search_rank`: 0 a name is the query, 1 a name holds it in order, 2 the rest."""
    every_word = terms_condition(query)
    if fully_understood(query):  # only words of the vocabulary: by meaning, not by letters (زيت ≠ زيتون)
        condition = every_word
    else:  # a name, or a word being typed ("arg"): its letters too
        condition = Q(search_text__contains=normalize_text(query))
        if every_word is not None:
            condition |= every_word
    return products.filter(condition).annotate(search_rank=name_rank(query))


def _by_maker(products: QuerySet, filters: CatalogueFilters) -> QuerySet:
    """The filters on the product's organisation: where it is, who it is, the fair it exhibits at."""
    if filters.region:
        products = products.filter(organization__province__region__code=filters.region)
    if filters.province:
        products = products.filter(organization__province__code=filters.province)
    if filters.women:
        products = products.filter(organization__is_women=True)
    if filters.youth:
        products = products.filter(organization__is_youth=True)
    if filters.event:
        products = products.filter(organization__in=exhibitor_organization_ids(filters.event))
    if filters.organization:
        products = products.filter(organization=filters.organization)
    return products


def with_cards(products: QuerySet) -> QuerySet:
    """What a product card shows: its organisation and province, its first photo."""
    return products.select_related("organization__province__region", "category").prefetch_related(
        Prefetch("photos", queryset=ProductPhoto.objects.order_by("position", "pk"), to_attr="photo_list"))
