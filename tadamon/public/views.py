"""Public pages. They read organisations, aggregates and what certificates certify (copied in
when they were issued), never a Person field."""

from django.core.paginator import Paginator
from django.db.models import Count
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import translation

from tadamon.common.htmx import is_htmx
from tadamon.common.page_cache import cached_for_anonymous
from tadamon.common.ratelimits import limited
from tadamon.programmes.domain.certificates import find_by_code
from tadamon.public.award_views import organization_awards
from tadamon.public.forms import CertificateCodeForm, DirectoryFilterForm
from tadamon.public.organization_page import organization_context
from tadamon.registry.domain.queries.directory import directory as directory_query
from tadamon.registry.domain.queries.directory import member_counts, members_band, public_organizations
from tadamon.registry.enums import OrganizationKind
from tadamon.registry.models import Region

PAGE_SIZE = 20


@cached_for_anonymous()
def home(request):
    # Both breakdowns from one pass over the registry (two GROUP BYs read it twice: 60,000 rows).
    by_kind, by_region = {}, {}
    for kind, region, n in (public_organizations().values_list("kind", "province__region")
                            .annotate(n=Count("pk")).order_by()):
        by_kind[kind] = by_kind.get(kind, 0) + n
        by_region[region] = by_region.get(region, 0) + n
    figures = [(OrganizationKind.counted(value, by_kind[value]), by_kind[value]) for value in OrganizationKind.values
               if value in by_kind]
    regions = [(region, by_region.get(region.pk, 0)) for region in Region.objects.order_by("code")]
    return render(request, "public/home.html", {"figures": figures, "regions": regions})


@limited("search", "GET")
@cached_for_anonymous()
def directory(request):
    form = DirectoryFilterForm(request.GET or None)
    queryset = directory_query(form.filters(), base=public_organizations())
    page = Paginator(queryset, PAGE_SIZE).get_page(request.GET.get("page"))
    counts = member_counts(o.pk for o in page)
    results = [(o, members_band(counts.get(o.pk, 0))) for o in page]
    context = {"form": form, "page_obj": page, "results": results}
    template = "public/directory.html#results" if is_htmx(request) else "public/directory.html"
    return render(request, template, context)


@cached_for_anonymous()
def organization(request, pk: int):
    organization = get_object_or_404(
        public_organizations().select_related("province__region", "commune", "sector"), pk=pk
    )
    count = member_counts([organization.pk]).get(organization.pk, 0)
    return render(request, "public/organization.html", {"organization": organization, "members_band": members_band(count),
                                                         "awards": organization_awards(organization),
                                                         **organization_context(request, organization)})


def certificate_verify(request):
    """Type the code printed on a certificate; a valid code leads to what it certifies."""
    form = CertificateCodeForm(request.GET or None)
    not_found = False
    if form.is_valid():
        certificate = find_by_code(form.cleaned_data["code"])
        if certificate is not None:
            return redirect("public:certificate", certificate.display_code)
        not_found = True
    return render(request, "public/certificate_verify.html", {"form": form, "not_found": not_found},
                  status=404 if not_found else 200)


def certificate(request, code: str):
    found = find_by_code(code)
    if found is None:
        form = CertificateCodeForm({"code": code})
        return render(request, "public/certificate_verify.html", {"form": form, "not_found": form.is_valid()},
                      status=404)
    return render(request, "public/certificate.html", {"certificate": found})


def certificate_short(request, code: str):
    """/c/<code>, from the QR code: on to the verification page in the reader's language."""
    language = translation.get_language_from_request(request)
    with translation.override(language):
        return redirect("public:certificate", code)
