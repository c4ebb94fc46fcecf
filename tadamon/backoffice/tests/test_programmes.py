import re

import pytest

from tadamon.programmes.models import Enrolment, Programme
from tadamon.programmes.tests.factories import EnrolmentFactory, ProgrammeFactory, make_session
from tadamon.registry.models import Province
from tadamon.registry.tests.factories import OrganizationFactory

pytestmark = pytest.mark.django_db

ROLES = ["anonymous", "admin", "staff_on", "staff_off", "officer", "manager_enrolled", "manager_other"]
# what -> expected status per role, in the order of ROLES
MATRIX = {
    "list": [302, 200, 200, 200, 200, 200, 200],
    "create": [302, 200, 200, 200, 403, 403, 403],
    "detail": [302, 200, 200, 404, 200, 200, 404],
    "edit": [302, 200, 200, 404, 403, 403, 404],
    "enrol_search": [302, 200, 200, 404, 403, 403, 404],
    "enrol": [302, 302, 302, 404, 403, 403, 404],
    "status": [302, 200, 200, 404, 403, 403, 404],
    "journey": [302, 200, 200, 404, 200, 200, 404],
    "diagnosis": [302, 200, 200, 404, 403, 403, 404],
    "plan_action": [302, 200, 200, 404, 403, 403, 404],
    "session_create": [302, 200, 200, 404, 403, 403, 404],
    "session": [302, 200, 200, 404, 200, 200, 404],
    "attendance": [302, 302, 302, 404, 403, 403, 404],
    "visit": [302, 200, 200, 404, 403, 403, 404],
    "session_register": [302, 302, 302, 404, 403, 403, 404],
    "certificates": [302, 200, 200, 404, 200, 200, 404],
    "certificate_pdf": [302, 200, 200, 404, 200, 200, 404],
    "certificate_revoke": [302, 200, 200, 404, 403, 403, 404],
    "certificate_batch_start": [302, 302, 302, 404, 403, 403, 404],
    "certificate_batch": [302, 200, 200, 404, 403, 403, 404],
    "certificate_batch_download": [302, 200, 200, 404, 403, 403, 404],
}


@pytest.fixture
def setting(admin_user, staff_user, officer_user, manager_user, other_manager, cooperative):
    from tadamon.accounts.tests.factories import UserFactory

    staff_off = UserFactory(username="staff-off", role="staff")
    programme = ProgrammeFactory(staff=[staff_user])
    enrolment = EnrolmentFactory(programme=programme, organization=cooperative)
    users = {"anonymous": None, "admin": admin_user, "staff_on": staff_user, "staff_off": staff_off,
             "officer": officer_user, "manager_enrolled": manager_user, "manager_other": other_manager}
    return programme, enrolment, users


def request_for(what, programme, enrolment, client):
    base = f"/fr/manage/programmes/{programme.pk}"
    candidate = OrganizationFactory()
    return {
        "list": lambda: client.get("/fr/manage/programmes/"),
        "create": lambda: client.get("/fr/manage/programmes/new/"),
        "detail": lambda: client.get(f"{base}/"),
        "edit": lambda: client.get(f"{base}/edit/"),
        "enrol_search": lambda: client.get(f"{base}/enrol/search/", {"q": "amal"}),
        "enrol": lambda: client.post(f"{base}/enrol/", {"organization": candidate.pk, "status": "enrolled"}),
        "status": lambda: client.get(f"{base}/enrolments/{enrolment.pk}/status/"),
        "journey": lambda: client.get(f"{base}/enrolments/{enrolment.pk}/"),
        "diagnosis": lambda: client.get(f"{base}/enrolments/{enrolment.pk}/diagnosis/new/"),
        "plan_action": lambda: client.get(f"{base}/enrolments/{enrolment.pk}/plan/{plan_action(enrolment).pk}/"),
        "session_create": lambda: client.get(f"{base}/sessions/new/"),
        "visit": lambda: client.get(f"{base}/enrolments/{enrolment.pk}/visits/new/"),
        "session_register": lambda: client.post(f"{base}/sessions/{registration(enrolment).session_id}/register/",
                                                {"membership": []}),
        "session": lambda: client.get(f"{base}/sessions/{registration(enrolment).session_id}/"),
        "attendance": lambda: client.post(
            f"{base}/sessions/{registration(enrolment).session_id}/attendance/{registration(enrolment).pk}/",
            {"attended": "1"}),
        "certificates": lambda: client.get(f"{base}/certificates/"),
        "certificate_pdf": lambda: client.get(f"{base}/certificates/{certificate(enrolment).display_code}.pdf"),
        "certificate_revoke": lambda: client.get(f"{base}/certificates/{certificate(enrolment).display_code}/revoke/"),
        "certificate_batch_start": lambda: client.post(f"{base}/certificates/issue/",
                                                       {"session": registration(enrolment).session_id}),
        "certificate_batch": lambda: client.get(f"{base}/certificates/batches/{batch(enrolment).pk}/"),
        "certificate_batch_download": lambda: client.get(
            f"{base}/certificates/batches/{batch(enrolment).pk}/download/"),
    }[what]()


