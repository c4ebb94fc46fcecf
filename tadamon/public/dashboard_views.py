"""The public dashboard: the country, a region or a province for a year (and a sector), every
indicator with its change on the year before, one indicator by region or province (bars and a
tile map of the regions) and over the years (a line), each chart with its table. Read from the
precomputed figures, with the same small-cell hiding as open data."""

from django import forms
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from tadamon.accounts.access import require
from tadamon.common.files import XLSX_TYPE, with_filename
from tadamon.common.forms import CodeChoiceField
from tadamon.common.page_cache import cached_for_anonymous
from tadamon.indicators.catalogue import BY_CODE, CATALOGUE
from tadamon.indicators.domain import dashboards, programme_figures
from tadamon.indicators.domain.figures import FIRST_YEAR, last_refreshed
from tadamon.indicators.report_files import report_pdf, report_xlsx
from tadamon.programmes.models import Programme
from tadamon.public.open_data_views import LastYearByDefault
from tadamon.registry.models import Province, Region, Sector


class DashboardForm(LastYearByDefault, forms.Form):
    year = forms.TypedChoiceField(label=_("Year"), coerce=int, required=False)
    region = CodeChoiceField(Region.objects.order_by("code"), to_field_name="code", required=False, label=_("Region"))
    province = CodeChoiceField(Province.objects.order_by("code"), to_field_name="code", required=False,
                               label=_("Province"))
    sector = CodeChoiceField(Sector.objects.select_related("parent"), to_field_name="code", required=False,
                             label=_("Sector"))
    indicator = forms.ChoiceField(label=_("Indicator"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["year"].choices = [(y, y) for y in range(timezone.localdate().year, FIRST_YEAR - 1, -1)]
        self.fields["indicator"].choices = [(i.code, i.name) for i in CATALOGUE]
        self.default_year()


@cached_for_anonymous(follows_figures=True)
def dashboard(request):
    require(request, "indicators.view_figures")
    form = DashboardForm(request.GET)
    data = form.cleaned_data if form.is_valid() else {}
    year = data.get("year") or timezone.localdate().year - 1
    province = data.get("province")
    region = province.region if province else data.get("region")
    where = {"region": region, "province": province, "sector": data.get("sector")}
    where = {key: value for key, value in where.items() if value is not None}
    indicator = BY_CODE.get(data.get("indicator") or "cooperatives", BY_CODE["cooperatives"])
    if "sector" in where and not indicator.by_sector:
        indicator = BY_CODE["cooperatives"]
    bars, total = dashboards.breakdown(indicator, year, {k: v for k, v in where.items() if k != "province"})
    points = dashboards.series(indicator, range(max(FIRST_YEAR, year - 9), year + 1), where)
    return render(request, "public/dashboard.html", {
        "form": form, "year": year, "region": region, "province": province, "indicator": indicator,
        "figures": dashboards.key_figures(year, where), "bars": bars, "bars_total": total,
        "tiles": dashboards.tiles(bars) if region is None else None, "series": points,
        "line": dashboards.line_points(points), "refreshed_at": last_refreshed(),
    })


def dashboard_report(request, file_format: str):
    require(request, "indicators.view_figures")
    """The annual report of the country or a region for a year, as PDF or XLSX, in the page's language."""
    form = DashboardForm(request.GET)
    data = form.cleaned_data if form.is_valid() else {}
    year = data.get("year") or timezone.localdate().year - 1
    region = data.get("region")
    language = (get_language() or "ar")[:2]
    language = language if language in ("ar", "fr") else "fr"
    name = f"tadamon-report-{region.code if region else 'MA'}-{year}-{language}"
    if file_format == "pdf":
        response = HttpResponse(report_pdf(year, region, language), content_type="application/pdf")
    elif file_format == "xlsx":
        response = HttpResponse(report_xlsx(year, region, language), content_type=XLSX_TYPE)
    else:
        raise Http404
    return with_filename(response, f"{name}.{file_format}")


@cached_for_anonymous(follows_figures=True)
def programme_list(request):
    require(request, "indicators.view_figures")
    programmes = (Programme.objects.select_related("figures").prefetch_related("sponsors", "provinces")
                  .order_by("-start_date", "pk"))
    return render(request, "public/programme_dashboards.html", {"programmes": programmes})


@cached_for_anonymous(follows_figures=True)
def programme_dashboard(request, pk: int):
    require(request, "indicators.view_figures")
    """A programme's targets against what it has done, by province, gender, age band and year."""
    programme = get_object_or_404(Programme.objects.prefetch_related("sponsors", "partners"), pk=pk)
    return render(request, "public/programme_dashboard.html", {
        "programme": programme, "dashboard": programme_figures.programme_dashboard(programme, public=True)})
