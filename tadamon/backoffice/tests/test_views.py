import io

import pytest
from openpyxl import load_workbook

from tadamon.accounts.models import AuditEvent
from tadamon.registry.models import Organization, Person, Province

pytestmark = pytest.mark.django_db


def test_staff_see_members_with_personal_data_masked(staff_user, cooperative, client_for):
    html = client_for(staff_user).get(f"/fr/manage/organizations/{cooperative.pk}/").content.decode()
    assert "JK••••56" in html and "06••••••78" in html
    assert "JK123456" not in html and "0612345678" not in html and "1980" not in html


@pytest.mark.parametrize("who", ["admin_user", "manager_user"])
def test_admin_and_own_manager_see_personal_data(who, request, cooperative, client_for):
    user = request.getfixturevalue(who)
    html = client_for(user).get(f"/fr/manage/organizations/{cooperative.pk}/").content.decode()
    assert "JK123456" in html and "0612345678" in html and "1980" in html


def test_edit_form_with_errors_keeps_what_was_typed_and_says_where(manager_user, cooperative, client_for):
    client = client_for(manager_user)
    data = {"kind": "cooperative", "name_ar": "", "name_latin": "", "province": cooperative.province_id,
            "status": "active", "phone": "12", "email": "not-an-email", "description": "Nouvelle description",
            "version": cooperative.version}
    response = client.post(f"/fr/manage/organizations/{cooperative.pk}/edit/", data)
    html = response.content.decode()
    assert response.status_code == 200
    assert "Veuillez corriger ce qui suit" in html
    assert "Indiquez le nom en arabe, en caractères latins, ou les deux." in html
    assert "Saisissez un numéro de 9 à 20 chiffres" in html
    assert "Nouvelle description" in html and 'value="not-an-email"' in html
    cooperative.refresh_from_db()
    assert cooperative.name_latin == "Coopérative des Femmes de Dadès"


def test_concurrent_edit_is_refused_and_the_typed_values_are_kept(manager_user, admin_user, cooperative, client_for):
    form = {"kind": "cooperative", "name_ar": cooperative.name_ar, "province": cooperative.province_id,
            "status": "active", "version": cooperative.version}
    client_for(admin_user).post(f"/fr/manage/organizations/{cooperative.pk}/edit/",
                                form | {"name_latin": "Saved by the admin"})
    response = client_for(manager_user).post(f"/fr/manage/organizations/{cooperative.pk}/edit/",
                                             form | {"name_latin": "Typed by the manager"})
    html = response.content.decode()
    assert "Quelqu&#x27;un d&#x27;autre a enregistré cette fiche" in html
    assert 'value="Typed by the manager"' in html
    cooperative.refresh_from_db()
    assert cooperative.name_latin == "Saved by the admin"


def test_edit_saves_and_the_history_shows_it(manager_user, cooperative, client_for):
    client = client_for(manager_user)
    form = {"kind": "cooperative", "name_ar": cooperative.name_ar, "name_latin": "Dadès Women",
            "province": cooperative.province_id, "status": "active", "version": cooperative.version}
    response = client.post(f"/fr/manage/organizations/{cooperative.pk}/edit/", form, follow=True)
    html = response.content.decode()
    assert "Modifications enregistrées." in html
    # The values as typed, each in its own direction (the `written` filter).
    assert 'Coopérative des Femmes de Dadès</span></del> → <ins><span dir="auto">Dadès Women</span></ins>' in html


def test_create_organization_from_the_form(staff_user, client_for):
    response = client_for(staff_user).post("/fr/manage/organizations/new/", {
        "kind": "cooperative", "name_ar": "تعاونية أكال", "name_latin": "", "status": "active",
        "province": Province.objects.get(code="MA-HAO").pk,
    })
    organization = Organization.objects.get(name_ar="تعاونية أكال")
    assert response["Location"] == f"/fr/manage/organizations/{organization.pk}/"
    assert organization.history.get().history_user == staff_user


