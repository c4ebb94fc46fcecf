"""Back-office pages of the market: the products an organisation's manager or its programme
staff keep, their photos, certifications, and sheets of QR labels to print."""

import datetime

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from tadamon.accounts.access import kept_organization_for_user, may, product_for_user
from tadamon.backoffice.market_forms import CertificationForm, PhotoForm, ProductForm
from tadamon.backoffice.views import require, saved
from tadamon.common.files import with_filename
from tadamon.common.i18n import by_name
from tadamon.common.params import id_list_param, id_param
from tadamon.market.domain import products as product_domain
from tadamon.market.domain.queries.orders import orders_seen_by
from tadamon.market.enums import OrderStatus
from tadamon.market.labels_pdf import render_labels
from tadamon.market.models import EXPIRY_WARNING_DAYS, Certification, Product
from tadamon.public.product_views import trace_url

PAGE_SIZE = 50


@login_required
def product_list(request):
    require(request, "market.list_products")
    kept = product_domain.organizations_kept_by(request.user)
    products = (Product.objects.filter(organization__in=kept).select_related("organization", "category")
                .order_by(by_name("organization__name_ar", "organization__name_latin"),
                          by_name("name_ar", "name_fr"), "pk"))
    page = Paginator(products, PAGE_SIZE).get_page(request.GET.get("page"))
    # Expired or expiring within the warning period, chosen by the database: an admin keeps every
    # organisation, so this must not load all certifications to filter them in Python.
    today = timezone.localdate()
    attention = (Certification.objects.filter(organization__in=kept, issued_on__lte=today,
                                              expires_on__lte=today + datetime.timedelta(days=EXPIRY_WARNING_DAYS))
                 .select_related("organization", "product").order_by("expires_on", "pk")[:20])
    waiting = orders_seen_by(request.user).filter(status__in=OrderStatus.open()).count()
    return render(request, "backoffice/product_list.html", {
        "page_obj": page, "can_add": kept.exists(), "attention": attention, "orders_waiting": waiting})


@login_required
def product_create(request):
    require(request, "market.list_products")
    kept = product_domain.organizations_kept_by(request.user)
    if not kept.exists():
        raise PermissionDenied
    form = ProductForm(request.POST or None, request.FILES or None, organizations=kept,
                       initial={"organization": request.user.organization_id}
                       if may(request, "market.keep_products", request.user.organization) else None)
    product = request.method == "POST" and form.is_valid() and saved(form, lambda: product_domain.create_product(
        form.organization or form.cleaned_data["organization"], fields=form.product_fields(), user=request.user,
        photo=form.cleaned_data.get("image")))
    if product:
        messages.success(request, _("Product added. Add its photos below."))
        return redirect("backoffice:product", product.pk)
    return render(request, "backoffice/product_form.html", {"form": form, "product": None})


@login_required
def product_detail(request, pk: int):
    product = product_for_user(request, pk)
    form = ProductForm(request.POST or None, instance=product,
                       organizations=product_domain.organizations_kept_by(request.user))
    if request.method == "POST" and form.is_valid() and saved(form, lambda: product_domain.update_product(
            product, fields=form.product_fields(), expected_version=form.cleaned_data["version"] or 0,
            user=request.user)):
        messages.success(request, _("Changes saved."))
        return redirect("backoffice:product", product.pk)
    return render(request, "backoffice/product_form.html", {
        "form": form, "product": product, "photos": product.photos.all(), "photo_form": PhotoForm(),
        "certifications": product.certifications.all()})


@login_required
@require_POST
def product_photo_add(request, pk: int):
    product = product_for_user(request, pk)
    form = PhotoForm(request.POST, request.FILES)
    if form.is_valid() and saved(form, lambda: product_domain.add_photo(
            product, form.cleaned_data["image"], alt=form.cleaned_data["alt"])):
        messages.success(request, _("Photo added."))
    else:
        for errors in form.errors.values():
            for error in errors:
                messages.error(request, error)
    return redirect("backoffice:product", product.pk)


@login_required
def certifications(request, organization_pk: int):
    """An organisation's certifications and its products', with their status; add one."""
    organization = kept_organization_for_user(request, organization_pk)
    form = CertificationForm(request.POST or None, request.FILES or None, organization=organization)
    if request.method == "POST" and form.is_valid() and saved(form, lambda: product_domain.add_certification(
            organization, fields=form.cleaned_data, user=request.user)):
        messages.success(request, _("Certification added."))
        return redirect("backoffice:certifications", organization.pk)
    return render(request, "backoffice/certifications.html", {
        "organization": organization, "form": form,
        "certifications": organization.certifications.select_related("product").order_by("expires_on", "pk")})


@login_required
def product_labels(request):
    """A sheet of QR labels for the products chosen (?product=…), or all of an organisation's (?organization=)."""
    require(request, "market.list_products")
    products = Product.objects.filter(organization__in=product_domain.organizations_kept_by(request.user))
    chosen, organization = id_list_param(request.GET, "product"), id_param(request.GET, "organization")
    if chosen:
        products = products.filter(pk__in=chosen)
    elif organization:
        products = products.filter(organization_id=organization)
    else:
        raise Http404
    products = list(products.select_related("organization__province").order_by("name_fr", "pk"))
    if not products:
        raise Http404
    response = HttpResponse(render_labels(products, trace_url), content_type="application/pdf")
    with_filename(response, "labels.pdf", inline=True)
    return response
