"""Where registry people and organisations get their messages (users choose on their account)."""

from django.db import transaction

from tadamon.notifications.enums import Channel
from tadamon.notifications.models import ContactPreference


def preference_for(owner) -> ContactPreference | None:
    return ContactPreference.objects.filter(**{owner._meta.model_name: owner}).first()


@transaction.atomic
def set_preference(owner, *, channel: str, language: str) -> ContactPreference:
    """`owner`: a registry Person or Organization."""
    preference, _created = ContactPreference.objects.update_or_create(
        **{owner._meta.model_name: owner}, defaults={"channel": Channel(channel), "language": language})
    return preference


def people_preferences(people) -> dict[int, ContactPreference]:
    return {p.person_id: p for p in ContactPreference.objects.filter(person__in=people)}
