"""The completion certificate as a PDF page: Arabic on the right, French on the left, as on
Moroccan official papers, and the verification code with its QR code between them. Asked for in
Tamazight (a /zgh/ page, or language="zgh"), the left column is in Tamazight instead of French: the
holder's and organisation's Tifinagh names, the texts in Tamazight (any not yet translated come out
in Arabic, in their own direction)."""

from django.conf import settings
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import ngettext, pgettext

from tadamon.common.pdf import Document, arabic_text, long_date
from tadamon.common.text import is_arabic
from tadamon.common.tifinagh import is_tifinagh

BRAND = (15, 107, 92)
INK = (29, 37, 48)
MUTED = (91, 101, 115)
REVOKED = (180, 35, 24)
PAGE_W, PAGE_H, MARGIN = 297, 210, 14
COLUMN_W = 118
COLUMNS = {"fr": MARGIN + 8, "zgh": MARGIN + 8, "ar": PAGE_W - MARGIN - 8 - COLUMN_W}
TAMAZIGHT = "zgh"
TOP = 40
TITLE_SIZE, LONG_TITLE_SIZE = 16, 13


def short_verification_url(certificate) -> str:
    """The address printed and put in the QR code: short, and the same whatever the reader's language."""
    return settings.SITE_URL.rstrip("/") + reverse("certificate_short", args=[certificate.display_code])


def _lines(certificate, language: str) -> list[tuple[str, float, bool, tuple]]:
    """(text, size, bold, colour) of one column, top to bottom, in `language`."""
    gender = getattr(certificate.person, "gender", "")
    with translation.override(language):
        if language == "ar":
            holder = certificate.holder_name_ar or certificate.holder_name_latin
            organization = certificate.organization_name_ar or certificate.organization_name_latin
        elif language == TAMAZIGHT:  # the Tifinagh names of the person and organisation, when they have one
            holder = (certificate.person.full_name_zgh or certificate.holder_name_ar
                      or certificate.holder_name_latin)
            organization = (certificate.organization.name_zgh or certificate.organization_name_ar
                            or certificate.organization_name_latin)
        else:
            holder = certificate.holder_name_latin or certificate.holder_name_ar
            organization = certificate.organization_name_latin or certificate.organization_name_ar
        # Titles have no Tamazight column yet: a Tamazight certificate shows the Arabic one.
        fallback = ("ar", "fr") if language == TAMAZIGHT else ("fr", "ar")
        title = (getattr(certificate, f"title_{language}", "") or getattr(certificate, f"title_{fallback[0]}")
                 or getattr(certificate, f"title_{fallback[1]}"))
        programme = (getattr(certificate, f"programme_name_{language}", "")
                     or getattr(certificate, f"programme_name_{fallback[0]}")
                     or getattr(certificate, f"programme_name_{fallback[1]}") or certificate.programme_name_en)
        # Arabic agrees the words with the holder's gender; makemessages needs literal contexts.
        if gender == "F":
            member_of, completed = pgettext("female", "member of %(organization)s"), pgettext("female", "has successfully completed")
        else:
            member_of, completed = pgettext("male", "member of %(organization)s"), pgettext("male", "has successfully completed")
        hours = certificate.hours
        if certificate.started_on == certificate.completed_on:
            when = ngettext("%(hours)d hour, on %(date)s", "%(hours)d hours, on %(date)s", hours) % {
                "hours": hours, "date": long_date(certificate.completed_on, language)}
        else:
            when = ngettext("%(hours)d hour, from %(start)s to %(end)s", "%(hours)d hours, from %(start)s to %(end)s",
                            hours) % {"hours": hours, "start": long_date(certificate.started_on, language),
                                      "end": long_date(certificate.completed_on, language)}
        if certificate.course_id is not None:  # earned online, in the academy
            heading = _("Certificate of course completion")
            completed = (pgettext("female", "has completed the online course") if gender == "F"
                         else pgettext("male", "has completed the online course"))
        else:
            heading = _("Certificate of training")
        return [
            (heading, 24, True, BRAND),
            (_("This is to certify that"), 13, False, MUTED),
            (holder, 20, True, INK),
            (member_of % {"organization": organization}, 13, False, INK),
            (completed, 13, False, MUTED),
            (title, TITLE_SIZE, True, INK),
            (_("in the programme “%(programme)s”") % {"programme": programme}, 13, False, INK),
            (when, 12, False, MUTED),
        ]


def _centred(doc: Document, text: str, width: float, height: float) -> None:
    """A centred line, wrapped only when it must be: fpdf2's line breaking shapes every prefix
    of the text, so short lines go through the cheaper single-cell path."""
    if doc.get_string_width(text) <= width - 2:
        doc.cell(width, height, text, align="C", new_x="LMARGIN", new_y="NEXT")
    else:
        doc.multi_cell(width, height, text, align="C", new_x="LMARGIN", new_y="NEXT")


