"""Which messages of a request came out in Arabic on a Tamazight page, so the page can say so.

Django's translation of a language other than LANGUAGE_CODE falls back to LANGUAGE_CODE's catalogue
for a message it lacks: on a /zgh/ page, a message not yet translated into Tamazight is shown in
Arabic. That is the intended fallback (Tamazight readers in Morocco read Arabic), but it must be
visible. The Tamazight catalogue's fallback is wrapped, once per process, by `RecordingFallback`,
which notes each message it is asked for in the request's record; base.html reads the record at the
end of the page (after everything on it has been translated, through `FallbackFlag` of
common/context_processors.py) and shows a band saying, in Tamazight and in Arabic, that parts of the
page are in Arabic. A page fully translated into Tamazight shows no band.

The record starts at each request (django's request_started signal, see apps.py) and lives in a
context variable, so threads and requests never see each other's.
"""

import contextvars
import re

from django.utils import translation
from django.utils.translation import gettext, gettext_noop, pgettext_lazy, trans_real

TAMAZIGHT = "zgh"
# A msgid is English: a string with no Latin letter is not a message (":" or a label already
# translated being looked up again) and is not noted.
_WORD = re.compile("[A-Za-z]")

# Django's own messages that the Tamazight pages show (Django has no zgh catalogue): listed here so
# that makemessages puts them in ours, where they are translated like the project's.
DJANGO_MESSAGES = (
    gettext_noop("username"), gettext_noop("password"), gettext_noop("yes,no,maybe"), gettext_noop("Changed"),
    gettext_noop("Deleted"), gettext_noop("This field is required."), gettext_noop("Enter a valid email address."),
    gettext_noop("Enter a whole number."), gettext_noop("Enter a number."), gettext_noop("Enter a valid date."),
    gettext_noop("Currently"), gettext_noop("Change"), gettext_noop("Clear"),
    gettext_noop("Select a valid choice. That choice is not one of the available choices."),
    pgettext_lazy("String to return when truncating text", "%(truncated_text)s…"),
)

_used: contextvars.ContextVar[set | None] = contextvars.ContextVar("tadamon_translation_fallbacks", default=None)


class RecordingFallback:
    """A translation catalogue's stand-in that notes every message looked up in it (each one the
    Tamazight catalogue lacked), then answers as the wrapped catalogue does."""

    def __init__(self, wrapped):
        self.wrapped = wrapped

    def _note(self, message: str) -> None:
        used = _used.get()
        if used is not None and _WORD.search(message):
            used.add(message)

    def gettext(self, message):
        self._note(message)
        return self.wrapped.gettext(message)

    def ngettext(self, singular, plural, n):
        self._note(singular)
        return self.wrapped.ngettext(singular, plural, n)

    def pgettext(self, context, message):
        self._note(message)
        return self.wrapped.pgettext(context, message)

    def npgettext(self, context, singular, plural, n):
        self._note(singular)
        return self.wrapped.npgettext(context, singular, plural, n)

    def __getattr__(self, name):
        return getattr(self.wrapped, name)


def install() -> None:
    """Wrap the Tamazight catalogue's fallback (again after Django rebuilt its catalogues, as tests
    that change settings make it do), and drop the plural messages it holds untranslated. Does
    nothing when no Tamazight catalogue is compiled."""
    try:
        catalogue = trans_real.translation(TAMAZIGHT)
    except OSError:
        return
    fallback = getattr(catalogue, "_fallback", None)
    if fallback is not None and not isinstance(fallback, RecordingFallback):
        _drop_untranslated_plurals(catalogue)
        catalogue._fallback = RecordingFallback(fallback)


def _drop_untranslated_plurals(catalogue) -> None:
    """Babel compiles a plural message left untranslated as its English forms (a singular message
    left untranslated is left out), so "3 hours" would print in English instead of falling back to
    Arabic like every other message. Such entries (the first form equal to the msgid) are removed."""
    for messages in getattr(catalogue._catalog, "_catalogs", []):
        untranslated = {key[0] for key, text in messages.items()
                        if isinstance(key, tuple) and key[1] == 0 and text == key[0]}
        for key in [key for key in messages if isinstance(key, tuple) and key[0] in untranslated]:
            del messages[key]


def start_record(**kwargs) -> None:
    """At the start of a request: an empty record, and the recorder in place."""
    install()
    _used.set(set())


def fallback_messages() -> set[str]:
    """The messages shown in Arabic so far in this request for want of a Tamazight translation."""
    return set(_used.get() or ())


class FallbackFlag:
    """True, when the template asks, if a message of this request has come out in Arabic on a
    Tamazight page so far: base.html asks at the end of the page."""

    def __bool__(self) -> bool:
        return bool(_used.get())

    def __len__(self) -> int:
        return len(_used.get() or ())

    @property
    def notice(self) -> dict:
        """What the band says, in Tamazight ("zgh", empty while the sentence itself is untranslated)
        and in Arabic ("ar")."""
        texts = {}
        for language in (TAMAZIGHT, "ar"):
            with translation.override(language):
                texts[language] = gettext("Parts of this page are not yet translated into Tamazight: "
                                          "they are shown in Arabic.")
        if texts[TAMAZIGHT] == texts["ar"]:
            texts[TAMAZIGHT] = ""
        return texts
