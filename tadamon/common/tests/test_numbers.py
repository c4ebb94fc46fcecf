"""Numbers, money, months and plurals as each language writes them (common/numbers.py), the same on
pages, in Django's own filters, in PDFs and in XLSX workbooks."""

import datetime
import io
import unicodedata
from decimal import Decimal

import pytest
from django.template import Context, Template
from django.utils import translation
from django.utils.translation import ngettext
from fpdf.bidi import BidiParagraph
from fpdf.enums import TextDirection
from openpyxl import load_workbook
from pypdf import PdfReader

from tadamon.common import numbers
from tadamon.common.report_files import Section, sections_pdf, sections_xlsx

NNBSP = "\u202f"


def visual(text: str) -> str:
    """The text in the order a right-to-left line shows it (fpdf2's bidi algorithm, the one the PDFs use)."""
    return BidiParagraph(text=text, base_direction=TextDirection.RTL).get_reordered_string()


@pytest.mark.parametrize("language", ["ar", "fr", "en"])
def test_thousands_are_grouped_by_a_narrow_no_break_space_in_every_language(language):
    assert numbers.format_number(5549, language) == f"5{NNBSP}549"
    assert numbers.format_number(76232, language) == f"76{NNBSP}232"
    assert numbers.format_number(1234567, language) == f"1{NNBSP}234{NNBSP}567"
    assert numbers.format_number(999, language) == "999"
    assert numbers.format_number(None, language) == "—" and numbers.format_number("abc", language) == "—"


def test_the_decimal_separator_is_a_comma_in_arabic_and_french_a_point_in_english():
    assert numbers.format_decimal(Decimal("98500.5"), 2, "ar") == f"98{NNBSP}500,50"
    assert numbers.format_decimal(Decimal("98500.5"), 2, "fr") == f"98{NNBSP}500,50"
    assert numbers.format_decimal(Decimal("98500.5"), 2, "en") == f"98{NNBSP}500.50"
    assert numbers.format_number(Decimal("2.5"), "fr") == "3"  # half up, as Django's floatformat


def test_one_currency_label_per_language():
    assert numbers.format_money(Decimal("98500"), language="ar") == f"98{NNBSP}500\u00a0درهم"
    assert numbers.format_money(Decimal("98500"), language="fr") == f"98{NNBSP}500\u00a0MAD"
    assert numbers.format_money(Decimal("12.5"), language="ar") == "12,50\u00a0درهم"  # centimes only when there are some
    with translation.override("ar"):
        assert Template('{% load tadamon %}{{ v|mad }}').render(Context({"v": 98500})) == f"98{NNBSP}500\u00a0درهم"
    with translation.override("fr"):
        assert Template('{% load tadamon %}{{ v|mad:"2g" }}').render(Context({"v": 98500})) == f"98{NNBSP}500,00\u00a0MAD"


@pytest.mark.parametrize("language", ["ar", "fr"])
def test_djangos_own_filters_print_what_the_layer_prints(language):
    template = Template('{% load humanize tadamon %}{{ n|floatformat:"0g" }}|{{ n|intcomma }}|{{ n|number }}'
                        '|{{ d|floatformat:"2g" }}|{{ d|number:"2" }}')
    with translation.override(language):
        shown = template.render(Context({"n": 5549, "d": Decimal("1234.5")})).split("|")
        assert shown[:3] == [numbers.format_number(5549)] * 3
        assert shown[3] == shown[4] == numbers.format_decimal(Decimal("1234.5"), 2)


def test_months_by_name_and_ranges_of_months_in_words():
    assert numbers.format_month(2023, 9, language="ar") == "شتنبر 2023"
    assert numbers.format_month(datetime.date(2023, 9, 18), language="fr") == "septembre 2023"
    assert numbers.format_month_range(9, 12, "ar") == "من شتنبر إلى دجنبر"
    assert numbers.format_month_range(9, 12, "fr") == "de septembre à décembre"
    assert numbers.format_month_range(4, 8, "fr") == "d’avril à août"
    assert numbers.format_date(datetime.date(2015, 10, 18), "long", "ar") == "18 أكتوبر 2015"
    with translation.override("ar"):
        rendered = Template("{% load tadamon %}{{ 9|month_range:12 }}").render(Context())
    assert "الشهر" not in rendered and rendered == "من شتنبر إلى دجنبر"


