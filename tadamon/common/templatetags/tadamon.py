import re

import rules
from django import template
from django.urls import translate_url
from django.utils.html import conditional_escape, format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from tadamon.common import numbers
from tadamon.common.i18n import arabic_page, in_language_label, other_script, place_name, written_in
from tadamon.common.text import listed as listed_text

register = template.Library()


@register.filter
def may(user, permission: str) -> bool:
    """`user|may:"app.rule"`: the project's rule itself (django-rules), for a link that most users
    lack. `perms.app.rule` would go on to Django's ModelBackend when the rule says no, which costs
    two queries on every page that shows the link to someone it is not for."""
    return rules.has_perm(permission, user)


@register.simple_tag(takes_context=True)
def translated_url(context, language: str) -> str:
    """The current page in another language (path and query string kept)."""
    request = context.get("request")
    if request is None:
        return "/" + language + "/"
    return translate_url(request.get_full_path(), language)


@register.filter
def translated(value):
    """Text typed in several languages: marked with its language, and flagged when it is a
    fallback (the active language had none) so readers see it is not a missing translation."""
    if not value or not value.text:
        return ""
    if not value.is_fallback:
        return format_html('<span lang="{}" dir="auto">{}</span>', value.language, value.text)
    return format_html('<span lang="{}" dir="auto">{}</span> <small class="fallback" title="{}">{}</small>',
                       value.language, value.text, _("Not translated yet"), in_language_label(value.language))


@register.filter
def written(value):
    """A text typed in one language only (a request, a reason, a venue): marked with the language
    it is in, and followed by "in French"/"بالعربية" when that is not the page's script, so that a
    reader sees the record was written so rather than a page left half translated."""
    if value is None or value == "":
        return ""
    language = written_in(str(value))
    if not other_script(language):
        return format_html('<span dir="auto">{}</span>', value)
    return format_html('<span lang="{}" dir="auto">{}</span> <small class="fallback">{}</small>',
                       language, value, in_language_label(language))


@register.filter
def listed(items):
    """A list joined with the page language's comma (، in Arabic)."""
    return listed_text(items or ())


@register.filter
def column_label(column):
    """An import file's column in the page's language, followed by its header as the file writes
    it ("الجنس gender"): what the reader looks for in their spreadsheet."""
    from tadamon.registry.domain.tabular import COLUMN_LABELS

    label = COLUMN_LABELS.get(column)
    if not label:
        return format_html('<code dir="ltr">{}</code>', column)
    return format_html('{} <code dir="ltr">{}</code>', label, column)


@register.filter
def place(value):
    """A place typed as free text: its name in the page's language when the registry knows it as a
    province or commune (Zagora, زاكورة), else as typed and marked like `written_name`."""
    return written_name(place_name(str(value or "")))


@register.filter
def written_name(value):
    """A name that exists in one script only (a person, a place, a buyer): marked with its
    language when it is not the page's script, without a label (a name is not translated)."""
    if value is None or value == "":
        return ""
    language = written_in(str(value))
    if not other_script(language):
        return format_html('<span dir="auto">{}</span>', value)
    return format_html('<span lang="{}" dir="auto">{}</span>', language, value)


# A run of words in one script: letters, with the spaces, hyphens and apostrophes between them.
_ARABIC_RUN = re.compile(r"[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]+"
                         r"(?:[\s\-'’]+[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]+)*")
_LATIN_RUN = re.compile(r"[A-Za-z\u00c0-\u024f]+(?:[\s\-'’]+[A-Za-z\u00c0-\u024f]+)*")
_QUOTED = re.compile(r"«([^«»]*)»")


@register.filter
def mark_scripts(value):
    """A sentence of the page's language quoting names in the other script (the name check's
    reasons: «تيفاوين» ~ «tifawin»): each quoted run is isolated with its language and direction, so
    it reads in its own direction and readers' tools know it is a name, not untranslated text."""
    if value is None or value == "":
        return ""
    text = str(value)  # matched as typed, escaped piece by piece: an entity (&#x27;) is no word to isolate
    run, language, direction = (_LATIN_RUN, "fr", "ltr") if arabic_page() else (_ARABIC_RUN, "ar", "rtl")
    own = _ARABIC_RUN if arabic_page() else _LATIN_RUN

    def bdi(fragment: str) -> str:
        return f'<bdi lang="{language}" dir="{direction}">{conditional_escape(fragment)}</bdi>'

    def isolated(fragment: str) -> str:
        out, at = [], 0
        for m in run.finditer(fragment):
            out += [str(conditional_escape(fragment[at:m.start()])), bdi(m.group(0))]
            at = m.end()
        return "".join(out) + str(conditional_escape(fragment[at:]))

    def quoted(inner: str) -> str:
        # A name quoted whole in the other script is isolated whole, its digits and punctuation with it
        # («Tifawin 2», «d'argan (Agdz)»): a run of letters alone would leave them to the page's direction.
        # French's no-break spaces inside the guillemets (« تيفاوين ») stay outside, with the guillemets.
        name = inner.strip()
        if run.search(name) and not own.search(name):
            before, after = inner[:len(inner) - len(inner.lstrip())], inner[len(inner.rstrip()):]
            return f"«{conditional_escape(before)}{bdi(name)}{conditional_escape(after)}»"
        return f"«{isolated(inner)}»"

    pieces = _QUOTED.split(text)  # odd positions: the inside of a «…»
    return mark_safe("".join(quoted(p) if i % 2 else isolated(p) for i, p in enumerate(pieces)))