def test_manager_adds_a_member_and_a_repeated_cin_is_refused_in_the_form(manager_user, cooperative, client_for):
    client = client_for(manager_user)
    data = {"first_name_ar": "إيطو", "last_name_ar": "أمغار", "gender": "F", "role": "member", "cin": "AB111222"}
    assert client.post(f"/fr/manage/organizations/{cooperative.pk}/members/new/", data).status_code == 302
    assert Person.objects.filter(cin_hash__isnull=False, first_name_ar="إيطو").count() == 1
    response = client.post(f"/fr/manage/organizations/{cooperative.pk}/members/new/", data)
    assert "Cette personne est déjà membre de cette organisation." in response.content.decode()


def test_export_members_xlsx_masks_for_staff_and_is_logged(staff_user, cooperative, client_for):
    response = client_for(staff_user).get("/fr/manage/organizations/export/members.xlsx", {"q": "dades"})
    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content) if response.streaming
                                      else response.content)).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][10] == "CIN"
    assert len(rows) == 4  # header + three members
    assert "JK••••56" in [r[10] for r in rows]
    event = AuditEvent.objects.get(action="export")
    assert (event.actor, event.target, event.details["filters"]) == (staff_user, "members", {"q": "dades"})


def test_export_members_for_admin_is_clear_and_logged_as_personal(admin_user, cooperative, client_for):
    response = client_for(admin_user).get("/fr/manage/organizations/export/members.xlsx")
    rows = list(load_workbook(io.BytesIO(response.content)).active.iter_rows(values_only=True))
    assert "JK123456" in [r[10] for r in rows]
    assert AuditEvent.objects.filter(action="export_personal", actor=admin_user).count() == 1


def test_manager_export_contains_only_their_own_members(manager_user, cooperative, other_cooperative, client_for):
    response = client_for(manager_user).get("/fr/manage/organizations/export/members.xlsx")
    rows = list(load_workbook(io.BytesIO(response.content)).active.iter_rows(values_only=True))[1:]
    assert {r[0] for r in rows} == {cooperative.pk}
    assert "ZZ987654" not in str(rows)


def test_export_organizations_csv_follows_the_filters(staff_user, cooperative, other_cooperative, client_for):
    response = client_for(staff_user).get("/fr/manage/organizations/export/organizations.csv", {"province": "MA-ZAG"})
    text = b"".join(response.streaming_content).decode("utf-8-sig")
    lines = text.strip().splitlines()
    assert len(lines) == 2
    assert "Dattes d'Agdz" in lines[1] and "Dadès" not in text


def test_web_import_runs_in_the_background_and_reports(staff_user, client_for, django_capture_on_commit_callbacks):
    from django.core.files.uploadedfile import SimpleUploadedFile

    upload = SimpleUploadedFile("orgs.csv", b"kind,name_latin,province\ncooperative,Coop Tizi,MA-HAO\n")
    client = client_for(staff_user)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/fr/manage/imports/new/", {"file": upload})
    status_url = response["Location"]
    html = client.get(status_url).content.decode()
    assert "1 organisation importée." in html
    assert Organization.objects.filter(name_latin="Coop Tizi").exists()
    fragment = client.get(status_url, headers={"HX-Request": "true"}).content.decode()
    assert fragment.lstrip().startswith('<section id="progress"') and "hx-trigger" not in fragment


def test_an_import_whose_worker_died_stops_waiting_and_says_what_to_check(staff_user, client_for):
    import datetime

    from django.core.files.base import ContentFile
    from django.utils import timezone

    from tadamon.registry.models import OrganizationImport

    def job(hours_ago):
        created = OrganizationImport.objects.create(file=ContentFile(b"kind\n", name="orgs.csv"),
                                                    original_name="orgs.csv", created_by=staff_user, status="running")
        OrganizationImport.objects.filter(pk=created.pk).update(
            created_at=timezone.now() - datetime.timedelta(hours=hours_ago))
        return created

    abandoned, recent = job(3), job(0.1)
    client = client_for(staff_user)
    html = client.get(f"/fr/manage/imports/{abandoned.pk}/").content.decode()
    assert "s’est arrêté avant" in html and "hx-trigger" not in html
    abandoned.refresh_from_db()
    assert abandoned.status == "failed" and abandoned.report["abandoned"]
    assert "hx-trigger" in client.get(f"/fr/manage/imports/{recent.pk}/").content.decode()  # still waiting
    recent.refresh_from_db()
    assert recent.status == "running"