def registration(enrolment):
    from tadamon.programmes.models import Registration

    existing = Registration.objects.filter(session__programme=enrolment.programme).first()
    if existing:
        return existing
    session = make_session(enrolment.programme)
    from tadamon.programmes.domain.training import register
    from tadamon.registry.models import Membership

    return register(session, Membership.objects.filter(organization=enrolment.organization).first())



def certificate(enrolment):
    from tadamon.programmes.domain.certificates import issue
    from tadamon.programmes.domain.training import mark_attendance

    present = mark_attendance(registration(enrolment), attended=True)
    return issue(enrolment.programme, present.person, module=present.session.module)[0]


def batch(enrolment):
    from tadamon.programmes.domain.certificates import run_batch
    from tadamon.programmes.models import CertificateBatch

    existing = CertificateBatch.objects.filter(programme=enrolment.programme).first()
    if existing:
        return existing
    certificate(enrolment)
    return run_batch(CertificateBatch.objects.create(programme=enrolment.programme,
                                                     session=registration(enrolment).session))


def plan_action(enrolment):
    from tadamon.programmes.models import PlanAction

    return PlanAction.objects.get_or_create(enrolment=enrolment, dimension="finance", objective="o", action="a")[0]


@pytest.mark.parametrize("what", MATRIX)
def test_every_role_gets_the_expected_answer(what, setting, client_for):
    programme, enrolment, users = setting
    for role, expected in zip(ROLES, MATRIX[what], strict=True):
        response = request_for(what, programme, enrolment, client_for(users[role]))
        assert response.status_code == expected, f"{role} on {what}: {response.status_code}, expected {expected}"


def test_staff_list_shows_only_their_programmes(setting, client_for):
    programme, _enrolment, users = setting
    ProgrammeFactory(name_fr="Someone else's programme")
    html = client_for(users["staff_on"]).get("/fr/manage/programmes/").content.decode()
    assert programme.name_fr in html and "Someone else" not in html


def test_manager_sees_only_their_own_enrolment_on_the_programme_page(setting, client_for):
    programme, _enrolment, users = setting
    EnrolmentFactory(programme=programme, organization=OrganizationFactory(name_latin="Another coop"))
    html = client_for(users["manager_enrolled"]).get(f"/fr/manage/programmes/{programme.pk}/").content.decode()
    assert "Femmes de Dadès" in html and "Another coop" not in html
    assert "Inscrire une organisation" not in html


def test_staff_create_a_programme_and_are_put_on_it(staff_user, client_for):
    response = client_for(staff_user).post("/fr/manage/programmes/new/", {
        "name_fr": "Cooper UP", "name_ar": "كوبر أب", "phase_1": "Diagnostic", "phase_2": "Marketing",
        "target_organizations": "50",
    })
    programme = Programme.objects.get(name_fr="Cooper UP")
    assert response["Location"] == f"/fr/manage/programmes/{programme.pk}/"
    assert list(programme.staff.all()) == [staff_user]
    assert list(programme.phases.values_list("number", "name_fr")) == [(1, "Diagnostic"), (2, "Marketing")]


def test_programme_form_without_a_name_says_so_and_keeps_the_rest(staff_user, client_for):
    response = client_for(staff_user).post("/fr/manage/programmes/new/", {"target_organizations": "50",
                                                                         "description_fr": "Pour les coopératives"})
    html = response.content.decode()
    assert "Donnez un nom au programme dans au moins une langue." in html
    assert "Pour les coopératives" in html and 'value="50"' in html
    assert Programme.objects.count() == 0


def test_enrol_search_lists_only_organisations_outside_the_programme(setting, client_for):
    programme, _enrolment, users = setting
    OrganizationFactory(name_latin="Coopérative Tafoukt", name_ar="")
    OrganizationFactory(name_latin="Tafoukt Mining", kind="company", name_ar="")
    html = client_for(users["staff_on"]).get(f"/fr/manage/programmes/{programme.pk}/enrol/search/",
                                             {"q": "tafoukt"}).content.decode()
    assert "Coopérative Tafoukt" in html and "Tafoukt Mining" not in html
    html = client_for(users["staff_on"]).get(f"/fr/manage/programmes/{programme.pk}/enrol/search/",
                                             {"q": "dades"}).content.decode()
    assert "Aucune organisation de ce nom hors du programme." in html


