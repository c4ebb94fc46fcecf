"""The back-office home of an institution's officer starts with what waits for them: the name
requests of their office, the support requests in their institution's queue with what is due, the
inspections planned; each item links to itself, each block to its queue. Only those who work a
queue see its block; the number of queries does not grow with the queues."""

import datetime
import re

import pytest
from django.utils import timezone

from tadamon.accounts.enums import Role
from tadamon.accounts.tests.factories import UserFactory
from tadamon.funding.domain import compliance
from tadamon.funding.domain.support_requests import open_request
from tadamon.funding.models import RoutingRule, SupportRequest
from tadamon.funding.tests.factories import NameRequestFactory
from tadamon.registry.tests.factories import OrganizationFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def office(db):
    return OrganizationFactory(kind="public_body", acronym="ODCO", name_latin="ODCO", name_ar="مكتب تنمية التعاون")


@pytest.fixture
def officer(office):
    return UserFactory(username="odco", role=Role.OFFICER, organization=office)


def make_work(office, cooperative, manager, n: int):
    """n name requests filed with the office, n support requests in its queue, one inspection planned."""
    RoutingRule.objects.get_or_create(category="legal", defaults={"institution": office})
    for i in range(n):
        NameRequestFactory(authority=office, name_ar=f"تعاونية الأمل {i}", name_latin="")
        open_request(organization=cooperative, category="legal", title=f"Statuts à modifier {i}",
                     description="Dossier en attente.", by=manager)
    if not compliance.Inspection.objects.filter(organization=cooperative, done_on__isnull=True).exists():
        compliance.plan_inspection(cooperative, authority=office, planned_on=timezone.localdate()
                                   + datetime.timedelta(days=10), reason="never_inspected")


def todo_of(page: str) -> str:
    match = re.search(r'<section class="todo".*?</section>', page, re.S)
    return match.group(0) if match else ""


def test_the_officer_sees_what_waits_first_with_dates_and_links(client, officer, office, cooperative, manager_user):
    make_work(office, cooperative, manager_user, 2)
    overdue = SupportRequest.objects.order_by("pk").first()
    SupportRequest.objects.filter(pk=overdue.pk).update(answer_due_at=timezone.now() - datetime.timedelta(days=2))
    client.force_login(officer)
    page = client.get("/fr/manage/").content.decode()
    todo = todo_of(page)
    assert todo and page.index('class="todo"') < page.index('class="figures"')  # first on the page
    for block in ("names", "support", "inspections"):
        assert f'id="todo-{block}"' in todo
    assert re.search(r'<strong class="todo-count">2</strong>\s*demandes de certificat', todo) or \
        re.search(r'<strong class="todo-count">2</strong>\s*name requests', todo)
    assert f'href="/fr/manage/support-requests/{overdue.pk}/"' in todo
    assert "badge overdue" in todo and "Statuts à modifier 0" in todo
    inspection = compliance.Inspection.objects.get()
    assert f'href="/fr/manage/inspections/{inspection.pk}/"' in todo
    assert inspection.planned_on.strftime("%d/%m") in todo
    assert 'href="/fr/manage/names/"' in todo


def test_the_home_costs_the_same_queries_with_more_waiting(client, officer, office, cooperative, manager_user,
                                                           django_assert_num_queries):
    make_work(office, cooperative, manager_user, 1)
    client.force_login(officer)
    client.get("/fr/manage/")  # caches warmed (sessions, rules)
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as few:
        assert client.get("/fr/manage/").status_code == 200
    make_work(office, cooperative, manager_user, 6)
    with django_assert_num_queries(len(few.captured_queries)):
        page = client.get("/fr/manage/").content.decode()
    assert '<strong class="todo-count">7</strong>' in page


def test_a_manager_and_programme_staff_get_no_todo(client, office, officer, cooperative, manager_user, staff_user):
    make_work(office, cooperative, manager_user, 1)
    client.force_login(manager_user)
    page = client.get("/fr/manage/", follow=True).content.decode()
    assert not todo_of(page) and "Statuts à modifier" not in page
    client.force_login(staff_user)
    page = client.get("/fr/manage/").content.decode()
    assert not todo_of(page)


def test_field_work_is_a_button_on_the_home_of_programme_staff(client, staff_user):
    assert staff_user.has_perm("accounts.do_field_work")
    client.force_login(staff_user)
    assert 'class="button" href="/fr/manage/field/"' in client.get("/fr/manage/").content.decode()


def test_the_home_counts_organisations_with_the_plural_the_number_takes(client_for, officer):
    from tadamon.registry.models import Organization

    for _ in range(3):
        OrganizationFactory(kind="union")
    unions = Organization.objects.filter(kind="union").count()
    cooperatives = Organization.objects.filter(kind="cooperative").count()
    arabic = client_for(officer).get("/ar/manage/").content.decode()
    # Arabic: 3 to 10 take the plural, 11 and more the singular; French: 2 and more the plural.
    assert f"<strong>{unions}</strong><span>{'اتحادات تعاونيات' if 3 <= unions <= 10 else 'اتحاد تعاونيات'}</span>" \
        in arabic
    french = client_for(officer).get("/fr/manage/").content.decode()
    assert f"<strong>{unions}</strong><span>unions de coopératives</span>" in french
    assert f"<span>{'coopérative' if cooperatives < 2 else 'coopératives'}</span>" in french
