"""Field work sent after the fact (docs/offline.md): each action once, whatever the number of
replays; conflicts said, never dropped; the live pages' permissions and rules apply; the field pages
refuse the wrong user."""

import datetime
import json
import uuid

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from tadamon.accounts.models import FieldAction
from tadamon.accounts.tests.factories import UserFactory
from tadamon.common import numbers
from tadamon.events.domain.events import check_in
from tadamon.events.domain.events import register as register_participant
from tadamon.events.tests.factories import EventFactory
from tadamon.programmes.domain.training import mark_attendance, register
from tadamon.programmes.enums import BatchStatus
from tadamon.programmes.models import CertificateBatch, CoachingVisit, Diagnosis, PlanAction, Registration
from tadamon.programmes.questionnaire import QUESTIONS
from tadamon.programmes.tests.factories import EnrolmentFactory, ProgrammeFactory, TrainerFactory, make_session
from tadamon.registry.tests.factories import MembershipFactory

ENDPOINT = "/en/manage/field/actions"


@pytest.fixture
def field(staff_user):
    programme = ProgrammeFactory(staff=[staff_user])
    enrolment = EnrolmentFactory(programme=programme)
    session = make_session(programme)
    registrations = [register(session, MembershipFactory(organization=enrolment.organization)) for _ in range(3)]
    event = EventFactory(staff=[staff_user])
    participant = register_participant(event, full_name="Itto Ouhmad", gender="F")
    return {"programme": programme, "enrolment": enrolment, "session": session, "registrations": registrations,
            "event": event, "participant": participant}


def _action(kind, payload, *, made_at=None, action_id=None):
    return {"id": str(action_id or uuid.uuid4()), "kind": kind, "payload": payload,
            "made_at": (made_at or timezone.now()).isoformat()}


def _attendance(field, registration, attended=True, **kwargs):
    return _action("attendance", {"programme": field["programme"].pk, "session": field["session"].pk,
                                  "registration": registration.pk, "attended": attended}, **kwargs)


def _send(client, *actions, language="en"):
    response = client.post(f"/{language}/manage/field/actions", json.dumps({"actions": list(actions)}),
                           content_type="application/json")
    assert response.status_code == 200, response.content
    return response.json()["results"]


def test_the_same_action_sent_twice_is_recorded_once(client_for, staff_user, field):
    client = client_for(staff_user)
    registration = field["registrations"][0]
    action = _attendance(field, registration)
    first, = _send(client, action)
    again, = _send(client, action)
    assert (first["outcome"], first["repeated"]) == ("done", False)
    assert (again["outcome"], again["repeated"]) == ("done", True)
    assert FieldAction.objects.filter(client_id=action["id"]).count() == 1
    registration.refresh_from_db()
    assert registration.attended is True and registration.marked_by == staff_user
    assert registration.history.filter(attended=True).count() == 1  # one change, not two


def test_a_batch_is_answered_action_by_action_in_order(client_for, staff_user, field):
    client = client_for(staff_user)
    first, second, third = field["registrations"]
    results = _send(client, _attendance(field, first), _attendance(field, second, attended=False),
                    _attendance(field, first, attended=False))
    assert [r["outcome"] for r in results] == ["done", "done", "done"]
    assert dict(Registration.objects.filter(session=field["session"]).values_list("pk", "attended")) == {
        first.pk: False, second.pk: False, third.pk: None}


def test_a_mark_made_meanwhile_by_someone_else_is_kept_and_reported(client_for, staff_user, field):
    colleague = UserFactory(username="amina", role="staff")
    registration = field["registrations"][0]
    made_offline = timezone.now() - datetime.timedelta(minutes=20)
    mark_attendance(registration, attended=False, user=colleague)
    result, = _send(client_for(staff_user), _attendance(field, registration, made_at=made_offline))
    assert result["outcome"] == "conflict"
    assert "amina" in result["message"] and "absent" in result["message"]
    registration.refresh_from_db()
    assert registration.attended is False and registration.marked_by == colleague
    assert FieldAction.objects.get().outcome == "conflict"


