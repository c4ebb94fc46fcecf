import datetime
import io
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone
from openpyxl import load_workbook
from pypdf import PdfReader

from tadamon.events.domain.events import check_in, register_member
from tadamon.events.domain.exhibitors import apply, decide
from tadamon.events.domain.logistics import add_trip, book_seats
from tadamon.events.domain.report import declare_sales, event_report
from tadamon.events.report_files import report_pdf, report_xlsx
from tadamon.events.tests.factories import EventFactory
from tadamon.registry.models import Province
from tadamon.registry.tests.factories import MembershipFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def fair(staff_user):
    """Three exhibitors (two in Tinghir, one women's in Zagora), their travellers on a bus, sales declared."""
    now = timezone.now()
    fair = EventFactory(kind="national_fair", name_fr="Salon test", name_ar="معرض تجريبي",
                        starts_at=now - datetime.timedelta(days=2), ends_at=now - datetime.timedelta(days=1),
                        applications_close_on=(now - datetime.timedelta(days=10)).date())
    close = fair.applications_close_on
    bus = add_trip(fair, label="Bus", origin=Province.objects.get(code="MA-TIN"), seats=40, cost=Decimal("6000"))
    for province, women, sales in (("MA-TIN", False, "1200.50"), ("MA-TIN", False, "800"), ("MA-ZAG", True, None)):
        member = MembershipFactory(organization__province=Province.objects.get(code=province),
                                   organization__is_women=women)
        application = apply(fair, member.organization, products="x", travellers=[(member, True, False)], today=close)
        decide(application, status="selected", reason="ok", expected_version=1, user=staff_user)
        if sales:
            declare_sales(application, sales_mad=Decimal(sales), contacts=3, user=staff_user)
        book_seats(bus, list(fair.participants.filter(person=member.person)))
    check_in(fair.participants.first())
    register_member(fair, MembershipFactory())  # a visitor, not an exhibitor
    return fair


def test_the_report_figures_are_counts_of_the_records(fair):
    report = event_report(fair)
    assert (report["exhibitors"], report["members_brought"], report["logistics_per_member"]) == (3, 3,
                                                                                                   Decimal("2000.00"))
    assert (report["sales_total"], report["contacts"], report["declared"]) == (Decimal("2000.50"), 6, 2)
    assert [(r["organization__province__code"], r["exhibitors"], r["women"]) for r in report["by_province"]] == [
        ("MA-TIN", 2, 0), ("MA-ZAG", 1, 1)]
    assert (report["attendance"]["registered"], report["attendance"]["present"]) == (4, 1)


def test_sales_are_declared_by_selected_exhibitors_once_the_fair_began(fair, staff_user):
    waiting = apply(fair, MembershipFactory().organization, products="x", today=fair.applications_close_on)
    with pytest.raises(ValidationError, match="Only a selected exhibitor"):
        declare_sales(waiting, sales_mad=Decimal("1"), contacts=0)
    future = EventFactory(applications_close_on=timezone.localdate())
    application = apply(future, MembershipFactory().organization, products="x")
    decide(application, status="selected", reason="ok", expected_version=1, user=staff_user)
    with pytest.raises(ValidationError, match="once the fair has begun"):
        declare_sales(application, sales_mad=Decimal("1"), contacts=0)


def test_the_pdf_reads_back_in_french_and_in_arabic(fair):
    report = event_report(fair)
    french = PdfReader(io.BytesIO(report_pdf(report, "fr"))).pages[0].extract_text()
    assert "Rapport : Salon test" in french and "Exposants par province" in french
    # grouped as every page groups (common/numbers.py), whole dirhams as the pages show report figures
    assert "Tinghir" in french and "2\u202f001" in french and "2\u202f000" in french and ",50" not in french
    arabic = PdfReader(io.BytesIO(report_pdf(report, "ar"))).pages[0].extract_text()
    assert "معرض تجريبي" in arabic and "العارضون حسب الإقليم" in arabic and "تنغير" in arabic
    assert "2\u202f001" in arabic  # the digits of the sales total in their order in Arabic text
    # the venue typed in French is said to be so; the city is in Arabic (ورزازات, typed "Ouarzazate")
    assert "Salle communale" in arabic and "بالفرنسية" in arabic and "ورزازات" in arabic


def test_the_workbook_has_the_tables_as_numbers_and_a_chart(fair):
    workbook = load_workbook(io.BytesIO(report_xlsx(event_report(fair), "fr")))
    assert workbook.sheetnames == ["Chiffres clés", "Exposants par province", "Exposants par secteur", "Budget"]
    rows = list(workbook["Exposants par province"].iter_rows(values_only=True))
    assert rows[0][:3] == ("Province", "Exposants", "dont féminines")
    assert rows[1][:3] == ("Tinghir", 2, 0) and rows[2][:3] == ("Zagora", 1, 1)
    assert len(workbook["Exposants par province"]._charts) == 1
    assert workbook["Chiffres clés"]["B2"].value == 3
