"""Before a fair, each travelling member of a selected exhibitor gets its programme: dates, venue,
and their bus (vehicle and departure time) when they have a seat. Sent once per fair and person."""

import datetime

from django.utils import timezone
from django.utils.formats import date_format

from tadamon.events.enums import ApplicationStatus
from tadamon.events.models import Event, TravellingMember, Trip
from tadamon.notifications import notify
from tadamon.notifications.kinds import InLanguage

DAYS_BEFORE = 3


def _when(moment) -> InLanguage:
    return InLanguage(lambda: date_format(timezone.localtime(moment), "SHORT_DATETIME_FORMAT"))


def _departures(event: Event) -> dict[int, str]:
    """person id -> "Bus 1 — Tinghir, 12/05/2026 06:00"."""
    seats = {}
    for trip in Trip.objects.filter(event=event).prefetch_related("passengers"):
        for passenger in trip.passengers.all():
            if passenger.person_id:
                seats[passenger.person_id] = (trip.label, trip.departs_at)
    return seats


def travellers(event: Event):
    return (TravellingMember.objects.filter(application__event=event, application__status=ApplicationStatus.SELECTED)
            .select_related("person__account").order_by("pk"))


def send_fair_programme(event: Event, *, programme_text: str = "") -> int:
    seats = _departures(event)
    sent = 0
    for traveller in travellers(event):
        label, departs = seats.get(traveller.person_id, ("", None))
        departure = InLanguage(lambda label=label, departs=departs: f"{label}, {_when(departs)}" if departs else label)
        context = {"event_name": InLanguage(lambda: str(event.name)),
                   "dates": InLanguage(lambda: date_format(timezone.localtime(event.starts_at), "SHORT_DATE_FORMAT")),
                   "place": f"{event.venue}, {event.city}", "departure": departure if label else "",
                   "programme": programme_text}
        sent += len(notify("fair_programme", traveller.person, context, topic=f"fair:{event.pk}", once=True))
    return sent


def send_fair_programmes(today: datetime.date | None = None) -> int:
    """Fairs starting within DAYS_BEFORE days: their travellers not yet told are told."""
    today = today or timezone.localdate()
    start = timezone.make_aware(datetime.datetime.combine(today, datetime.time.min))
    events = Event.objects.filter(starts_at__gte=start, starts_at__lt=start + datetime.timedelta(days=DAYS_BEFORE + 1),
                                  applications__travellers__isnull=False).distinct()
    return sum(send_fair_programme(event) for event in events)
