"""Query parameters and posted ids, parsed one way everywhere.

An id is ASCII digits within the database's integer range (a Unicode digit test
also accepts "²", which ``int()`` and the database refuse: a 500). A year is a whole number within YEARS. A value
that is present but malformed answers 400 with a message naming the parameter (``BadParameter``,
a ``BadRequest``: the API turns it into a JSON error, pages into the 400 page); an id that points
at nothing answers 404. Forms and serializers parse their own fields; these helpers are for the
parameters a view reads by hand.
"""

import re

from django.core.exceptions import BadRequest
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.translation import gettext as _

ASCII_DIGITS = re.compile(r"[0-9]+")
MAX_ID = 2**63 - 1  # the largest bigint; anything larger cannot be a primary key
EARLIEST_YEAR = 1900  # before the first Moroccan cooperative law (1922): no record starts earlier
YEARS_AHEAD = 5  # plans (agreements, calls) may run a few years ahead, no more


def latest_year() -> int:
    return timezone.localdate().year + YEARS_AHEAD


class BadParameter(BadRequest):
    """A query parameter or posted value that is present but malformed."""

    def __init__(self, name: str, message: str):
        self.name = name
        self.message = message
        super().__init__(f"{name}: {message}")


def parse_id(value) -> int | None:
    """The id in a string, or None when it is not one (empty, "²", "abc", "-1", "0", too large)."""
    number = _whole_number(value)
    return number if number is not None and 0 < number <= MAX_ID else None


def id_param(params, name: str) -> int | None:
    """An optional id parameter: None when absent or empty, 400 when malformed."""
    raw = params.get(name, "")
    if raw in ("", None):
        return None
    number = parse_id(raw)
    if number is None:
        raise BadParameter(name, _("“%(value)s” is not a valid identifier.") % {"value": _shown(raw)})
    return number


def id_list_param(params, name: str) -> list[int]:
    """A repeated id parameter (?product=1&product=2): 400 if any is malformed."""
    numbers = []
    for raw in params.getlist(name):
        if raw == "":
            continue
        number = parse_id(raw)
        if number is None:
            raise BadParameter(name, _("“%(value)s” is not a valid identifier.") % {"value": _shown(raw)})
        numbers.append(number)
    return numbers


def year_param(params, name: str = "year", default: int | None = None, *, first: int = EARLIEST_YEAR,
               last: int | None = None) -> int | None:
    """An optional year: the default when absent or empty, 400 when not a year in [first, last]."""
    raw = params.get(name, "")
    if raw in ("", None):
        return default
    last = latest_year() if last is None else last
    year = _whole_number(raw)
    if year is None or not first <= year <= last:
        raise BadParameter(name, _("“%(value)s” is not a year from %(first)d to %(last)d.")
                           % {"value": _shown(raw), "first": first, "last": last})
    return year


def posted_object_or_404(queryset, data, name: str):
    """The record whose id was posted in ``name``, among ``queryset``: 404 when the id is missing,
    malformed or not in the queryset (a hand-made form, a stale page)."""
    number = parse_id(data.get(name))
    if number is None:
        raise Http404(f"{name}: no valid identifier posted")
    return get_object_or_404(queryset, pk=number)


def _whole_number(value) -> int | None:
    """A number written in ASCII digits alone (no sign, point or other script), or None."""
    text = str(value if value is not None else "").strip()
    if not ASCII_DIGITS.fullmatch(text):
        return None
    try:
        return int(text)
    except ValueError:  # more digits than int() converts
        return None


def nul_byte_message() -> str:
    return _("it contains a NUL character, which no value may have.")


def _shown(raw) -> str:
    """The value as the message quotes it: short, without control characters."""
    text = "".join(ch if ch.isprintable() else "�" for ch in str(raw))
    return text if len(text) <= 40 else text[:40] + "…"
