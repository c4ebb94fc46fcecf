"""Coaching: visits to an enrolled organisation, the follow-up actions they raise (added to its
development plan), visits done against planned, overdue actions."""

from django.db import transaction
from django.db.models import Count, Q
from django.utils import timezone

from tadamon.programmes.enums import ActionStatus
from tadamon.programmes.models import CoachingVisit, Enrolment, PlanAction
from tadamon.registry.domain import validate_and_save


@transaction.atomic
def record_visit(enrolment: Enrolment, *, fields: dict, follow_ups: list[dict], user=None) -> CoachingVisit:
    """Save a visit and its follow-up actions (each: action, owner, due_date; dimension optional)."""
    visit = validate_and_save(CoachingVisit(enrolment=enrolment, recorded_by=user, **fields), user=user)
    for follow_up in follow_ups:
        validate_and_save(PlanAction(
            enrolment=enrolment, visit=visit, objective=follow_up.get("objective") or visit.topics,
            action=follow_up["action"], owner=follow_up.get("owner", ""), due_date=follow_up.get("due_date"),
            dimension=follow_up.get("dimension") or "governance",
        ), user=user)
    return visit


def overdue(queryset):
    """Plan actions past their due date and not done."""
    return queryset.filter(due_date__lt=timezone.localdate()).exclude(status=ActionStatus.DONE)


def coaching_figures(programme) -> dict:
    """Visits done against planned, and overdue actions, for the programme page (two queries)."""
    taking_part = Enrolment.objects.filter(programme=programme).exclude(status="withdrawn")
    counts = taking_part.aggregate(organizations=Count("pk", distinct=True),
                                   visits=Count("visits", distinct=True))
    planned = (programme.planned_visits or 0) * counts["organizations"]
    overdue_count = overdue(PlanAction.objects.filter(enrolment__programme=programme)).count()
    return {"visits_done": counts["visits"], "visits_planned": planned or None, "overdue_actions": overdue_count}


def enrolment_coaching(enrolment: Enrolment) -> dict:
    visits = list(enrolment.visits.select_related("coach").annotate(
        follow_up_count=Count("follow_ups"), open_follow_ups=Count("follow_ups", filter=~Q(
            follow_ups__status=ActionStatus.DONE))))
    return {"visits": visits, "done": len(visits), "planned": enrolment.programme.planned_visits}
