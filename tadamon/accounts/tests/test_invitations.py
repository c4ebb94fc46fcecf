"""A cooperative's team: invitations by SMS or printed QR code, working once; members with an
account of their own."""

import re
from datetime import timedelta

import pytest
from django.core.cache import cache
from django.urls import reverse
from django.utils import timezone

from tadamon.accounts.domain import invitations
from tadamon.accounts.enums import InvitedAs, Role
from tadamon.accounts.models import Invitation, User

pytestmark = pytest.mark.django_db

PHONE = "+212670112233"


@pytest.fixture(autouse=True)
def fresh_limits():
    cache.clear()
    yield
    cache.clear()


def link_in(message: dict) -> str:
    return re.search(r"https?://\S+", message["message"]).group(0).rstrip(".")


def path_of(url: str) -> str:
    return "/" + url.split("/", 3)[3]


def accept_by_code(client, sms_server, path, **names):
    client.post(path, {"prove": "1"})
    code = re.search(r"\b\d{6}\b", sms_server.received[-1]["message"]).group(0)
    client.post(reverse("public:join_code"), {"code": code})
    return client.post(path, names)


def test_the_manager_invites_her_treasurer_by_sms_and_the_link_works_once(client, cooperative, manager_user,
                                                                          sms_server):
    client.force_login(manager_user)
    response = client.post(reverse("backoffice:team_invite", args=[cooperative.pk]), {
        "invited_as": "manager", "position": "treasurer", "name": "Khadija Aït Ali", "phone": "06 70 11 22 33"})
    assert response.status_code == 302
    invitation = Invitation.objects.get()
    assert invitation.phone == PHONE and invitation.token_hash not in sms_server.received[-1]["message"]
    path = path_of(link_in(sms_server.received[-1]))
    client.logout()
    response = accept_by_code(client, sms_server, path)
    assert response.status_code == 302
    treasurer = User.objects.get(phone=PHONE)
    assert (treasurer.role, treasurer.organization, treasurer.position) == (Role.MANAGER, cooperative, "treasurer")
    assert treasurer.first_name == "Khadija"
    client.logout()
    assert client.get(path).status_code == 410  # used


def test_an_invitation_sent_to_a_number_is_for_that_number_only(client, cooperative, manager_user, sms_server):
    invitation, url = invitations.invite(cooperative, invited_as=InvitedAs.MANAGER, by=manager_user, phone=PHONE,
                                         name="Khadija")
    with pytest.raises(invitations.InvitationError):
        invitations.accept(url.rsplit("/", 2)[-2], phone="+212611111111")
    assert not User.objects.filter(phone="+212611111111").exists()


def test_a_printed_qr_invitation_is_shown_once_and_any_proven_phone_may_accept_it(client, cooperative, staff_user,
                                                                                 sms_server):
    client.force_login(staff_user)  # staff invite a first manager
    page = client.post(reverse("backoffice:team_invite", args=[cooperative.pk]),
                       {"invited_as": "manager", "name": "Itto Oubella", "phone": ""})
    assert page.status_code == 200 and "<svg" in page.content.decode()
    url = re.search(r"https?://[^<\s]+/join/invitation/[^<\s/]+/", page.content.decode()).group(0)
    client.logout()
    path = path_of(url)
    assert client.post(path, {"prove": "1"})["Location"] == reverse("public:join")  # any number: typed first
    client.post(reverse("public:join"), {"phone": "0670112233"})
    code = re.search(r"\b\d{6}\b", sms_server.received[-1]["message"]).group(0)
    assert client.post(reverse("public:join_code"), {"code": code})["Location"] == path
    assert client.post(path, {"first_name": "Itto", "last_name": "Oubella"}).status_code == 302
    assert User.objects.get(phone=PHONE).organization == cooperative


def test_expired_and_withdrawn_invitations_say_so(client, cooperative, manager_user):
    expired, url = invitations.invite(cooperative, invited_as=InvitedAs.MANAGER, by=manager_user, name="A")
    Invitation.objects.filter(pk=expired.pk).update(expires_at=timezone.now() - timedelta(minutes=1))
    response = client.get(path_of(url))
    assert response.status_code == 410 and ("expired" in response.content.decode()
                                            or "انتهت" in response.content.decode())
    withdrawn, url = invitations.invite(cooperative, invited_as=InvitedAs.MANAGER, by=manager_user, name="B")
    invitations.withdraw(withdrawn)
    assert client.get(path_of(url)).status_code == 410
    assert client.get("/ar/join/invitation/not-a-token/").status_code == 410


def test_a_member_gets_an_account_tied_to_her_record(client, cooperative, manager_user, sms_server):
    member = cooperative.memberships.exclude(role="president").first().person
    client.force_login(manager_user)
    client.post(reverse("backoffice:team_invite", args=[cooperative.pk]),
                {"invited_as": "member", "person": member.pk, "phone": "0670112233"})
    client.logout()
    accept_by_code(client, sms_server, path_of(link_in(sms_server.received[-1])))
    account = User.objects.get(phone=PHONE)
    assert (account.role, account.person, account.organization) == (Role.MEMBER, member, cooperative)
    assert not account.has_perm("registry.change_members", cooperative)
    assert not account.has_perm("accounts.manage_team", cooperative)


def test_a_member_invitation_needs_the_member_chosen(client, cooperative, manager_user):
    client.force_login(manager_user)
    response = client.post(reverse("backoffice:team_invite", args=[cooperative.pk]),
                           {"invited_as": "member", "phone": "0670112233"})
    assert response.status_code == 400 and 'value="0670112233"' in response.content.decode()
    assert not Invitation.objects.exists()


def test_only_the_cooperatives_managers_keep_its_team(client, cooperative, manager_user, other_manager, buyer_user,
                                                      staff_user):
    team = reverse("backoffice:team", args=[cooperative.pk])
    client.force_login(other_manager)
    assert client.get(team).status_code == 403
    assert client.post(reverse("backoffice:team_invite", args=[cooperative.pk]),
                       {"invited_as": "manager", "name": "X", "phone": "0670112233"}).status_code == 403
    client.force_login(buyer_user)
    assert client.get(team).status_code in (302, 403)
    client.force_login(staff_user)  # may invite a manager, not a member, and does not see the team
    manager_user.first_name = "Zahra"
    manager_user.save()
    page = client.get(team).content.decode()
    assert 'value="member"' not in page and "Zahra" not in page
    client.logout()
    assert client.get(team).status_code == 302
    assert not Invitation.objects.exists()


def test_the_manager_removes_someone_from_the_team_but_not_herself(client, cooperative, manager_user, sms_server):
    client.force_login(manager_user)
    helper = User.objects.create(username="h", role=Role.MANAGER, organization=cooperative, phone=PHONE)
    client.post(reverse("backoffice:team_remove", args=[cooperative.pk, helper.pk]))
    helper.refresh_from_db()
    assert helper.is_active is False
    client.post(reverse("backoffice:team_remove", args=[cooperative.pk, manager_user.pk]))
    manager_user.refresh_from_db()
    assert manager_user.is_active