def test_a_closed_session_and_a_withdrawn_organisation_are_conflicts(client_for, staff_user, field):
    client = client_for(staff_user)
    CertificateBatch.objects.create(programme=field["programme"], session=field["session"], status=BatchStatus.DONE)
    closed, = _send(client, _attendance(field, field["registrations"][0]))
    assert closed["outcome"] == "conflict" and "closed" in closed["message"]
    CertificateBatch.objects.all().delete()
    field["enrolment"].status = "withdrawn"
    field["enrolment"].withdrawal_reason = "moved away"
    field["enrolment"].save()
    withdrawn, = _send(client, _attendance(field, field["registrations"][1]))
    assert withdrawn["outcome"] == "conflict" and "withdrawn" in withdrawn["message"]
    assert not Registration.objects.filter(attended__isnull=False).exists()


def test_a_check_in_made_meanwhile_by_someone_else_is_a_conflict_by_oneself_is_done(client_for, staff_user, field):
    client = client_for(staff_user)
    participant = field["participant"]
    payload = {"event": field["event"].pk, "participant": participant.pk}
    check_in(participant, user=UserFactory(username="door2", role="staff"))
    taken, = _send(client, _action("check_in", payload))
    assert taken["outcome"] == "conflict" and "door2" in taken["message"]

    other = register_participant(field["event"], full_name="Hadda Ait Ali", gender="F")
    check_in(other, user=staff_user)  # live, from the same phone, before the queue was sent
    mine, = _send(client, _action("check_in", {"event": field["event"].pk, "participant": other.pk}))
    assert mine["outcome"] == "done"


def test_the_permission_is_asked_again_for_each_replayed_action(client_for, field):
    outsider = UserFactory(username="elsewhere", role="staff")  # staff, but of no programme or event here
    client = client_for(outsider)
    results = _send(client, _attendance(field, field["registrations"][0]),
                    _action("check_in", {"event": field["event"].pk, "participant": field["participant"].pk}),
                    _action("visit", {"programme": field["programme"].pk, "enrolment": field["enrolment"].pk,
                                      "data": [["topics", "x"]]}))
    assert [r["outcome"] for r in results] == ["refused", "refused", "refused"]
    assert not Registration.objects.filter(attended__isnull=False).exists()
    field["participant"].refresh_from_db()
    assert field["participant"].checked_in_at is None
    assert not CoachingVisit.objects.exists()


def test_an_id_sent_by_another_account_is_refused_and_changes_nothing(client_for, staff_user, field):
    action = _attendance(field, field["registrations"][0])
    _send(client_for(staff_user), action)
    colleague = UserFactory(username="amina", role="staff")
    field["programme"].staff.add(colleague)
    stolen, = _send(client_for(colleague), {**action, "payload": {**action["payload"], "attended": False}})
    assert stolen["outcome"] == "refused"
    assert Registration.objects.get(pk=field["registrations"][0].pk).attended is True


@pytest.mark.parametrize("user_fixture", ["manager_user", "buyer_user"])
def test_who_does_no_field_work_is_refused(request, client_for, field, user_fixture):
    client = client_for(request.getfixturevalue(user_fixture))
    response = client.post(ENDPOINT, json.dumps({"actions": [_attendance(field, field["registrations"][0])]}),
                           content_type="application/json")
    assert response.status_code == 403
    assert client.get("/en/manage/field/").status_code == 403
    assert not FieldAction.objects.exists()


def test_signed_out_the_endpoint_answers_401_in_json_not_a_sign_in_page(client):
    response = client.get(ENDPOINT)
    assert response.status_code == 401 and "Sign in again" in response.json()["message"]


def test_the_replay_needs_the_csrf_token(staff_user, field):
    client = Client(enforce_csrf_checks=True)
    client.force_login(staff_user)
    body = json.dumps({"actions": [_attendance(field, field["registrations"][0])]})
    assert client.post(ENDPOINT, body, content_type="application/json").status_code == 403
    token = client.get(ENDPOINT).json()["csrf"]
    response = client.post(ENDPOINT, body, content_type="application/json", headers={"X-CSRFToken": token})
    assert response.status_code == 200 and response.json()["results"][0]["outcome"] == "done"


def test_malformed_actions_are_refused_one_by_one(client_for, staff_user, field):
    client = client_for(staff_user)
    assert client.post(ENDPOINT, "not json", content_type="application/json").status_code == 400
    results = _send(client, {"id": "not-a-uuid", "kind": "attendance", "payload": {}},
                    {"id": str(uuid.uuid4()), "kind": "delete_everything", "payload": {}},
                    _action("attendance", {"programme": "1 OR 1", "session": 1, "registration": 1, "attended": True}))
    assert [r["outcome"] for r in results] == ["refused", "refused", "refused"]


