"""A device kept signed in for the day's field work (docs/offline.md): it opens the field pages and
the replay after the 30-minute idle limit has ended the session, nothing else; it ends at midnight,
when revoked, and when its user signs out."""

import datetime
import json
import uuid

import pytest
from django.conf import settings
from django.utils import timezone

from tadamon.accounts.domain.field_devices import COOKIE_NAME, end_of_day
from tadamon.accounts.models import FieldDevice
from tadamon.accounts.tests.factories import UserFactory
from tadamon.programmes.tests.factories import EnrolmentFactory, ProgrammeFactory, make_session
from tadamon.registry.tests.factories import MembershipFactory

FIELD_HOME = "/en/manage/field/"
ACTIONS = "/en/manage/field/actions"


def _keep(client, user):
    client.force_login(user)
    response = client.post("/en/accounts/devices/keep/")
    assert response.status_code == 302
    return FieldDevice.objects.filter(user=user).latest("pk")


def _idle_for_30_minutes(client):
    """What the browser does when the session cookie's 30 minutes pass without a request."""
    client.cookies.pop(settings.SESSION_COOKIE_NAME, None)


def test_keeping_a_device_sets_an_httponly_cookie_until_midnight_and_stores_only_its_hash(client, staff_user):
    device = _keep(client, staff_user)
    cookie = client.cookies[COOKIE_NAME]
    assert cookie["httponly"] and cookie["samesite"] == "Lax"
    assert device.token_hash != cookie.value and len(device.token_hash) == 64
    assert device.expires_at == end_of_day()
    assert timezone.localtime(device.expires_at).time() == datetime.time(0, 0)
    assert device.expires_at - timezone.now() <= datetime.timedelta(days=1)


def test_after_30_idle_minutes_the_field_pages_stay_open_and_the_rest_asks_to_sign_in(client, staff_user):
    programme = ProgrammeFactory(staff=[staff_user])
    enrolment = EnrolmentFactory(programme=programme)
    session = make_session(programme)
    from tadamon.programmes.domain.training import register

    registration = register(session, MembershipFactory(organization=enrolment.organization))
    _keep(client, staff_user)
    _idle_for_30_minutes(client)

    assert client.get(FIELD_HOME).status_code == 200
    assert client.get(f"/en/manage/field/programmes/{programme.pk}/sessions/{session.pk}/").status_code == 200
    # The 30-minute rule, unchanged everywhere else.
    for page in ("/en/manage/", f"/en/manage/programmes/{programme.pk}/", "/en/accounts/devices/",
                 f"/en/manage/programmes/{programme.pk}/sessions/{session.pk}/"):
        response = client.get(page)
        assert response.status_code == 302 and "/accounts/login/" in response["Location"], page
    # The replay works, and is counted against the device.
    token = client.get(ACTIONS).json()["csrf"]
    action = {"id": str(uuid.uuid4()), "kind": "attendance", "made_at": timezone.now().isoformat(), "payload": {
        "programme": programme.pk, "session": session.pk, "registration": registration.pk, "attended": True}}
    response = client.post(ACTIONS, json.dumps({"actions": [action]}), content_type="application/json",
                           headers={"X-CSRFToken": token})
    assert response.json()["results"][0]["outcome"] == "done"
    assert staff_user.field_actions.get().device.user == staff_user
    # No session was made for the device's requests: the back office still asks to sign in.
    assert client.get("/en/manage/").status_code == 302


def test_the_session_cookie_keeps_its_30_minutes(client, staff_user):
    _keep(client, staff_user)
    response = client.get(FIELD_HOME)
    assert response.status_code == 200
    assert settings.SESSION_COOKIE_AGE == settings.SESSION_IDLE_SECONDS == 30 * 60


def test_a_revoked_or_expired_device_opens_nothing(client, staff_user):
    device = _keep(client, staff_user)
    response = client.post(f"/en/accounts/devices/{device.pk}/revoke/")
    assert response.status_code == 302
    _idle_for_30_minutes(client)
    assert client.get(FIELD_HOME).status_code == 302
    assert client.get(ACTIONS).status_code == 401

    device = _keep(client, staff_user)
    FieldDevice.objects.filter(pk=device.pk).update(expires_at=timezone.now() - datetime.timedelta(seconds=1))
    _idle_for_30_minutes(client)
    assert client.get(FIELD_HOME).status_code == 302


def test_a_deactivated_account_loses_its_device(client, staff_user):
    _keep(client, staff_user)
    staff_user.is_active = False
    staff_user.save()
    _idle_for_30_minutes(client)
    assert client.get(FIELD_HOME).status_code == 302


def test_only_the_owner_or_an_administrator_may_revoke_a_device(client, staff_user, admin_user):
    device = _keep(client, staff_user)
    client.force_login(UserFactory(username="colleague", role="staff"))
    assert client.post(f"/en/accounts/devices/{device.pk}/revoke/").status_code == 403
    device.refresh_from_db()
    assert device.revoked_at is None
    client.force_login(admin_user)
    page = client.get("/en/accounts/devices/").content.decode()
    assert f"/accounts/devices/{device.pk}/revoke/" in page  # an administrator sees every active device
    assert client.post(f"/en/accounts/devices/{device.pk}/revoke/").status_code == 302
    device.refresh_from_db()
    assert device.revoked_by == admin_user


def test_who_does_no_field_work_cannot_keep_a_device(client, manager_user, buyer_user):
    for user in (manager_user, buyer_user):
        client.force_login(user)
        assert client.post("/en/accounts/devices/keep/").status_code == 403
        assert client.get("/en/accounts/devices/").status_code == 403
    assert not FieldDevice.objects.exists()


def test_a_kept_device_cannot_keep_itself_without_signing_in(client, staff_user):
    _keep(client, staff_user)
    _idle_for_30_minutes(client)
    response = client.post("/en/accounts/devices/keep/")
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    assert FieldDevice.objects.count() == 1


def test_signing_out_ends_the_device_and_asks_the_browser_to_clear_the_site(client, staff_user):
    device = _keep(client, staff_user)
    response = client.post("/en/accounts/logout/")
    assert response.status_code == 302
    assert response["Clear-Site-Data"] == '"cache", "storage"'
    assert client.cookies[COOKIE_NAME].value == ""
    device.refresh_from_db()
    assert device.revoked_at is not None
    assert client.get(FIELD_HOME).status_code == 302


@pytest.mark.parametrize("user_fixture", ["staff_user", "admin_user"])
def test_the_devices_page_lists_ones_own_devices(request, client, user_fixture):
    user = request.getfixturevalue(user_fixture)
    _keep(client, user)
    page = client.get("/en/accounts/devices/")
    assert page.status_code == 200
    assert "This device" in page.content.decode()
