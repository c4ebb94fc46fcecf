"""A meeting's programme, minutes and recommendations: status moves, dropping with a reason,
concurrent edits refused."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.db import transaction

from tadamon.common.concurrency import ConcurrentEditError
from tadamon.events.domain import meetings
from tadamon.events.enums import RecommendationStatus
from tadamon.events.models import Minutes
from tadamon.events.tests.factories import EventFactory
from tadamon.registry.tests.factories import OrganizationFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def event():
    return EventFactory()


@pytest.fixture
def recommendation(event):
    return meetings.add_recommendation(event, fields={
        "text_fr": "Créer un conseil national des coopératives", "follower": OrganizationFactory(kind="public_body"),
        "follower_text": "", "due_on": datetime.date(2019, 12, 31)})


def test_a_recommendation_starts_open_and_moves_to_in_progress_then_done(recommendation, staff_user):
    assert recommendation.status == RecommendationStatus.OPEN
    meetings.move_recommendation(recommendation, status="in_progress", expected_version=1, user=staff_user)
    meetings.move_recommendation(recommendation, status="done", expected_version=2, user=staff_user)
    recommendation.refresh_from_db()
    assert (recommendation.status, recommendation.version, recommendation.status_changed_by) == ("done", 3, staff_user)
    assert recommendation.status_changed_at is not None


def test_a_done_recommendation_cannot_be_dropped_nor_moved_to_where_it_is(recommendation):
    meetings.move_recommendation(recommendation, status="done", expected_version=1)
    with pytest.raises(ValidationError, match="cannot go from"):
        meetings.move_recommendation(recommendation, status="dropped", reason="Abandonné", expected_version=2)
    with pytest.raises(ValidationError, match="cannot go from"):
        meetings.move_recommendation(recommendation, status="done", expected_version=2)


def test_dropping_a_recommendation_needs_a_reason_and_reopening_clears_it(recommendation):
    with pytest.raises(ValidationError, match="Say why"):
        meetings.move_recommendation(recommendation, status="dropped", reason="  ", expected_version=1)
    recommendation.refresh_from_db()
    assert recommendation.status == "open"
    meetings.move_recommendation(recommendation, status="dropped", reason="Repris par la loi 112.12", expected_version=1)
    recommendation.refresh_from_db()
    assert (recommendation.status, recommendation.drop_reason) == ("dropped", "Repris par la loi 112.12")
    meetings.move_recommendation(recommendation, status="open", expected_version=2)
    recommendation.refresh_from_db()
    assert (recommendation.status, recommendation.drop_reason) == ("open", "")


def test_a_status_move_made_from_an_older_version_is_refused(recommendation):
    meetings.move_recommendation(recommendation, status="in_progress", expected_version=1)
    stale = type(recommendation).objects.get(pk=recommendation.pk)
    with pytest.raises(ConcurrentEditError), transaction.atomic():
        meetings.move_recommendation(stale, status="done", expected_version=1)
    stale.refresh_from_db()
    assert stale.status == "in_progress"


def test_an_edit_of_a_recommendation_from_an_older_version_is_refused(recommendation):
    meetings.update_recommendation(recommendation, fields={"text_fr": "Version A"}, expected_version=1)
    with pytest.raises(ConcurrentEditError), transaction.atomic():
        meetings.update_recommendation(recommendation, fields={"text_fr": "Version B"}, expected_version=1)
    recommendation.refresh_from_db()
    assert recommendation.text_fr == "Version A"


def test_a_recommendation_needs_a_text_and_someone_to_follow_it_up(event):
    with pytest.raises(ValidationError, match="at least one language"):
        meetings.add_recommendation(event, fields={"text_fr": " ", "follower_text": "ODCO"})
    with pytest.raises(ValidationError, match="who follows"):
        meetings.add_recommendation(event, fields={"text_fr": "Texte", "follower": None, "follower_text": ""})


def test_minutes_are_kept_per_language_and_a_stale_save_is_refused(event):
    meetings.save_minutes(event, fields={"text_ar": "محضر", "text_fr": ""}, expected_version=None)
    minutes = Minutes.objects.get(event=event)
    assert (minutes.text_ar, minutes.text_fr, minutes.version) == ("محضر", "", 1)
    meetings.save_minutes(event, fields={"text_fr": "Compte rendu"}, expected_version=1)
    with pytest.raises(ConcurrentEditError), transaction.atomic():
        meetings.save_minutes(event, fields={"text_fr": "Autre"}, expected_version=1)
    minutes.refresh_from_db()
    assert (minutes.text_ar, minutes.text_fr, minutes.version) == ("محضر", "Compte rendu", 2)


def test_the_minutes_show_the_language_written_and_say_when_it_is_another(event):
    from django.utils import translation

    meetings.save_minutes(event, fields={"text_ar": "محضر"}, expected_version=None)
    with translation.override("fr"):
        text = Minutes.objects.get(event=event).text
    assert (text.text, text.language, text.is_fallback) == ("محضر", "ar", True)


def test_an_agenda_item_needs_a_title_and_cannot_end_before_it_starts(event):
    start = event.starts_at
    with pytest.raises(ValidationError, match="title"):
        meetings.add_agenda_item(event, fields={"starts_at": start, "kind": "plenary"})
    with pytest.raises(ValidationError, match="ends before"):
        meetings.add_agenda_item(event, fields={"starts_at": start, "ends_at": start - datetime.timedelta(hours=1),
                                                "title_fr": "Ouverture", "kind": "plenary"})
    item = meetings.add_agenda_item(event, fields={"starts_at": start, "title_fr": " Ouverture ", "kind": "plenary"})
    assert item.title_fr == "Ouverture"
