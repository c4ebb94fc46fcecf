import datetime

import pytest
from django.utils import timezone
from rest_framework.test import APIClient

from tadamon.events.domain.events import check_in, register
from tadamon.events.models import Participant
from tadamon.events.tests.factories import EventFactory

pytestmark = pytest.mark.django_db


def api_for(user):
    client = APIClient(headers={"Accept-Language": "en"})
    if user is not None:
        client.force_authenticate(user)
    return client


@pytest.fixture
def event(staff_user):
    event = EventFactory(staff=[staff_user], kind="regional_fair", name_fr="Foire de Zagora")
    check_in(register(event, full_name="Itto Ouhmad", gender="F", email="itto@example.ma"))
    register(event, full_name="Moha", gender="M")
    return event


def test_anyone_lists_events_with_counts_and_no_participant(event):
    EventFactory(starts_at=timezone.now() - datetime.timedelta(days=30),
                 ends_at=timezone.now() - datetime.timedelta(days=29), name_fr="Passé")
    data = api_for(None).get("/api/v1/events", {"when": "upcoming", "kind": "regional_fair"}).json()
    assert [e["name_fr"] for e in data["results"]] == ["Foire de Zagora"]
    detail = api_for(None).get(f"/api/v1/events/{event.pk}").json()
    assert (detail["registered"], detail["checked_in"], detail["region"]["code"]) == (2, 1, "MA-08")
    assert "Itto" not in str(detail) and "participants" not in detail


def test_staff_register_and_check_in_and_a_second_check_in_is_a_conflict(event, staff_user):
    client = api_for(staff_user)
    created = client.post("/api/v1/participants", {"event": event.pk, "full_name": "Hadda", "gender": "F",
                                                   "organization_name": "Coopérative Tamount"}, format="json")
    assert created.status_code == 201, created.content
    participant = Participant.objects.get(full_name="Hadda")
    assert participant.registered_by == staff_user and created.json()["organization_name"] == "Coopérative Tamount"
    first = client.post(f"/api/v1/participants/{participant.pk}/check-in")
    assert first.status_code == 200 and first.json()["checked_in_at"]
    second = client.post(f"/api/v1/participants/{participant.pk}/check-in")
    assert second.status_code == 409 and "already checked in" in second.json()["detail"]
    found = client.get("/api/v1/participants", {"event": event.pk, "q": "itto"}).json()["results"]
    assert [p["full_name"] for p in found] == ["Itto Ouhmad"] and "email" not in found[0]


def test_only_the_staff_of_an_event_see_and_check_in_its_participants(event, officer_user, manager_user):
    from tadamon.accounts.tests.factories import UserFactory

    participant = event.participants.get(full_name="Moha")
    other_staff = UserFactory(username="other-staff", role="staff")
    for user in (other_staff, officer_user, manager_user):
        client = api_for(user)
        assert client.get("/api/v1/participants", {"event": event.pk}).json()["results"] == []
        assert client.post(f"/api/v1/participants/{participant.pk}/check-in").status_code == 404
        refused = client.post("/api/v1/participants", {"event": event.pk, "full_name": "X", "gender": "M"},
                              format="json")
        assert refused.status_code == 404
    assert api_for(None).get("/api/v1/participants").status_code == 403
    participant.refresh_from_db()
    assert participant.checked_in_at is None


def test_a_full_event_refuses_a_registration_with_the_reason(event, staff_user):
    event.capacity = 2
    event.save()
    response = api_for(staff_user).post("/api/v1/participants", {"event": event.pk, "full_name": "Late",
                                                                 "gender": "F"}, format="json")
    assert response.status_code == 400 and "The event is full" in str(response.json())
