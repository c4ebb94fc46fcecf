"""Support requests: routed by the rule table, answered, sent on, resolved; delays and overdue
flags; a concurrent change is not overwritten."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from tadamon.common.concurrency import ConcurrentEditError
from tadamon.funding.domain.queries.support_requests import requests_visible_to, with_delays
from tadamon.funding.domain.support_requests import (
    answer,
    comment,
    finish,
    open_request,
    reassign,
    rule_for,
)
from tadamon.funding.enums import SupportRequestStatus
from tadamon.funding.models import RoutingRule, SupportRequest
from tadamon.registry.models import Province
from tadamon.registry.tests.factories import OrganizationFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def bodies(db):
    onssa = OrganizationFactory(kind="public_body", name_latin="ONSSA", name_ar="أونسا")
    regional = OrganizationFactory(kind="public_body", name_latin="ONSSA Drâa-Tafilalet", name_ar="أونسا الجهوي")
    odco = OrganizationFactory(kind="public_body", name_latin="ODCO", name_ar="مكتب تنمية التعاون")
    RoutingRule.objects.create(category="sanitary", institution=onssa, answer_within_days=10,
                               resolve_within_days=60)
    RoutingRule.objects.create(category="sanitary", province=Province.objects.get(code="MA-TIN"),
                               institution=regional, answer_within_days=5, resolve_within_days=30)
    RoutingRule.objects.create(category="legal", institution=odco, answer_within_days=7, resolve_within_days=45)
    return {"onssa": onssa, "regional": regional, "odco": odco}


def raise_one(manager_user, category="sanitary"):
    return open_request(organization=manager_user.organization, category=category, title="Autorisation",
                        description="Dossier en attente.", by=manager_user)


def test_a_province_s_own_rule_comes_before_the_national_one(bodies, cooperative, other_cooperative):
    assert rule_for("sanitary", cooperative.province_id).institution == bodies["regional"]  # Tinghir
    assert rule_for("sanitary", other_cooperative.province_id).institution == bodies["onssa"]  # Zagora
    with pytest.raises(ValidationError) as error:
        rule_for("land", cooperative.province_id)
    assert "No institution takes this category" in error.value.message_dict["category"][0]


def test_a_request_goes_to_the_institution_in_charge_with_its_due_times(bodies, manager_user):
    request = raise_one(manager_user)
    assert request.institution == bodies["regional"] and request.status == SupportRequestStatus.OPEN
    assert request.answer_due_at - request.opened_at == pytest.approx(datetime.timedelta(days=5),
                                                                      abs=datetime.timedelta(seconds=5))
    assert [e.kind for e in request.events.all()] == ["opened"]


def test_answer_comment_resolve_and_the_delays(bodies, manager_user, officer_user):
    request = raise_one(manager_user)
    answer(request, by=officer_user, message="Visite programmée.", expected_version=request.version)
    comment(request, by=manager_user, message="Merci, nous serons là.")
    finish(request, by=officer_user, resolved=True, message="Autorisation délivrée.",
           expected_version=request.version)
    request = with_delays(SupportRequest.objects.filter(pk=request.pk)).get()
    assert request.status == SupportRequestStatus.RESOLVED
    assert [e.kind for e in request.events.all()] == ["opened", "answered", "commented", "resolved"]
    assert request.time_to_answer >= datetime.timedelta(0) and request.time_to_resolve >= request.time_to_answer
    with pytest.raises(ValidationError, match="closed"):
        comment(request, by=manager_user, message="Encore une question.")


def test_overdue_without_a_first_answer_or_a_resolution(bodies, manager_user, officer_user):
    request = raise_one(manager_user)
    later = timezone.now() + datetime.timedelta(days=6)
    assert with_delays(SupportRequest.objects.all(), now=later).get().overdue  # no answer after 5 days
    answer(request, by=officer_user, message="Reçu.", expected_version=request.version)
    assert not with_delays(SupportRequest.objects.all(), now=later).get().overdue
    assert with_delays(SupportRequest.objects.all(), now=later + datetime.timedelta(days=30)).get().overdue
    finish(request, by=officer_user, resolved=False, message="Hors compétence.", expected_version=request.version)
    assert not with_delays(SupportRequest.objects.all(), now=later + datetime.timedelta(days=30)).get().overdue


def test_sent_on_the_request_leaves_one_queue_for_the_other(bodies, manager_user):
    from tadamon.accounts.tests.factories import UserFactory

    regional = UserFactory(username="onssa-dt", role="officer", organization=bodies["regional"])
    odco = UserFactory(username="odco", role="officer", organization=bodies["odco"])
    request = raise_one(manager_user)
    assert list(requests_visible_to(regional)) == [request] and not requests_visible_to(odco).exists()
    with pytest.raises(ValidationError) as error:
        reassign(request, by=regional, institution=bodies["odco"], reason=" ", expected_version=request.version)
    assert "reason" in error.value.message_dict
    reassign(request, by=regional, institution=bodies["odco"], reason="Question juridique.",
             expected_version=request.version)
    assert not requests_visible_to(regional).exists() and list(requests_visible_to(odco)) == [request]
    assert list(requests_visible_to(manager_user)) == [request]


def test_a_change_made_meanwhile_is_not_overwritten(bodies, manager_user, officer_user):
    request = raise_one(manager_user)
    seen = request.version
    answer(request, by=officer_user, message="Première réponse.", expected_version=seen)
    stale = SupportRequest.objects.get(pk=request.pk)
    with pytest.raises(ConcurrentEditError):
        finish(stale, by=officer_user, resolved=True, message="Réglé.", expected_version=seen)
    assert SupportRequest.objects.get(pk=request.pk).status == SupportRequestStatus.IN_PROGRESS


def test_who_sees_which_requests(bodies, manager_user, other_manager, admin_user, staff_user):
    own = raise_one(manager_user)
    other = raise_one(other_manager)
    assert list(requests_visible_to(manager_user)) == [own]
    assert list(requests_visible_to(other_manager)) == [other]
    assert set(requests_visible_to(admin_user)) == {own, other}
    assert not requests_visible_to(staff_user).exists()
