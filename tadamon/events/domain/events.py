"""Events and the people registered for them: registration, check-in (once, also when two
phones scan the same code at the same moment) and attendance figures."""

import secrets

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Count, Q
from django.utils import timezone
from django.utils.translation import gettext as _

from tadamon.accounts.rules import is_programme_staff
from tadamon.common.concurrency import next_version
from tadamon.common.text import normalize_text
from tadamon.events.models import Event, Participant
from tadamon.registry.domain import validate_and_save

M2M_FIELDS = ("organisers", "partners", "staff")


@transaction.atomic
def create_event(*, fields: dict, relations: dict, user) -> Event:
    """Create an event; the staff member who creates it is on its staff."""
    event = validate_and_save(Event(**fields), user=user)
    _set_relations(event, relations)
    if user is not None and is_programme_staff(user):
        event.staff.add(user)
    return event


@transaction.atomic
def update_event(event: Event, *, fields: dict, relations: dict, expected_version: int, user) -> Event:
    event.version = next_version(event, expected_version)
    validate_and_save(event, fields=fields, user=user)
    _set_relations(event, relations)
    return event


def _set_relations(event: Event, relations: dict) -> None:
    for name in M2M_FIELDS:
        if name in relations:
            getattr(event, name).set(relations[name])


@transaction.atomic
def register(event: Event, *, full_name: str, gender: str, role: str = "participant", person=None,
             organization=None, organization_name: str = "", email: str = "", user=None) -> Participant:
    """Register someone; never beyond the event's capacity (the event row is locked so the last
    seat goes to one person only)."""
    event = Event.objects.select_for_update().get(pk=event.pk)
    if event.capacity is not None and event.participants.count() >= event.capacity:
        raise ValidationError(_("The event is full (%(capacity)d places).") % {"capacity": event.capacity})
    if person is not None and event.participants.filter(person=person).exists():
        raise ValidationError(_("This person is already registered for the event."))
    participant = Participant(
        event=event, role=role, person=person, organization=organization, full_name=full_name.strip(),
        organization_name=organization_name.strip(), gender=gender, email=email.strip(),
        token=secrets.token_urlsafe(16), registered_by=user if user is not None and user.is_authenticated else None,
        search_text=normalize_text(full_name),
    )
    participant.full_clean()
    participant.save()
    return participant


def register_member(event: Event, membership, *, role: str = "participant", user=None) -> Participant:
    """Register a member of the registry: their name, gender and organisation come from it."""
    person = membership.person
    return register(event, full_name=person.full_name_latin or person.full_name_ar, gender=person.gender,
                    role=role, person=person, organization=membership.organization, user=user)


class AlreadyCheckedIn(ValidationError):
    pass


def check_in(participant: Participant, *, user=None) -> Participant:
    """Mark someone present. A single conditional UPDATE: if two phones check the same person in
    at once, one succeeds and the other is told when and by whom it was done."""
    now = timezone.now()
    updated = Participant.objects.filter(pk=participant.pk, checked_in_at__isnull=True).update(
        checked_in_at=now, checked_in_by=user if user is not None and user.is_authenticated else None)
    participant.refresh_from_db(fields=["checked_in_at", "checked_in_by"])
    if not updated:
        when = timezone.localtime(participant.checked_in_at).strftime("%H:%M")
        who = participant.checked_in_by.get_username() if participant.checked_in_by else "—"
        raise AlreadyCheckedIn(_("%(name)s was already checked in at %(time)s by %(user)s.") % {
            "name": participant.full_name, "time": when, "user": who})
    return participant


def search_participants(event: Event, query: str):
    """Participants whose name contains the query, in either script, accents and case folded."""
    folded = normalize_text(query)
    participants = event.participants.select_related("organization")
    return participants.filter(search_text__contains=folded) if folded else participants.none()


def attendance_figures(event: Event) -> dict:
    """Registered and checked in, by gender; checked in per organisation (top 20)."""
    participants = Participant.objects.filter(event=event)
    totals = participants.aggregate(
        registered=Count("pk"), present=Count("pk", filter=Q(checked_in_at__isnull=False)),
        women=Count("pk", filter=Q(checked_in_at__isnull=False, gender="F")),
        men=Count("pk", filter=Q(checked_in_at__isnull=False, gender="M")),
    )
    by_organization = list(
        participants.filter(checked_in_at__isnull=False).exclude(organization=None)
        .values("organization_id", "organization__name_ar", "organization__name_latin")
        .annotate(n=Count("pk")).order_by("-n", "organization__name_latin")[:20])
    return {**totals, "by_organization": by_organization}