def test_a_visit_goes_through_the_live_form_and_its_rules(client_for, staff_user, field):
    client = client_for(staff_user)
    coach = TrainerFactory()
    target = {"programme": field["programme"].pk, "enrolment": field["enrolment"].pk}
    invalid, = _send(client, _action("visit", {**target, "data": [["visited_on", "2024-03-05"], ["coach", str(coach.pk)]]}))
    assert invalid["outcome"] == "refused" and "Topics" in invalid["message"]
    data = [["visited_on", "2024-03-05"], ["coach", str(coach.pk)], ["topics", "Packaging"], ["findings", ""],
            ["follow_up-TOTAL_FORMS", "3"], ["follow_up-INITIAL_FORMS", "0"],
            ["follow_up-0-action", "Design a label"], ["follow_up-0-owner", "Itto"], ["follow_up-0-due_date", ""]]
    done, = _send(client, _action("visit", {**target, "data": data}))
    assert done["outcome"] == "done"
    visit = CoachingVisit.objects.get()
    assert (visit.topics, visit.recorded_by, str(visit.visited_on)) == ("Packaging", staff_user, "2024-03-05")
    assert list(PlanAction.objects.values_list("action", "owner")) == [("Design a label", "Itto")]


def test_a_diagnosis_goes_through_the_live_form(client_for, staff_user, field):
    data = [["round", "baseline"], ["done_on", "2024-03-05"], ["notes", ""]]
    data += [[f"q_{question.code}", "2"] for question in QUESTIONS]
    result, = _send(client_for(staff_user), _action("diagnosis", {
        "programme": field["programme"].pk, "enrolment": field["enrolment"].pk, "data": data}))
    assert result["outcome"] == "done"
    diagnosis = Diagnosis.objects.get()
    assert (diagnosis.assessor, diagnosis.enrolment, str(diagnosis.done_on)) == (staff_user, field["enrolment"], "2024-03-05")


def test_messages_come_in_the_language_of_the_page_that_queued_them(client_for, staff_user, field):
    outsider = UserFactory(username="elsewhere", role="staff")
    result, = _send(client_for(outsider), _attendance(field, field["registrations"][0]), language="fr")
    assert result["outcome"] == "refused" and result["message"]


# --- The field pages ------------------------------------------------------------------------------

def test_the_field_pages_open_for_the_staff_and_refuse_the_wrong_user(client_for, staff_user, field):
    programme, enrolment = field["programme"], field["enrolment"]
    pages = [
        f"/en/manage/field/programmes/{programme.pk}/sessions/{field['session'].pk}/",
        f"/en/manage/field/events/{field['event'].pk}/check-in/",
        f"/en/manage/field/programmes/{programme.pk}/enrolments/{enrolment.pk}/visit/",
        f"/en/manage/field/programmes/{programme.pk}/enrolments/{enrolment.pk}/diagnosis/",
    ]
    staff = client_for(staff_user)
    for page in pages:
        assert staff.get(page).status_code == 200, page
    outsider = client_for(UserFactory(username="elsewhere", role="staff"))
    for page in pages:
        assert outsider.get(page).status_code in (403, 404), page


def test_the_check_in_page_holds_ticket_hashes_not_tickets(client_for, staff_user, field):
    from tadamon.backoffice.field_views import ticket_hash

    html = client_for(staff_user).get(f"/en/manage/field/events/{field['event'].pk}/check-in/").content.decode()
    assert ticket_hash(field["participant"].token) in html
    assert field["participant"].token not in html


def _session_on(field, day, hour=9, programme=None):
    from tadamon.programmes.domain.training import schedule_session

    programme = programme or field["programme"]
    starts_at = timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour)))
    return schedule_session(programme=programme, trainers=[TrainerFactory()], fields={
        "phase": programme.phases.first(), "module": field["session"].module, "place": "Zagora",
        "province": field["session"].province, "capacity": 10,
        "starts_at": starts_at, "ends_at": starts_at + datetime.timedelta(hours=3)})


def _at(day, hour):
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour)))


