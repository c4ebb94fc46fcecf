import pytest
from rest_framework.test import APIClient

from tadamon.programmes.domain.training import register
from tadamon.programmes.models import Registration
from tadamon.programmes.tests.factories import EnrolmentFactory, ProgrammeFactory, make_session

pytestmark = pytest.mark.django_db


@pytest.fixture
def register_of(staff_user, cooperative):
    programme = ProgrammeFactory(staff=[staff_user])
    EnrolmentFactory(programme=programme, organization=cooperative)
    session = make_session(programme)
    registration = register(session, cooperative.memberships.first())
    return programme, session, registration


def api_for(user):
    client = APIClient(enforce_csrf_checks=False)
    if user is not None:
        client.force_authenticate(user)
    return client


def test_staff_list_their_sessions_and_take_attendance(register_of, staff_user):
    programme, session, registration = register_of
    client = api_for(staff_user)
    sessions = client.get("/api/v1/sessions", {"programme": programme.pk}).json()["results"]
    assert [(s["id"], s["registered"], s["module"]) for s in sessions] == [(session.pk, 1, "bookkeeping")]
    people = client.get("/api/v1/registrations", {"session": session.pk}).json()["results"]
    assert people[0]["first_name_latin"] == "Fatima" and "cin" not in people[0] and "phone" not in people[0]
    response = client.patch(f"/api/v1/registrations/{registration.pk}", {"attended": True}, format="json")
    assert response.status_code == 200 and response.json()["attended"] is True
    registration.refresh_from_db()
    assert (registration.attended, registration.marked_by) == (True, staff_user)


@pytest.mark.parametrize("who", [None, "officer_user", "manager_user", "other_staff"])
def test_others_cannot_see_or_mark_a_register(register_of, who, request):
    from tadamon.accounts.tests.factories import UserFactory

    _programme, session, registration = register_of
    user = (UserFactory(username="other-staff", role="staff") if who == "other_staff"
            else request.getfixturevalue(who) if who else None)
    client = api_for(user)
    listing = client.get("/api/v1/registrations", {"session": session.pk})
    patch = client.patch(f"/api/v1/registrations/{registration.pk}", {"attended": True}, format="json")
    if user is None:
        assert (listing.status_code, patch.status_code) == (403, 403)
    else:
        assert listing.json()["results"] == [] and patch.status_code == 404
    assert Registration.objects.get(pk=registration.pk).attended is None


def test_attendance_must_be_true_or_false(register_of, staff_user):
    _programme, _session, registration = register_of
    response = api_for(staff_user).patch(f"/api/v1/registrations/{registration.pk}", {"attended": None}, format="json")
    assert response.status_code == 400 and "attended" in response.json()
