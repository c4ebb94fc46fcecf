"""A programme's page on a phone: its section links in the page's order, the latest coaching visits
across its organisations, long lists cut to their first rows with a link to all of them."""

import datetime
import re

import pytest
from django.core.cache import cache
from django.utils import timezone

from tadamon.backoffice import programme_views
from tadamon.backoffice.programme_views import SHOWN_FIRST
from tadamon.events.tests.factories import EventFactory
from tadamon.programmes.domain.coaching import record_visit
from tadamon.programmes.models import Session
from tadamon.programmes.tests.factories import EnrolmentFactory, ProgrammeFactory, TrainerFactory, make_session

pytestmark = pytest.mark.django_db


def visit(enrolment, topics, days_ago):
    return record_visit(enrolment, fields={"visited_on": timezone.localdate() - datetime.timedelta(days=days_ago),
                                           "coach": TrainerFactory(), "topics": topics}, follow_ups=[])


def sessions(programme, days_from_today):
    """A session on each of these days (negative: held already), at 9 o'clock."""
    for days in days_from_today:
        session = make_session(programme)
        starts = timezone.now().replace(hour=9, minute=0, second=0, microsecond=0) + datetime.timedelta(days=days)
        Session.objects.filter(pk=session.pk).update(starts_at=starts, ends_at=starts + datetime.timedelta(hours=3))


def section_links_and_ids(html: str) -> tuple[list[str], list[str]]:
    nav = re.search(r'<nav class="section-nav".*?</nav>', html, re.S).group(0)
    links = re.findall(r'href="#([\w-]+)"', nav)
    after_nav = html[html.index(nav) + len(nav):]
    return links, re.findall(r'<h2 id="([\w-]+)"', after_nav)


@pytest.fixture
def programme(staff_user, cooperative):
    programme = ProgrammeFactory(staff=[staff_user])
    enrolment = EnrolmentFactory(programme=programme, organization=cooperative)
    EventFactory(programme=programme)
    visit(enrolment, "Registre des membres", days_ago=3)
    return programme


def test_the_section_links_follow_the_sections_in_the_pages_order(programme, staff_user, client_for):
    html = client_for(staff_user).get(f"/ar/manage/programmes/{programme.pk}/").content.decode()
    links, ids = section_links_and_ids(html)
    assert links == ids
    assert links[:4] == ["targets", "sessions", "visits", "enrolments"] and "events" in links


def test_the_visits_section_lists_the_latest_visits_with_a_link_to_each(programme, staff_user, cooperative,
                                                                         client_for):
    enrolment = programme.enrolments.get()
    html = client_for(staff_user).get(f"/fr/manage/programmes/{programme.pk}/").content.decode()
    section = html[html.index('<h2 id="visits">'):html.index('<h2 id="enrolments">')]
    assert "Registre des membres" in section and cooperative.display_name in section
    assert f'href="/fr/manage/programmes/{programme.pk}/enrolments/{enrolment.pk}/#coaching-title"' in section


def test_a_manager_sees_only_the_visits_to_their_own_organisation(programme, manager_user, client_for):
    visit(EnrolmentFactory(programme=programme), "Visite chez une autre", days_ago=1)
    html = client_for(manager_user).get(f"/fr/manage/programmes/{programme.pk}/").content.decode()
    assert "Registre des membres" in html and "Visite chez une autre" not in html


