"""A printable A4 sheet of product labels: 3 × 7 labels, each with its QR code (which opens the
product's traceability page), the product's name in Arabic and French, and its maker."""

from tadamon.common.pdf import Document, arabic_text

COLUMNS, ROWS = 3, 7
LABEL_W, LABEL_H = 70, 42.3
QR = 24


def render_labels(products, url_for) -> bytes:
    """One label per product, in order; `url_for(product)` is what its QR code holds."""
    doc = Document()
    doc.set_margins(0, 0, 0)
    for index, product in enumerate(products):
        slot = index % (COLUMNS * ROWS)
        if slot == 0:
            doc.add_page()
        x, y = (slot % COLUMNS) * LABEL_W, (slot // COLUMNS) * LABEL_H
        doc.set_draw_color(220, 220, 220)
        doc.rect(x + 1, y + 1, LABEL_W - 2, LABEL_H - 2)
        doc.qr_code(url_for(product), x=x + 3, y=y + (LABEL_H - QR) / 2, size=QR)
        text_x, text_w = x + QR + 5, LABEL_W - QR - 8
        doc.set_xy(text_x, y + 5)
        if product.name_ar:
            doc.arabic(9, bold=True)
            doc.multi_cell(text_w, 5, arabic_text(product.name_ar), align="R", new_x="LEFT", new_y="NEXT")
        latin = product.name_fr or product.name_en
        if latin:
            doc.set_x(text_x)
            doc.latin(8, bold=True)
            doc.multi_cell(text_w, 4, latin, new_x="LEFT", new_y="NEXT")
        organization = product.organization
        doc.set_x(text_x)
        doc.latin(7)
        doc.multi_cell(text_w, 3.5, f"{organization.name_latin or organization.name_ar}\n"
                                    f"{organization.province.name_fr}", new_x="LEFT", new_y="NEXT")
    if not products:
        doc.add_page()
    return doc.to_bytes()
