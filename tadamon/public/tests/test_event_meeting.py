"""The public page of a meeting: its programme before and during; afterwards its minutes and
its recommendations with who follows them up and where they stand."""

import datetime

import pytest
from django.utils import timezone

from tadamon.events.domain import meetings
from tadamon.events.tests.factories import EventFactory
from tadamon.registry.tests.factories import OrganizationFactory

pytestmark = pytest.mark.django_db


def past_meeting(recommendations: int = 3):
    start = timezone.now() - datetime.timedelta(days=30)
    event = EventFactory(starts_at=start, ends_at=start + datetime.timedelta(hours=5))
    meetings.add_agenda_item(event, fields={"starts_at": start, "title_fr": "Séance du matin", "kind": "session",
                                            "speakers": "ODCO, ONSSA, REMESS"})
    meetings.save_minutes(event, fields={"text_fr": "130 personnes ont assisté."}, expected_version=None)
    statuses = ["in_progress", "done", "open"]
    for index in range(recommendations):
        recommendation = meetings.add_recommendation(event, fields={
            "text_fr": f"Recommandation {index}", "text_ar": f"توصية {index}",
            "follower": OrganizationFactory(kind="public_body", name_latin=f"Office {index}"),
            "follower_text": "avec le REMESS" if index == 0 else "", "due_on": datetime.date(2019, 12, 31)})
        if statuses[index % 3] != "open":
            meetings.move_recommendation(recommendation, status=statuses[index % 3], expected_version=1)
    return event


def test_after_the_meeting_its_page_shows_minutes_and_recommendations_with_follow_up_and_status(client):
    event = past_meeting()
    html = client.get(f"/fr/events/{event.pk}/").content.decode()
    assert "130 personnes ont assisté." in html
    assert "Recommandation 0" in html and "Office 0 — avec le REMESS" in html
    assert all(f"badge recommendation-{status}" in html for status in ("in_progress", "done", "open"))
    assert "31 décembre 2019" in html


def test_a_dropped_recommendation_shows_why(client):
    event = past_meeting(1)
    recommendation = event.recommendations.get()
    meetings.move_recommendation(recommendation, status="dropped", reason="Repris par la loi", expected_version=2)
    html = client.get(f"/fr/events/{event.pk}/").content.decode()
    assert "recommendation-dropped" in html and "Repris par la loi" in html


def test_before_the_meeting_its_page_shows_the_programme_not_drafted_minutes(client):
    event = EventFactory()
    meetings.add_agenda_item(event, fields={"starts_at": event.starts_at, "title_fr": "Ouverture", "kind": "plenary",
                                            "speakers": "Managem, Injaz Al-Maghrib"})
    meetings.save_minutes(event, fields={"text_fr": "Brouillon du compte rendu"}, expected_version=None)
    meetings.add_recommendation(event, fields={"text_fr": "Brouillon de recommandation", "follower_text": "ODCO"})
    html = client.get(f"/fr/events/{event.pk}/").content.decode()
    assert "Ouverture" in html and "Managem, Injaz Al-Maghrib" in html
    assert "Brouillon" not in html


def test_minutes_written_in_arabic_only_are_marked_as_such_on_the_french_page(client):
    event = past_meeting(0)
    meetings.save_minutes(event, fields={"text_ar": "محضر اللقاء", "text_fr": ""}, expected_version=1)
    html = client.get(f"/fr/events/{event.pk}/").content.decode()
    assert '<span lang="ar" dir="auto">محضر اللقاء</span> <small class="fallback"' in html


def test_an_event_without_programme_shows_no_meeting_section(client):
    html = client.get(f"/fr/events/{EventFactory().pk}/").content.decode()
    assert 'id="agenda-title"' not in html and 'id="recommendations-title"' not in html


@pytest.mark.parametrize("count", [1, 3])
def test_meeting_page_query_count_does_not_grow_with_recommendations(client, django_assert_num_queries, count):
    event = past_meeting(count)
    url = f"/fr/events/{event.pk}/"
    client.get(url)
    # event, organisers, partners, exhibitors, and the meeting: agenda, minutes, recommendations with followers
    with django_assert_num_queries(7):
        response = client.get(url)
    assert len(response.context["meeting"].recommendations) == count
