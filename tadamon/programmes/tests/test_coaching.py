import datetime

import pytest
from django.utils import timezone

from tadamon.programmes.domain.coaching import coaching_figures, enrolment_coaching, overdue, record_visit
from tadamon.programmes.models import PlanAction
from tadamon.programmes.tests.factories import EnrolmentFactory, TrainerFactory

pytestmark = pytest.mark.django_db


def visit(enrolment, days_ago=10, follow_ups=()):
    return record_visit(enrolment, fields={
        "visited_on": timezone.localdate() - datetime.timedelta(days=days_ago), "coach": TrainerFactory(),
        "topics": "Comptabilité", "findings": "Cahier de caisse tenu"}, follow_ups=list(follow_ups))


def test_a_visit_adds_its_follow_up_actions_to_the_development_plan():
    enrolment = EnrolmentFactory()
    due = timezone.localdate() + datetime.timedelta(days=30)
    recorded = visit(enrolment, follow_ups=[{"action": "Ouvrir un compte bancaire", "owner": "Trésorière",
                                             "due_date": due, "dimension": "finance"}])
    action = PlanAction.objects.get()
    assert (action.visit, action.enrolment, action.owner, action.dimension) == (recorded, enrolment, "Trésorière",
                                                                                 "finance")
    assert action.objective == "Comptabilité"  # the visit's topics when no objective is given


def test_overdue_actions_are_past_due_and_not_done():
    enrolment = EnrolmentFactory()
    yesterday = timezone.localdate() - datetime.timedelta(days=1)
    visit(enrolment, follow_ups=[{"action": "late", "due_date": yesterday},
                                 {"action": "done late", "due_date": yesterday},
                                 {"action": "future", "due_date": timezone.localdate() + datetime.timedelta(days=5)}])
    PlanAction.objects.filter(action="done late").update(status="done")
    assert [a.action for a in overdue(PlanAction.objects.all())] == ["late"]


def test_visits_done_against_planned():
    enrolment = EnrolmentFactory()
    programme = enrolment.programme
    programme.planned_visits = 12
    programme.save()
    EnrolmentFactory(programme=programme)
    EnrolmentFactory(programme=programme, status="withdrawn", withdrawal_reason="x")  # not counted
    visit(enrolment)
    visit(enrolment, days_ago=40)
    assert coaching_figures(programme) == {"visits_done": 2, "visits_planned": 24, "overdue_actions": 0}
    assert (enrolment_coaching(enrolment)["done"], enrolment_coaching(enrolment)["planned"]) == (2, 12)
