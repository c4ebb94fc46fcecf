"""Hostile import files (issue 16): zip bombs, too many sheets, rows or columns, huge cells and
NUL characters. Each is refused with a clear message before the heavy reading, and nothing is written."""

import io
import zipfile

import pytest
from django.core.management import call_command
from django.test import override_settings

from tadamon.common.files import append_row, new_sheet, new_workbook, workbook_bytes
from tadamon.registry.domain.imports import import_organizations
from tadamon.registry.models import Organization, OrganizationImport
from tadamon.registry.tasks import run_organization_import

pytestmark = pytest.mark.django_db

HEADER = ["kind", "name_latin", "province"]
ROW = ["cooperative", "Coop Tizi", "MA-HAO"]


def xlsx(rows, *, sheets=1) -> bytes:
    workbook = new_workbook()
    sheet = new_sheet(workbook, "Sheet", right_to_left=False)
    for row in rows:
        append_row(sheet, row)
    for n in range(1, sheets):
        new_sheet(workbook, f"Sheet {n + 1}", right_to_left=False)
    return workbook_bytes(workbook)


def xlsx_bomb(unpacked: int) -> bytes:
    """A real workbook whose sheet is padded with the same row, over and over, streamed into the
    zip: the 409 KB file of the issue unpacked to 419 MB the same way."""
    source = zipfile.ZipFile(io.BytesIO(xlsx([HEADER, ROW])))
    output = io.BytesIO()
    with zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as bomb:
        for entry in source.infolist():
            if entry.filename != "xl/worksheets/sheet1.xml":
                bomb.writestr(entry, source.read(entry))
        with bomb.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
            sheet.write(b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>')
            row = b'<row><c t="inlineStr"><is><t>cooperative</t></is></c></row>'
            block = row * (2**20 // len(row))
            for _ in range(unpacked // len(block) + 1):
                sheet.write(block)
            sheet.write(b"</sheetData></worksheet>")
    return output.getvalue()


def with_shared_strings(count: int, *, part: str = "xl/sharedStrings.xml") -> bytes:
    """A workbook with a table of `count` different shared strings, as Excel writes (openpyxl does
    not): openpyxl holds the whole table in memory, about nine times its size for short strings."""
    source = zipfile.ZipFile(io.BytesIO(xlsx([HEADER, ROW])))
    output = io.BytesIO()
    with zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as target:
        for entry in source.infolist():
            data = source.read(entry)
            if entry.filename == "xl/_rels/workbook.xml.rels":
                data = data.replace(b"</Relationships>", b'<Relationship Id="rIdS" Target="/' + part.encode()
                                    + b'" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                                    b'relationships/sharedStrings"/></Relationships>')
            if entry.filename == "[Content_Types].xml":
                data = data.replace(b"</Types>", b'<Override PartName="/' + part.encode() + b'" ContentType="'
                                    b'application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings'
                                    b'+xml"/></Types>')
            target.writestr(entry.filename, data)
        strings = b"".join(b"<si><t>k%07d</t></si>" % n for n in range(count))
        target.writestr(part, b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                        + strings + b"</sst>")
    return output.getvalue()


def run(data: bytes, filename: str):
    return import_organizations(io.BytesIO(data), filename=filename)


@pytest.fixture
def openpyxl_must_not_open(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("openpyxl opened the file")

    monkeypatch.setattr("tadamon.registry.domain.tabular.load_workbook", refuse)


def test_an_xlsx_bomb_is_refused_from_its_zip_directory_before_openpyxl_reads_it(openpyxl_must_not_open):
    bomb = xlsx_bomb(110 * 2**20)
    assert len(bomb) < 500_000  # 110 MiB once unpacked
    report = run(bomb, "orgs.xlsx")
    assert report.file_errors == [
        "The workbook unpacks to more than 100 MB; split it into smaller files or save it as CSV."]
    assert not report.written and not Organization.objects.exists()


def test_a_part_compressed_like_a_zip_bomb_is_refused(openpyxl_must_not_open):
    report = run(xlsx_bomb(5 * 2**20), "orgs.xlsx")  # small once unpacked, but shrunk a thousand times
    assert report.file_errors == ["The workbook is compressed abnormally (a part shrinks more than 100 times): "
                                  "it looks built to exhaust the server."]


def test_a_workbook_with_too_many_sheets_is_refused(openpyxl_must_not_open):
    report = run(xlsx([HEADER, ROW], sheets=21), "orgs.xlsx")
    assert report.file_errors == ["The workbook has more than 20 sheets; only the first is imported: save it alone."]


@override_settings(IMPORT_MAX_XLSX_SHARED_STRINGS_BYTES=2**20)
@pytest.mark.parametrize("part", ["xl/sharedStrings.xml", "xl/worksheets/sheet2.xml"])
def test_shared_strings_too_big_to_hold_in_memory_are_refused_wherever_they_are(part, openpyxl_must_not_open):
    report = run(with_shared_strings(60_000, part=part), "orgs.xlsx")  # 1.3 MiB: ~12 MiB in openpyxl
    assert report.file_errors == [f"A part of the workbook read whole into memory ({part}) unpacks to more than "
                                  "1 MB; save the sheet as CSV."]


def test_styles_too_big_to_hold_in_memory_are_refused(openpyxl_must_not_open):
    source = zipfile.ZipFile(io.BytesIO(xlsx([HEADER, ROW])))
    output = io.BytesIO()
    with zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as target:
        for entry in source.infolist():
            data = source.read(entry)
            if entry.filename == "xl/styles.xml":  # a hundred thousand cell formats, each a Python object
                formats = b"".join(b'<xf numFmtId="%d" fontId="0" fillId="0" borderId="0"/>' % n
                                   for n in range(100_000))
                data = data.replace(b"<cellXfs", b"<cellXfs>" + formats + b"</cellXfs><cellStyleXfs", 1)
            target.writestr(entry.filename, data)
    report = run(output.getvalue(), "orgs.xlsx")
    assert report.file_errors == ["A part of the workbook read whole into memory (xl/styles.xml) unpacks to more "
                                  "than 4 MB; save the sheet as CSV."]


def test_shared_strings_of_a_national_file_are_read():
    report = run(with_shared_strings(1000), "orgs.xlsx")
    assert (report.file_errors, report.created) == ([], 1)


def test_a_file_named_xlsx_that_is_not_a_zip_is_refused(openpyxl_must_not_open):
    report = run(b"kind,name_latin,province\n", "orgs.xlsx")
    assert report.file_errors == ["The file could not be opened as an Excel workbook (.xlsx)."]


@override_settings(IMPORT_MAX_ROWS=3)
@pytest.mark.parametrize("filename", ["orgs.csv", "orgs.xlsx"])
def test_rows_beyond_the_limit_are_refused_and_the_limit_itself_is_read(filename):
    def data(rows):
        if filename.endswith(".csv"):
            return "\n".join(",".join(row) for row in rows).encode()
        return xlsx(rows)

    rows = [HEADER] + [["cooperative", f"Coop {n}", "MA-HAO"] for n in range(4)]
    report = run(data(rows), filename)
    assert report.file_errors == ["The file has more than 3 rows; split it into smaller files."]
    assert not Organization.objects.exists()
    assert run(data(rows[:4]), filename).created == 3


@override_settings(IMPORT_MAX_COLUMNS=5)
@pytest.mark.parametrize("filename", ["orgs.csv", "orgs.xlsx"])
def test_columns_beyond_the_limit_are_refused(filename):
    def data(rows):
        if filename.endswith(".csv"):
            return "\n".join(",".join(row) for row in rows).encode()
        return xlsx(rows)

    wide_header = [*HEADER, "a", "b", "c"]
    assert run(data([wide_header, ROW]), filename).file_errors == ["The file has more than 5 columns."]
    wide_row = [*ROW, "", "", "far away"]
    assert run(data([HEADER, wide_row]), filename).file_errors == ["The file has more than 5 columns."]
    assert run(data([[*HEADER, "notes", ""], [*ROW, "x", ""]]), filename).created == 1  # 5 columns: fine


@override_settings(IMPORT_MAX_CSV_BYTES=2**20)
def test_a_csv_over_the_size_limit_is_refused_before_it_is_read():
    text = "\n".join([",".join(HEADER)] + [",".join(ROW)] * 40_000).encode()
    assert len(text) > 2**20
    report = run(text, "orgs.csv")
    assert report.file_errors == ["The file is larger than 1 MB; split it into smaller files."]


def test_a_csv_cell_too_big_for_the_csv_reader_is_a_file_error_not_a_crash():
    text = ",".join(HEADER) + "\ncooperative," + "x" * 200_000 + ",MA-HAO\n"
    report = run(text.encode(), "orgs.csv")
    assert report.file_errors == [
        "Line 2 of the file cannot be read as CSV (field larger than field limit (131072))."]


def test_a_nul_character_is_refused_by_row_and_column_like_the_forms_do():
    text = ",".join(HEADER) + "\ncooperative,Coop\x00 Tizi,MA-HAO\ncooperative,Coop Assif,MA-HAO\n"
    report = run(text.encode(), "orgs.csv")
    assert [(e.row, e.column, e.value, e.message) for e in report.errors] == [
        (2, "name_latin", "Coop\u2400 Tizi", "Null characters are not allowed.")]
    assert not report.written and not Organization.objects.exists()


def test_values_echoed_in_a_report_are_cut():
    report = run((",".join(HEADER) + "\ncooperative," + "x" * 5000 + ",MA-HAO\n").encode(), "orgs.csv")
    (error,) = report.errors
    assert error.message == "At most 255 characters (this has 5000)."
    assert error.value == "x" * 199 + "…"


def test_a_stored_report_keeps_the_first_500_errors_and_their_count(staff_user):
    rows = "\n".join(f"factory,Coop {n},MA-HAO" for n in range(600))
    job = OrganizationImport.objects.create(file=_file(",".join(HEADER) + "\n" + rows), original_name="orgs.csv",
                                            created_by=staff_user)
    run_organization_import.call(job.pk)
    job.refresh_from_db()
    assert (job.status, len(job.report["errors"]), job.report["error_count"]) == ("done", 500, 600)


def _file(text: str):
    from django.core.files.base import ContentFile

    return ContentFile(text.encode(), name="orgs.csv")


def test_the_background_task_reports_a_bomb_as_a_file_error_and_writes_nothing(staff_user, openpyxl_must_not_open):
    from django.core.files.base import ContentFile

    organizations = Organization.objects.count()  # the staff user's own
    job = OrganizationImport.objects.create(file=ContentFile(xlsx_bomb(110 * 2**20), name="orgs.xlsx"),
                                            original_name="orgs.xlsx", created_by=staff_user)
    run_organization_import.call(job.pk, "en")  # the report in the language of the page that sent the file
    job.refresh_from_db()
    assert job.status == "done" and not job.report["ok"]
    assert job.report["file_errors"] == [
        "The workbook unpacks to more than 100 MB; split it into smaller files or save it as CSV."]
    assert Organization.objects.count() == organizations


def test_the_command_reports_a_bomb_and_exits_1_without_writing(tmp_path, capsys, openpyxl_must_not_open):
    path = tmp_path / "orgs.xlsx"
    path.write_bytes(xlsx_bomb(110 * 2**20))
    with pytest.raises(SystemExit) as exit_:
        call_command("import_organizations", str(path))
    assert exit_.value.code == 1
    assert "orgs.xlsx: The workbook unpacks to more than 100 MB" in capsys.readouterr().err
    assert not Organization.objects.exists()


def test_a_web_import_with_a_nul_character_stores_its_report(staff_user):
    """PostgreSQL cannot store a NUL character in JSON: the report shows it as ␀."""
    text = ",".join(HEADER) + "\ncooperative,Coop\x00 Tizi,MA-HAO\n"
    job = OrganizationImport.objects.create(file=_file(text), original_name="orgs.csv", created_by=staff_user)
    run_organization_import.call(job.pk)
    job.refresh_from_db()
    assert job.status == "done"
    assert [(e["row"], e["column"], e["value"]) for e in job.report["errors"]] == [(2, "name_latin", "Coop␀ Tizi")]
