import io

from pypdf import PdfReader

from tadamon.common.report_files import Section, sections_pdf

LONG = "تعاونية نساء دادس للتنمية الفلاحية والحرفية والسياحية بإقليم تنغير"


def _pages(language: str) -> list[str]:
    rows = [[LONG, "4", "2"], ["Zagora", "1", "0"]] * 40  # runs onto a second page
    section = Section("العارضون حسب الإقليم", ["الإقليم", "العارضون", "منهن نسائية"], rows, None)
    content = sections_pdf("تقرير", "2026", [section], language)
    return [page.extract_text() for page in PdfReader(io.BytesIO(content)).pages]


def test_a_long_name_wraps_in_its_cell_instead_of_being_cut():
    for language in ("ar", "fr"):
        pages = _pages(language)
        assert "…" not in "".join(pages)
        assert "بإقليم تنغير" in pages[0]


def test_the_header_row_is_repeated_on_each_page_of_a_long_table():
    pages = _pages("ar")
    assert len(pages) > 1 and all("العارضون" in page for page in pages)
