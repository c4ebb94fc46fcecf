"""Events' queries for the manager's home: fairs calling for exhibitors, applications to come."""

import datetime

import pytest
from django.utils import timezone

from tadamon.events.domain.queries.events import applications_to_come, fairs_open_to
from tadamon.events.models import ExhibitorApplication
from tadamon.events.tests.factories import EventFactory
from tadamon.registry.tests.factories import OrganizationFactory

pytestmark = pytest.mark.django_db


def test_fairs_open_to_an_organisation_until_their_closing_day_and_not_applied_to(cooperative):
    today = timezone.localdate()
    closing_today = EventFactory(applications_close_on=today)
    later = EventFactory(applications_close_on=today + datetime.timedelta(days=30))
    EventFactory(applications_close_on=today - datetime.timedelta(days=1))  # closed
    EventFactory(applications_close_on=None)  # takes no exhibitors
    applied = EventFactory(applications_close_on=today + datetime.timedelta(days=5))
    ExhibitorApplication.objects.create(event=applied, organization=cooperative, products="Huile")
    assert list(fairs_open_to(cooperative, today)) == [closing_today, later]
    assert not fairs_open_to(OrganizationFactory(kind="public_body"), today).exists()


def test_applications_to_come_are_for_events_not_over(cooperative, other_cooperative):
    now = timezone.now()
    coming = EventFactory(starts_at=now + datetime.timedelta(days=9))
    running = EventFactory(starts_at=now - datetime.timedelta(hours=1), ends_at=now + datetime.timedelta(hours=3))
    over = EventFactory(starts_at=now - datetime.timedelta(days=9))
    mine = [ExhibitorApplication.objects.create(event=event, organization=cooperative, products="Huile")
            for event in (coming, running, over)]
    ExhibitorApplication.objects.create(event=coming, organization=other_cooperative, products="Dattes")
    assert list(applications_to_come(cooperative, now)) == [mine[1], mine[0]]
