"""Numbers, money, percentages and dates as each language writes them: one layer over Babel.

Every page, PDF, XLSX and message formats figures through these functions (templates through the
filters in ``common/templatetags/tadamon.py``), so a figure reads the same everywhere.

Choices, and why:

- **Western digits (0–9) in every language.** Morocco's Arabic uses them (ar_MA in CLDR does too).
- **Thousands grouped by U+202F NARROW NO-BREAK SPACE, in every language**: ``5 549``,
  ``98 500 درهم``, ``98 500 MAD``. The dot that Moroccan Arabic usage (and Django's ``ar`` formats)
  put there is the decimal point of English and of many Arabic readers: "98.500 درهم" was read as
  98.5 dirhams; the comma is the decimal separator of French and Moroccan Arabic. A thin space is
  the SI / ISO 80000 grouping and means nothing else in any of our languages. It must be U+202F
  and not a plain space: U+0020 has bidi class WS, which splits "5 549" into two numbers, and an
  Arabic (right-to-left) line then shows them in reverse order, "549 5" (the PDF bug of issue 21).
  U+202F has bidi class CS (common number separator; ``unicodedata.bidirectional("\\u202f")``),
  and rule W4 of the Unicode bidi algorithm turns a single CS between two European digits into a
  digit, so the whole number stays one left-to-right run inside Arabic text. It is also no-break:
  a number never wraps across two lines. (tests/test_numbers.py checks it with fpdf2's implementation of
  the algorithm, the one the PDFs use.)
- **Decimal separator**: a comma in Arabic and French (as Morocco writes them), a point in English.
- **Currency label**, one per language, after the amount: "درهم" in Arabic, "MAD" in French and
  English (the ISO code, already the word of the French pages and of the forms) and in Tamazight
  (CLDR's zgh symbol for the dirham is "MAD"; its name, ⴰⴷⵔⵉⵎ ⵏ ⵍⵎⵖⵔⵉⴱ, is too long for a label).
- **Tamazight (zgh)**: CLDR's zgh locale, as Babel has it: Tifinagh month names (ⴽⵜⵓⴱⵔ), Western
  digits, a comma before decimals, "42 %" as in French; grouping by U+202F as everywhere.
- **Months** by name: Morocco's Arabic month names (CLDR ar_MA: يناير… ماي، يوليوز، غشت، شتنبر،
  نونبر، دجنبر), as Moroccan public bodies write them; French and English as usual.
- **Ranges of numbers** (10–24) are wrapped in a left-to-right isolate, so an Arabic sentence around
  them does not turn them into 24–10. Ranges of months are words and read in the sentence's
  direction.

Django's own localisation agrees (``tadamon/formats/<lang>/formats.py`` set the same separators),
so ``floatformat:"0g"`` and ``intcomma`` print what these functions print. ``USE_THOUSAND_SEPARATOR``
stays off on purpose: with it, every ``{{ id }}`` and ``{{ year }}`` in a link or a heading would
be grouped ("2 023"); figures go through ``|number`` instead.

Babel ``Locale`` objects and parsed number patterns are built once (``functools.cache``): formatting
a number costs a pattern application, not a locale load or a pattern parse.
"""
from __future__ import annotations

import datetime
import functools
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from babel import Locale
from babel import dates as babel_dates
from babel import numbers as babel_numbers
from django.utils import translation
from django.utils.translation import gettext_noop

GROUP_SEPARATOR = "\u202f"  # NARROW NO-BREAK SPACE, bidi class CS: see the module docstring
DECIMAL_SEPARATOR = {"ar": ",", "fr": ",", "en": ".", "zgh": ","}
CURRENCY_LABEL = {"ar": "درهم", "fr": "MAD", "en": "MAD", "zgh": "MAD"}
# Which CLDR locale gives each language its words (month names, date patterns).
BABEL_LOCALE = {"ar": "ar_MA", "fr": "fr_MA", "en": "en_GB", "zgh": "zgh_MA"}
RANGE_DASH = "\u2013"  # EN DASH
LTR_ISOLATE, POP_ISOLATE = "\u2066", "\u2069"
EMPTY = "—"  # what a missing figure shows

# Django's `date` filter ("j F Y") names months through Django's own catalogue, which says سبتمبر
# where Morocco says شتنبر. Listed here, the names are in the project's catalogue, which Django
# reads first (LOCALE_PATHS), translated as Babel's ar_MA names them: one name per month everywhere.
DJANGO_MONTH_NAMES = (
    gettext_noop("January"), gettext_noop("February"), gettext_noop("March"), gettext_noop("April"),
    gettext_noop("May"), gettext_noop("June"), gettext_noop("July"), gettext_noop("August"),
    gettext_noop("September"), gettext_noop("October"), gettext_noop("November"), gettext_noop("December"),
)


class _TadamonLocale(Locale):
    """A CLDR locale whose number symbols are ours (grouping and decimal separator above)."""

    _symbols = None

    @property
    def number_symbols(self):
        if self._symbols is None:
            base = super().number_symbols
            decimal = DECIMAL_SEPARATOR.get(self.language, ".")
            self._symbols = {system: {**dict(symbols), "group": GROUP_SEPARATOR, "decimal": decimal}
                             for system, symbols in base.items()}
        return self._symbols


@functools.cache
def babel_locale(language: str) -> Locale:
    code = BABEL_LOCALE.get(language) or BABEL_LOCALE["ar"]
    base = Locale.parse(code)
    return _TadamonLocale(base.language, territory=base.territory)


def active_language(language: str | None = None) -> str:
    language = (language or translation.get_language() or "ar").split("-")[0]
    return language if language in BABEL_LOCALE else "ar"


