"""The post-event report as files: a PDF (Arabic right to left, or French) with tables and bar
charts, and an XLSX workbook with the same tables and a chart, for those who rework the figures."""

import io

from django.utils import timezone, translation
from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference
from openpyxl.styles import Font

from tadamon.common.pdf import Document, arabic_text, long_date

BRAND = (15, 107, 92)
MUTED = (91, 101, 115)
PAGE_W, MARGIN = 210, 15
WIDTH = PAGE_W - 2 * MARGIN


def _name(row: dict, prefix: str, language: str) -> str:
    arabic, french = row.get(f"{prefix}__name_ar") or "", row.get(f"{prefix}__name_fr") or ""
    return (arabic or french) if language == "ar" else (french or arabic) or "—"


def _money(value) -> str:
    return f"{value:,.2f}".replace(",", " ") if value is not None else "—"


def _sections(report: dict, language: str) -> list[tuple[str, list[str], list[list[str]], list[float] | None]]:
    """(title, headers, rows, values for a bar chart or None) of each table, in `language`."""
    money = report["budget"]
    attendance = report["attendance"]
    summary = [
        [_("Exhibitors"), str(report["exhibitors"])],
        [_("Members brought"), str(report["members_brought"])],
        [_("Transport and lodging per member (MAD)"), _money(report["logistics_per_member"])],
        [_("Budget planned (MAD)"), _money(money["planned"])],
        [_("Budget spent (MAD)"), _money(money["actual"])],
        [_("Sales declared (MAD)"), _money(report["sales_total"])],
        [_("Business contacts"), str(report["contacts"])],
        [_("Registered"), str(attendance["registered"])],
        [_("Checked in"), _("%(present)d (%(women)d women, %(men)d men)") % {
            "present": attendance["present"], "women": attendance["women"], "men": attendance["men"]}],
    ]
    provinces = [[_name(r, "organization__province", language), str(r["exhibitors"]), str(r["women"]),
                  _money(r["sales_total"]), str(r["contacts_total"] or 0)] for r in report["by_province"]]
    sectors = [[_name(r, "organization__sector", language) if r["organization__sector__code"] else _("No sector"),
                str(r["exhibitors"])] for r in report["by_sector"]]
    costs = [[str(row["label"]), _money(row["planned"]), _money(row["actual"])] for row in money["rows"]]
    return [
        (_("Key figures"), [_("Indicator"), _("Value")], summary, None),
        (_("Exhibitors by province"), [_("Province"), _("Exhibitors"), _("of which women's"), _("Sales (MAD)"),
                                       _("Contacts")], provinces, [r["exhibitors"] for r in report["by_province"]]),
        (_("Exhibitors by sector"), [_("Sector"), _("Exhibitors")], sectors,
         [r["exhibitors"] for r in report["by_sector"]]),
        (_("Budget"), [_("Category"), _("Planned (MAD)"), _("Actual (MAD)")], costs, None),
    ]


def report_pdf(report: dict, language: str) -> bytes:
    event = report["event"]
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
        doc.multi_cell(0, 8, text(_("Report: %(event)s") % {"event": event.name.text}), align=align,
                       new_x="LMARGIN", new_y="NEXT")
        font(10)
        doc.set_text_color(*MUTED)
        doc.cell(0, 6, text(f"{long_date(timezone.localdate(event.starts_at), language)} — "
                            f"{long_date(timezone.localdate(event.ends_at), language)} · {event.venue}, {event.city}"),
                 align=align, new_x="LMARGIN", new_y="NEXT")
        doc.ln(3)
        for title, headers, rows, values in _sections(report, language):
            font(12, bold=True)
            doc.set_text_color(*BRAND)
            doc.cell(0, 8, text(title), align=align, new_x="LMARGIN", new_y="NEXT")
            doc.set_text_color(29, 37, 48)
            _table(doc, headers, rows, rtl)
            if values and max(values) > 0:
                _bars(doc, [row[0] for row in rows], values, rtl)
            doc.ln(4)
        return doc.to_bytes()


def _table(doc: Document, headers: list[str], rows: list[list[str]], rtl: bool) -> None:
    widths = [WIDTH * 0.4] + [WIDTH * 0.6 / (len(headers) - 1)] * (len(headers) - 1)
    order = list(reversed(range(len(headers)))) if rtl else list(range(len(headers)))
    for bold, cells in [(True, headers)] + [(False, row) for row in rows]:
        if doc.will_page_break(7):
            doc.add_page()
        for index in order:
            value = cells[index]
            arabic = any("\u0600" <= ch <= "\u06ff" for ch in value)
            (doc.arabic if arabic or rtl else doc.latin)(9, bold)
            doc.cell(widths[index], 7, arabic_text(value) if arabic else value, border=1,
                     align=("R" if rtl else "L") if index == 0 else "C")
        doc.ln(7)


def _bars(doc: Document, labels: list[str], values: list[int], rtl: bool) -> None:
    """A horizontal bar per row, in the brand colour, drawn with rectangles (no image library)."""
    top = max(values)
    doc.ln(2)
    for label, value in zip(labels, values, strict=True):
        if doc.will_page_break(6):
            doc.add_page()
        y = doc.get_y()
        length = (WIDTH * 0.55) * value / top
        arabic = any("\u0600" <= ch <= "\u06ff" for ch in label)
        (doc.arabic if arabic else doc.latin)(8)
        doc.set_fill_color(*BRAND)
        if rtl:
            doc.set_xy(MARGIN + WIDTH * 0.6, y)
            doc.cell(WIDTH * 0.4, 5, arabic_text(label) if arabic else label, align="R")
            doc.rect(MARGIN + WIDTH * 0.58 - length, y + 1, length, 3.5, style="F")
        else:
            doc.set_xy(MARGIN, y)
            doc.cell(WIDTH * 0.4, 5, label)
            doc.rect(MARGIN + WIDTH * 0.42, y + 1, length, 3.5, style="F")
        doc.set_xy(MARGIN, y + 5)


def report_xlsx(report: dict, language: str) -> bytes:
    workbook = Workbook()
    workbook.remove(workbook.active)
    with translation.override(language):
        for title, headers, rows, values in _sections(report, language):
            sheet = workbook.create_sheet(title[:31])
            sheet.sheet_view.rightToLeft = language == "ar"
            sheet.append(headers)
            for cell in sheet[1]:
                cell.font = Font(bold=True)
            for row in rows:
                sheet.append([_number(value) for value in row])
            sheet.column_dimensions["A"].width = 45
            if values and rows:
                chart = BarChart()
                chart.type, chart.title, chart.legend = "bar", title, None
                chart.add_data(Reference(sheet, min_col=2, min_row=1, max_row=len(rows) + 1), titles_from_data=True)
                chart.set_categories(Reference(sheet, min_col=1, min_row=2, max_row=len(rows) + 1))
                sheet.add_chart(chart, "H2")
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _number(value: str):
    """Figures as numbers in the workbook, so they add up; text stays text."""
    value = str(value)
    compact = value.replace(" ", "")
    try:
        return int(compact)
    except ValueError:
        try:
            return float(compact)
        except ValueError:
            return value
