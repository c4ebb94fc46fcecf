"""Programmes' query for the manager's home: the sessions coming where her members are registered."""

import datetime

import pytest
from django.utils import timezone

from tadamon.programmes.domain.queries.sessions import sessions_coming_for
from tadamon.programmes.models import Module, Registration, Session
from tadamon.programmes.tests.factories import ProgrammeFactory
from tadamon.registry.models import Province

pytestmark = pytest.mark.django_db


def test_sessions_coming_for_an_organisation_are_those_its_people_attend(cooperative, other_cooperative):
    programme = ProgrammeFactory()
    now = timezone.now()

    def session(days, *organizations):
        starts = now + datetime.timedelta(days=days)
        made = Session.objects.create(programme=programme, phase=programme.phases.first(),
                                      module=Module.objects.get(code="bookkeeping"), place="Tinghir",
                                      province=Province.objects.get(code="MA-TIN"), starts_at=starts,
                                      ends_at=starts + datetime.timedelta(hours=3), capacity=20)
        for organization in organizations:
            for membership in organization.memberships.all()[:2]:
                Registration.objects.create(session=made, person=membership.person, organization=organization)
        return made

    later, soon = session(9, cooperative), session(2, cooperative, other_cooperative)
    session(-2, cooperative)  # past
    session(4, other_cooperative)
    session(5)  # nobody registered
    assert list(sessions_coming_for(cooperative, now)) == [soon, later]
