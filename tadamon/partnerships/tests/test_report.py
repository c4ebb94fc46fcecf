"""The yearly social-responsibility report: its figures, read back from the PDF and the workbook,
equal a direct count of the records."""

import datetime
import io

import pytest
from django.db.models import Sum
from openpyxl import load_workbook
from pypdf import PdfReader

from tadamon.partnerships.domain.portfolio import sponsor_report
from tadamon.partnerships.models import Commitment, Support
from tadamon.partnerships.report_files import report_pdf, report_xlsx
from tadamon.partnerships.tests.factories import sponsor_books
from tadamon.registry.models import Person

pytestmark = pytest.mark.django_db
TODAY = datetime.date(2026, 11, 25)


def pdf_text(content: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(content)).pages)


def direct_counts(sponsor, year: int) -> dict:
    """The same figures, counted straight from the records without the portfolio code."""
    given = Support.objects.filter(provider=sponsor, delivered_on__year=year)
    recipients = set(given.values_list("recipient_id", flat=True))
    people = Person.objects.filter(memberships__organization__in=recipients,
                                   memberships__end_date__isnull=True).distinct()
    return {
        "delivered": float(given.aggregate(total=Sum("value_mad"))["total"] or 0),
        "committed": float(Commitment.objects.filter(debtor=sponsor, due_on__year=year, cancelled_on__isnull=True)
                           .aggregate(total=Sum("amount_mad"))["total"] or 0),
        "organizations": len(recipients),
        "members": people.count(),
        "women": people.filter(gender="F").count(),
    }


@pytest.mark.parametrize("year", [2025, 2026])
def test_the_workbook_figures_equal_a_direct_count(year):
    sponsor, _argan, _dates = sponsor_books()
    expected = direct_counts(sponsor, year)
    workbook = load_workbook(io.BytesIO(report_xlsx(sponsor_report(sponsor, year, today=TODAY), "fr")))
    assert workbook.sheetnames == ["Chiffres clés", "Conventions en vigueur", "Engagements par statut",
                                   "Appuis par province", "Appuis par type", "Appuis par secteur",
                                   "Membres touchés par âge", "Engagements en retard"]
    key = {row[0]: row[1] for row in workbook["Chiffres clés"].iter_rows(min_row=2, values_only=True)}
    assert key["Livré (MAD)"] == expected["delivered"]
    assert key["Engagé (MAD)"] == expected["committed"]
    assert key["Organisations touchées"] == expected["organizations"]
    assert key["Membres des organisations touchées"] == expected["members"]
    assert key["dont femmes"] == expected["women"]
    provinces = list(workbook["Appuis par province"].iter_rows(min_row=2, values_only=True))
    assert sum(row[2] for row in provinces) == expected["delivered"]
    assert len(workbook["Appuis par province"]._charts) == 1


def test_the_report_of_a_year_lists_what_was_late_that_year():
    sponsor, _argan, dates_coop = sponsor_books()
    late_2025 = list(load_workbook(io.BytesIO(report_xlsx(sponsor_report(sponsor, 2025, today=TODAY), "fr")))[
        "Engagements en retard"].iter_rows(min_row=2, values_only=True))
    assert [(row[0].split(" · ")[1], row[1]) for row in late_2025] == [("Chambre froide", dates_coop.display_name)]
    late_2026 = list(load_workbook(io.BytesIO(report_xlsx(sponsor_report(sponsor, 2026, today=TODAY), "fr")))[
        "Engagements en retard"].iter_rows(min_row=2, values_only=True))
    assert late_2026 == [("—", None, None, None)]


def test_the_pdf_reads_back_in_french_and_in_arabic():
    sponsor, _argan, _dates = sponsor_books()
    report = sponsor_report(sponsor, 2026, today=TODAY)
    french = pdf_text(report_pdf(report, "fr"))
    assert "Rapport de responsabilité sociétale 2026 : Managem" in french
    assert "Appuis par province" in french and "Tinghir" in french
    # delivered and committed in 2026, grouped as every page groups (common/numbers.py)
    assert "50\u202f000" in french and "58\u202f000" in french and "000,00" not in french
    arabic = pdf_text(report_pdf(report, "ar"))
    assert "تقرير المسؤولية الاجتماعية" in arabic and "مناجم" in arabic and "تنغير" in arabic and "50\u202f000" in arabic
