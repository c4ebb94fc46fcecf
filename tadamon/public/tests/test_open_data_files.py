"""The public files (open data, the pivot table, the annual report) read back from their URLs: a
name typed in the back office (a region's, a programme's) comes out as text beginning with an
apostrophe, never as a formula; figures stay figures."""

import csv
import datetime
import io

import pytest
from openpyxl import load_workbook

from tadamon.common.tests.test_files import PAYLOADS, as_read, formulas
from tadamon.indicators.domain.figures import refresh
from tadamon.programmes.tests.factories import ProgrammeFactory
from tadamon.registry.models import Province, Region
from tadamon.registry.tests.factories import OrganizationFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def figures():
    """Drâa-Tafilalet renamed with a formula in both languages, and two cooperatives there in 2023."""
    Region.objects.filter(code="MA-08").update(name_fr=PAYLOADS[0], name_ar=PAYLOADS[1])
    for _ in range(2):
        OrganizationFactory(province=Province.objects.get(code="MA-TIN"), creation_date=datetime.date(2015, 1, 1))
    refresh(years=[2022, 2023])


def csv_rows(response) -> list[list[str]]:
    assert response.status_code == 200
    text = response.content.decode("utf-8")
    assert text.startswith("\ufeff")
    return list(csv.reader(io.StringIO(text[1:], newline="")))


def xlsx_workbook(response):
    assert response.status_code == 200
    assert formulas(response.content) == []
    return load_workbook(io.BytesIO(response.content))


def test_the_open_data_csv_neutralises_region_names(figures, client):
    rows = csv_rows(client.get("/fr/open-data/indicators.csv?year=2023&by=region"))
    assert ["cooperatives", "2023", "MA-08", "'" + PAYLOADS[1], "'" + PAYLOADS[0], "2"] in rows


def test_the_pivot_csv_neutralises_programme_names(client):
    ProgrammeFactory(name_fr=PAYLOADS[2], name_ar=PAYLOADS[2])
    rows = csv_rows(client.get("/fr/open-data/pivot.csv?indicator=organizations_accompanied&rows=programme"
                               "&columns=year"))
    assert ["'" + PAYLOADS[2]] == [row[0] for row in rows[2:] if row[0].endswith(PAYLOADS[2])]


def test_the_pivot_xlsx_has_no_formula_and_keeps_its_figures(figures, client):
    ProgrammeFactory(name_fr=PAYLOADS[3], name_ar=PAYLOADS[3])
    workbook = xlsx_workbook(client.get("/fr/open-data/pivot.xlsx?indicator=organizations_accompanied"
                                        "&rows=programme&columns=year"))
    line = next(row for row in workbook.active.iter_rows(values_only=True) if str(row[0]).endswith(PAYLOADS[3]))
    assert line[0] == "'" + PAYLOADS[3] and set(line[1:]) == {0}
    regions = xlsx_workbook(client.get("/fr/open-data/pivot.xlsx?indicator=cooperatives&rows=region&columns=year"))
    rows = list(regions.active.iter_rows(values_only=True))
    line = next(row for row in rows if str(row[0]).endswith(PAYLOADS[0]))
    assert line[0] == "'" + PAYLOADS[0] and line[rows[1].index("2023")] == 2


def test_the_annual_report_xlsx_has_no_formula_and_keeps_its_figures(figures, client):
    workbook = xlsx_workbook(client.get("/fr/dashboard/report.xlsx?year=2023"))
    cooperatives = workbook["Coopératives"]
    by_region = {row[0]: row[1] for row in cooperatives.iter_rows(min_row=2, values_only=True)}
    assert by_region[as_read("'" + PAYLOADS[0])] == 2
    arabic = xlsx_workbook(client.get("/ar/dashboard/report.xlsx?year=2023"))
    assert any(row[0] == "'" + PAYLOADS[1] for sheet in arabic.worksheets for row in sheet.iter_rows(values_only=True))
