"""Reminders before a certification expires: a message to the organisation and its managers (by
e-mail in Arabic and French, or their channel and language), at most once a month per
certification (run daily by the scheduler)."""

import datetime
from functools import partial

from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from tadamon.market.models import EXPIRY_WARNING_DAYS, Certification
from tadamon.notifications import notify
from tadamon.notifications.kinds import InLanguage

REMIND_EVERY = datetime.timedelta(days=30)


def certifications_to_remind(today: datetime.date):
    due = Certification.objects.filter(expires_on__gte=today,
                                       expires_on__lte=today + datetime.timedelta(days=EXPIRY_WARNING_DAYS))
    return due.exclude(reminded_on__gt=today - REMIND_EVERY).select_related("organization", "product")


def _text(certification: Certification, today: datetime.date) -> str:
    days = (certification.expires_on - today).days
    return ngettext("%(certification)s (%(covers)s) expires on %(date)s, in %(days)d day. Renew it "
                    "with %(issuer)s so that your products keep their badge in the catalogue.",
                    "%(certification)s (%(covers)s) expires on %(date)s, in %(days)d days. Renew it "
                    "with %(issuer)s so that your products keep their badge in the catalogue.", days) % {
        "certification": certification.get_kind_display(),
        "covers": certification.product or certification.organization,
        "date": certification.expires_on.strftime("%d/%m/%Y"),
        "days": days, "issuer": certification.issuer}


def _subject(certification: Certification) -> str:
    return _("Certification to renew: %(certification)s") % {"certification": certification.get_kind_display()}


def send_reminders(today: datetime.date | None = None) -> int:
    today = today or timezone.localdate()
    sent = 0
    for certification in certifications_to_remind(today):
        if not notify("certification_reminder", certification.organization, {
                "subject": InLanguage(partial(_subject, certification)),
                "text": InLanguage(partial(_text, certification, today))}):
            continue
        Certification.objects.filter(pk=certification.pk).update(reminded_on=today)
        sent += 1
    return sent
