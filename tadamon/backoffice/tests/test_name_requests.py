"""Name-certificate pages: the office's officers work their queue and decide; other offices,
programme staff, managers and buyers are refused; decisions keep what was typed on a mistake."""

import re

import pytest

from tadamon.accounts.enums import Role
from tadamon.accounts.tests.factories import UserFactory
from tadamon.funding.enums import NameRequestStatus
from tadamon.funding.models import NameRequest
from tadamon.funding.tests.factories import NameRequestFactory
from tadamon.registry.tests.factories import OrganizationFactory

pytestmark = pytest.mark.django_db

ROLES = ["anonymous", "admin", "office_officer", "other_officer", "staff", "manager", "buyer"]
MATRIX = {
    "list": [302, 200, 200, 200, 403, 403, 403],
    "create": [302, 200, 200, 200, 403, 403, 403],
    "check": [302, 200, 200, 200, 403, 403, 403],
    "detail": [302, 200, 200, 404, 404, 404, 404],
}


@pytest.fixture
def setting(admin_user, officer_user, staff_user, manager_user, buyer_user):
    office = OrganizationFactory(kind="public_body", name_ar="مكتب تنمية التعاون",
                                 name_latin="Office du Développement de la Coopération")
    users = {"anonymous": None, "admin": admin_user,
             "office_officer": UserFactory(username="odco", role=Role.OFFICER, organization=office),
             "other_officer": officer_user, "staff": staff_user, "manager": manager_user, "buyer": buyer_user}
    OrganizationFactory(name_ar="تعاونية دادس", name_latin="Coopérative Dadès")
    request = NameRequestFactory(authority=office, name_ar="تعاونية دادس النسوية", name_latin="",
                                 applicant_name="Itto Ouhammou", applicant_phone="0661234567")
    return request, users


@pytest.mark.parametrize("what", MATRIX)
def test_every_role_gets_the_expected_answer(what, setting, client_for):
    request, users = setting
    url = {"list": "/fr/manage/names/", "create": "/fr/manage/names/new/",
           "check": "/fr/manage/names/check/?name=Tifawin", "detail": f"/fr/manage/names/{request.pk}/"}[what]
    for role, expected in zip(ROLES, MATRIX[what], strict=True):
        response = client_for(users[role]).get(url)
        assert response.status_code == expected, f"{role} on {what}: {response.status_code}, expected {expected}"
        if what == "detail" and expected == 200:
            assert "Itto Ouhammou" in response.content.decode()


def test_another_office_sees_an_empty_queue_and_cannot_decide(setting, client_for):
    request, users = setting
    client = client_for(users["other_officer"])
    assert "تعاونية دادس النسوية" not in client.get("/fr/manage/names/").content.decode()
    response = client.post(f"/fr/manage/names/{request.pk}/", {"decision": "approve"})
    assert response.status_code == 404
    request.refresh_from_db()
    assert request.status == NameRequestStatus.PENDING


def test_the_request_page_shows_the_clash_and_its_reason(setting, client_for):
    request, users = setting
    page = client_for(users["office_officer"]).get(f"/fr/manage/names/{request.pk}/").content.decode()
    # The registered name whole, the words the reason quotes marked in it.
    assert "Coopérative <mark>Dadès</mark>" in page or "<mark>دادس</mark>" in page
    # The Arabic name quoted in the French reason keeps its own direction and language.
    dades = '<bdi lang="ar" dir="rtl">دادس</bdi>'
    # Quoted as written: «Dadès», not the check's «dades»; in French « x », with no-break spaces.
    assert f"«\u00a0{dades}\u00a0» ~ «\u00a0Dadès\u00a0»" in page \
        or f"«\u00a0{dades}\u00a0» ~ «\u00a0{dades}\u00a0»" in page


