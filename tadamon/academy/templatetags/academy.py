"""The academy's pages in words a learner can check: how long a lesson lasts (its recording's
real length when it has one), how many right answers pass a quiz and how many she got, how much
of the phone's credit a file uses (said in megabytes, as phone offers are sold)."""

from django import template
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from tadamon.academy.domain import quizzes
from tadamon.academy.domain.courses import recording_seconds
from tadamon.common import numbers

register = template.Library()

MB = 2**20
MUCH_DATA = 5 * MB  # above this, a file is better loaded on Wi-Fi


def _figure(value, decimals: int = 0) -> str:
    return numbers.format_decimal(value, decimals)


@register.filter
def duration(seconds) -> str:
    """A length in minutes and seconds: "15 s", "2 min", "2 min 5 s"."""
    if not seconds:
        return ""
    minutes, rest = divmod(int(seconds), 60)
    if not minutes:
        return _("%(seconds)s s") % {"seconds": _figure(rest)}
    if not rest:
        return _("%(minutes)s min") % {"minutes": _figure(minutes)}
    return _("%(minutes)s min %(seconds)s s") % {"minutes": _figure(minutes), "seconds": _figure(rest)}


@register.simple_tag
def lesson_length(lesson, media=None) -> str:
    """How long the lesson lasts: its recording's length (of those shown, `media`, else all of the
    lesson's), else the minutes its author typed (a text)."""
    seconds = recording_seconds(media if media is not None else lesson.media.all())
    return duration(seconds) if seconds else _("%(minutes)s min") % {"minutes": _figure(lesson.minutes)}


@register.simple_tag
def recorded_length(media) -> str:
    """The length of a lesson's recordings ("" when none says it), for its authors."""
    return duration(recording_seconds(media or []))


def _total(questions) -> int:
    if isinstance(questions, int):
        return questions
    if isinstance(questions, (list, tuple)):
        return len(questions)
    return questions.questions.count()  # a Quiz


@register.simple_tag
def pass_rule(questions, pass_mark) -> str:
    """ "To pass: 3 right answers out of 5." for a quiz (or its questions as shown, or their count)."""
    total = _total(questions)
    needed = quizzes.right_needed(total, pass_mark)
    return ngettext("To pass: %(count)s right answer out of %(total)s.",
                    "To pass: %(count)s right answers out of %(total)s.", needed) % {
        "count": _figure(needed), "total": _figure(total)}


@register.simple_tag
def quiz_tally(shown, answers) -> str:
    """ "You got 4 right answers out of 5." for an attempt scored against the questions shown."""
    right = quizzes.right_count(shown, answers)
    return ngettext("You got %(count)s right answer out of %(total)s.",
                    "You got %(count)s right answers out of %(total)s.", right) % {
        "count": _figure(right), "total": _figure(len(shown))}


@register.simple_tag
def data_use(item) -> str:
    """What loading a recording or video costs, in words: little, some or much of the phone's
    credit, with its size in megabytes."""
    if item.size < MB:
        return _("uses little mobile data (less than 1 MB)")
    size = _figure(round(item.size / MB, 1), 1)
    if item.size <= MUCH_DATA:
        return _("uses some mobile data (%(size)s MB)") % {"size": size}
    return _("uses a lot of mobile data (%(size)s MB): better on Wi-Fi") % {"size": size}
