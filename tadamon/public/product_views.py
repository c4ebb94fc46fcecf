"""The public catalogue and the product page, which is also where a product's QR label leads:
what it is, who made it and where, their certifications valid today, the programmes they took
part in. Organisations and products only, never a Person field."""

import io

import segno
from django.conf import settings
from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import translation

from tadamon.common.files import with_filename
from tadamon.common.htmx import is_htmx
from tadamon.common.page_cache import cached_for_anonymous
from tadamon.common.ratelimits import limited
from tadamon.market.domain.catalogue import valid_certifications
from tadamon.market.domain.queries.catalogue import catalogue, with_cards
from tadamon.market.forms import CatalogueFilterForm
from tadamon.market.models import Product
from tadamon.programmes.enums import EnrolmentStatus
from tadamon.registry.domain.queries.directory import member_counts, members_band, public_organizations

PAGE_SIZE = 24


@limited("search", "GET")
@cached_for_anonymous()
def product_list(request):
    form = CatalogueFilterForm(request.GET or None)
    page = Paginator(with_cards(catalogue(form.filters())), PAGE_SIZE).get_page(request.GET.get("page"))
    template = "public/product_list.html#results" if is_htmx(request) else "public/product_list.html"
    fair = form.cleaned_data.get("event") if form.is_valid() else None
    maker = form.cleaned_data.get("organization") if form.is_valid() else None
    return render(request, template, {"form": form, "page_obj": page, "fair": fair, "maker": maker})


def public_products():
    return Product.objects.filter(published=True, organization__in=public_organizations())


@cached_for_anonymous()
def product_detail(request, pk: int):
    product = get_object_or_404(public_products().select_related(
        "organization__province__region", "organization__commune", "category"), pk=pk)
    organization = product.organization
    programmes = [e.programme for e in organization.enrolments.filter(
        status__in=EnrolmentStatus.taking_part()).select_related("programme")]
    return render(request, "public/product_detail.html", {
        "product": product, "organization": organization, "photos": product.photos.all(),
        "certifications": valid_certifications(product), "programmes": programmes,
        "members_band": members_band(member_counts([organization.pk]).get(organization.pk, 0)),
        "share_url": request.build_absolute_uri(product.get_absolute_url()),
    })


def trace_url(product) -> str:
    """What a product's QR label holds: short, the same in every language."""
    return settings.SITE_URL.rstrip("/") + reverse("product_short", args=[product.pk])


def product_short(request, pk: int):
    """/p/<id>, from a QR label: the product page in the reader's language."""
    get_object_or_404(public_products(), pk=pk)
    with translation.override(translation.get_language_from_request(request)):
        return redirect("public:product", pk)


def product_qr(request, pk: int):
    """The QR code of a product's label, as a PNG."""
    product = get_object_or_404(public_products(), pk=pk)
    buffer = io.BytesIO()
    segno.make(trace_url(product), error="m").save(buffer, kind="png", scale=10, border=2)
    response = HttpResponse(buffer.getvalue(), content_type="image/png")
    with_filename(response, f"product-{product.pk}-qr.png", inline=True)
    return response