def test_a_refusal_without_a_reason_comes_back_with_the_choice_kept(setting, client_for):
    request, users = setting
    client = client_for(users["office_officer"])
    response = client.post(f"/fr/manage/names/{request.pk}/", {"decision": "refuse", "reason": ""})
    assert response.status_code == 400
    page = response.content.decode()
    assert re.search(r'value="refuse"[^>]*checked', page)
    assert "Indiquez pourquoi le nom est refusé" in page
    request.refresh_from_db()
    assert request.status == NameRequestStatus.PENDING
    response = client.post(f"/fr/manage/names/{request.pk}/", {"decision": "refuse", "reason": "Trop proche."})
    assert response.status_code == 302
    request.refresh_from_db()
    assert request.status == NameRequestStatus.REFUSED and request.decision_reason == "Trop proche."
    assert request.evidence["verdict"] == "clash" and "Dadès" in request.evidence["matches"][0]["name_latin"]


def test_an_officer_records_a_request_for_their_office(setting, client_for):
    _request, users = setting
    client = client_for(users["office_officer"])
    data = {"name_ar": "", "name_latin": "", "kind": "cooperative", "province": "MA-OUA",
            "applicant_name": "Touda Akhiat", "applicant_phone": "0612345678", "applicant_email": ""}
    response = client.post("/fr/manage/names/new/", data)
    assert response.status_code == 400
    assert "Touda Akhiat" in response.content.decode()  # what was typed stays
    assert not NameRequest.objects.filter(applicant_name="Touda Akhiat").exists()
    response = client.post("/fr/manage/names/new/", data | {"name_latin": "Coopérative Tiwizi Nassij"})
    created = NameRequest.objects.get(applicant_name="Touda Akhiat")
    assert response.status_code == 302 and response.url == f"/fr/manage/names/{created.pk}/"
    assert created.authority == users["office_officer"].organization
    assert created.verdict == "clear" and created.grade == "strong"


def test_the_queue_lists_the_oldest_pending_first_and_filters_by_status(setting, client_for):
    request, users = setting
    later = NameRequestFactory(authority=request.authority, name_ar="", name_latin="Coopérative Tagmat")
    decided = NameRequestFactory(authority=request.authority, name_ar="", name_latin="Coopérative Amalou",
                                 status=NameRequestStatus.REFUSED)
    client = client_for(users["office_officer"])
    page = client.get("/fr/manage/names/").content.decode()
    assert page.index("تعاونية دادس النسوية") < page.index("Coopérative Tagmat")
    assert "Coopérative Amalou" not in page
    refused = client.get("/fr/manage/names/?status=refused").content.decode()
    assert "Coopérative Amalou" in refused and later.name_latin not in refused
    assert decided.reference in refused


def test_the_check_page_ranks_names_in_arabic(setting, client_for):
    _request, users = setting
    page = client_for(users["office_officer"]).get("/ar/manage/names/check/?name=Coop%C3%A9rative+Dad%C3%A8s")
    assert page.status_code == 200
    html = page.content.decode()
    assert 'dir="rtl"' in html and "تعاونية <mark>دادس</mark>" in html


def _match(score: int, name_latin: str, reason: str) -> dict:
    return {"source": "organization", "pk": score, "name_ar": "", "name_latin": name_latin, "detail": "",
            "score": score, "reason_code": "close_spelling", "reason": reason,
            "verdict": "clash" if score >= 90 else "close" if score >= 75 else "distant"}


def test_the_names_worth_reading_come_first_the_others_folded(setting, client_for):
    request, users = setting
    evidence = {"name_ar": request.name_ar, "name_latin": "", "verdict": "close", "grade": "medium",
                "grade_reason": "", "matches": [_match(80, "Coopérative Tifawin Nord", "proche"),
                                                _match(52, "Coopérative Tifaout", "un peu"),
                                                _match(31, "Coopérative Dadès Tinghir", "lieu seulement")]}
    NameRequest.objects.filter(pk=request.pk).update(status=NameRequestStatus.REFUSED, evidence=evidence)
    page = client_for(users["office_officer"]).get(f"/fr/manage/names/{request.pk}/").content.decode()
    shown, _sep, folded = page.partition('<details class="other-matches">')
    assert "Coopérative Tifawin Nord" in shown and "Coopérative Tifaout" in shown
    assert "Coopérative Dadès Tinghir" not in shown and "Coopérative Dadès Tinghir" in folded