def test_enrolling_twice_says_so(setting, client_for, cooperative):
    programme, _enrolment, users = setting
    response = client_for(users["staff_on"]).post(f"/fr/manage/programmes/{programme.pk}/enrol/",
                                                  {"organization": cooperative.pk}, follow=True)
    assert "Cette organisation est déjà dans le programme." in response.content.decode()


def test_withdrawal_without_a_reason_is_refused_with_the_form_kept(setting, client_for):
    programme, enrolment, users = setting
    url = f"/fr/manage/programmes/{programme.pk}/enrolments/{enrolment.pk}/status/"
    html = client_for(users["staff_on"]).post(url, {"status": "withdrawn", "withdrawal_reason": ""}).content.decode()
    assert "Indiquez pourquoi l&#x27;organisation s&#x27;est retirée." in html
    assert '<option value="withdrawn" selected>' in html
    response = client_for(users["staff_on"]).post(url, {"status": "withdrawn", "withdrawal_reason": "Déménagement"})
    assert response.status_code == 302
    assert Enrolment.objects.get(pk=enrolment.pk).withdrawal_reason == "Déménagement"


@pytest.mark.parametrize("count", [1, 3])
def test_programme_page_query_count_does_not_grow_with_enrolments(staff_user, client_for, django_assert_num_queries,
                                                                  count):
    from tadamon.events.domain.events import register
    from tadamon.events.tests.factories import EventFactory

    programme = ProgrammeFactory(staff=[staff_user])
    for _ in range(count):
        EnrolmentFactory(programme=programme)
        register(EventFactory(programme=programme), full_name="Guest", gender="F")
    client = client_for(staff_user)
    client.get(f"/fr/manage/programmes/{programme.pk}/")
    # user, programme + 5 prefetches, page count + page, cohort profile, sessions + count, visits + count,
    # 2 coaching figures, events + count, the academy's learners (permissions use the prefetched staff;
    # the session, the 3 breakdowns and the 3 queries' training figures come from the cache)
    with django_assert_num_queries(19):
        client.get(f"/fr/manage/programmes/{programme.pk}/")


def diagnosis_post(default="2", **by_dimension):
    from tadamon.programmes.questionnaire import QUESTIONS

    data = {"round": "baseline", "done_on": "2024-03-01", "notes": "Visite au local"}
    data.update({f"q_{q.code}": by_dimension.get(q.dimension, default) for q in QUESTIONS})
    return data


def test_staff_record_a_diagnosis_and_the_journey_shows_scores_recommendations_and_plan(setting, client_for):
    programme, enrolment, users = setting
    client = client_for(users["staff_on"])
    url = f"/fr/manage/programmes/{programme.pk}/enrolments/{enrolment.pk}/"
    response = client.post(url + "diagnosis/new/", diagnosis_post(finance="0"))
    assert response["Location"] == url
    html = client.get(url).content.decode()
    assert '<meter min="0" max="100" low="50" high="75" optimum="100" value="0"></meter> <span class="number">0</span>' in html
    assert "Comptabilité simplifiée" in html  # recommended module, in French
    assert "Follow the module" not in html and "Suivre le module «\u00a0Comptabilité simplifiée\u00a0»" in html
    programme_html = client.get(f"/fr/manage/programmes/{programme.pk}/").content.decode()
    assert "Besoins de la cohorte" in programme_html


def test_an_incomplete_questionnaire_keeps_the_answers_given(setting, client_for):
    programme, enrolment, users = setting
    data = diagnosis_post()
    del data["q_fin_bank_account"]
    data["q_gov_roles"] = "1"
    response = client_for(users["staff_on"]).post(
        f"/fr/manage/programmes/{programme.pk}/enrolments/{enrolment.pk}/diagnosis/new/", data)
    html = response.content.decode()
    assert "Choisissez une réponse." in html
    assert 'name="q_gov_roles" value="1" id="id_q_gov_roles_1" required checked' in html
    assert enrolment.diagnoses.count() == 0


def test_manager_reads_their_journey_without_the_staff_buttons(setting, client_for):
    programme, enrolment, users = setting
    html = client_for(users["manager_enrolled"]).get(
        f"/fr/manage/programmes/{programme.pk}/enrolments/{enrolment.pk}/").content.decode()
    assert "Pas encore diagnostiquée." in html
    assert "Saisir le diagnostic initial" not in html


def test_scheduling_a_clashing_session_names_the_trainer_and_keeps_the_form(setting, client_for):
    from tadamon.programmes.models import Module
    from tadamon.programmes.tests.factories import TrainerFactory

    programme, _enrolment, users = setting
    trainer = TrainerFactory(name="Yasmina El Asri")
    make_session(programme, trainer=trainer)
    response = client_for(users["staff_on"]).post(f"/fr/manage/programmes/{programme.pk}/sessions/new/", {
        "module": Module.objects.get(code="cost-price").pk, "phase": programme.phases.first().pk,
        "place": "Salle communale", "province": Province.objects.get(code="MA-TIN").pk,
        "starts_at": "2024-03-04T10:00", "ends_at": "2024-03-04T13:00",
        "capacity": "25", "trainers": [trainer.pk]})
    html = response.content.decode()
    assert "de 2024-03-04 09:00 à 12:00 : Yasmina El Asri." in html
    assert 'value="Salle communale"' in html


