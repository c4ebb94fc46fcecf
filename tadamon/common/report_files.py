"""Reports as files: a PDF (Arabic right to left, or French) of titled tables, each with a bar
chart when it has figures to compare, and an XLSX workbook with one sheet per table and the same
chart, for those who rework the figures. Each report says what its sections are; this module only
lays them out."""

import datetime
import re
from decimal import Decimal
from typing import NamedTuple

from django.utils import translation
from django.utils.translation import gettext as _
from fpdf.fonts import FontFace
from openpyxl.chart import BarChart, Reference
from openpyxl.styles import Font

from tadamon.common import numbers
from tadamon.common.files import FIGURE_FORMAT, append_row, new_sheet, new_workbook, workbook_bytes
from tadamon.common.pdf import ARABIC, LATIN, Document, arabic_text
from tadamon.common.text import is_arabic

BRAND = (15, 107, 92)
MUTED = (91, 101, 115)
INK = (29, 37, 48)
PAGE_W, MARGIN = 210, 15
WIDTH = PAGE_W - 2 * MARGIN


class Section(NamedTuple):
    """A table of a report: its title, column headers, rows of cells, and the figure of each row
    to draw as a bar (None: no chart). Give figures as numbers (int, Decimal for money) and dates
    as dates: the PDF prints them through common/numbers.py, the XLSX keeps them as numbers.
    `sheet` is the short name of its XLSX sheet (the title when empty): Excel keeps 31 characters
    of a sheet name. `total` is a last row, in bold and out of the chart (a total goes in cells,
    not in a title)."""

    title: str
    headers: list[str]
    rows: list[list[str]]
    values: list[float] | None = None
    sheet: str = ""
    total: list | None = None


class Amount(str):
    """An amount as a report prints it, with its exact value for the XLSX: the sheet shows it as
    the PDF does and still adds it up to the centime."""

    exact: Decimal | None

    def __new__(cls, value):
        text = super().__new__(cls, numbers.format_amount(value))
        text.exact = numbers.to_decimal(value)
        return text


def money(value) -> str:
    """An amount for a table whose header names the currency: 1 234, in whole dirhams as the pages
    show it (common/numbers.py, grouped so the digits stay in order inside Arabic text)."""
    return Amount(value)


def cell_text(value) -> str:
    """A cell as the PDF prints it: figures through common/numbers.py (5 549; a Decimal is money,
    as money() writes it), dates day first, anything else as its text."""
    if value is None:
        return numbers.EMPTY
    if isinstance(value, bool) or not isinstance(value, (int, float, Decimal, datetime.date)):
        return str(value)
    if isinstance(value, datetime.date):
        return numbers.format_date(value, "short")
    if isinstance(value, int):
        return numbers.format_number(value)
    return money(value) if isinstance(value, Decimal) else numbers.format_decimal(value, 1)


def sections_pdf(title: str, subtitle: str, sections: list[Section], language: str) -> bytes:
    rtl = language == "ar"
    with translation.override(language):
        doc = Document()
        doc.set_auto_page_break(auto=True, margin=15)
        doc.add_page()
        font = doc.arabic if rtl else doc.latin
        text = arabic_text if rtl else (lambda t: t)
        align = "R" if rtl else "L"
        font(16, bold=True)
        doc.set_text_color(*BRAND)
        doc.multi_cell(0, 8, text(title), align=align, new_x="LMARGIN", new_y="NEXT")
        font(10)
        doc.set_text_color(*MUTED)
        doc.multi_cell(0, 6, text(subtitle), align=align, new_x="LMARGIN", new_y="NEXT")
        doc.ln(3)
        for section in sections:
            if doc.will_page_break(22):
                doc.add_page()
            font(12, bold=True)
            doc.set_text_color(*BRAND)
            doc.cell(0, 8, text(section.title), align=align, new_x="LMARGIN", new_y="NEXT")
            if not section.rows:  # a heading row over nothing reads as a table left broken
                font(10)
                doc.set_text_color(*MUTED)
                doc.multi_cell(0, 6, text(_("Nothing recorded yet.")), align=align, new_x="LMARGIN", new_y="NEXT")
                doc.ln(4)
                continue
            doc.set_text_color(*INK)
            _table(doc, section.headers, section.rows, rtl, section.total)
            if section.values and max(section.values) > 0:
                _bars(doc, [row[0] for row in section.rows], section.values, rtl)
            doc.ln(4)
        return doc.to_bytes()


def _table(doc: Document, headers: list[str], rows: list[list[str]], rtl: bool, total: list | None = None) -> None:
    """fpdf2's table: a long text wraps inside its cell, and the header row is repeated on each
    page the table runs onto. In Arabic the first column is on the right. The header and the total
    row are bold. fpdf2 fills the cells with the document's fill colour when it is not the default:
    _bars keeps its colour to its own rectangles."""
    first = 0.7 if len(headers) == 2 else 0.4  # a label and its value: the label gets the room
    widths = [first] + [(1 - first) / (len(headers) - 1)] * (len(headers) - 1)
    order = list(reversed(range(len(headers)))) if rtl else list(range(len(headers)))
    size = 9 if len(headers) <= 5 else 7.5
    with doc.table(width=WIDTH, col_widths=[widths[index] for index in order], line_height=5, padding=1,
                   v_align="MIDDLE", text_align="CENTER", align="CENTER") as table:
        for bold, cells in [(True, headers)] + [(False, row) for row in rows] + ([(True, total)] if total else []):
            row = table.row()
            for index in order:
                value = cell_text(cells[index])
                arabic = is_arabic(value)
                style = FontFace(family=ARABIC if arabic or rtl else LATIN, emphasis="B" if bold else "",
                                 size_pt=size)
                row.cell(arabic_text(value) if arabic else value, style=style,
                         align=("R" if rtl else "L") if index == 0 else "C")


