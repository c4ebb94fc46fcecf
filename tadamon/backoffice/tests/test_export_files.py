"""The back office's files read back from their URLs, as a user allowed to download them: text a
user typed (an organisation's name, acronym or registry number, a member's name, an agreement's
reference, a province's name) comes out as text beginning with an apostrophe, never as a formula;
figures stay figures."""

import csv
import datetime
import io

import pytest
from django.utils import timezone
from openpyxl import load_workbook

from tadamon.common.tests.test_files import PAYLOADS, as_read, formulas
from tadamon.events.domain.exhibitors import apply, decide
from tadamon.events.tests.factories import EventFactory
from tadamon.partnerships.models import Agreement
from tadamon.partnerships.tests.factories import sponsor_books
from tadamon.registry.models import Province, Sector
from tadamon.registry.tests.factories import MembershipFactory, OrganizationFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def typed(db):
    """An organisation per payload, named with it (acronym and registry number too), and one
    member whose names are the payload."""
    organizations = {}
    for payload in PAYLOADS:
        organization = OrganizationFactory(name_ar=payload, name_latin=payload, acronym=payload[:30],
                                           registry_number=payload)
        MembershipFactory(organization=organization, person__first_name_ar=payload, person__last_name_ar=payload,
                          person__first_name_latin=payload, person__last_name_latin=payload,
                          person__birth_year=1980)
        organizations[organization.pk] = payload
    return organizations


def download(client, url: str) -> bytes:
    response = client.get(url)
    assert response.status_code == 200
    return b"".join(response.streaming_content) if response.streaming else response.content


def csv_rows(content: bytes) -> list[list[str]]:
    text = content.decode("utf-8")
    assert text.startswith("\ufeff")
    return list(csv.reader(io.StringIO(text[1:], newline="")))


def xlsx_rows(content: bytes, sheet=None) -> list[tuple]:
    assert formulas(content) == []
    workbook = load_workbook(io.BytesIO(content))
    return list((workbook[sheet] if sheet else workbook.active).iter_rows(values_only=True))


def test_the_organisations_csv_neutralises_names_acronyms_and_registry_numbers(typed, admin_user, client_for):
    rows = csv_rows(download(client_for(admin_user), "/fr/manage/organizations/export/organizations.csv"))
    assert rows[0][:7] == ["ID", "Type", "Nom en arabe", "Nom en caractères latins", "Sigle", "Secteur",
                           "Numéro d'enregistrement"]
    found = {int(row[0]): row for row in rows[1:] if int(row[0]) in typed}
    assert len(found) == len(PAYLOADS)
    for pk, payload in typed.items():
        quoted = "'" + payload
        assert [found[pk][i] for i in (2, 3, 4, 6)] == [quoted, quoted, "'" + payload[:30], quoted]


def test_the_organisations_xlsx_has_no_formula_and_keeps_its_figures(typed, admin_user, client_for):
    rows = xlsx_rows(download(client_for(admin_user), "/fr/manage/organizations/export/organizations.xlsx"))
    found = {row[0]: row for row in rows[1:] if row[0] in typed}
    assert len(found) == len(PAYLOADS)
    for pk, payload in typed.items():
        quoted = as_read("'" + payload)
        assert [found[pk][i] for i in (2, 3, 4, 6)] == [quoted, quoted, as_read("'" + payload[:30]), quoted]
        assert found[pk][17] == 1  # current members: a number


def test_the_members_csv_neutralises_members_and_organisations_names(typed, admin_user, client_for):
    rows = csv_rows(download(client_for(admin_user), "/fr/manage/organizations/export/members.csv"))
    found = {int(row[0]): row for row in rows[1:] if int(row[0]) in typed}
    assert len(found) == len(PAYLOADS)
    for pk, payload in typed.items():
        assert found[pk][1:6] == ["'" + payload] * 5  # organisation, last and first names in both scripts
        assert found[pk][9] == "1980"


def test_the_members_xlsx_has_no_formula_and_keeps_its_figures(typed, admin_user, client_for):
    rows = xlsx_rows(download(client_for(admin_user), "/fr/manage/organizations/export/members.xlsx"))
    found = {row[0]: row for row in rows[1:] if row[0] in typed}
    assert len(found) == len(PAYLOADS)
    for pk, payload in typed.items():
        assert list(found[pk][1:6]) == [as_read("'" + payload)] * 5
        assert found[pk][9] == 1980  # birth year: a number


def test_the_event_report_xlsx_neutralises_the_names_of_provinces_and_sectors(staff_user, client_for):
    Province.objects.filter(code="MA-TIN").update(name_fr=PAYLOADS[0])
    Sector.objects.filter(code="argan").update(name_fr=PAYLOADS[2])
    now = timezone.now()
    fair = EventFactory(kind="national_fair", staff=[staff_user], starts_at=now - datetime.timedelta(days=2),
                        ends_at=now - datetime.timedelta(days=1),
                        applications_close_on=(now - datetime.timedelta(days=10)).date())
    member = MembershipFactory(organization__province=Province.objects.get(code="MA-TIN"),
                               organization__sector=Sector.objects.get(code="argan"))
    application = apply(fair, member.organization, products="x", today=fair.applications_close_on)
    decide(application, status="selected", reason="ok", expected_version=1, user=staff_user)
    content = download(client_for(staff_user), f"/fr/manage/events/{fair.pk}/report.xlsx")
    assert xlsx_rows(content, "Exposants par province")[1][:2] == ("'" + PAYLOADS[0], 1)
    assert xlsx_rows(content, "Exposants par secteur")[1] == ("'" + PAYLOADS[2], 1)


def test_the_portfolio_report_xlsx_neutralises_agreement_references(admin_user, client_for):
    sponsor, _argan, _dates = sponsor_books()
    agreement = Agreement.objects.get()
    Agreement.objects.filter(pk=agreement.pk).update(reference=PAYLOADS[1])
    content = download(client_for(admin_user),
                       f"/fr/manage/portfolio/report.xlsx?year=2026&organization={sponsor.pk}")
    row = xlsx_rows(content, "Conventions en vigueur")[1]
    assert row[0] == f"'{PAYLOADS[1]} · {agreement.title_fr}"
    assert row[3] == float(agreement.budget_mad)  # the budget: a number
