"""A meeting's programme, its minutes and its recommendations: who follows each one up, by when,
and where it stands (open, in progress, done, or dropped with a reason). Minutes and
recommendations carry a version: an edit made from an older one is refused."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from tadamon.common.concurrency import next_version
from tadamon.events.enums import RECOMMENDATION_MOVES, RecommendationStatus
from tadamon.events.models import AgendaItem, Event, Minutes, Recommendation
from tadamon.registry.domain import validate_and_save

AGENDA_FIELDS = ("starts_at", "ends_at", "title_ar", "title_fr", "title_en", "kind", "speakers", "place")
MINUTES_FIELDS = ("text_ar", "text_fr", "text_en")
RECOMMENDATION_FIELDS = ("text_ar", "text_fr", "text_en", "follower", "follower_text", "due_on")


def _stripped(fields: dict, allowed: tuple) -> dict:
    unknown = set(fields) - set(allowed)
    if unknown:
        raise ValueError(f"Not editable here: {sorted(unknown)}")
    return {name: value.strip() if isinstance(value, str) else value for name, value in fields.items()}


def add_agenda_item(event: Event, *, fields: dict, user=None) -> AgendaItem:
    return validate_and_save(AgendaItem(event=event), fields=_stripped(fields, AGENDA_FIELDS), user=user)


def update_agenda_item(item: AgendaItem, *, fields: dict, user=None) -> AgendaItem:
    return validate_and_save(item, fields=_stripped(fields, AGENDA_FIELDS), user=user)


@transaction.atomic
def remove_agenda_item(item: AgendaItem) -> None:
    item.delete()


@transaction.atomic
def save_minutes(event: Event, *, fields: dict, expected_version: int | None, user=None) -> Minutes:
    """Write the minutes (each language in its own field). The first save creates them; later
    ones must start from the version saved last."""
    fields = _stripped(fields, MINUTES_FIELDS)
    minutes = Minutes.objects.filter(event=event).first()
    if minutes is None:
        minutes = Minutes(event=event)
    else:
        minutes.version = next_version(minutes, expected_version)
    return validate_and_save(minutes, fields={**fields, "updated_by": user}, user=user)


def add_recommendation(event: Event, *, fields: dict, user=None) -> Recommendation:
    _check_follower(fields)
    return validate_and_save(Recommendation(event=event), fields=_stripped(fields, RECOMMENDATION_FIELDS), user=user)


@transaction.atomic
def update_recommendation(recommendation: Recommendation, *, fields: dict, expected_version: int,
                          user=None) -> Recommendation:
    _check_follower(fields)
    recommendation.version = next_version(recommendation, expected_version)
    return validate_and_save(recommendation, fields=_stripped(fields, RECOMMENDATION_FIELDS), user=user)


def _check_follower(fields: dict) -> None:
    if "follower" in fields and not fields.get("follower") and not (fields.get("follower_text") or "").strip():
        raise ValidationError({"follower": _("Say who follows the recommendation up: an organisation or a name.")})


@transaction.atomic
def move_recommendation(recommendation: Recommendation, *, status: str, reason: str = "", expected_version: int,
                        user=None, now=None) -> Recommendation:
    """Move a recommendation to `status` along RECOMMENDATION_MOVES; dropping needs a reason, and
    reopening a dropped one clears it."""
    if status not in RECOMMENDATION_MOVES.get(recommendation.status, set()):
        raise ValidationError({"status": _("A recommendation cannot go from “%(from)s” to “%(to)s”.") % {
            "from": recommendation.get_status_display(),
            "to": RecommendationStatus(status).label if status in RecommendationStatus.values else status}})
    reason = reason.strip()
    if status == RecommendationStatus.DROPPED and not reason:
        raise ValidationError({"drop_reason": _("Say why the recommendation is dropped.")})
    recommendation.version = next_version(recommendation, expected_version)
    return validate_and_save(recommendation, fields={
        "status": status, "drop_reason": reason if status == RecommendationStatus.DROPPED else "",
        "status_changed_at": now or timezone.now(), "status_changed_by": user}, user=user)
