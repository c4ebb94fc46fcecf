import io

import pytest
from django.core.management import call_command
from openpyxl import Workbook

from tadamon.registry.domain.imports import import_organizations
from tadamon.registry.models import Organization
from tadamon.registry.tests.factories import OrganizationFactory

pytestmark = pytest.mark.django_db

HEADER = "kind,name_ar,name_latin,sector,province,creation_date,women,youth,phone,email\n"
GOOD = HEADER + (
    "cooperative,تعاونية تافوكت,Coopérative Tafoukt,argan,MA-TIN,2019-03-21,yes,no,0612345678,\n"
    "Coopérative,,Coopérative Assif,dattes,Zagora,21/03/2018,non,oui,,assif@example.ma\n"
    "جمعية,جمعية أزير,,carpets-weaving,ورزازات,,,,,\n"
)


def run(text: str, filename="orgs.csv", **kwargs):
    return import_organizations(io.BytesIO(text.encode("utf-8")), filename=filename, **kwargs)


def test_a_good_file_creates_every_row_with_labels_names_and_codes_resolved():
    report = run(GOOD)
    assert (report.ok, report.created, report.written) == (True, 3, True)
    tafoukt = Organization.objects.get(name_latin="Coopérative Tafoukt")
    assert (tafoukt.province.code, tafoukt.sector.code, tafoukt.is_women, str(tafoukt.creation_date)) == (
        "MA-TIN", "argan", True, "2019-03-21")
    assist = Organization.objects.get(name_latin="Coopérative Assif")
    assert (assist.province.code, assist.sector.code, assist.is_youth) == ("MA-ZAG", "dates", True)
    assert Organization.objects.get(name_ar="جمعية أزير").kind == "association"
    assert tafoukt.history.count() == 1  # imported rows have a history entry too


def test_errors_are_reported_by_row_and_column_and_nothing_is_written():
    bad = HEADER + (
        "cooperative,تعاونية,Coop A,argan,MA-TIN,2019-03-21,yes,no,,\n"
        "factory,تعاونية,Coop B,argan,MA-TIN,,,,,\n"
        "cooperative,,,argan,MA-XXX,32/13/2019,maybe,,12,not-an-email\n"
    )
    report = run(bad)
    assert not report.ok and not report.written
    assert Organization.objects.count() == 0
    found = {(e.row, e.column) for e in report.errors}
    assert found == {(3, "kind"), (4, "name_ar"), (4, "province"), (4, "creation_date"), (4, "women"),
                     (4, "phone"), (4, "email")}
    kind_error = next(e for e in report.errors if e.column == "kind")
    assert kind_error.value == "factory"
    assert "Cooperative, Association" in kind_error.message


def test_dry_run_checks_everything_and_writes_nothing():
    report = run(GOOD, dry_run=True)
    assert (report.ok, report.total_rows, report.created, report.written) == (True, 3, 0, False)
    assert Organization.objects.count() == 0


def test_missing_required_columns_stop_the_import_before_any_row():
    report = run("name_latin,sector\nCoop,argan\n")
    assert report.file_errors == ["Missing columns: kind, province."]


def test_semicolon_csv_with_a_bom_is_read():
    text = "\ufeff" + GOOD.replace(",", ";")
    assert run(text).created == 3


def test_a_file_that_is_not_utf8_gets_a_clear_message():
    report = import_organizations(io.BytesIO("kind,name_latin\ncooperative,Coopérative\n".encode("latin-1")),
                                  filename="orgs.csv")
    assert report.file_errors and "UTF-8" in report.file_errors[0]
    assert Organization.objects.count() == 0


def test_xlsx_files_are_imported_with_date_cells():
    from datetime import date

    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["kind", "name_ar", "name_latin", "province", "creation_date", "women"])
    sheet.append(["cooperative", "تعاونية أكال", "Coopérative Akal", "MA-HAO", date(2020, 5, 4), 1])
    buffer = io.BytesIO()
    workbook.save(buffer)
    report = import_organizations(io.BytesIO(buffer.getvalue()), filename="orgs.xlsx")
    assert report.created == 1
    akal = Organization.objects.get()
    assert (akal.province.code, str(akal.creation_date), akal.is_women) == ("MA-HAO", "2020-05-04", True)


def test_likely_duplicates_in_the_file_and_in_the_database_are_flagged_across_scripts():
    existing = OrganizationFactory(name_ar="تعاونية تافوكت", name_latin="", province__code="MA-TIN")
    text = HEADER + (
        "cooperative,,Cooperative TAFOUKT,argan,MA-TIN,,,,,\n"  # same as the existing one
        "cooperative,تعاونية تيفاوين,,argan,MA-ZAG,,,,,\n"
        "cooperative,,Cooperative Tifawin,argan,MA-ZAG,,,,,\n"  # same sound as row 3
        "cooperative,,Cooperative Tifawin,argan,MA-HAO,,,,,\n"  # another province: not a duplicate
    )
    report = run(text)
    assert report.ok  # duplicates warn, they do not block
    assert [(d.row, d.other) for d in report.duplicates] == [(2, f"existing organisation #{existing.pk}"),
                                                             (4, "row 3")]


def test_command_prints_errors_and_exits_1_without_writing(tmp_path, capsys):
    path = tmp_path / "bad.csv"
    path.write_text(HEADER + "cooperative,,Coop,argan,MA-XXX,,,,,\n", encoding="utf-8")
    with pytest.raises(SystemExit) as exit_info:
        call_command("import_organizations", str(path))
    assert exit_info.value.code == 1
    assert "row 2, column province" in capsys.readouterr().err
    assert Organization.objects.count() == 0


def test_command_dry_run_then_real_run(tmp_path, capsys):
    path = tmp_path / "good.csv"
    path.write_text(GOOD, encoding="utf-8")
    call_command("import_organizations", str(path), "--dry-run")
    assert "3 rows checked" in capsys.readouterr().out
    assert Organization.objects.count() == 0
    call_command("import_organizations", str(path))
    assert Organization.objects.count() == 3
