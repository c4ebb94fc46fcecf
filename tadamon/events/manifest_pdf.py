"""Printable manifests: the passengers of a bus, the guests of a hotel, with a column to sign.
Headers in Arabic and French; each name in its own script."""

from django.utils import timezone

from tadamon.common.pdf import Document, arabic_text
from tadamon.common.text import is_arabic

COLUMNS = [("#", "الرقم", 10), ("Nom", "الاسم", 62), ("Organisation", "الهيئة", 62), ("Province", "الإقليم", 28),
           ("Signature", "التوقيع", 28)]


def _cell(doc: Document, width: float, text: str, *, bold: bool = False) -> None:
    arabic = is_arabic(text)
    (doc.arabic if arabic else doc.latin)(9, bold)
    doc.cell(width, 7, arabic_text(text) if arabic else text, border=1, align="R" if arabic else "L")


def render_manifest(*, title: str, subtitle: str, rows) -> bytes:
    """rows: (name, organisation, province) in order."""
    doc = Document()
    doc.set_auto_page_break(auto=True, margin=15)
    doc.add_page()
    doc.latin(14, bold=True)
    doc.cell(0, 8, title, new_x="LMARGIN", new_y="NEXT")
    doc.latin(10)
    doc.cell(0, 6, subtitle, new_x="LMARGIN", new_y="NEXT")
    doc.cell(0, 6, f"{len(rows)} · {timezone.localtime():%d/%m/%Y %H:%M}", new_x="LMARGIN", new_y="NEXT")
    doc.ln(3)
    for french, arabic, width in COLUMNS:
        doc.latin(8, bold=True)
        x, y = doc.get_x(), doc.get_y()
        doc.cell(width, 5, french, border="LTR", align="C")
        doc.set_xy(x, y + 5)
        doc.arabic(8, bold=True)
        doc.cell(width, 5, arabic, border="LBR", align="C")
        doc.set_xy(x + width, y)
    doc.ln(10)
    for number, (name, organization, province) in enumerate(rows, start=1):
        _cell(doc, COLUMNS[0][2], str(number))
        _cell(doc, COLUMNS[1][2], name)
        _cell(doc, COLUMNS[2][2], organization)
        _cell(doc, COLUMNS[3][2], province)
        _cell(doc, COLUMNS[4][2], "")
        doc.ln(7)
    return doc.to_bytes()
