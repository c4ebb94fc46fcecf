"""Open data: the indicators by region, province or sector for a year, aggregates only with
small counts of people hidden, as a page and as CSV; and the catalogue that says how each is
computed. Anonymous-safe: it reads only the precomputed aggregates."""

from django import forms
from django.http import Http404
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from tadamon.accounts.access import require
from tadamon.common.files import csv_response, xlsx_bytes, xlsx_response
from tadamon.common.forms import CodeChoiceField
from tadamon.common.i18n import arabic_page, localized
from tadamon.common.page_cache import cached_for_anonymous
from tadamon.indicators.catalogue import BY_CODE, CATALOGUE, DIMENSION_NAMES
from tadamon.indicators.domain.figures import FIRST_YEAR
from tadamon.indicators.domain.open_data import open_data
from tadamon.indicators.domain.pivot import pivot
from tadamon.indicators.enums import OpenDataBy
from tadamon.registry.models import Region

DIMENSION_CHOICES = list(DIMENSION_NAMES.items())


class LastYearByDefault:
    """A form whose year, when none is asked, is the last closed one, shown as chosen (the
    select would otherwise show this year while the figures are last year's)."""

    def default_year(self):
        if self.is_bound and not self.data.get("year"):
            self.data = self.data.copy()
            self.data["year"] = str(timezone.localdate().year - 1)


class OpenDataForm(LastYearByDefault, forms.Form):
    year = forms.TypedChoiceField(label=_("Year"), coerce=int, required=False)
    by = forms.ChoiceField(label=_("By"), required=False, choices=OpenDataBy.choices)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        this_year = timezone.localdate().year
        self.fields["year"].choices = [(y, y) for y in range(this_year, FIRST_YEAR - 1, -1)]
        self.default_year()

    def choice(self) -> tuple[int, str]:
        last = timezone.localdate().year - 1
        if self.is_valid():
            return self.cleaned_data["year"] or last, self.cleaned_data["by"] or "region"
        return last, "region"


@cached_for_anonymous(follows_figures=True)
def open_data_page(request):
    require(request, "indicators.view_figures")
    form = OpenDataForm(request.GET or None, initial={"year": timezone.localdate().year - 1, "by": "region"})
    year, by = form.choice()
    data = open_data(year, by)
    for indicator in data["indicators"]:
        for row in indicator["rows"]:
            row["name"] = localized(row["name_ar"], row["name_fr"]) or _("Not known")
    return render(request, "public/open_data.html", {"form": form, "data": data, "year": year, "by": by})


def open_data_csv(request):
    require(request, "indicators.view_figures")
    year, by = OpenDataForm(request.GET or None).choice()
    data = open_data(year, by)
    lines = [["indicator", "year", by, "name_ar", "name_fr", "value"]]
    for indicator in data["indicators"]:
        for row in indicator["rows"]:
            lines.append([indicator["code"], year, row["code"], row["name_ar"], row["name_fr"], row["value"]])
        lines.append([indicator["code"], year, "total", "", "", indicator["total"]])
    return csv_response(lines, f"tadamon-indicators-{year}-by-{by}.csv")


def indicator_catalogue(request):
    require(request, "indicators.view_figures")
    return render(request, "public/indicator_catalogue.html", {"catalogue": CATALOGUE})


class PivotForm(LastYearByDefault, forms.Form):
    indicator = forms.ChoiceField(label=_("Indicator"))
    rows = forms.ChoiceField(label=_("Rows"), choices=DIMENSION_CHOICES)
    columns = forms.ChoiceField(label=_("Columns"), choices=DIMENSION_CHOICES)
    year = forms.TypedChoiceField(label=_("Year"), coerce=int, required=False,
                                  help_text=_("When the year is neither the rows nor the columns."))
    region = CodeChoiceField(Region.objects.order_by("code"), to_field_name="code", required=False,
                             label=_("Region"))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["indicator"].choices = [(i.code, i.name) for i in CATALOGUE]
        this_year = timezone.localdate().year
        self.fields["year"].choices = [(y, y) for y in range(this_year, FIRST_YEAR - 1, -1)]
        self.default_year()

    def clean(self):
        data = super().clean()
        indicator = BY_CODE.get(data.get("indicator"))
        if data.get("rows") and data.get("rows") == data.get("columns"):
            raise forms.ValidationError(_("Choose two different dimensions."))
        for field in ("rows", "columns"):
            dimension = data.get(field)
            if indicator and dimension and dimension not in indicator.dimensions:
                self.add_error(field, _("“%(indicator)s” is not broken down by %(dimension)s. It is by: %(dimensions)s.")
                               % {"indicator": indicator.name, "dimension": str(DIMENSION_NAMES[dimension]).lower(),
                                  "dimensions": ", ".join(str(DIMENSION_NAMES[d]).lower()
                                                          for d in indicator.dimensions)})
        return data


PIVOT_DEFAULTS = {"indicator": "cooperatives", "rows": "region", "columns": "year"}


def _pivot(request):
    form = PivotForm(request.GET or PIVOT_DEFAULTS)
    if not form.is_valid():
        return form, None
    data = form.cleaned_data
    return form, pivot(BY_CODE[data["indicator"]], data["rows"], data["columns"], year=data.get("year"),
                       region=data.get("region"))


@cached_for_anonymous(follows_figures=True)
def pivot_page(request):
    require(request, "indicators.view_figures")
    form, table = _pivot(request)
    return render(request, "public/pivot.html", {"form": form, "table": table, "query": request.GET.urlencode()},
                  status=400 if table is None else 200)


def pivot_file(request, file_format: str):
    require(request, "indicators.view_figures")
    form, table = _pivot(request)
    if table is None or file_format not in ("csv", "xlsx"):
        raise Http404
    # The totals the page shows, no more: a count on 31 December is not added up across years.
    header = [f"{form.cleaned_data['rows']} \\ {form.cleaned_data['columns']}", *[label for _k, label in table.columns],
              *([str(_("Total"))] if table.shows_row_totals else [])]
    lines = [[label, *values, *([total] if table.shows_row_totals else [])] for label, values, total in table.matrix()]
    if table.shows_column_totals:
        lines.append([str(_("Total")), *table.footer()])
    name = f"tadamon-{table.indicator.code}-{form.cleaned_data['rows']}-{form.cleaned_data['columns']}"
    if file_format == "csv":
        return csv_response([[table.indicator.name], header, *lines], f"{name}.csv")
    shown = [["—" if v is None else v for v in line] for line in lines]
    content = xlsx_bytes([[table.indicator.name], header, *shown], title=table.indicator.sheet_name,
                         right_to_left=arabic_page(), figures=True)
    return xlsx_response(content, f"{name}.xlsx")
