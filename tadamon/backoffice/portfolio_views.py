"""A sponsor's portfolio page (committed against delivered, by province, sector and year; the
organisations and people reached) and its yearly social-responsibility report as PDF or XLSX.
Programme staff and officers see their own organisation's; admins choose whose."""

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from tadamon.accounts.access import may
from tadamon.backoffice.partnership_forms import PortfolioFilterForm
from tadamon.backoffice.views import require
from tadamon.common.files import XLSX_TYPE, with_filename
from tadamon.common.i18n import by_name
from tadamon.common.params import id_param, year_param
from tadamon.partnerships.domain import portfolio as domain
from tadamon.partnerships.report_files import report_pdf, report_xlsx


def _whose(request, form: PortfolioFilterForm):
    """The organisation whose portfolio is asked for: an admin's choice (the first sponsor by
    default), anyone else's own; asking for another one is refused."""
    if "organization" in form.fields:
        chosen = form.cleaned_data.get("organization") if form.is_bound else None
        return chosen or form.fields["organization"].queryset.first()
    asked = id_param(request.GET, "organization")
    if asked and asked != request.user.organization_id:
        raise PermissionDenied
    return request.user.organization


def _form(request) -> PortfolioFilterForm:
    sponsors = (domain.sponsors().order_by(by_name(), "pk") if may(request, "partnerships.view_any_portfolio")
                else None)
    form = PortfolioFilterForm(request.GET or None, sponsors=sponsors)
    form.is_valid()  # an invalid filter is shown with its message and filters nothing
    return form


@login_required
def portfolio(request):
    form = _form(request)
    organization = _whose(request, form)
    if organization is None and may(request, "partnerships.view_any_portfolio"):
        return render(request, "backoffice/portfolio.html", {"form": form, "figures": None})
    require(request, "partnerships.view_portfolio", organization)
    data = form.cleaned_data if form.is_bound else {}
    figures = domain.portfolio(organization, year=data.get("year"), province=data.get("province"),
                               sector=data.get("sector"))
    last_year = timezone.localdate().year - 1
    breakdowns = [
        (_("By province"), figures["by_province"], _("Province"), _("Owed to all the beneficiaries of an agreement")),
        (_("By sector"), figures["by_sector"], _("Sector"), _("Owed to all the beneficiaries of an agreement")),
        (_("By year"), figures["by_year"], _("Year"), ""),
    ]
    return render(request, "backoffice/portfolio.html", {
        "form": form, "figures": figures, "organization": organization, "breakdowns": breakdowns,
        "report_year": data.get("year") or last_year,
        "report_years": range(timezone.localdate().year, 2009, -1),
    })


@login_required
def portfolio_report(request, file_format: str):
    """The yearly social-responsibility report (?year=), in the page's language (Arabic right to
    left)."""
    year = year_param(request.GET, first=2000)
    if file_format not in ("pdf", "xlsx") or year is None:
        raise Http404
    form = _form(request)
    if form.errors.get("organization"):
        raise Http404
    organization = _whose(request, form)
    require(request, "partnerships.view_portfolio", organization)
    if organization is None:
        raise Http404
    report = domain.sponsor_report(organization, year)
    language = get_language() if get_language() in ("ar", "fr", "en") else "fr"
    if file_format == "pdf":
        content, content_type = report_pdf(report, language), "application/pdf"
    else:
        content = report_xlsx(report, language)
        content_type = XLSX_TYPE
    response = HttpResponse(content, content_type=content_type)
    return with_filename(response, f"csr-report-{organization.pk}-{year}-{language}.{file_format}")
