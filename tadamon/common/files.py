"""Every CSV and XLSX file the platform writes, and the header that names a file in a response.

A value a user typed (an organisation's name, a member's name) may begin with what a spreadsheet
reads as a formula: `=`, `+`, `-`, `@`, a tab or a carriage return. Such text gets a leading
apostrophe (OWASP, "CSV injection"), so the cell shows what was typed and never runs. In XLSX,
text is moreover always written as a string cell, never as a formula. Numbers, dates and empty
cells keep their type, so figures still add up.

This is the only module that uses `csv.writer` and openpyxl's `Workbook`: a new export goes
through `csv_response` or `xlsx_response` (or `new_workbook` and `append_row` for a workbook
with charts), and every file response names its file with `with_filename`."""

import csv
import datetime
import decimal
import io
from collections.abc import Iterable, Iterator

from django.http import HttpResponse, StreamingHttpResponse
from django.utils.http import content_disposition_header
from openpyxl import Workbook
from openpyxl.cell.cell import Cell

CSV_TYPE = "text/csv; charset=utf-8"
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# Written as they are: a spreadsheet reads them as figures and dates, not as text (bool is an int).
TYPED = (int, float, decimal.Decimal, datetime.date, datetime.time, datetime.timedelta)


def neutralise(value):
    """The value as a cell may hold it: text beginning with a formula character gets a leading
    apostrophe; numbers, dates and None are returned untouched; anything else (a lazy
    translation, a model) becomes its text."""
    if value is None or isinstance(value, TYPED):
        return value
    text = str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


_NUMBER_LIKE = frozenset("0123456789 .-()/")


def looks_like_formula(text: str) -> bool:
    """Whether an imported value would run as a formula in a spreadsheet: it begins with "=" or
    "@", or with "+" or "-" followed by more than a number (+212 6 12…, -5 are numbers)."""
    if text.startswith(("=", "@", "\t", "\r")):
        return True
    return text.startswith(("+", "-")) and not set(text[1:]) <= _NUMBER_LIKE


# --- CSV --------------------------------------------------------------------------------------

# Direction marks and isolates say how a page shows a text (‎25–34 stays 25–34 in Arabic); a CSV is
# read by programs, which would take them for part of the value.
BIDI_MARKS = dict.fromkeys(map(ord, "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"))


def _without_bidi_marks(value):
    return value.translate(BIDI_MARKS) if isinstance(value, str) else value


def csv_lines(rows: Iterable[Iterable]) -> Iterator[str]:
    """The rows as CSV lines, one at a time (a streaming response sends them as they come), after
    a byte-order mark so that spreadsheets read the Arabic as UTF-8."""
    yield "\ufeff"
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    for row in rows:
        writer.writerow([_without_bidi_marks(neutralise(value)) for value in row])
        yield buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()


def csv_response(rows: Iterable[Iterable], filename: str, *, streaming: bool = False) -> HttpResponse:
    """The rows as a CSV download; `streaming` sends them while they are read from the database."""
    if streaming:
        response = StreamingHttpResponse(csv_lines(rows), content_type=CSV_TYPE)
    else:
        response = HttpResponse("".join(csv_lines(rows)), content_type=CSV_TYPE)
    return with_filename(response, filename)


# --- XLSX -------------------------------------------------------------------------------------

def _cell(sheet, probe: Cell, value):
    """A typed value as it is; text as text. openpyxl types a cell from its value: text beginning
    with "=" would become a formula, "#N/A" an error. Each text is tried on a probe cell; the rare
    one openpyxl would not store as a string is handed over as a cell typed "s", the others as
    they are (a cell object for every text makes a large export about 40 % slower, the probe 15 %)."""
    value = neutralise(value)
    if not isinstance(value, str):
        return value
    probe.value = value
    if probe.data_type == "s":
        return value
    cell = Cell(sheet, row=1, column=1, value=value)  # append() gives it its place
    cell.data_type = "s"
    return cell


# Figures stay numbers and show grouped by thousands; the spreadsheet draws the separator its reader
# is used to (the XLSX format holds no separator of its own). Dates are date cells, day first.
FIGURE_FORMAT = "#,##0"
AMOUNT_FORMAT = "#,##0.00"  # Decimal is money in this project (see DESIGN.md): centimes shown
FRACTION_FORMAT = "#,##0.0#"
DATE_FORMAT = "dd/mm/yyyy"


def figure_format(value) -> str | None:
    """The number format a figure is shown with, None for anything that is not a figure."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return FIGURE_FORMAT
    if isinstance(value, decimal.Decimal):
        return AMOUNT_FORMAT if value.is_finite() else None
    if isinstance(value, float):
        return FRACTION_FORMAT
    if isinstance(value, datetime.date) and not isinstance(value, datetime.datetime):
        return DATE_FORMAT
    return None


def _figure(sheet, value):
    number_format = figure_format(value)
    if number_format is None:
        return value
    cell = Cell(sheet, row=1, column=1, value=value)  # append() gives it its place
    cell.number_format = number_format
    return cell


def append_row(sheet, row: Iterable, *, figures: bool = False) -> None:
    """Add a row at the bottom of a sheet (of a workbook of new_workbook or xlsx_bytes). With
    `figures`, numbers are shown grouped by thousands (FIGURE_FORMAT) and dates day first; leave it
    off for rows holding identifiers or years (an id 1985 must not read "1,985")."""
    probe = Cell(sheet, row=1, column=1)
    values = [_cell(sheet, probe, value) for value in row]
    sheet.append([_figure(sheet, value) for value in values] if figures else values)


def new_workbook(*, write_only: bool = False) -> Workbook:
    """An empty workbook, without the default sheet, for a writer that styles its sheets or adds
    charts: create its sheets, fill them with append_row, and get the file from workbook_bytes."""
    workbook = Workbook(write_only=write_only)
    if not write_only:
        workbook.remove(workbook.active)
    return workbook


def new_sheet(workbook: Workbook, title: str, *, right_to_left: bool):
    """A sheet at the end of the workbook; its title cut to Excel's 31 characters; right to left
    for Arabic."""
    sheet = workbook.create_sheet(title=str(title)[:31])
    sheet.sheet_view.rightToLeft = right_to_left
    return sheet


def workbook_bytes(workbook: Workbook) -> bytes:
    output = io.BytesIO()
    workbook.save(output)
    return output.getvalue()


def xlsx_bytes(rows: Iterable[Iterable], *, title: str, right_to_left: bool, figures: bool = False) -> bytes:
    """A workbook of one sheet holding the rows, written as they come (openpyxl's write-only mode);
    `figures` as in append_row."""
    workbook = new_workbook(write_only=True)
    sheet = new_sheet(workbook, title, right_to_left=right_to_left)
    for row in rows:
        append_row(sheet, row, figures=figures)
    return workbook_bytes(workbook)


def xlsx_response(content: bytes, filename: str) -> HttpResponse:
    return file_response(content, XLSX_TYPE, filename)


# --- Any file ---------------------------------------------------------------------------------

def with_filename(response: HttpResponse, filename: str, *, inline: bool = False) -> HttpResponse:
    """Name the response's file: downloaded (attachment), or shown in the browser (inline, a PDF to
    print, an image). content_disposition_header quotes the name, or encodes it when not ASCII."""
    response["Content-Disposition"] = content_disposition_header(not inline, filename)
    return response


def file_response(content: bytes, content_type: str, filename: str, *, inline: bool = False) -> HttpResponse:
    return with_filename(HttpResponse(content, content_type=content_type), filename, inline=inline)
