"""Back-office pages of a meeting's programme, minutes and recommendations: only whoever runs
the event keeps them; a status moves with its reason; a stale edit is refused."""

import datetime

import pytest

from tadamon.accounts.tests.factories import UserFactory
from tadamon.events.domain import meetings
from tadamon.events.models import AgendaItem, Minutes, Recommendation
from tadamon.events.tests.factories import EventFactory
from tadamon.registry.tests.factories import OrganizationFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def event(staff_user):
    return EventFactory(staff=[staff_user])


@pytest.fixture
def recommendation(event):
    return meetings.add_recommendation(event, fields={"text_fr": "Conseil national", "follower_text": "ODCO"})


def urls(event, recommendation):
    base = f"/fr/manage/events/{event.pk}/meeting"
    item = meetings.add_agenda_item(event, fields={"starts_at": event.starts_at, "title_fr": "Ouverture",
                                                   "kind": "plenary"})
    return [f"{base}/", f"{base}/agenda/new/", f"{base}/agenda/{item.pk}/", f"{base}/minutes/",
            f"{base}/recommendations/new/", f"{base}/recommendations/{recommendation.pk}/"]


@pytest.mark.parametrize("role", ["anonymous", "buyer", "manager", "other_manager", "officer", "staff_not_on_event"])
def test_only_whoever_runs_the_event_reaches_its_meeting_pages(client, event, recommendation, role, request):
    users = {"buyer": "buyer_user", "manager": "manager_user", "other_manager": "other_manager",
             "officer": "officer_user"}
    if role == "staff_not_on_event":
        client.force_login(UserFactory(username="staff-off", role="staff"))
    elif role != "anonymous":
        client.force_login(request.getfixturevalue(users[role]))
    for url in urls(event, recommendation):
        response = client.get(url)
        assert response.status_code in (302, 403), url
        if role == "anonymous":
            assert "/accounts/login/" in response["Location"]
        response = client.post(url, {"action": "status", "status": "done", "version": 1, "text_fr": "X"})
        assert response.status_code in (302, 403) and not response.get("Location", "").startswith("/fr/manage/")
    assert Recommendation.objects.get().status == "open"


@pytest.mark.parametrize("who", ["staff_user", "admin_user"])
def test_the_events_staff_and_admins_reach_its_meeting_pages(client, event, recommendation, who, request):
    client.force_login(request.getfixturevalue(who))
    for url in urls(event, recommendation):
        assert client.get(url).status_code == 200, url


def test_staff_add_an_agenda_item_minutes_and_a_recommendation(client, event, staff_user):
    client.force_login(staff_user)
    base = f"/fr/manage/events/{event.pk}/meeting"
    start = event.starts_at.strftime("%Y-%m-%dT%H:%M")
    response = client.post(f"{base}/agenda/new/", {"starts_at": start, "title_fr": "Séance du matin",
                                                   "kind": "session", "speakers": "ODCO, ONSSA"})
    assert response.status_code == 302
    assert AgendaItem.objects.get(event=event).speakers == "ODCO, ONSSA"
    assert client.post(f"{base}/minutes/", {"text_ar": "محضر", "text_fr": "", "text_en": ""}).status_code == 302
    assert Minutes.objects.get(event=event).text_ar == "محضر"
    follower = OrganizationFactory(kind="public_body", acronym="ODCO")
    response = client.post(f"{base}/recommendations/new/", {"text_fr": "Conseil national", "follower": follower.pk,
                                                            "due_on": "2019-12-31"})
    assert response.status_code == 302
    assert Recommendation.objects.get(event=event).due_on == datetime.date(2019, 12, 31)
    page = client.get(f"{base}/").content.decode()
    assert "Séance du matin" in page and "محضر" in page and "Conseil national" in page


def test_a_recommendation_needs_someone_to_follow_it_up(client, event, staff_user):
    client.force_login(staff_user)
    response = client.post(f"/fr/manage/events/{event.pk}/meeting/recommendations/new/", {"text_fr": "Texte"})
    assert response.status_code == 200
    assert "Indiquez qui suit la recommandation" in response.content.decode()
    assert not Recommendation.objects.exists()


def test_staff_move_a_status_and_dropping_without_a_reason_is_refused(client, event, recommendation, staff_user):
    client.force_login(staff_user)
    url = f"/fr/manage/events/{event.pk}/meeting/recommendations/{recommendation.pk}/"
    response = client.post(url, {"action": "status", "status": "dropped", "drop_reason": "", "version": 1})
    assert response.status_code == 200
    assert "Indiquez pourquoi la recommandation est abandonnée." in response.content.decode()
    assert client.post(url, {"action": "status", "status": "in_progress", "version": 1}).status_code == 302
    recommendation.refresh_from_db()
    assert (recommendation.status, recommendation.status_changed_by) == ("in_progress", staff_user)


def test_a_status_move_from_a_page_opened_before_another_change_is_refused(client, event, recommendation,
                                                                            staff_user):
    client.force_login(staff_user)
    meetings.move_recommendation(recommendation, status="in_progress", expected_version=1)
    url = f"/fr/manage/events/{event.pk}/meeting/recommendations/{recommendation.pk}/"
    response = client.post(url, {"action": "status", "status": "done", "version": 1})
    assert response.status_code == 200
    recommendation.refresh_from_db()
    assert recommendation.status == "in_progress"


def test_the_event_page_links_to_the_meeting_for_its_staff_only(client, event, staff_user, officer_user):
    client.force_login(staff_user)
    assert f"/events/{event.pk}/meeting/" in client.get(f"/fr/manage/events/{event.pk}/").content.decode()
    client.force_login(officer_user)
    assert f"/events/{event.pk}/meeting/" not in client.get(f"/fr/manage/events/{event.pk}/").content.decode()


@pytest.mark.parametrize("count", [1, 3])
def test_the_meeting_page_query_count_does_not_grow_with_recommendations(client, event, staff_user, count,
                                                                         django_assert_num_queries):
    for index in range(count):
        meetings.add_recommendation(event, fields={"text_fr": f"R{index}", "follower": OrganizationFactory(
            kind="public_body"), "follower_text": ""})
        meetings.add_agenda_item(event, fields={"starts_at": event.starts_at, "title_fr": f"I{index}",
                                                "kind": "plenary"})
    client.force_login(staff_user)
    client.get(f"/fr/manage/events/{event.pk}/meeting/")  # warm caches (session, permissions)
    with django_assert_num_queries(QUERIES):
        assert client.get(f"/fr/manage/events/{event.pk}/meeting/").status_code == 200


QUERIES = 6
