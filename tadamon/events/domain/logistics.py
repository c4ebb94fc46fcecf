"""Getting exhibitors' members to a fair: seats on trips and places in hotels (never beyond what
was booked, one trip and one hotel per person), the budget planned against actual, who pays
which line, and the cost per member brought."""

from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Count, Q, Sum
from django.utils.translation import gettext as _

from tadamon.common.text import listed
from tadamon.events.enums import CostCategory
from tadamon.events.models import BudgetLine, Event, Lodging, Participant, TravellingMember, Trip
from tadamon.registry.domain import validate_and_save

ZERO = Decimal("0")


def add_trip(event: Event, **fields) -> Trip:
    return validate_and_save(Trip(event=event, **fields))


def add_lodging(event: Event, **fields) -> Lodging:
    return validate_and_save(Lodging(event=event, **fields))


def add_budget_line(event: Event, **fields) -> BudgetLine:
    return validate_and_save(BudgetLine(event=event, **fields))


def _book(booking, participants, *, capacity: int, people, taken_elsewhere: str, full_message: str,
          elsewhere_message: str) -> int:
    """Put participants of the booking's event on a trip or in a hotel: never beyond its
    capacity, never someone already booked on another of the event's trips or hotels. The caller
    holds the booking's row lock, so two organisers cannot take the last place twice."""
    participants = [p for p in participants if p.event_id == booking.event_id]
    taken = people.count()
    if taken + len(participants) > capacity:
        raise ValidationError(full_message % {"name": booking, "free": capacity - taken, "asked": len(participants)})
    elsewhere = Participant.objects.filter(pk__in=[p.pk for p in participants],
                                           **{taken_elsewhere: booking.event_id})
    if elsewhere.exists():
        raise ValidationError(elsewhere_message % {"names": listed(p.full_name for p in elsewhere)})
    people.add(*participants)
    return len(participants)


@transaction.atomic
def book_seats(trip: Trip, participants) -> int:
    trip = Trip.objects.select_for_update().get(pk=trip.pk)
    return _book(trip, participants, capacity=trip.seats, people=trip.passengers, taken_elsewhere="trips__event",
                 full_message=_("%(name)s has %(free)d free seats; %(asked)d asked."),
                 elsewhere_message=_("Already on a trip: %(names)s."))


@transaction.atomic
def book_rooms(lodging: Lodging, participants) -> int:
    lodging = Lodging.objects.select_for_update().get(pk=lodging.pk)
    return _book(lodging, participants, capacity=lodging.places, people=lodging.guests,
                 taken_elsewhere="lodgings__event",
                 full_message=_("%(name)s has %(free)d free places; %(asked)d asked."),
                 elsewhere_message=_("Already in a hotel: %(names)s."))


def budget(event: Event) -> dict:
    """Planned against actual per category, and who pays what. Transport and lodging are actually
    what the trips and hotels cost; the other categories, the actual amounts entered."""
    planned = dict(event.budget_lines.values_list("category").annotate(s=Sum("planned")).values_list("category", "s"))
    entered = dict(event.budget_lines.exclude(actual=None).values_list("category").annotate(s=Sum("actual"))
                   .values_list("category", "s"))
    booked = {
        CostCategory.TRANSPORT: event.trips.aggregate(s=Sum("cost"))["s"],
        CostCategory.LODGING: event.lodgings.aggregate(s=Sum("cost"))["s"],
    }
    rows = []
    for category, label in CostCategory.choices:
        actual = booked.get(category) if category in CostCategory.booked() else entered.get(category)
        if planned.get(category) is None and actual is None:
            continue
        rows.append({"category": category, "label": label, "planned": planned.get(category) or ZERO,
                     "actual": actual or ZERO})
    payers: dict = {}
    for model in (Trip, Lodging):
        for name, total in model.objects.filter(event=event).values_list("paid_by__name_latin").annotate(
                s=Sum("cost")).values_list("paid_by__name_latin", "s"):
            payers[name] = payers.get(name, ZERO) + total
    for name, total in event.budget_lines.exclude(actual=None).values_list("paid_by__name_latin").annotate(
            s=Sum("actual")).values_list("paid_by__name_latin", "s"):
        payers[name] = payers.get(name, ZERO) + total
    brought = Participant.objects.filter(event=event).filter(
        Q(trips__isnull=False) | Q(lodgings__isnull=False)).distinct().count()
    logistics = (booked[CostCategory.TRANSPORT] or ZERO) + (booked[CostCategory.LODGING] or ZERO)
    return {
        "rows": rows,
        "planned": sum((r["planned"] for r in rows), ZERO),
        "actual": sum((r["actual"] for r in rows), ZERO),
        "payers": sorted(((name or "—", total) for name, total in payers.items()), key=lambda item: -item[1]),
        "members_brought": brought,
        "logistics_per_member": (logistics / brought).quantize(Decimal("0.01")) if brought else None,
    }


def trips_with_load(event: Event):
    return event.trips.select_related("origin", "paid_by").annotate(taken=Count("passengers"))


def lodgings_with_load(event: Event):
    return event.lodgings.select_related("paid_by").annotate(taken=Count("guests"))


def waiting_for_transport(event: Event):
    """Members whose organisation's application says they need transport, registered for the
    event (selection registers them), with no seat yet; by province, for filling buses."""
    needing = TravellingMember.objects.filter(application__event=event, needs_transport=True).values("person_id")
    return (Participant.objects.filter(event=event, person_id__in=needing).exclude(trips__event=event)
            .select_related("organization__province").order_by("organization__province__code", "full_name"))


def waiting_for_lodging(event: Event):
    needing = TravellingMember.objects.filter(application__event=event, needs_lodging=True).values("person_id")
    return (Participant.objects.filter(event=event, person_id__in=needing).exclude(lodgings__event=event)
            .select_related("organization__province").order_by("organization__province__code", "full_name"))
