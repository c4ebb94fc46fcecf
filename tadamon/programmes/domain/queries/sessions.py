"""Training sessions with their attendance, shared by the back office and the API."""

import datetime

from django.db.models import Count, OuterRef, QuerySet, Subquery
from django.db.models.functions import Coalesce
from django.utils import timezone

from tadamon.programmes.models import Registration, Session


def sessions_with_attendance(queryset: QuerySet) -> QuerySet:
    """Sessions annotated with `registered` (people registered) and `present` (marked present).
    Counted per listed session (correlated subqueries), not grouped over every session."""
    per_session = Registration.objects.filter(session=OuterRef("pk")).order_by().values("session")
    return queryset.annotate(
        registered=Coalesce(Subquery(per_session.annotate(n=Count("pk")).values("n")), 0),
        present=Coalesce(Subquery(per_session.filter(attended=True).annotate(n=Count("pk")).values("n")), 0),
    )


def sessions_coming_for(organization, now: datetime.datetime | None = None) -> QuerySet[Session]:
    """The sessions not started yet where people of the organisation are registered, soonest
    first."""
    now = now or timezone.now()
    registered = Registration.objects.filter(organization=organization).values("session")
    return Session.objects.filter(pk__in=registered, starts_at__gte=now).order_by("starts_at", "pk")
