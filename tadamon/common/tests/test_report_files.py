import io
from decimal import Decimal

from openpyxl import load_workbook
from pypdf import PdfReader
from pypdf.generic import ContentStream

from tadamon.common.report_files import BRAND, Section, sections_pdf, sections_xlsx

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


BRAND_FILL = tuple(round(c / 255, 2) for c in BRAND)


def _rectangles(page) -> list[tuple[str, tuple | None]]:
    """Each rectangle a page paints, in order: (painting operator, fill colour then in force).
    "f" fills only (a bar); "S" strokes only and "B" fills and strokes (a table cell)."""
    fill, saved, drawn, pending = None, [], [], False
    for operands, operator in ContentStream(page.get_contents(), page.pdf).operations:
        operator = operator.decode()
        if operator == "q":
            saved.append(fill)
        elif operator == "Q":
            fill = saved.pop()
        elif operator in ("rg", "g", "k"):
            fill = tuple(round(float(x), 2) for x in operands)
        elif operator == "re":
            pending = True
        elif pending and operator in ("f", "F", "f*", "S", "s", "B", "B*", "b", "b*", "n"):
            drawn.append((operator, fill if operator not in ("S", "s", "n") else None))
            pending = False
    return drawn


def test_tables_after_a_chart_stay_white_on_every_page():
    """The bars' brand colour was left as the document's fill colour, and fpdf2 filled every later
    table's cells with it: dark text on dark green, on every page after the first chart."""
    chart = Section("Coopératives", ["Région", "Coopératives"], [["Souss-Massa", 5549], ["Oriental", 3120]],
                    [5549, 3120])
    rows = [[LONG, 4, 2], ["Zagora", 1, 0]] * 40  # runs onto a second page
    table = Section("Exposants", ["Province", "Exposants", "dont féminines"], rows)
    for language in ("ar", "fr"):
        pages = PdfReader(io.BytesIO(sections_pdf("Rapport", "2025", [chart, table, chart], language))).pages
        drawn = [rectangle for page in pages for rectangle in _rectangles(page)]
        bars = [index for index, (operator, fill) in enumerate(drawn) if operator == "f" and fill == BRAND_FILL]
        cells_after_chart = [fill for operator, fill in drawn[bars[0]:] if operator in ("S", "s", "B", "B*", "b", "b*")]
        assert len(bars) == 4 and len(cells_after_chart) > 200, language  # two charts, both tables drawn
        assert BRAND_FILL not in cells_after_chart, language
        assert all(fill is None or fill == (1.0, 1.0, 1.0) for fill in cells_after_chart), language


def test_each_bar_of_a_chart_says_its_figure_in_the_page_language():
    from django.utils import translation

    chart = Section("Coopératives", ["Région", "Coopératives"], [["Souss-Massa", 5549], ["Oriental", 312]],
                    [5549, 312])
    for language in ("ar", "fr"):
        with translation.override(language):
            text = PdfReader(io.BytesIO(sections_pdf("Rapport", "2025", [chart], language))).pages[0].extract_text()
        # once in the table, once at the end of its bar, grouped as the pages group it
        assert text.count("5\u202f549") == 2 and text.count("312") == 2, (language, text)


def test_sheet_names_are_whole_words_and_unique():
    long = "Membres des coopératives · 2025 · total 76 232"
    sections = [Section(long, ["Région", "Membres"], [["Souss-Massa", 5549]], [5549]),
                Section(long, ["Région", "Membres"], [["Oriental", 3120]]),
                Section(long, ["Province", "Membres"], [["Zagora", 7]], sheet="Membres des coopératives"),
                Section("Budget [MAD]: prévu / réel", ["Poste", "Prévu"], [["Transport", 10]],
                        total=["Total", 10])]
    workbook = load_workbook(io.BytesIO(sections_xlsx(sections, "fr")))
    names = workbook.sheetnames
    assert names == ["Membres des coopératives · 2025", "Membres des coopératives (2)",
                     "Membres des coopératives", "Budget MAD prévu réel"]
    assert all(len(name) <= 31 for name in names) and len({name.casefold() for name in names}) == len(names)
    assert list(workbook["Budget MAD prévu réel"].iter_rows(values_only=True))[-1] == ("Total", 10)


def test_money_in_the_files_is_written_as_the_pages_write_it():
    """The reports' pages show whole dirhams (|mad); the files showed "133 200,07" and "0,00"."""
    from django.utils import translation

    from tadamon.common.report_files import money
    from tadamon.common.templatetags.tadamon import mad

    amounts = [Decimal("133200.07"), Decimal("0"), Decimal("98500.50")]
    with translation.override("fr"):
        assert [f"{money(amount)}\u00a0MAD" for amount in amounts] == [mad(amount) for amount in amounts]
    section = Section("Budget", ["Poste", "Prévu (MAD)"], [["Transport", money(amounts[0])], ["Repas", money(amounts[1])]])
    for language in ("ar", "fr"):
        text = PdfReader(io.BytesIO(sections_pdf("Rapport", "2025", [section], language))).pages[0].extract_text()
        assert "133\u202f200" in text and ",07" not in text and "0,00" not in text, language
    sheet = load_workbook(io.BytesIO(sections_xlsx([section], "fr")))["Budget"]
    # shown in whole dirhams as in the PDF, kept to the centime for those who add the figures up
    assert (sheet["B2"].value, sheet["B2"].number_format, sheet["B3"].value) == (133200.07, "#,##0", 0)


def test_a_section_with_nothing_in_it_says_so_instead_of_an_empty_table():
    from django.utils import translation

    empty = Section("Budget", ["Catégorie", "Prévu (MAD)", "Réel (MAD)"], [])
    with translation.override("fr"):
        content = sections_pdf("Rapport", "2025", [empty], "fr")
    text = PdfReader(io.BytesIO(content)).pages[0].extract_text()
    assert "Rien n'est encore enregistré." in text and "Catégorie" not in text
