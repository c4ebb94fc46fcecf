"""Content typed in several languages (programme titles, later product names) is stored as
one column per language; TranslatedText picks the active language's and falls back visibly.
Names written in Arabic and in Latin script (organisations, people, places), and in Tifinagh where
they have that form, go through `localized`, which picks the form for the page's language."""

import re
import time
from dataclasses import dataclass

from django.conf import settings
from django.db.models import F, Value
from django.db.models.functions import Coalesce, NullIf
from django.utils.translation import get_language
from django.utils.translation import gettext as _


def arabic_page() -> bool:
    """Whether the active language is Arabic (Arabic, the default, when none is active)."""
    return (get_language() or settings.LANGUAGE_CODE).startswith("ar")


TAMAZIGHT = "zgh"


def tamazight_page() -> bool:
    """Whether the active language is Standard Moroccan Tamazight (Tifinagh, left to right)."""
    return page_language() == TAMAZIGHT


def arabic_names_first() -> bool:
    """Whether names show in Arabic before Latin script: on Arabic pages, and on Tamazight pages for
    a name with no Tifinagh form (the Tamazight interface falls back to Arabic, docs/tamazight.md)."""
    return arabic_page() or tamazight_page()


def localized(arabic, latin, tifinagh=""):
    """The Arabic form of a name on an Arabic page, the Latin one on a French or English page, the
    Tifinagh one on a Tamazight page (else the Arabic one); the other form when that one is empty,
    so a name written in one script only still shows."""
    if tifinagh and tamazight_page():
        return tifinagh
    first, second = (arabic, latin) if arabic_names_first() else (latin, arabic)
    return first or second or tifinagh


def by_name(arabic: str = "name_ar", latin: str = "name_latin"):
    """An order_by() term: alphabetical by the name the page shows, so a list sorts in the page's
    script (the Arabic names on an Arabic or Tamazight page, the Latin ones on a French page). A row
    with no name in that script sorts by its other name, as `localized` shows it, not first for being empty."""
    first, second = (arabic, latin) if arabic_names_first() else (latin, arabic)
    return Coalesce(NullIf(F(first), Value("")), F(second)).asc()


def languages_in_order(wanted: str) -> list[str]:
    """The language asked for, then the others in the order of settings.LANGUAGES: where a text
    typed in several languages is looked for (TranslatedText, by_translated_name)."""
    return [wanted] + [code for code, _name in settings.LANGUAGES if code != wanted]


def by_translated_name(prefix: str = "name"):
    """An order_by() term for a name typed per language (`name_ar`, `name_fr`...): alphabetical by the
    name TranslatedText shows on this page — its language's, else the first the row has."""
    return Coalesce(*[NullIf(F(f"{prefix}_{code}"), Value("")) for code in languages_in_order(page_language())]).asc()


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
        wanted = page_language()
        for language in languages_in_order(wanted):
            text = getattr(obj, f"{self.prefix}_{language}", "")
            if text:
                return Translation(text, language, language != wanted)
        return Translation("", wanted, False)


ARABIC_LETTER = re.compile(r"[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]")
LATIN_LETTER = re.compile(r"[A-Za-zÀ-ÖØ-öø-ɏ]")
TIFINAGH_LETTER = re.compile(r"[\u2D30-\u2D7F]")


def written_in(text: str) -> str:
    """The language a text typed in one language only is in, told from its script: Arabic for
    Arabic letters, Tamazight for Tifinagh ones, French for Latin ones (what Moroccan records are
    written in); "" for a text with no letters (a number, a code)."""
    counts = {"ar": len(ARABIC_LETTER.findall(text or "")), "zgh": len(TIFINAGH_LETTER.findall(text or "")),
              "fr": len(LATIN_LETTER.findall(text or ""))}
    language, most = max(counts.items(), key=lambda item: item[1])  # ties: the first, Arabic
    return language if most else ""


def page_language() -> str:
    """The active language's code without its region: "ar", "fr", "en" or "zgh"."""
    return (get_language() or settings.LANGUAGE_CODE).split("-")[0].lower()


def script_of(language: str) -> str:
    """"arabic", "tifinagh" or "latin": the script a language of the site is written in."""
    return {"ar": "arabic", TAMAZIGHT: "tifinagh"}.get(language, "latin")


def other_script(language: str) -> bool:
    """Whether text in `language` is in another script than the page's (French on an Arabic page,
    Arabic on a French or English one, either on a Tamazight one): then readers are told which
    language it is in."""
    return bool(language) and script_of(language) != script_of(page_language())


def in_language_label(language: str) -> str:
    """"in French", "بالعربية"…: said next to a text shown in another language than the page's."""
    labels = {"ar": _("in Arabic"), "fr": _("in French"), "en": _("in English"), TAMAZIGHT: _("in Tamazight")}
    return str(labels.get(language, language.upper()))


_PLACES = {"names": {}, "loaded_at": None}  # None: never loaded (monotonic time starts at boot, not at 0)
PLACES_KEPT_FOR = 600  # seconds: territories change with an import of communes, rarely


def place_name(text: str) -> str:
    """A place typed as free text (an event's city, a session's place) in the page's language when
    it is the name of a province or commune the registry knows, in either script ("Zagora" ->
    زاكورة on an Arabic page); else the text as typed."""
    from tadamon.registry.models import Commune, Province  # here: registry's models use this module

    if not text:
        return text
    if _PLACES["loaded_at"] is None or time.monotonic() - _PLACES["loaded_at"] > PLACES_KEPT_FOR:
        names = {}
        for model in (Commune, Province):  # a province's name wins over a commune's of the same name
            for name_ar, name_fr in model.objects.values_list("name_ar", "name_fr"):
                for name in (name_ar, name_fr):
                    names[name.strip().casefold()] = (name_ar, name_fr)
        _PLACES.update(names=names, loaded_at=time.monotonic())
    forms = _PLACES["names"].get(text.strip().casefold())
    return localized(*forms) if forms else text