@register.filter
def mark_words(value, words):
    """A name with some of its words marked (<mark>): those, as the name wrote them, that the name
    check's reason quotes. A word is marked where it stands whole, not inside another word."""
    text = str(value or "")
    words = [word for word in (words or ()) if word]
    if not words:
        return conditional_escape(text)
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))
                         + r")(?!\w)")
    out, at = [], 0
    for m in pattern.finditer(text):
        out += [str(conditional_escape(text[at:m.start()])), f"<mark>{conditional_escape(m.group(0))}</mark>"]
        at = m.end()
    return mark_safe("".join(out) + str(conditional_escape(text[at:])))


@register.filter
def marked_name(match, script):
    """A name check match's name in one script ("ar" or "latin") with the words alike marked (`mark_words`);
    a match recorded before marks existed (a decided request's evidence) shows its name as it is."""
    name = match.get("name_ar" if script == "ar" else "name_latin", "")
    return mark_words(name, (match.get("marked") or {}).get(script))


@register.filter
def get_item(mapping, key):
    return mapping.get(key) if mapping else None


@register.filter
def ltr(value) -> str:
    """Wrap text that must read left to right (a range such as 10–24) in Unicode isolates, so an
    Arabic sentence around it does not turn it into 24–10. Works inside translated strings."""
    return f"\u2066{value}\u2069"


def _places(argument) -> tuple[int, bool]:
    """Decimals from a floatformat-style argument: "2" or "2g" -> (2, always); "-2" -> (2, only
    when the value is not whole), as floatformat reads them."""
    text = str(argument).strip().rstrip("gu")
    try:
        decimals = int(text or 0)
    except ValueError:
        return 0, True
    return abs(decimals), decimals >= 0


def _decimals_for(value, argument) -> int | None:
    places, always = _places(argument)
    if always:
        return places
    quantity = numbers.to_decimal(value)
    return places if quantity is not None and quantity != quantity.to_integral_value() else 0


@register.filter
def number(value, decimals="0") -> str:
    """A figure grouped by thousands as every page, PDF and XLSX writes it (5 549; common/numbers.py);
    "—" when there is none. number:"2" keeps two decimals, number:"-2" up to two when needed."""
    return numbers.format_decimal(value, _decimals_for(value, decimals))


@register.filter
def mad(value, decimals: str = "0g") -> str:
    """An amount in dirhams, grouped by thousands, with the one currency label of the page's
    language: "98 500 درهم", "98 500 MAD". mad:"2g" keeps centimes; mad:"-2" only when there are some."""
    if value is None or value == "":
        return numbers.EMPTY
    return numbers.format_money(value, _decimals_for(value, decimals))


@register.filter
def percent(value, decimals: str = "0") -> str:
    """A value already in percent: 42 % (French), 42% (Arabic, English)."""
    return numbers.format_percent(value, _decimals_for(value, decimals))


@register.filter
def month(value, year=None) -> str:
    """A month by name: a date -> "شتنبر 2023"; a month number -> "شتنبر"; month:year -> "شتنبر 2023"."""
    if value is None or value == "":
        return numbers.EMPTY
    if isinstance(value, (int, str)):
        return numbers.format_month(year, int(value)) if year else numbers.month_name(int(value))
    return numbers.format_month(value)


@register.filter
def month_range(start, end) -> str:
    """Two month numbers as words: "من شتنبر إلى دجنبر", "de septembre à décembre"."""
    if start in (None, "") or end in (None, ""):
        return numbers.EMPTY
    return numbers.format_month_range(int(start), int(end))


@register.filter
def long_date(value) -> str:
    """A date with the month by name, as common/numbers.py writes it: "18 أكتوبر 2015"."""
    return numbers.format_date(value, "long")


@register.filter
def number_range(low, high) -> str:
    """Two figures as a range kept left to right inside Arabic text: 10–24."""
    return numbers.format_range(low, high)


@register.simple_tag
def forward_arrow() -> str:
    """→ on a left-to-right page, ← on an Arabic one: "next" points the way the text reads."""
    return numbers.forward_arrow()
