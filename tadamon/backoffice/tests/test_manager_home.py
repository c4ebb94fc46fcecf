"""The manager's home: what waits for her, one tap from each task, only her cooperative's; tiles
to every page she uses; refused to everyone else."""

import datetime
import re
from decimal import Decimal

import pytest
from django.utils import timezone

from tadamon.events.models import ExhibitorApplication
from tadamon.events.tests.factories import EventFactory
from tadamon.funding.domain.compliance import declaration_due
from tadamon.funding.models import SupportRequest
from tadamon.funding.tests.factories import make_call
from tadamon.market.models import Certification, Order
from tadamon.programmes.models import Module, Registration, Session
from tadamon.programmes.tests.factories import EnrolmentFactory, ProgrammeFactory
from tadamon.registry.models import Province
from tadamon.registry.tests.factories import OrganizationFactory

pytestmark = pytest.mark.django_db


def home_url(organization, language="en"):
    return f"/{language}/manage/organizations/{organization.pk}/home/"


def order(organization, status="submitted", n=[0]):  # noqa: B006 - a counter for unique references
    n[0] += 1
    return Order.objects.create(reference=f"T{n[0]:05d}", token=f"token-{n[0]}", organization=organization,
                                status=status, buyer_name="Omar", buyer_email="omar@example.org")


def answered_request(organization, institution):
    now = timezone.now()
    return SupportRequest.objects.create(
        organization=organization, category="legal", title="Statuts", description="Changer les statuts",
        institution=institution, status="in_progress", answer_due_at=now, resolve_due_at=now,
        first_answer_at=now)


def session_tomorrow(organization):
    programme = ProgrammeFactory()
    EnrolmentFactory(programme=programme, organization=organization)
    starts = timezone.localtime().replace(hour=9, minute=0, second=0, microsecond=0) + datetime.timedelta(days=1)
    session = Session.objects.create(
        programme=programme, phase=programme.phases.first(), module=Module.objects.get(code="bookkeeping"),
        place="Maison de la coopérative, Tinghir", province=Province.objects.get(code="MA-TIN"),
        starts_at=starts, ends_at=starts + datetime.timedelta(hours=3), capacity=20)
    Registration.objects.create(session=session, person=organization.memberships.first().person,
                                organization=organization)
    return session


def certification(organization, days_left):
    today = timezone.localdate()
    return Certification.objects.create(organization=organization, kind="onssa_authorisation", issuer="ONSSA",
                                        number=f"A-{days_left}", issued_on=today - datetime.timedelta(days=300),
                                        expires_on=today + datetime.timedelta(days=days_left))


def things_waiting(organization, institution, *, orders=2):
    """Orders to answer, a certification to renew, an answered request, a call and a fair to apply
    to, a fair applied to, a session tomorrow (and the last year's declaration, never filed)."""
    for _ in range(orders):
        order(organization)
    order(organization, status="confirmed")  # not waiting for her
    certification(organization, days_left=20)
    certification(organization, days_left=400)  # not yet to renew
    request = answered_request(organization, institution)
    call = make_call(institution, title_fr="Appel Moubadara")
    fair = EventFactory(kind="regional_fair", name_en="Tinghir fair",
                        applications_close_on=timezone.localdate() + datetime.timedelta(days=20))
    applied = EventFactory(kind="national_fair", name_en="SIAM", applications_close_on=timezone.localdate())
    ExhibitorApplication.objects.create(event=applied, organization=organization, products="Huile")
    session = session_tomorrow(organization)
    return {"request": request, "call": call, "fair": fair, "applied": applied, "session": session}


@pytest.fixture
def institution(db):
    return OrganizationFactory(kind="public_body", name_latin="ODCO")


@pytest.fixture
def world(cooperative, other_cooperative, institution):
    ours = things_waiting(cooperative, institution)
    order(other_cooperative)
    order(other_cooperative)
    order(other_cooperative)
    answered_request(other_cooperative, institution)
    certification(other_cooperative, days_left=5)
    return ours


def test_a_manager_signing_in_lands_on_her_home(client_for, manager_user, cooperative):
    response = client_for(manager_user).get("/fr/manage/")
    assert response.status_code == 302 and response["Location"] == home_url(cooperative, "fr")