def to_decimal(value):
    """A Decimal from an int, float, Decimal or numeric string; None when there is no figure."""
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        return Decimal(int(value))
    try:
        number = value if isinstance(value, Decimal) else Decimal(value if isinstance(value, int) else str(value).strip())
    except (InvalidOperation, ValueError):
        return None
    return number if number.is_finite() else None


def format_number(value, language: str | None = None) -> str:
    """A whole number, grouped by thousands: 5 549. Non-integers are rounded (half away from zero)."""
    return format_decimal(value, 0, language)


def format_decimal(value, decimals: int | None = None, language: str | None = None) -> str:
    """A number with ``decimals`` digits after the separator (None: as many as it has, up to 3,
    trailing zeros dropped): 1 234,50 in Arabic and French, 1 234.50 in English."""
    number = to_decimal(value)
    if number is None:
        return EMPTY
    locale = babel_locale(active_language(language))
    if decimals is None:
        decimals, pattern = 3, "#,##0.###"
    else:
        pattern = "#,##0" + ("." + "0" * decimals if decimals > 0 else "")
    # Round half up, as Django's floatformat does (Babel alone rounds half to even: 2.5 -> 2).
    number = number.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
    return _pattern(pattern).apply(number, locale)


@functools.cache
def _pattern(pattern: str):
    """Babel parses a pattern on every call of format_decimal; a page formats hundreds of figures."""
    return babel_numbers.parse_pattern(pattern)


def format_percent(value, decimals: int = 0, language: str | None = None, *, ratio: bool = False) -> str:
    """A percentage, from a value already in percent (42 -> 42 %) or, with ratio=True, a share
    (0.42 -> 42 %). The sign follows the language: 42 % in French, 42% in Arabic and English."""
    number = to_decimal(value)
    if number is None:
        return EMPTY
    if ratio:
        number *= 100
    language = active_language(language)
    sign = "\u00a0%" if language in ("fr", "zgh") else "%"
    return format_decimal(number, decimals, language) + sign


def money_decimals(value) -> int:
    """0 for a whole amount, 2 when it has centimes."""
    number = to_decimal(value)
    return 0 if number is None or number == number.to_integral_value() else 2


def format_money(value, decimals: int | None = None, language: str | None = None) -> str:
    """An amount in dirhams with the page language's label: "98 500 درهم", "98 500 MAD".
    decimals=None shows centimes only when there are some."""
    number = to_decimal(value)
    if number is None:
        return EMPTY
    language = active_language(language)
    if decimals is None:
        decimals = money_decimals(number)
    return f"{format_decimal(number, decimals, language)}\u00a0{CURRENCY_LABEL[language]}"


def format_amount(value, language: str | None = None) -> str:
    """An amount without its label, for a table whose header names the currency ("Budget (MAD)"):
    whole dirhams, as the pages show report figures (the |mad filter's default, floatformat:"0g"),
    so a PDF or XLSX report reads "133 200" where its page does, not "133 200,07" or "0,00"."""
    return format_decimal(value, 0, language)


def currency_label(language: str | None = None) -> str:
    return CURRENCY_LABEL[active_language(language)]


def format_range(low, high, language: str | None = None, *, money: bool = False) -> str:
    """Two numbers as a range, isolated left to right so Arabic text keeps it 10–24, not 24–10."""
    low_text, high_text = format_number(low, language), format_number(high, language)
    text = f"{LTR_ISOLATE}{low_text}{RANGE_DASH}{high_text}{POP_ISOLATE}"
    return f"{text}\u00a0{currency_label(language)}" if money else text


def _as_date(value):
    if isinstance(value, datetime.datetime):
        from django.utils import timezone
        return timezone.localtime(value).date() if timezone.is_aware(value) else value.date()
    return value


def format_date(value, format: str = "long", language: str | None = None) -> str:
    """A date: "18 أكتوبر 2015" / "18 octobre 2015" (long), or 18/10/2015 (short)."""
    if value is None:
        return EMPTY
    return babel_dates.format_date(_as_date(value), format=format, locale=babel_locale(active_language(language)))


def month_name(month: int, language: str | None = None) -> str:
    """The name of a month (1-12) as a reader of the language says it on its own: "شتنبر", "septembre"."""
    months = babel_locale(active_language(language)).months["format"]["wide"]
    return months[int(month)]


def format_month(value, month: int | None = None, language: str | None = None) -> str:
    """A month of a year, "شتنبر 2023" / "septembre 2023", from a date or from (year, month);
    a bare month number (format_month(None, 9)) gives the month's name alone."""
    if value is None and month is None:
        return EMPTY
    if value is None:
        return month_name(month, language)
    if month is not None:
        value = datetime.date(int(value), int(month), 1)
    value = _as_date(value)
    return f"{month_name(value.month, language)} {value.year}"


def format_month_range(start: int, end: int, language: str | None = None) -> str:
    """A span of months by name: "من شتنبر إلى دجنبر", "de septembre à décembre", "September to
    December". Words, so the sentence's own direction orders them."""
    language = active_language(language)
    start_name, end_name = month_name(start, language), month_name(end, language)
    if int(start) == int(end):
        return start_name
    with translation.override(language):
        if language == "fr" and start_name[0] in "aeiouéèê":
            # French elides "de" before a vowel: "d'avril à juin"
            return translation.pgettext("month range, first month starts with a vowel",
                                        "%(start)s to %(end)s") % {"start": start_name, "end": end_name}
        return translation.pgettext("month range", "%(start)s to %(end)s") % {"start": start_name, "end": end_name}


def forward_arrow(language: str | None = None) -> str:
    """An arrow that points the way the text reads: ← in Arabic, → otherwise."""
    return "←" if active_language(language) == "ar" else "→"