def test_only_far_names_found_says_none_is_close(setting, client_for):
    request, users = setting
    evidence = {"name_ar": request.name_ar, "name_latin": "", "verdict": "clear", "grade": "weak",
                "grade_reason": "", "matches": [_match(20, "Coopérative Dadès Tinghir", "lieu seulement")]}
    NameRequest.objects.filter(pk=request.pk).update(status=NameRequestStatus.REFUSED, evidence=evidence)
    page = client_for(users["office_officer"]).get(f"/fr/manage/names/{request.pk}/").content.decode()
    shown, _sep, folded = page.partition('<details class="other-matches">')
    assert 'class="empty"' in shown and "Coopérative Dadès Tinghir" in folded


def test_the_list_says_the_grade_is_the_names_distinctiveness(setting, client_for):
    request, users = setting
    NameRequest.objects.filter(pk=request.pk).update(grade="weak", verdict="clash")
    page = client_for(users["office_officer"]).get("/en/manage/names/").content.decode()
    headers = re.findall(r"<th[^>]*>([^<]*)</th>", page)
    cells = re.search(r"<tr>\s*<td[^>]*><a href=\"/en/manage/names/.*?</tr>", page, re.S).group(0)
    cells = re.findall(r"<td[^>]*>(.*?)</td>", cells, re.S)
    assert "Weak" in cells[headers.index("Distinctiveness of the name")]


def test_a_latin_name_quoted_whole_keeps_its_direction_on_an_arabic_page():
    from django.template import Context, Template
    from django.utils import translation

    template = Template("{% load tadamon %}{{ reason|mark_scripts }}")
    with translation.override("ar"):
        html = template.render(Context({"reason": "يتعارض مع «Coopérative Tifawin 2 (Agdz)» و«تيفاوين» d'argan"}))
    assert '«<bdi lang="fr" dir="ltr">Coopérative Tifawin 2 (Agdz)</bdi>»' in html
    assert "«تيفاوين»" in html and '<bdi lang="fr" dir="ltr">d&#x27;argan</bdi>' in html


def test_the_clash_error_isolates_the_name_it_quotes(setting, client_for):
    request, users = setting
    client = client_for(users["office_officer"])
    response = client.post(f"/ar/manage/names/{request.pk}/", {"decision": "approve", "reason": ""})
    assert response.status_code == 400
    errors = response.context["form"].errors["reason"]
    assert any(re.search("«\u2068[^\u2069]+\u2069»", error) for error in errors), errors


@pytest.mark.parametrize("typed", ["123", "!!! ؟؟", "٢٠٢٦ - 07"])
def test_a_name_without_letters_is_refused_with_what_was_typed_kept(typed, setting, client_for):
    _request, users = setting
    client = client_for(users["office_officer"])
    response = client.get("/fr/manage/names/check/", {"name": typed})
    html = response.content.decode()
    assert response.context["check"] is None
    errors = response.context["form"].errors["name"]
    assert errors == [f"Un nom s'écrit avec des lettres : «\u00a0{typed}\u00a0» n'en a aucune (seulement des chiffres "
                      "ou de la ponctuation)."]
    assert f'value="{typed}"' in html
    data = {"name_ar": typed, "name_latin": "", "kind": "cooperative", "province": "MA-OUA",
            "applicant_name": "Touda Akhiat", "applicant_phone": "0612345678", "applicant_email": ""}
    response = client.post("/fr/manage/names/new/", data)
    assert response.status_code == 400 and "name_ar" in response.context["form"].errors
    assert not NameRequest.objects.filter(applicant_name="Touda Akhiat").exists()


