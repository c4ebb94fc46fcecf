"""Open data: the indicators by region, province or sector for a year, aggregates only with
small counts of people hidden, as a page and as CSV; and the catalogue that says how each is
computed. Anonymous-safe: it reads only the precomputed aggregates."""

import csv

from django import forms
from django.http import HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from tadamon.indicators.catalogue import CATALOGUE
from tadamon.indicators.domain.figures import FIRST_YEAR
from tadamon.indicators.domain.open_data import open_data


class OpenDataForm(forms.Form):
    year = forms.TypedChoiceField(label=_("Year"), coerce=int, required=False)
    by = forms.ChoiceField(label=_("By"), required=False, choices=[
        ("region", _("Region")), ("province", _("Province")), ("sector", _("Sector"))])

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        this_year = timezone.localdate().year
        self.fields["year"].choices = [(y, y) for y in range(this_year, FIRST_YEAR - 1, -1)]

    def choice(self) -> tuple[int, str]:
        last = timezone.localdate().year - 1
        if self.is_valid():
            return self.cleaned_data["year"] or last, self.cleaned_data["by"] or "region"
        return last, "region"


def open_data_page(request):
    form = OpenDataForm(request.GET or None, initial={"year": timezone.localdate().year - 1, "by": "region"})
    year, by = form.choice()
    data = open_data(year, by)
    arabic = (get_language() or "ar").startswith("ar")
    for indicator in data["indicators"]:
        for row in indicator["rows"]:
            row["name"] = (row["name_ar"] if arabic else row["name_fr"]) or _("Not known")
    return render(request, "public/open_data.html", {"form": form, "data": data, "year": year, "by": by})


def open_data_csv(request):
    year, by = OpenDataForm(request.GET or None).choice()
    data = open_data(year, by)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="tadamon-indicators-{year}-by-{by}.csv"'
    response.write("\ufeff")  # so spreadsheets read the Arabic names as UTF-8
    writer = csv.writer(response)
    writer.writerow(["indicator", "year", by, "name_ar", "name_fr", "value"])
    for indicator in data["indicators"]:
        for row in indicator["rows"]:
            writer.writerow([indicator["code"], year, row["code"], row["name_ar"], row["name_fr"],
                             "" if row["value"] is None else row["value"]])
        writer.writerow([indicator["code"], year, "total", "", "", "" if indicator["total"] is None
                         else indicator["total"]])
    return response


def indicator_catalogue(request):
    return render(request, "public/indicator_catalogue.html", {"catalogue": CATALOGUE})
