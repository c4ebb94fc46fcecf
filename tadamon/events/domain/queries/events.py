"""Events a user may run and events with their attendance, shared by the back office and the API."""

import datetime

from django.db.models import Count, Q, QuerySet
from django.utils import timezone

from tadamon.accounts.rules import is_platform_admin, is_programme_staff
from tadamon.events.models import Event, ExhibitorApplication
from tadamon.registry.enums import OrganizationKind


def events_run_by(user):
    """The events a user may run (register people, check them in): all for admins, their own for staff."""
    if not user.is_authenticated:
        return Event.objects.none()
    if is_platform_admin(user):
        return Event.objects.all()
    if is_programme_staff(user):
        return Event.objects.filter(staff=user)
    return Event.objects.none()


def with_attendance(events):
    """Events annotated with `registered` (participants) and `checked_in` (those who came)."""
    return events.annotate(registered=Count("participants"),
                           checked_in=Count("participants", filter=Q(participants__checked_in_at__isnull=False)))


def fairs_open_to(organization, today: datetime.date | None = None) -> QuerySet[Event]:
    """The events calling for exhibitors until today or later that the organisation has not
    applied to (none for an organisation that does not exhibit), closing soonest first."""
    today = today or timezone.localdate()
    if organization.kind not in OrganizationKind.social_economy():
        return Event.objects.none()
    return (Event.objects.filter(applications_close_on__gte=today).exclude(applications__organization=organization)
            .order_by("applications_close_on", "pk"))


def applications_to_come(organization, now: datetime.datetime | None = None) -> QuerySet[ExhibitorApplication]:
    """The organisation's applications to exhibit at events not over yet, with their event,
    soonest event first."""
    now = now or timezone.now()
    return (ExhibitorApplication.objects.filter(organization=organization, event__ends_at__gte=now)
            .select_related("event").order_by("event__starts_at", "pk"))
