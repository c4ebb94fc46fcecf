"""Compliance pages: a manager files their cooperative's declaration (mistakes keep what was
typed); the supervising office's officers see who has not filed, plan the riskiest first and
record inspections; nobody else does."""

import datetime
import re

import pytest
from django.core.management import call_command
from django.utils import timezone

from tadamon.accounts.tests.factories import UserFactory
from tadamon.funding.domain import compliance as domain
from tadamon.funding.models import AnnualDeclaration, Inspection
from tadamon.registry.tests.factories import OrganizationFactory

pytestmark = pytest.mark.django_db

ROLES = ["anonymous", "admin", "odco", "other_officer", "staff", "manager", "buyer"]
MATRIX = {
    "declarations": [302, 403, 403, 403, 403, 200, 403],
    "compliance": [302, 200, 200, 403, 403, 403, 403],
    "inspection": [302, 200, 200, 403, 403, 403, 403],
}


@pytest.fixture
def setting(admin_user, officer_user, staff_user, manager_user, buyer_user, other_cooperative):
    odco = OrganizationFactory(kind="public_body", acronym="ODCO", name_latin="ODCO", name_ar="مكتب تنمية التعاون")
    users = {"anonymous": None, "admin": admin_user,
             "odco": UserFactory(username="odco", role="officer", organization=odco),
             "other_officer": officer_user, "staff": staff_user, "manager": manager_user, "buyer": buyer_user}
    inspection = domain.plan_inspection(other_cooperative, authority=odco, planned_on=timezone.localdate())
    return inspection, users


@pytest.mark.parametrize("what", MATRIX)
def test_every_role_gets_the_expected_answer(what, setting, client_for):
    inspection, users = setting
    url = {"declarations": "/fr/manage/declarations/", "compliance": "/fr/manage/compliance/",
           "inspection": f"/fr/manage/inspections/{inspection.pk}/"}[what]
    for role, expected in zip(ROLES, MATRIX[what], strict=True):
        response = client_for(users[role]).get(url)
        assert response.status_code == expected, f"{role} on {what}: {response.status_code}, expected {expected}"


def test_a_manager_files_the_declaration_and_a_mistake_keeps_what_was_typed(setting, client_for):
    _inspection, users = setting
    client = client_for(users["manager"])
    year = timezone.localdate().year - 1
    data = {"members_women": "14", "members_men": "2", "capital_subscribed_mad": "10000",
            "capital_paid_mad": "12000", "turnover_mad": "180000", "general_assembly_held": "on",
            "general_assembly_on": f"{year + 1}-02-15", "accounts_filed": "on"}
    response = client.post(f"/fr/manage/declarations/?year={year}", data)
    assert response.status_code == 400
    assert "180000" in response.content.decode() and not AnnualDeclaration.objects.exists()
    response = client.post(f"/fr/manage/declarations/?year={year}", data | {"capital_paid_mad": "8000"})
    assert response.status_code == 302
    declaration = AnnualDeclaration.objects.get()
    assert declaration.organization == users["manager"].organization and declaration.members_women == 14


def test_the_office_plans_the_riskiest_first_and_records_the_inspection(setting, client_for, cooperative):
    inspection, users = setting
    client = client_for(users["odco"])
    page = client.get("/fr/manage/compliance/").content.decode()
    assert "Coopérative des Femmes de Dadès" in page and "aucune déclaration" in page
    response = client.post("/fr/manage/inspections/plan/", {
        "organization": cooperative.pk, "planned_on": "2026-12-10", "reason": "aucune déclaration"})
    planned = Inspection.objects.get(organization=cooperative)
    assert response.status_code == 302 and planned.authority == users["odco"].organization
    url = f"/fr/manage/inspections/{inspection.pk}/"
    data = {"done_on": "2026-11-20", "result": "minor", "findings": "Registre des membres incomplet",
            **{f"check_{key}": "yes" for key, _label in domain.CHECKLIST}}
    response = client.post(url, data)
    assert response.status_code == 400 and "Registre des membres incomplet" in response.content.decode()
    response = client.post(url, data | {"follow_up_due": "2027-02-01"})
    inspection.refresh_from_db()
    assert response.status_code == 302 and inspection.result == "minor"
    assert inspection.findings.get().description == "Registre des membres incomplet"
    assert client_for(users["other_officer"]).post(url, {"finding": inspection.findings.get().pk}).status_code == 403


def test_the_reminder_command(setting, manager_user, capsys):
    year = datetime.date.today().year - 1
    call_command("remind_declarations", "--year", str(year))  # the other cooperative has no address
    assert capsys.readouterr().out == f"Cooperatives reminded of their {year} declaration: 1.\n"


def test_only_the_supervising_office_plans_an_inspection(setting, client_for, cooperative):
    _inspection, users = setting
    data = {"organization": cooperative.pk, "planned_on": "2026-12-10", "reason": ""}
    for role in ("other_officer", "staff", "manager"):
        assert client_for(users[role]).post("/fr/manage/inspections/plan/", data).status_code == 403, role
    assert client_for(None).post("/fr/manage/inspections/plan/", data).status_code == 302
    assert not Inspection.objects.filter(organization=cooperative).exists()


