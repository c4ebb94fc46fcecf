"""Register my cooperative: prove the phone, find the cooperative, claim it; the staff in charge
decide. Nothing is granted before approval."""

import re

import pytest
from django.core.cache import cache
from django.urls import reverse

from tadamon.accounts.domain import claims
from tadamon.accounts.enums import ClaimStatus, Role
from tadamon.accounts.models import OrganizationClaim, User
from tadamon.accounts.tests.factories import UserFactory
from tadamon.programmes.tests.factories import EnrolmentFactory
from tadamon.registry.models import Organization, Province

pytestmark = pytest.mark.django_db

PHONE = "+212661234567"


@pytest.fixture(autouse=True)
def fresh_limits():
    cache.clear()
    yield
    cache.clear()


def prove_phone(client, sms_server, written="0661234567"):
    client.post(reverse("public:join"), {"phone": written})
    code = re.search(r"\d{6}", sms_server.received[-1]["message"]).group(0)
    response = client.post(reverse("public:join_code"), {"code": code})
    assert response.status_code == 302
    return response


def claim(client, organization, **claimant):
    data = {"first_name": "Aicha", "last_name": "Ouhammou", "position": "president", **claimant}
    return client.post(reverse("public:join_claim", args=[organization.pk]), data)


def test_claiming_needs_a_proven_phone_first(client, cooperative):
    response = client.get(reverse("public:join_find") + "?q=دادس")
    assert response["Location"] == reverse("public:join")
    assert claim(client, cooperative).status_code == 302 and not OrganizationClaim.objects.exists()


def test_a_manager_finds_her_cooperative_in_either_script_or_by_its_number(client, cooperative, other_cooperative,
                                                                           sms_server):
    prove_phone(client, sms_server)
    cooperative.registry_number = "RC-4521"
    cooperative.save()
    for query in ("?q=نساء دادس", "?q=femmes dades", "?q=Dades", "?registry_number=rc-4521"):
        page = client.get(reverse("public:join_find") + query).content.decode()
        assert reverse("public:join_claim", args=[cooperative.pk]) in page, query
        assert reverse("public:join_claim", args=[other_cooperative.pk]) not in page, query


def test_a_claim_grants_nothing_until_approved_then_she_signs_in_with_her_phone(client, cooperative, sms_server,
                                                                               officer_user):
    prove_phone(client, sms_server)
    assert claim(client, cooperative)["Location"] == reverse("public:join_sent")
    pending = OrganizationClaim.objects.get()
    assert (pending.phone, pending.status, pending.organization) == (PHONE, ClaimStatus.PENDING, cooperative)
    assert not User.objects.filter(phone=PHONE).exists()
    claims.approve_claim(pending, by=officer_user)
    manager = User.objects.get(phone=PHONE)
    assert (manager.role, manager.organization, manager.position) == (Role.MANAGER, cooperative, "president")
    assert not manager.has_usable_password()
    assert any(m["message"] and "/sms" == m["path"] for m in sms_server.received[-1:])
    assert manager.has_perm("registry.change_members", cooperative)


def test_a_refusal_needs_a_reason_the_claimant_reads(cooperative, officer_user, sms_server):
    pending = claims.submit_claim(phone=PHONE, claimant={"first_name": "A", "last_name": "B", "position": "treasurer"},
                                  organization=cooperative)
    with pytest.raises(claims.ClaimError):
        claims.refuse_claim(pending, by=officer_user, reason=" ")
    claims.refuse_claim(pending, by=officer_user, reason="Le registre donne une autre présidente.")
    assert "autre présidente" in sms_server.received[-1]["message"]
    assert not User.objects.filter(phone=PHONE).exists()
    with pytest.raises(claims.ClaimError):  # decided once
        claims.approve_claim(pending, by=officer_user)


def test_a_second_claim_on_a_managed_cooperative_waits_for_review_and_shows_the_manager(
        client, cooperative, manager_user, officer_user, sms_server):
    prove_phone(client, sms_server)
    claim(client, cooperative)
    second = OrganizationClaim.objects.get()
    assert second.status == ClaimStatus.PENDING
    client.force_login(officer_user)
    page = client.get(reverse("backoffice:claim", args=[second.pk])).content.decode()
    assert manager_user.get_username() in page or manager_user.get_full_name() in page


def test_a_phone_managing_another_cooperative_is_not_moved_by_a_claim(cooperative, other_manager, officer_user):
    other_manager.phone = PHONE
    other_manager.save()
    pending = claims.submit_claim(phone=PHONE, claimant={"first_name": "A", "last_name": "B", "position": "president"},
                                  organization=cooperative)
    with pytest.raises(claims.ClaimError):
        claims.approve_claim(pending, by=officer_user)
    other_manager.refresh_from_db()
    assert other_manager.organization != cooperative
    assert OrganizationClaim.objects.get().status == ClaimStatus.PENDING