def test_the_home_shows_what_waits_each_one_tap_from_its_task(world, client_for, manager_user, cooperative):
    page = client_for(manager_user).get(home_url(cooperative)).content.decode()
    cards = dict(re.findall(r'class="task-card[^"]*" href="([^"]+)">.*?<strong>([^<]+)</strong>', page, re.S))
    by_text = {text: url for url, text in cards.items()}
    year = timezone.localdate().year - 1
    due = "Declaration late: 30/06" if timezone.localdate() > declaration_due(year) else "Declaration due 30/06"
    assert by_text == {
        "2 orders to answer": "/en/manage/orders/?status=open",
        due: f"/en/manage/declarations/?year={year}",
        "1 certification to renew": f"/en/manage/organizations/{cooperative.pk}/certifications/",
        "1 request answered": f"/en/manage/support-requests/{world['request'].pk}/",
        "Fair: apply before " + (timezone.localdate() + datetime.timedelta(days=20)).strftime("%d/%m"):
            f"/en/manage/events/{world['fair'].pk}/apply/",
        "Fair: Submitted": f"/en/manage/events/{world['applied'].pk}/applications/"
                           f"{ExhibitorApplication.objects.get(event=world['applied']).pk}/",
        "Funding: apply before " + timezone.localdate(world["call"].closes_at).strftime("%d/%m"):
            f"/en/manage/calls/{world['call'].pk}/apply/",
        "Session tomorrow 09:00": f"/en/manage/programmes/{world['session'].programme_id}/sessions/{world['session'].pk}/",
    }
    assert "Tinghir fair" in page and "Maison de la coopérative, Tinghir" in page


def test_the_home_shows_only_her_cooperative_s_things(world, client_for, other_manager, other_cooperative):
    page = client_for(other_manager).get(home_url(other_cooperative)).content.decode()
    assert "3 orders to answer" in page and "1 certification to renew" in page
    assert "Tinghir fair" in page  # open to every cooperative
    for theirs in ("Fair: Submitted", "Session tomorrow", "2 orders to answer"):
        assert theirs not in page
    assert f"/support-requests/{world['request'].pk}/" not in page


def test_nothing_waiting_says_so(client_for, manager_user, cooperative):
    from tadamon.funding.models import AnnualDeclaration

    AnnualDeclaration.objects.create(organization=cooperative, year=timezone.localdate().year - 1, members_women=3,
                                     members_men=0, capital_subscribed_mad=Decimal(1000), capital_paid_mad=Decimal(1000),
                                     turnover_mad=Decimal(0), general_assembly_held=False, accounts_filed=False)
    page = client_for(manager_user).get(home_url(cooperative)).content.decode()
    assert "Nothing is waiting for you." in page and "task-card" not in page


def test_every_tile_opens_for_the_manager(world, client_for, manager_user, cooperative):
    client = client_for(manager_user)
    page = client.get(home_url(cooperative)).content.decode()
    links = re.findall(r'class="home-tile" href="([^"]+)"', page)
    assert len(links) >= 11
    for link in links:
        assert client.get(link.split("#")[0]).status_code == 200, link
    for page_she_uses in ("/en/manage/products/", "/en/manage/products/new/", "/en/manage/orders/",
                          "/en/manage/events/", "/en/manage/calls/", "/en/manage/support-requests/",
                          "/en/manage/declarations/", "/en/manage/programmes/",
                          f"/en/manage/organizations/{cooperative.pk}/certifications/"):
        assert page_she_uses in links


@pytest.mark.parametrize("orders", [1, 3])
def test_the_home_costs_the_same_queries_whatever_is_waiting(orders, client_for, manager_user, cooperative,
                                                             institution, django_assert_num_queries):
    things_waiting(cooperative, institution, orders=orders)
    if orders == 3:
        things_waiting(cooperative, institution, orders=0)  # a second call, fair, request and session
    client = client_for(manager_user)
    # user, organisation; orders, declaration, certifications, requests, fairs, fair applications,
    # calls and their provinces, sessions
    with django_assert_num_queries(11):
        assert client.get(home_url(cooperative)).status_code == 200


def test_others_cannot_see_her_home(client_for, cooperative, other_manager, buyer_user, staff_user, admin_user):
    url = home_url(cooperative)
    assert client_for(None).get(url)["Location"].startswith("/en/accounts/login/")
    assert client_for(other_manager).get(url).status_code == 404
    assert client_for(buyer_user).get(url).status_code == 404
    assert client_for(staff_user).get(url).status_code == 403  # sees the cooperative, does not act for it
    assert client_for(admin_user).get(url).status_code == 403