def test_a_grouped_number_stays_whole_inside_arabic_text():
    """U+202F is a common number separator (CS): rule W4 joins it to the digits around it, so the
    number keeps its order on a right-to-left line. A plain space (WS) splits it: "549 5"."""
    assert unicodedata.bidirectional(numbers.GROUP_SEPARATOR) == "CS"
    with translation.override("ar"):
        shown = visual(f"مجموع القسم: {numbers.format_number(5549)} شخصا")
    assert f"5{NNBSP}549" in shown
    assert "549 5" in visual("مجموع القسم: 5 549 شخصا")  # the bug this grouping prevents


def test_a_range_reads_left_to_right_inside_arabic_and_arrows_point_the_way_the_text_reads():
    range_text = numbers.format_range(10, 24, "ar")
    assert "10–24" in visual(f"من {range_text} شخصا")
    assert "24–10" in visual("من 10–24 شخصا")  # without the isolate
    assert numbers.forward_arrow("ar") == "←" and numbers.forward_arrow("fr") == "→"


def test_a_pdf_report_in_arabic_prints_the_digits_of_a_total_in_order():
    with translation.override("ar"):
        title = f"المنخرطون · المجموع {numbers.format_number(5549)}"
    section = Section(title, ["الإقليم", "العدد"], [["تنغير", 5549], ["زاكورة", 76232]], [5549, 76232])
    text = PdfReader(io.BytesIO(sections_pdf("تقرير", "2023", [section], "ar"))).pages[0].extract_text()
    assert f"5{NNBSP}549" in text and f"76{NNBSP}232" in text
    assert "549 5" not in text and f"549{NNBSP}5" not in text


def test_the_workbook_keeps_figures_as_grouped_numbers_and_dates_as_dates():
    section = Section("Budget", ["Poste", "Prévu", "Personnes", "Échéance"],
                      [["Transport", Decimal("98500.50"), 5549, datetime.date(2026, 3, 1)],
                       ["Hébergement", f"1{NNBSP}234,50", "76 232", "—"]])
    sheet = load_workbook(io.BytesIO(sections_xlsx([section], "fr")))["Budget"]
    money, people, due = sheet["B2"], sheet["C2"], sheet["D2"]
    assert money.value == 98500.5 and money.number_format == "#,##0.00"
    assert people.value == 5549 and people.number_format == "#,##0"
    assert due.is_date and due.value.date() == datetime.date(2026, 3, 1)
    assert sheet["B3"].value == 1234.5 and sheet["C3"].value == 76232 and sheet["D3"].value == "—"


def test_counts_in_sentences_take_the_plural_forms_of_the_language():
    with translation.override("en"):
        assert ngettext("%(n)s person registered.", "%(n)s people registered.", 1) % {"n": 1} == "1 person registered."
    # Arabic has six plural forms; the catalogue's header gives the rule, gettext picks the form.
    template = Template("{% load i18n tadamon %}{% blocktranslate count counter=n with shown=n|number %}{{ shown }} person"
                        "{% plural %}{{ shown }} people{% endblocktranslate %}")
    with translation.override("ar"):
        shown = {n: template.render(Context({"n": n})) for n in (1, 2, 3, 11, 100)}
    assert len({shown[1], shown[2]}) == 2 and "1" not in shown[1] and "2" not in shown[2]
    assert shown[3] != shown[11].replace("11", "3")  # أشخاص after 3 to 10, شخصا after 11 to 99
    assert shown[100] != shown[11].replace("11", "100")


def test_the_compliance_reasons_count_open_findings_in_the_singular_and_the_plural():
    from types import SimpleNamespace

    from tadamon.funding.domain.compliance import reasons

    def flags(open_findings):
        return SimpleNamespace(has_declaration=True, assembly_missing=False, accounts_missing=False,
                               last_result="", open_findings=open_findings, follow_up_overdue=False)

    assert reasons(flags(1), 2025) == ["1 open finding"]
    assert reasons(flags(1200), 2025) == [f"1{NNBSP}200 open findings"]


@pytest.mark.django_db
def test_the_dashboard_and_a_back_office_page_group_the_same_number_alike(client_for, admin_user):
    from tadamon.indicators.models import IndicatorCell
    from tadamon.partnerships.tests.factories import AgreementFactory
    from tadamon.registry.models import Province

    IndicatorCell.objects.create(indicator="cooperatives", year=2023, province=Province.objects.get(code="MA-TIN"),
                                 value=5549)
    AgreementFactory(budget_mad=Decimal("5549"))
    client = client_for(admin_user)
    for language in ("ar", "fr"):
        dashboard = client.get(f"/{language}/dashboard/?year=2023").content.decode()
        agreements = client.get(f"/{language}/manage/agreements/").content.decode()
        assert f"5{NNBSP}549" in dashboard and f"5{NNBSP}549" in agreements
        assert "5.549" not in dashboard and "5.549" not in agreements
