"""The calls for proposals a user sees (the back office and the call's permissions)."""

import datetime

from django.db.models import Q, QuerySet
from django.utils import timezone

from tadamon.accounts.rules import is_manager, is_platform_admin
from tadamon.funding.enums import ApplicationStatus
from tadamon.funding.models import Application, Call


def calls_visible_to(user) -> QuerySet[Call]:
    """Admins every call; programme staff the calls their organisation runs and those they
    evaluate; others the calls they evaluate, and for a manager every call (they are public)."""
    if is_platform_admin(user) or is_manager(user):
        return Call.objects.all()
    return Call.objects.filter(Q(sponsor_id=user.organization_id) | Q(evaluators=user)).distinct() \
        if user.organization_id else Call.objects.filter(evaluators=user)


def calls_open_to(organization, now: datetime.datetime | None = None) -> list[Call]:
    """The calls open now that the organisation may apply to and has not applied to yet (a draft
    still counts as not applied), closing soonest first."""
    from tadamon.funding.domain.calls import ineligibility

    now = now or timezone.now()
    sent = Application.objects.filter(organization=organization).exclude(status=ApplicationStatus.DRAFT)
    calls = (Call.objects.filter(opens_at__lte=now, closes_at__gte=now).exclude(pk__in=sent.values("call"))
             .prefetch_related("provinces").order_by("closes_at", "pk"))
    return [call for call in calls if not ineligibility(call, organization, timezone.localdate(now))]