def test_the_field_home_lists_today_then_the_next_seven_days_grouped_by_day(client_for, staff_user, field):
    today = timezone.localdate()
    day = lambda n: today + datetime.timedelta(days=n)  # noqa: E731
    later, tomorrow, now = _session_on(field, today, hour=15), _session_on(field, day(1)), _session_on(field, today, 8)
    last = _session_on(field, day(7))
    too_far, yesterday = _session_on(field, day(8)), _session_on(field, day(-1))
    fair = EventFactory(staff=[staff_user], starts_at=_at(day(-1), 9), ends_at=_at(day(1), 18))  # running
    coming = EventFactory(staff=[staff_user], starts_at=_at(day(3), 9), ends_at=_at(day(3), 18))
    EventFactory(starts_at=_at(today, 9), ends_at=_at(today, 18))  # not theirs
    html = client_for(staff_user).get("/en/manage/field/").content.decode()
    for shown in (later, tomorrow, now, last):
        assert html.count(f"/sessions/{shown.pk}/") == 1
    for hidden in (too_far, yesterday, field["session"]):
        assert f"/sessions/{hidden.pk}/" not in html
    assert html.count("/check-in/") == 2  # the running fair once, on today
    # Today first (what runs already, then by time), then each day that has something, by date, the date in the page's language.
    order = [f"/events/{fair.pk}/check-in/", f"/sessions/{now.pk}/", f"/sessions/{later.pk}/", "Tomorrow",
             f"/sessions/{tomorrow.pk}/", f"/events/{coming.pk}/check-in/", f"/sessions/{last.pk}/"]
    positions = [html.index(marker) for marker in order]
    assert positions == sorted(positions) and html.index(">Today") < positions[0]
    assert html.count("data-keep") == 6  # each listed page is kept on the device
    arabic = client_for(staff_user).get("/ar/manage/field/").content.decode()
    assert numbers.format_date(day(1), "full", "ar") in arabic


def test_the_field_home_says_when_nothing_is_planned(client_for, staff_user, field):
    html = client_for(staff_user).get("/en/manage/field/").content.decode()
    assert "No session or event today." in html and "Nothing planned in the next 7 days" in html
    assert "data-keep" not in html


def test_the_field_home_costs_the_same_queries_however_many_days_and_tasks(
        client_for, staff_user, field, django_assert_num_queries):
    today = timezone.localdate()
    client = client_for(staff_user)
    _session_on(field, today)
    EventFactory(staff=[staff_user], starts_at=_at(today, 9), ends_at=_at(today, 18))
    assert client.get("/en/manage/field/").status_code == 200  # warms the caches (places, permissions)
    with CaptureQueriesContext(connection) as few:
        client.get("/en/manage/field/")
    other = ProgrammeFactory(staff=[staff_user, UserFactory(username="colleague", role="staff")])
    for n in range(1, 8):
        _session_on(field, today + datetime.timedelta(days=n), programme=other if n % 2 else None)
        EventFactory(staff=[staff_user], starts_at=_at(today + datetime.timedelta(days=n), 9),
                     ends_at=_at(today + datetime.timedelta(days=n + 1), 18))
    with django_assert_num_queries(len(few)):
        html = client.get("/en/manage/field/").content.decode()
    assert html.count("data-keep") == 16


# --- The offline page (the back office's shell) -----------------------------------------------------

def test_the_offline_page_is_drawn_for_nobody_and_never_looks_signed_out(client_for, staff_user):
    anonymous = client_for(None).get("/ar/offline/").content.decode()
    signed_in = client_for(staff_user).get("/ar/offline/").content.decode()
    assert anonymous == signed_in  # kept once at install, without cookies: the same for everyone
    header = anonymous[anonymous.index('<nav class="main-nav"'):anonymous.index("</nav>")]
    assert "/accounts/login/" not in header and "/accounts/logout/" not in header
    assert "تسجيل الدخول" not in header and "csrfmiddlewaretoken" not in anonymous
    assert 'id="kept-pages"' in anonymous


def test_the_service_worker_changes_with_the_offline_page(client, monkeypatch):
    from tadamon.public import offline_views

    before = client.get("/sw.js").content
    monkeypatch.setattr(offline_views, "_template_revision", lambda name: "changed")
    assert client.get("/sw.js").content != before
