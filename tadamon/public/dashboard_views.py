"""The public dashboard: the country, a region or a province for a year (and a sector), every
indicator with its change on the year before, one indicator by region or province (bars and a
tile map of the regions) and over the years (a line), each chart with its table. Read from the
precomputed figures, with the same small-cell hiding as open data."""

from django import forms
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from tadamon.common.forms import CodeChoiceField
from tadamon.indicators.catalogue import BY_CODE, CATALOGUE
from tadamon.indicators.domain import dashboards
from tadamon.indicators.domain.figures import FIRST_YEAR, last_refreshed
from tadamon.registry.models import Province, Region, Sector


class DashboardForm(forms.Form):
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


def dashboard(request):
    form = DashboardForm(request.GET or None)
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