def _bars(doc: Document, labels: list[str], values: list[float], rtl: bool) -> None:
    """A horizontal bar per row, in the brand colour, drawn with rectangles (no image library)."""
    top = max(values)
    doc.ln(2)
    for label, value in zip(labels, values, strict=True):
        if doc.will_page_break(6):
            doc.add_page()
        y = doc.get_y()
        length = (WIDTH * 0.55) * float(value) / float(top)
        arabic = is_arabic(label)
        (doc.arabic if arabic else doc.latin)(8)
        if rtl:
            doc.set_xy(MARGIN + WIDTH * 0.6, y)
            doc.cell(WIDTH * 0.4, 5, arabic_text(label) if arabic else label, align="R")
            left = MARGIN + WIDTH * 0.58 - length
        else:
            doc.set_xy(MARGIN, y)
            doc.cell(WIDTH * 0.4, 5, label)
            left = MARGIN + WIDTH * 0.42
        # The brand colour for this rectangle only: left as the document's fill colour, it filled
        # every table drawn after the first chart (fpdf2 fills a table's cells with it).
        with doc.local_context(fill_color=BRAND):
            doc.rect(left, y + 1, length, 3.5, style="F")
        # The figure at the bar's end, so a printed chart is read without going back to the table.
        figure = numbers.format_number(value)
        doc.latin(7)
        width = doc.get_string_width(figure) + 1
        doc.set_xy(left - width - 0.5 if rtl else left + length + 0.5, y)
        doc.cell(width, 5, figure, align="R" if rtl else "L")
        doc.set_xy(MARGIN, y + 5)


def sections_xlsx(sections: list[Section], language: str) -> bytes:
    workbook = new_workbook()
    names = sheet_names([section.sheet or section.title for section in sections])
    with translation.override(language):
        for section, name in zip(sections, names, strict=True):
            sheet = new_sheet(workbook, name, right_to_left=language == "ar")
            append_row(sheet, section.headers)
            for cell in sheet[1]:
                cell.font = Font(bold=True)
            for row in section.rows:
                _append(sheet, row)
            if section.total:
                _append(sheet, section.total)
                for cell in sheet[sheet.max_row]:
                    cell.font = Font(bold=True)
            sheet.column_dimensions["A"].width = 45
            if section.values and section.rows:
                chart = BarChart()
                chart.type, chart.title, chart.legend = "bar", section.title, None
                chart.add_data(Reference(sheet, min_col=2, min_row=1, max_row=len(section.rows) + 1),
                               titles_from_data=True)
                chart.set_categories(Reference(sheet, min_col=1, min_row=2, max_row=len(section.rows) + 1))
                sheet.add_chart(chart, "H2")
    return workbook_bytes(workbook)


SHEET_NAME_LENGTH = 31  # Excel's limit
_NOT_IN_SHEET_NAMES = str.maketrans({character: " " for character in "[]:*?/\\"})


def sheet_names(titles: list[str]) -> list[str]:
    """A sheet name per title, whole words within Excel's 31 characters and unique in the workbook
    (Excel compares them without case): a name cut anywhere read "Coopératives · 2025 · total 5 5"."""
    names: list[str] = []
    for title in titles:
        # Plain spaces only: a number's narrow no-break space (5 549) keeps it one word.
        base = re.sub(r"[ \t\r\n]+", " ", str(title).translate(_NOT_IN_SHEET_NAMES)).strip() or "-"
        name, number = _whole_words(base, SHEET_NAME_LENGTH), 1
        while name.casefold() in {used.casefold() for used in names}:
            number += 1
            suffix = f" ({number})"
            name = _whole_words(base, SHEET_NAME_LENGTH - len(suffix)) + suffix
        names.append(name)
    return names


def _whole_words(text: str, length: int) -> str:
    """The text cut to `length` characters at a space, without a dangling separator."""
    if len(text) <= length:
        return text
    cut = text[:length]
    if text[length] != " " and " " in cut:
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip(" ·-–:,;") or text[:length]


def _append(sheet, row: list) -> None:
    """A row of figures; an amount keeps its exact value, shown in whole dirhams as in the PDF."""
    append_row(sheet, [_number(value) for value in row], figures=True)
    for cell, value in zip(sheet[sheet.max_row], row, strict=False):
        if isinstance(value, Amount) and value.exact is not None:
            cell.number_format = FIGURE_FORMAT


def _number(value):
    """Figures as numbers in the workbook, so they add up; text stays text. A figure already
    written for reading (5 549, 1 234,50) is read back: the group separator is a space of some kind
    and never a comma, so a comma can only be the decimal separator."""
    if isinstance(value, Amount) and value.exact is not None:
        return value.exact
    if value is None or isinstance(value, (int, float, Decimal, datetime.date)):
        return value
    value = str(value)
    compact = "".join(value.split()).replace(numbers.GROUP_SEPARATOR, "").replace(",", ".")
    if not compact or not set(compact) <= _FIGURE_CHARACTERS or compact.count(".") > 1:
        return value
    try:
        return Decimal(compact) if "." in compact else int(compact)
    except (ValueError, ArithmeticError):
        return value


_FIGURE_CHARACTERS = frozenset("0123456789.-+")