def test_web_import_with_errors_lists_them_and_writes_nothing(staff_user, client_for,
                                                               django_capture_on_commit_callbacks):
    from django.core.files.uploadedfile import SimpleUploadedFile

    upload = SimpleUploadedFile("orgs.csv", b"kind,name_latin,province\nfactory,Coop,MA-HAO\n")
    client = client_for(staff_user)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/fr/manage/imports/new/", {"file": upload})
    html = client.get(response["Location"]).content.decode()
    # the column named in the page's language, with the header as the file writes it
    assert "Rien n'a été importé" in html and 'type <code dir="ltr">kind</code></td>' in html
    assert not Organization.objects.filter(name_latin="Coop").exists()


def test_import_form_refuses_other_file_types_with_a_message(staff_user, client_for):
    from django.core.files.uploadedfile import SimpleUploadedFile

    response = client_for(staff_user).post("/fr/manage/imports/new/",
                                           {"file": SimpleUploadedFile("orgs.pdf", b"%PDF")})
    assert "Choisissez un fichier .csv ou .xlsx." in response.content.decode()


@pytest.mark.parametrize("count", [1, 3])
def test_back_office_list_query_count_does_not_grow(staff_user, client_for, django_assert_num_queries, count):
    from tadamon.registry.tests.factories import MembershipFactory, OrganizationFactory

    for _ in range(count):
        MembershipFactory(organization=OrganizationFactory())
    client = client_for(staff_user)
    client.get("/fr/manage/organizations/")
    # user, page, member counts, three filter <select>s (the session and the total, counted by the first
    # request, come from the cache)
    with django_assert_num_queries(6):
        client.get("/fr/manage/organizations/")


def test_detail_of_an_organisation_generated_without_history_renders(staff_user, client_for):
    from django.core.management import call_command

    call_command("generate_data", organizations=1, members=3, seed=1)
    organization = Organization.objects.get(registry_number__startswith="GEN-")
    response = client_for(staff_user).get(f"/fr/manage/organizations/{organization.pk}/")
    assert response.status_code == 200
    assert response.context["history"] == []


def test_commune_options_follow_the_chosen_province(staff_user, client_for):
    from tadamon.registry.domain.territories import import_communes

    import_communes("province_code,name_fr,name_ar\nMA-TIN,Imider,إميضر\nMA-ZAG,Agdz,أكدز\n")
    tinghir = Province.objects.get(code="MA-TIN")
    html = client_for(staff_user).get("/fr/manage/communes/", {"province": tinghir.pk}).content.decode()
    assert "Imider" in html and "Agdz" not in html


def test_commune_options_need_a_back_office_user(client_for, manager_user, client):
    assert client.get("/fr/manage/communes/", {"province": 1}).status_code == 302


def test_export_of_an_unknown_format_is_404(staff_user, client_for):
    assert client_for(staff_user).get("/fr/manage/organizations/export/organizations.pdf").status_code == 404


def test_the_organisation_lists_total_is_kept_per_user_and_filters(staff_user, client_for):
    from tadamon.registry.tests.factories import OrganizationFactory

    OrganizationFactory(name_latin="Coopérative Tizi")
    client = client_for(staff_user)

    def total(query=""):
        return client.get(f"/fr/manage/organizations/{query}").context["page_obj"].paginator.count

    everything, tizi = total(), total("?q=tizi")
    assert tizi >= 1
    OrganizationFactory(name_latin="Coopérative Tizi Ouzou")
    assert total("?q=tizi") == tizi  # kept a minute
    assert total("?q=tizi&page=1") == tizi  # the page is not part of the key
    assert total("?q=ouzou") >= 1  # other filters, their own total
    assert total() == everything