def test_register_members_then_take_attendance_in_one_tap(setting, client_for):
    from tadamon.programmes.models import Registration

    programme, enrolment, users = setting
    session = make_session(programme, capacity=2)
    client = client_for(users["staff_on"])
    url = f"/fr/manage/programmes/{programme.pk}/sessions/{session.pk}/"
    html = client.get(url, {"organization": enrolment.organization_id}).content.decode()
    memberships = [int(v) for v in re.findall(r'name="membership" value="(\d+)"', html)]
    assert len(memberships) == 3  # the cooperative's three members
    response = client.post(url + "register/", {"membership": memberships}, follow=True)
    page = response.content.decode()
    assert "2 personnes inscrites." in page and "La session est complète (2 places)." in page
    registration = Registration.objects.filter(session=session).first()
    row = client.post(url + f"attendance/{registration.pk}/", {"attended": "1"},
                      headers={"HX-Request": "true"}).content.decode()
    assert row.lstrip().startswith(f'<tr id="registration-{registration.pk}">')
    assert 'class="tap-yes on" aria-pressed="true"' in row
    registration.refresh_from_db()
    assert (registration.attended, registration.marked_by) == (True, users["staff_on"])


def test_the_register_offers_the_sessions_province_or_a_name_search_not_every_organisation(setting, client_for):
    programme, enrolment, users = setting  # the cooperative is in Tinghir, like the session
    far = EnrolmentFactory(programme=programme, organization=OrganizationFactory(
        name_latin="Coopérative Argan Essaouira", province=Province.objects.get(code="MA-ESI")))
    session = make_session(programme)
    url = f"/fr/manage/programmes/{programme.pk}/sessions/{session.pk}/"
    client = client_for(users["staff_on"])
    options = re.findall(r'<option value="(\d+)"', client.get(url).content.decode())
    assert options == [str(enrolment.organization_id)]
    options = re.findall(r'<option value="(\d+)"', client.get(url, {"q": "argan"}).content.decode())
    assert options == [str(far.organization_id)]


def test_a_manager_sees_only_their_own_people_on_a_session(setting, client_for):
    from tadamon.programmes.domain.training import register
    from tadamon.registry.tests.factories import MembershipFactory

    programme, enrolment, users = setting
    session = make_session(programme)
    other = EnrolmentFactory(programme=programme)
    register(session, MembershipFactory(organization=other.organization, person__first_name_latin="Outsider"))
    register(session, enrolment.organization.memberships.first())
    html = client_for(users["manager_enrolled"]).get(
        f"/fr/manage/programmes/{programme.pk}/sessions/{session.pk}/").content.decode()
    assert "Outsider" not in html and "Fatima" in html
    assert "Présent" in html and 'class="tap' not in html


def test_record_a_visit_with_follow_ups_and_see_them_on_the_journey(setting, client_for):
    from tadamon.programmes.models import PlanAction
    from tadamon.programmes.tests.factories import TrainerFactory

    programme, enrolment, users = setting
    programme.planned_visits = 12
    programme.save()
    coach = TrainerFactory(name="Coach Injaz")
    url = f"/fr/manage/programmes/{programme.pk}/enrolments/{enrolment.pk}/"
    data = {"visited_on": "2024-03-10", "coach": coach.pk, "topics": "Comptabilité", "findings": "Cahier tenu",
            "follow_up-TOTAL_FORMS": "3", "follow_up-INITIAL_FORMS": "0",
            "follow_up-0-action": "Ouvrir un compte bancaire", "follow_up-0-owner": "Trésorière",
            "follow_up-0-due_date": "2024-04-10",
            "follow_up-1-owner": "Présidente"}  # an owner without an action: refused, nothing saved
    html = client_for(users["staff_on"]).post(url + "visits/new/", data).content.decode()
    assert "Décrivez l&#x27;action, ou effacez son responsable et sa date." in html
    assert 'value="Ouvrir un compte bancaire"' in html and PlanAction.objects.count() == 0
    del data["follow_up-1-owner"]
    assert client_for(users["staff_on"]).post(url + "visits/new/", data)["Location"] == url
    page = client_for(users["staff_on"]).get(url).content.decode()
    assert "1 visites réalisées sur 12 prévues." in page or "1 visite réalisée sur 12 prévues." in page
    assert "Ouvrir un compte bancaire" in page and "en retard" in page  # due 2024-04-10, long past