def _column(doc: Document, certificate, language: str) -> float:
    """Draw one language's text; return where it ends."""
    doc.set_y(TOP)
    for text, size, bold, colour in _lines(certificate, language):
        doc.font_for(_script(text, language), size, bold)
        if bold and size == TITLE_SIZE and doc.get_string_width(text) > 1.7 * COLUMN_W:
            doc.font_for(_script(text, language), LONG_TITLE_SIZE, bold)  # three lines or more
            size = LONG_TITLE_SIZE
        doc.set_text_color(*colour)
        doc.set_x(COLUMNS[language])
        _centred(doc, arabic_text(text) if _script(text, language) == "ar" else text, COLUMN_W, size * 0.55)
        doc.ln(2.5)
    return doc.get_y()


def _script(text: str, language: str) -> str:
    """The font a line of the `language` column needs: in the Tamazight column, a line with no
    Tifinagh letter is Arabic (a fallback text, or an Arabic name) or Latin, and takes that font and
    direction; the Arabic and French columns keep theirs."""
    if language != TAMAZIGHT or is_tifinagh(text):
        return language
    return "ar" if is_arabic(text) else "fr"


def _page(doc: Document, certificate, left: str = "fr") -> None:
    doc.add_page()
    # Frame: a broad brand-coloured border and a fine one inside it.
    doc.set_draw_color(*BRAND)
    doc.set_line_width(1.6)
    doc.rect(MARGIN - 6, MARGIN - 6, PAGE_W - 2 * (MARGIN - 6), PAGE_H - 2 * (MARGIN - 6))
    doc.set_line_width(0.3)
    doc.rect(MARGIN - 3, MARGIN - 3, PAGE_W - 2 * (MARGIN - 3), PAGE_H - 2 * (MARGIN - 3))
    # Header: the platform, in both scripts.
    doc.set_text_color(*BRAND)
    doc.latin(11, bold=True)
    doc.set_xy(COLUMNS["fr"], MARGIN + 6)
    doc.cell(COLUMN_W, 6, "Tadamon", align="L")
    doc.arabic(12, bold=True)
    doc.set_xy(COLUMNS["ar"], MARGIN + 5)
    doc.cell(COLUMN_W, 7, "تضامن", align="R")
    bottom = max(_column(doc, certificate, "ar"), _column(doc, certificate, left))
    # A fine rule between the two languages, as long as the longer of them.
    doc.set_draw_color(*BRAND)
    doc.line(PAGE_W / 2, TOP + 2, PAGE_W / 2, bottom - 2)
    # Footer under both columns: the QR code in the middle, the code and address in both
    # languages beside it.
    footer = min(max(bottom + 6, 140), PAGE_H - 62)
    qr_size = 30
    doc.qr_code(short_verification_url(certificate), x=(PAGE_W - qr_size) / 2, y=footer, size=qr_size)
    doc.set_text_color(*INK)
    doc.latin(12, bold=True)
    doc.set_xy(MARGIN, footer + qr_size + 2)
    doc.cell(PAGE_W - 2 * MARGIN, 6, certificate.display_code, align="C")
    doc.set_text_color(*MUTED)
    for language, x, align in ((left, COLUMNS[left], "L"), ("ar", COLUMNS["ar"], "R")):
        with translation.override(language):
            for row, text in enumerate([
                _("Verification code: %(code)s") % {"code": certificate.display_code},
                _("Check it at %(url)s") % {"url": short_verification_url(certificate)},
                _("Issued on %(date)s") % {"date": long_date(certificate.issued_at.date(), language)},
            ]):
                doc.font_for(_script(text, language), 10)
                doc.set_xy(x, footer + 6 + row * 5.5)
                doc.cell(COLUMN_W - 25, 5.5, text, align=align)
    if not certificate.is_valid:
        doc.set_text_color(*REVOKED)
        doc.latin(16, bold=True)
        doc.set_xy(MARGIN, footer + qr_size + 9)
        with translation.override(left):
            revoked_fr = _("Revoked")
        with translation.override("ar"):
            revoked_ar = _("Revoked")
        doc.cell(PAGE_W - 2 * MARGIN, 8, f"{revoked_fr} — {revoked_ar}", align="C")


def render_certificates(certificates, language: str | None = None) -> bytes:
    """One page per certificate, in the order given: Arabic and French, or Arabic and Tamazight when
    `language` (by default the active one, a /zgh/ page's) is Tamazight."""
    left = TAMAZIGHT if (language or translation.get_language() or "") == TAMAZIGHT else "fr"
    doc = Document(orientation="landscape")
    doc.set_title("Certificates" if len(certificates) > 1 else f"Certificate {certificates[0].display_code}")
    for certificate in certificates:
        _page(doc, certificate, left)
    return doc.to_bytes()