def test_a_finding_posted_as_junk_is_a_404_not_a_server_error(setting, client_for):
    inspection, users = setting
    client = client_for(users["odco"])
    for junk in ("abc", "²", "", "99999999999999999999999"):
        assert client.post(f"/fr/manage/inspections/{inspection.pk}/", {"finding": junk}).status_code == 404


def test_a_first_declaration_is_prefilled_with_the_women_and_men_of_the_member_list(client, cooperative,
                                                                                   manager_user):
    import datetime

    from tadamon.registry.tests.factories import MembershipFactory

    year = datetime.date.today().year - 1
    MembershipFactory(organization=cooperative, person__gender="M", start_date=datetime.date(year - 3, 1, 1))
    MembershipFactory(organization=cooperative, person__gender="F", start_date=datetime.date(year + 1, 2, 1))  # later
    MembershipFactory(organization=cooperative, person__gender="F", start_date=datetime.date(year - 5, 1, 1),
                      end_date=datetime.date(year, 6, 1))  # left during the year
    women = cooperative.memberships.filter(person__gender="F", start_date__isnull=True).count()
    client.force_login(manager_user)
    page = client.get(f"/fr/manage/declarations/?year={year}").content.decode()
    assert f'name="members_women" value="{women}"' in page
    assert 'name="members_men" value="1"' in page


def test_the_result_is_chosen_by_the_inspector_and_a_missing_one_keeps_what_was_typed(setting, client_for):
    inspection, users = setting
    client = client_for(users["odco"])
    url = f"/fr/manage/inspections/{inspection.pk}/"
    page = client.get(url).content.decode()
    assert re.search(r'<input type="radio" name="result" value="ok"[^>]*>', page)
    assert not re.search(r'<input type="radio" name="result"[^>]*checked', page)  # nothing chosen in advance
    data = {"done_on": "2026-11-20", "findings": "Registre des membres incomplet", "follow_up_due": "2027-02-01",
            **{f"check_{key}": "yes" for key, _label in domain.CHECKLIST}}
    response = client.post(url, data)
    assert response.status_code == 400 and "result" in response.context["form"].errors
    assert "Registre des membres incomplet" in response.content.decode()
    inspection.refresh_from_db()
    assert not inspection.done_on


def test_a_planned_inspection_says_why_in_the_readers_language(setting, client_for, cooperative):
    _inspection, users = setting
    client = client_for(users["odco"])
    page = client.get("/fr/manage/compliance/").content.decode()
    year = domain.last_closed_year()
    posted = re.search(rf'name="organization" value="{cooperative.pk}"[^>]*>\s*<input type="hidden" name="reason" '
                       r'value="([^"]*)"', page)
    assert posted and posted.group(1).startswith(f"no_declaration:{year}")  # codes, not words of one language
    client.post("/fr/manage/inspections/plan/", {"organization": cooperative.pk, "planned_on": "2026-12-10",
                                                 "reason": posted.group(1)})
    planned = Inspection.objects.get(organization=cooperative)
    assert planned.reason == posted.group(1)
    french = client.get(f"/fr/manage/inspections/{planned.pk}/").content.decode()
    arabic = client.get(f"/ar/manage/inspections/{planned.pk}/").content.decode()
    assert f"aucune déclaration pour {year}" in french and "no_declaration" not in french
    assert f"لا تصريح برسم {year}" in arabic and "no_declaration" not in arabic
    assert 'class="fallback"' not in arabic.split('<dl class="facts">')[1].split("</dl>")[0]
    assert f"aucune déclaration pour {year}" in client.get("/fr/manage/compliance/").content.decode()


def test_typed_reasons_are_shown_as_written(setting, client_for):
    inspection, users = setting
    Inspection.objects.filter(pk=inspection.pk).update(reason="plainte des membres")
    page = client_for(users["odco"]).get(f"/fr/manage/inspections/{inspection.pk}/").content.decode()
    assert "plainte des membres" in page


def test_the_inspection_page_shows_the_findings_still_open_and_links_the_cooperative(setting, client_for):
    inspection, users = setting
    cooperative = inspection.organization
    Inspection.objects.filter(pk=inspection.pk).delete()
    earlier = domain.plan_inspection(cooperative, authority=users["odco"].organization,
                                     planned_on=datetime.date(2024, 3, 1))
    domain.record_inspection(earlier, done_on=datetime.date(2024, 3, 10), result="minor",
                             checklist={key: True for key, _label in domain.CHECKLIST},
                             findings=["Capital souscrit non libéré", "Registre non tenu"],
                             follow_up_due=datetime.date(2024, 6, 10))
    domain.resolve_finding(earlier.findings.get(description="Registre non tenu"), on=datetime.date(2024, 5, 1))
    now = domain.plan_inspection(cooperative, authority=users["odco"].organization, planned_on=timezone.localdate())
    page = client_for(users["odco"]).get(f"/fr/manage/inspections/{now.pk}/").content.decode()
    assert "Capital souscrit non libéré" in page and "Registre non tenu" not in page
    assert f'href="/fr/manage/inspections/{earlier.pk}/"' in page
    assert f'href="/fr/manage/organizations/{cooperative.pk}/"' in page
