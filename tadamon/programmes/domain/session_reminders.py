"""The day before a training session, each registered person is reminded of it (place and time),
by SMS, WhatsApp or e-mail in their language. Sent once per session and person: running the
command again the same day sends nothing more."""

import datetime

from django.utils import timezone
from django.utils.formats import date_format, time_format

from tadamon.notifications import notify
from tadamon.notifications.kinds import InLanguage
from tadamon.programmes.models import Registration, Session


def sessions_on(day: datetime.date):
    start = timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))
    return Session.objects.filter(starts_at__gte=start, starts_at__lt=start + datetime.timedelta(days=1))


def remind_session(session: Session) -> int:
    starts = timezone.localtime(session.starts_at)
    context = {
        "title": InLanguage(lambda: str(session.module.name)),
        "date": InLanguage(lambda: date_format(starts, "SHORT_DATE_FORMAT")),
        "time": InLanguage(lambda: time_format(starts, "H:i")),
        "place": session.place,
    }
    sent = 0
    registrations = Registration.objects.filter(session=session).select_related("person__account")
    for registration in registrations:
        sent += len(notify("session_reminder", registration.person, context, topic=f"session:{session.pk}", once=True))
    return sent


def send_session_reminders(today: datetime.date | None = None) -> int:
    """Remind the people registered for tomorrow's sessions; the number of messages queued."""
    today = today or timezone.localdate()
    sessions = sessions_on(today + datetime.timedelta(days=1)).select_related("module")
    return sum(remind_session(session) for session in sessions)
