"""Events a user may run and events with their attendance, shared by the back office and the API."""

from django.db.models import Count, Q

from tadamon.accounts.rules import is_platform_admin, is_programme_staff
from tadamon.events.models import Event


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