def test_the_latin_form_alone_is_checked(setting, client_for):
    _request, users = setting
    response = client_for(users["office_officer"]).get("/fr/manage/names/check/",
                                                       {"name": "", "latin": "Coopérative Dadès"})
    assert response.context["form"].is_valid()
    assert response.context["check"]["verdict"] == "clash"
    empty = client_for(users["office_officer"]).get("/fr/manage/names/check/", {"name": " ", "latin": ""})
    assert empty.context["check"] is None
    assert empty.context["form"].non_field_errors() == ["Écrivez le nom à vérifier, en arabe ou en caractères latins."]
    assert "Écrivez le nom à vérifier" in empty.content.decode()  # said on the page, not only to the form


def test_a_name_too_long_is_said_so_and_kept_not_cut_by_the_browser(setting, client_for):
    _request, users = setting
    client = client_for(users["office_officer"])
    long_name = "Coopérative " + "Tifawin " * 40
    html = client.get("/fr/manage/names/check/", {"name": long_name}).content.decode()
    assert 'maxlength="' not in html  # the browser would cut a pasted name without a word
    assert long_name.strip() in html
    assert f"Le nom est trop long : 200 caractères au plus (il en a {len(long_name.strip())})." in html
    form_html = client.get("/fr/manage/names/new/").content.decode()
    name_input = re.search(r'<input[^>]*name="name_latin"[^>]*>', form_html).group(0)
    assert "maxlength" not in name_input


def test_the_check_marks_in_each_close_name_the_words_its_reason_quotes(setting, client_for):
    _request, users = setting
    OrganizationFactory(name_ar="", name_latin="Coopérative Al Amal de pêche artisanale Tinghir")
    html = client_for(users["office_officer"]).get(
        "/fr/manage/names/check/", {"name": "", "latin": "Coopérative Al Amal Tinghir"}).content.decode()
    assert "Coopérative Al <mark>Amal</mark> de pêche artisanale <mark>Tinghir</mark>" in html
    # The reason names the words shared and those one side adds, not a distinctive part cut out of the name.
    assert ("Mêmes mots distinctifs : «\u00a0Amal\u00a0», «\u00a0Tinghir\u00a0». "
            "Seulement dans ce nom : «\u00a0pêche\u00a0».") in html


def test_the_check_form_s_help_is_linked_to_its_field_and_either_script_keeps_its_direction(setting, client_for):
    _request, users = setting
    html = client_for(users["office_officer"]).get("/ar/manage/names/check/").content.decode()
    field = re.search(r'<input[^>]*name="name"[^>]*>', html).group(0)
    assert 'aria-describedby="id_name_helptext"' in field and 'dir="auto"' in field
    assert 'id="id_name_helptext"' in html


def test_the_match_cards_say_whether_a_name_is_registered_or_requested_and_provinces_are_in_name_order(
        setting, client_for):
    _request, users = setting
    client = client_for(users["office_officer"])
    html = client.get("/fr/manage/names/check/", {"name": "تعاونية دادس"}).content.decode()
    assert '<td data-label="Enregistré ou demandé">Demande de nom</td>' in html
    assert '<td data-label="Enregistré ou demandé">Organisation enregistrée</td>' in html
    form = client.get("/fr/manage/names/new/").content.decode()
    provinces = re.findall(r'<option value="MA-[A-Z]+">([^<]+)</option>', form)
    assert len(provinces) > 70 and provinces == sorted(provinces, key=str.casefold)


def test_a_weak_name_no_one_comes_close_to_is_not_shown_in_the_green_of_a_good_name(setting, client_for):
    _request, users = setting
    client = client_for(users["office_officer"])
    weak = client.get("/fr/manage/names/check/", {"name": "تعاونية فلاحية نسوية"}).content.decode()
    assert 'class="badge name-clear-weak"' in weak and 'class="badge name-clear"' not in weak
    strong = client.get("/fr/manage/names/check/", {"name": "تعاونية تيزيري أوزيغيمت"}).content.decode()
    assert 'class="badge name-clear"' in strong
