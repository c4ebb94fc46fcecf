"""Content typed in several languages (programme titles, later product names) is stored as
one column per language; TranslatedText picks the active language's and falls back visibly.
Names written in Arabic and in Latin script (organisations, people, places) go through
`localized`, which picks the form for the page's language."""

from dataclasses import dataclass

from django.conf import settings
from django.utils.translation import get_language


def arabic_page() -> bool:
    """Whether the active language is Arabic (Arabic, the default, when none is active)."""
    return (get_language() or settings.LANGUAGE_CODE).startswith("ar")


def localized(arabic, latin):
    """The Arabic form of a name on an Arabic page, the Latin one on a French or English page; the
    other form when that one is empty, so a name written in one script only still shows."""
    first, second = (arabic, latin) if arabic_page() else (latin, arabic)
    return first or second


@dataclass(frozen=True)
class Translation:
    text: str
    language: str  # the language the text is actually in
    is_fallback: bool  # True when the active language had no text

    def __str__(self) -> str:
        return self.text


class TranslatedText:
    """`obj.name` -> the name in the active language, else Arabic, French, English in that order.
    Templates show `lang` and a marker when `is_fallback` is set, so nothing looks untranslated."""

    def __init__(self, field_prefix: str):
        self.prefix = field_prefix

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        wanted = (get_language() or settings.LANGUAGE_CODE)[:2]
        order = [wanted] + [code for code, _name in settings.LANGUAGES if code != wanted]
        for language in order:
            text = getattr(obj, f"{self.prefix}_{language}", "")
            if text:
                return Translation(text, language, language != wanted)
        return Translation("", wanted, False)
