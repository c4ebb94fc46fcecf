"""A meeting as its pages show it: the programme in time order, the minutes, and the
recommendations with who follows them up (three queries, however many items)."""

from dataclasses import dataclass

from tadamon.events.models import AgendaItem, Event, Minutes, Recommendation


@dataclass(frozen=True)
class Meeting:
    agenda: list
    minutes: Minutes | None
    recommendations: list
    is_past: bool

    @property
    def is_empty(self) -> bool:
        return not (self.agenda or self.minutes or self.recommendations)


def meeting_of(event: Event) -> Meeting:
    return Meeting(
        agenda=list(AgendaItem.objects.filter(event=event).order_by("starts_at", "pk")),
        minutes=Minutes.objects.filter(event=event).first(),
        recommendations=list(Recommendation.objects.filter(event=event).select_related("follower").order_by("pk")),
        is_past=event.is_past,
    )


def public_meeting(event: Event) -> Meeting:
    """What the public page shows: the programme, and once the event is over its minutes and
    recommendations (before that, none are shown, even if drafted)."""
    if not event.is_past:
        agenda = list(AgendaItem.objects.filter(event=event).order_by("starts_at", "pk"))
        return Meeting(agenda=agenda, minutes=None, recommendations=[], is_past=False)
    return meeting_of(event)
