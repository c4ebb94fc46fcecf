"""Consistent words on the back office's pages: the support queue says how long each request has
waited and what is due by when; a support request's buttons each name their own action; a name
request shows its evidence before the decision taken on it."""

import datetime
import re

import pytest
from django.utils import timezone

from tadamon.accounts.enums import Role
from tadamon.accounts.tests.factories import UserFactory
from tadamon.backoffice.support_request_views import Wait, waiting
from tadamon.funding.domain.support_requests import open_request
from tadamon.funding.enums import SupportRequestStatus
from tadamon.funding.models import RoutingRule, SupportRequest
from tadamon.funding.tests.factories import NameRequestFactory
from tadamon.registry.tests.factories import OrganizationFactory

pytestmark = pytest.mark.django_db

NOW = timezone.make_aware(datetime.datetime(2026, 3, 10, 9, 0))


def a_request(**fields) -> SupportRequest:
    fields = {"status": SupportRequestStatus.OPEN, "opened_at": NOW - datetime.timedelta(days=4, hours=3),
              "answer_due_at": NOW + datetime.timedelta(days=3), "resolve_due_at": NOW + datetime.timedelta(days=26),
              "first_answer_at": None} | fields
    return SupportRequest(**fields)


def test_an_open_request_waits_for_its_first_answer_then_for_its_resolution():
    assert waiting(a_request(), NOW) == Wait(4, NOW + datetime.timedelta(days=3), "answer")
    answered = a_request(status=SupportRequestStatus.IN_PROGRESS, first_answer_at=NOW - datetime.timedelta(days=1))
    assert waiting(answered, NOW) == Wait(4, NOW + datetime.timedelta(days=26), "resolution")


def test_a_finished_request_waits_for_nothing():
    assert waiting(a_request(status=SupportRequestStatus.RESOLVED), NOW) == Wait(None, None)


@pytest.fixture
def queue(manager_user, staff_user):
    onssa = OrganizationFactory(kind="public_body", name_latin="ONSSA", name_ar="أونسا")
    RoutingRule.objects.create(category="sanitary", institution=onssa)
    officer = UserFactory(username="onssa", role=Role.OFFICER, organization=onssa)
    request = open_request(organization=manager_user.organization, category="sanitary", title="Analyse du miel",
                           description="Résultats attendus.", by=manager_user)
    SupportRequest.objects.filter(pk=request.pk).update(
        opened_at=timezone.now() - datetime.timedelta(days=6),
        answer_due_at=timezone.make_aware(datetime.datetime(2031, 5, 14, 12, 0)))
    return request, officer


def test_the_queue_shows_each_requests_waiting_time_and_due_date(queue, client_for):
    _request, officer = queue
    response = client_for(officer).get("/fr/manage/support-requests/")
    row = re.search(r'<tr[^>]*>\s*<td data-label="">.*?Analyse du miel.*?</tr>', response.content.decode(), re.S)
    assert row, "the request's row"
    assert "6 jours" in row.group(0)
    due = re.search(r'class="due">([^<]*)<', row.group(0)).group(1)
    assert "14/05/2031" in due  # the first answer is due: the request has none yet


def test_the_queue_is_refused_to_programme_staff(queue, client_for, staff_user):
    assert client_for(staff_user).get("/fr/manage/support-requests/").status_code == 403


def test_each_button_of_a_support_request_names_its_own_action(queue, client_for):
    request, officer = queue
    page = client_for(officer).get(f"/fr/manage/support-requests/{request.pk}/").content.decode()
    buttons = re.findall(r'<button type="submit"[^>]*>([^<]+)</button>', page)
    assert len(buttons) == 3
    assert len(set(buttons)) == 3, buttons


def test_a_name_requests_evidence_comes_before_the_decision(client_for):
    office = OrganizationFactory(kind="public_body", name_ar="مكتب تنمية التعاون", name_latin="ODCO")
    officer = UserFactory(username="odco", role=Role.OFFICER, organization=office)
    OrganizationFactory(name_ar="تعاونية دادس", name_latin="Coopérative Dadès")
    request = NameRequestFactory(authority=office, name_ar="تعاونية دادس النسوية", name_latin="")
    page = client_for(officer).get(f"/fr/manage/names/{request.pk}/").content.decode()
    assert "Coopérative Dadès" in page or "تعاونية دادس" in page
    evidence = page.index('class="name-check')
    assert evidence < page.index('id="decision-title"')
