"""Validators shared by the models and forms of several apps."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _


def has_letters(value: str) -> bool:
    """Whether a text holds a letter of any script: a name of digits or punctuation only names nothing."""
    return any(character.isalpha() for character in value)


def validate_name_has_letters(value: str) -> None:
    """A name written with letters (Arabic, Latin or Tifinagh); blank is left to `blank`/`required`."""
    if value.strip() and not has_letters(value):
        raise ValidationError(
            _("A name is written with letters: «%(value)s» has none (only digits or punctuation)."),
            code="no_letters", params={"value": value.strip()})
