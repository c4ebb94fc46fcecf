"""Training sessions with their attendance, shared by the back office and the API."""

from django.db.models import Count, OuterRef, QuerySet, Subquery
from django.db.models.functions import Coalesce

from tadamon.programmes.models import Registration


def sessions_with_attendance(queryset: QuerySet) -> QuerySet:
    """Sessions annotated with `registered` (people registered) and `present` (marked present).
    Counted per listed session (correlated subqueries), not grouped over every session."""
    per_session = Registration.objects.filter(session=OuterRef("pk")).order_by().values("session")
    return queryset.annotate(
        registered=Coalesce(Subquery(per_session.annotate(n=Count("pk")).values("n")), 0),
        present=Coalesce(Subquery(per_session.filter(attended=True).annotate(n=Count("pk")).values("n")), 0),
    )
