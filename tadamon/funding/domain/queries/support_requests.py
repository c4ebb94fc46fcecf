"""The support requests a user sees and their delays (the back office and its access helper)."""

import datetime

from django.db.models import BooleanField, Case, DurationField, ExpressionWrapper, F, Q, QuerySet, Value, When
from django.utils import timezone

from tadamon.accounts.rules import is_manager, is_officer, is_platform_admin
from tadamon.funding.domain.support_requests import OPEN
from tadamon.funding.enums import SupportRequestStatus
from tadamon.funding.models import SupportRequest


def requests_visible_to(user) -> QuerySet[SupportRequest]:
    """Admins see every request; an institution's officers the requests in its queue now; an
    organisation's manager the requests their organisation raised."""
    requests = SupportRequest.objects.select_related("organization", "institution")
    if not user.is_authenticated:
        return requests.none()
    if is_platform_admin(user):
        return requests
    if is_officer(user) and user.organization_id:
        return requests.filter(institution_id=user.organization_id)
    if is_manager(user):
        return requests.filter(organization_id=user.organization_id)
    return requests.none()


def with_delays(requests: QuerySet, now: datetime.datetime | None = None) -> QuerySet:
    """Annotate whether each request is overdue (no first answer, or not resolved, by its due
    time) and how long its first answer and its resolution took."""
    now = now or timezone.now()
    return requests.annotate(
        overdue=Case(
            When(Q(status__in=OPEN) & ((Q(first_answer_at__isnull=True) & Q(answer_due_at__lt=now))
                                       | Q(resolve_due_at__lt=now)), then=Value(True)),
            default=Value(False), output_field=BooleanField()),
        time_to_answer=ExpressionWrapper(F("first_answer_at") - F("opened_at"), output_field=DurationField()),
        time_to_resolve=ExpressionWrapper(F("resolved_at") - F("opened_at"), output_field=DurationField()),
    )


def answered_requests(organization) -> QuerySet[SupportRequest]:
    """The organisation's requests an institution has answered and is working on (the manager's
    home: an answer to read), last answered first."""
    return SupportRequest.objects.filter(organization=organization, status=SupportRequestStatus.IN_PROGRESS
                                         ).order_by("-first_answer_at", "-pk")
