"""State changes of organisations. Views and commands go through these, never `.save()` directly."""

import datetime

from django.db import transaction
from django.utils.formats import date_format
from django.utils.translation import gettext, pgettext_lazy
from simple_history.utils import update_change_reason

from tadamon.common.concurrency import next_version
from tadamon.registry.domain import validate_and_save
from tadamon.registry.models import Organization


def create_organization(*, fields: dict, user=None) -> Organization:
    return validate_and_save(Organization(**fields), user=user)


@transaction.atomic
def update_organization(organization: Organization, *, fields: dict, expected_version: int, user=None,
                        reason: str = "") -> Organization:
    """Apply `fields` unless someone saved the organisation since `expected_version` was read."""
    organization.version = next_version(organization, expected_version)
    validate_and_save(organization, fields=fields, user=user)
    if reason:
        update_change_reason(organization, reason)
    return organization


# Said in the project's words and catalogue (django-simple-history's own labels are not in every language).
HISTORY_TYPES = {"+": pgettext_lazy("history of a record", "Created"),
                 "~": pgettext_lazy("history of a record", "Changed"),
                 "-": pgettext_lazy("history of a record", "Deleted")}


def history(organization: Organization, limit: int = 50) -> list[dict]:
    """The organisation's changes, newest first: who, when, and each field's old and new value."""
    records = list(organization.history.select_related("history_user").order_by("-history_date")[: limit + 1])
    changes = []
    # Each record is compared with the one before it; the oldest shown has nothing to compare to.
    for newer, older in zip(records, [*records[1:], None][: len(records)], strict=True):
        if older is None:
            fields = []
        else:
            delta = newer.diff_against(older, excluded_fields=["version"])
            fields = [
                {
                    "field": Organization._meta.get_field(change.field).verbose_name,
                    "old": _readable(Organization, change.field, change.old),
                    "new": _readable(Organization, change.field, change.new),
                }
                for change in delta.changes
            ]
        changes.append(
            {
                "when": newer.history_date,
                "who": newer.history_user,
                "type": HISTORY_TYPES.get(newer.history_type, newer.history_type),
                "reason": newer.history_change_reason or "",
                "fields": fields,
            }
        )
    return changes[:limit]


def _readable(model, field_name: str, value):
    field = model._meta.get_field(field_name)
    if value in (None, ""):
        return ""
    if field.choices:
        return dict(field.flatchoices).get(value, value)
    if field.is_relation:
        related = field.related_model.objects.filter(pk=value).first()
        return str(related) if related else value
    if isinstance(value, bool):
        return gettext("yes") if value else gettext("no")  # not Python's True/False on the page
    if isinstance(value, datetime.date):
        return date_format(value, "DATE_FORMAT")
    return value