def test_long_lists_show_their_first_rows_upcoming_sessions_first_and_link_to_all(programme, staff_user,
                                                                                  client_for):
    sessions(programme, [-30, -2, 5, 1, *range(-60, -45)])  # 19 sessions, two to come
    enrolment = programme.enrolments.get()
    for days in range(12):
        visit(enrolment, f"Visite {days}", days_ago=10 + days)
    client = client_for(staff_user)
    html = client.get(f"/fr/manage/programmes/{programme.pk}/").content.decode()
    section = html[html.index('<h2 id="sessions">'):html.index('<h2 id="visits">')]
    assert section.count("<tr><td") == SHOWN_FIRST
    pks = [int(pk) for pk in re.findall(r'/sessions/(\d+)/"', section)]
    starts = dict(Session.objects.filter(pk__in=pks).values_list("pk", "starts_at"))
    shown = [starts[pk] for pk in pks]
    now = timezone.now()
    # The two to come, the soonest first, then those held, the latest first.
    assert shown[0] < shown[1] and shown[1] > now > shown[2] and shown[2:] == sorted(shown[2:], reverse=True)
    assert re.search(r'href="\?all=sessions#sessions">[^<]*\b19\b', section)
    assert re.search(r'href="\?all=visits#visits">[^<]*\b13\b', html)

    everything = client.get(f"/fr/manage/programmes/{programme.pk}/", {"all": "sessions"}).content.decode()
    section = everything[everything.index('<h2 id="sessions">'):everything.index('<h2 id="visits">')]
    assert section.count("<tr><td") == 19
    everything = client.get(f"/fr/manage/programmes/{programme.pk}/", {"all": "visits"}).content.decode()
    assert all(f"Visite {days}" in everything for days in range(12))


def test_a_whole_list_comes_a_page_at_a_time(programme, staff_user, client_for, monkeypatch):
    monkeypatch.setattr(programme_views, "WHOLE_LIST_PAGE_SIZE", 5)
    sessions(programme, range(-60, -48))  # 12 sessions: pages of 5, 5 and 2
    client = client_for(staff_user)
    url = f"/fr/manage/programmes/{programme.pk}/"

    def section(params):
        html = client.get(url, params).content.decode()
        return html[html.index('<h2 id="sessions">'):html.index('<h2 id="visits">')]

    first = section({"all": "sessions"})
    assert first.count("<tr><td") == 5 and "Page 1 sur 3" in first
    assert 'href="?all=sessions&amp;list_page=2#sessions" rel="next"' in first and 'rel="prev"' not in first
    last = section({"all": "sessions", "list_page": 3})
    assert last.count("<tr><td") == 2 and "Page 3 sur 3" in last and 'rel="next"' not in last
    # The twelve are each shown once across the pages.
    pks = [pk for page in (1, 2, 3) for pk in re.findall(r'/sessions/(\d+)/"',
                                                          section({"all": "sessions", "list_page": page}))]
    assert len(pks) == len(set(pks)) == 12


def test_the_page_makes_as_many_queries_with_many_rows_as_with_one(programme, staff_user, client_for,
                                                                    django_assert_max_num_queries):
    client = client_for(staff_user)
    url = f"/fr/manage/programmes/{programme.pk}/"
    client.get(url)
    cache.clear()  # both counts with the training figures computed, not read from the cache
    with django_assert_max_num_queries(100) as few:
        client.get(url)
    sessions(programme, range(-20, 5))
    enrolment = programme.enrolments.get()
    for days in range(15):
        visit(enrolment, f"Visite {days}", days_ago=10 + days)
        EventFactory(programme=programme)
        EnrolmentFactory(programme=programme)
    cache.clear()
    with django_assert_max_num_queries(len(few.captured_queries)):
        client.get(url)


def test_overdue_plan_actions_have_a_row_of_their_own_not_a_badge_beside_the_visits(programme, staff_user,
                                                                                    client_for):
    from tadamon.programmes.models import PlanAction

    enrolment = programme.enrolments.get()
    client = client_for(staff_user)
    url = f"/en/manage/programmes/{programme.pk}/"
    assert "Plan actions past their due date" not in client.get(url).content.decode()  # none: no row
    for days in (3, 40):
        PlanAction.objects.create(enrolment=enrolment, dimension="governance", objective="Tenir les registres",
                                  action="Acheter un registre", due_date=timezone.localdate() - datetime.timedelta(days=days))
    html = client.get(url).content.decode()
    visits_row = re.search(r"<tr><td>Coaching visits</td>.*?</tr>", html, re.S).group(0)
    assert "overdue" not in visits_row and "badge" not in visits_row
    overdue_row = re.search(r'<tr class="overdue-row">.*?</tr>', html, re.S).group(0)
    assert "Plan actions past their due date" in overdue_row and '<span class="badge warning">2</span>' in overdue_row