def test_a_cooperative_not_in_the_registry_is_checked_against_its_names_then_proposed(client, cooperative,
                                                                                       officer_user, sms_server):
    prove_phone(client, sms_server)
    data = {"name_ar": "تعاونية نساء دادس", "name_latin": "", "kind": "cooperative", "province": "MA-TIN",
            "first_name": "Aicha", "last_name": "Ouhammou", "position": "president"}
    page = client.post(reverse("public:join_new"), data)
    assert page.status_code == 200 and reverse("public:join_claim", args=[cooperative.pk]) in page.content.decode()
    assert not OrganizationClaim.objects.exists()
    assert client.post(reverse("public:join_new"), {**data, "none_of_these": "1"})["Location"] == reverse(
        "public:join_sent")
    proposed = OrganizationClaim.objects.get()
    assert proposed.organization is None and proposed.proposed_province == Province.objects.get(code="MA-TIN")
    before = Organization.objects.count()
    claims.approve_claim(proposed, by=officer_user)
    assert Organization.objects.count() == before + 1
    assert User.objects.get(phone=PHONE).organization.name_ar == "تعاونية نساء دادس"


def test_a_proposal_without_a_name_keeps_what_was_typed(client, sms_server):
    prove_phone(client, sms_server)
    page = client.post(reverse("public:join_new"), {"province": "MA-TIN", "kind": "cooperative",
                                                     "first_name": "Aicha", "last_name": "", "position": ""})
    assert page.status_code == 200 and 'value="Aicha"' in page.content.decode()
    assert not OrganizationClaim.objects.exists()


def test_a_proposed_name_of_digits_only_is_refused_and_kept(client, sms_server):
    prove_phone(client, sms_server)
    page = client.post(reverse("public:join_new"), {"name_ar": "١٢٣", "name_latin": "", "province": "MA-TIN",
                                                     "kind": "cooperative", "first_name": "Aicha",
                                                     "last_name": "Ouhammou", "position": "president"})
    assert page.status_code == 200 and 'value="١٢٣"' in page.content.decode()
    assert "name_ar" in page.context["form"].errors
    assert not OrganizationClaim.objects.exists()


def test_who_decides_a_claim(cooperative, officer_user, staff_user, manager_user, admin_user):
    pending = claims.submit_claim(phone=PHONE, claimant={"first_name": "A", "last_name": "B", "position": "president"},
                                  organization=cooperative)
    assert officer_user.has_perm("accounts.decide_claim", pending)
    assert admin_user.has_perm("accounts.decide_claim", pending)
    assert not staff_user.has_perm("accounts.decide_claim", pending)  # no programme accompanies it
    enrolment = EnrolmentFactory(organization=cooperative)
    enrolment.programme.staff.add(staff_user)
    assert staff_user.has_perm("accounts.decide_claim", pending)
    assert not manager_user.has_perm("accounts.decide_claim", pending)
    assert list(claims.deciders(pending)) == [staff_user]  # told first: the programme's staff


def test_the_claim_pages_refuse_the_wrong_users(client, cooperative, manager_user, buyer_user, staff_user,
                                               officer_user):
    pending = claims.submit_claim(phone=PHONE, claimant={"first_name": "A", "last_name": "B", "position": "president"},
                                  organization=cooperative)
    decide = reverse("backoffice:claim_decide", args=[pending.pk])
    for user in (manager_user, buyer_user):
        client.force_login(user)
        assert client.get(reverse("backoffice:claims")).status_code in (302, 403)
        assert client.get(reverse("backoffice:claim", args=[pending.pk])).status_code in (302, 403, 404)
        assert client.post(decide, {"decision": "approve"}).status_code in (302, 403, 404)
        pending.refresh_from_db()
        assert pending.status == ClaimStatus.PENDING
    client.force_login(staff_user)  # lists claims, but no programme of theirs accompanies this one
    assert client.get(reverse("backoffice:claim", args=[pending.pk])).status_code == 200
    assert client.post(decide, {"decision": "approve"}).status_code == 403
    client.force_login(officer_user)
    assert client.post(decide, {"decision": "refuse", "reason": ""}).status_code == 302
    pending.refresh_from_db()
    assert pending.status == ClaimStatus.PENDING  # a refusal without reason is not recorded
    client.post(decide, {"decision": "approve"})
    pending.refresh_from_db()
    assert pending.status == ClaimStatus.APPROVED and pending.decided_by == officer_user


def test_officers_see_pending_claims_first(client, cooperative, officer_user):
    claims.submit_claim(phone=PHONE, claimant={"first_name": "Aicha", "last_name": "B", "position": "president"},
                        organization=cooperative)
    client.force_login(officer_user)
    page = client.get(reverse("backoffice:claims")).content.decode()
    assert "Aicha" in page and str(cooperative.display_name) in page
    assert "Aicha" not in client.get(reverse("backoffice:claims") + "?status=approved").content.decode()


def test_a_staff_user_is_told_of_a_claim_on_a_cooperative_they_accompany(cooperative, staff_user, sms_server):
    enrolment = EnrolmentFactory(organization=cooperative)
    enrolment.programme.staff.add(staff_user)
    UserFactory(username="other-staff", role=Role.STAFF)
    pending = claims.submit_claim(phone=PHONE, claimant={"first_name": "A", "last_name": "B", "position": "president"},
                                  organization=cooperative)
    from tadamon.notifications.models import Message

    assert list(Message.objects.filter(kind="claim_received").values_list("user", flat=True)) == [staff_user.pk]
    assert pending.pk


def test_a_claimant_with_a_request_waiting_is_told_before_sending_another(client, cooperative, sms_server):
    prove_phone(client, sms_server)
    claim(client, cooperative)
    page = client.get(reverse("public:join_find")).content.decode()
    assert str(cooperative.display_name) in page and 'role="status"' in page
