"""Reminders before a certification expires: an e-mail to the organisation and its managers,
in Arabic and French, at most once a month per certification (run daily by the scheduler)."""

import datetime

from django.core.mail import send_mail
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from tadamon.accounts.mailboxes import organization_addresses
from tadamon.market.models import EXPIRY_WARNING_DAYS, Certification

REMIND_EVERY = datetime.timedelta(days=30)


def certifications_to_remind(today: datetime.date):
    due = Certification.objects.filter(expires_on__gte=today,
                                       expires_on__lte=today + datetime.timedelta(days=EXPIRY_WARNING_DAYS))
    return due.exclude(reminded_on__gt=today - REMIND_EVERY).select_related("organization", "product")


def send_reminders(today: datetime.date | None = None) -> int:
    today = today or timezone.localdate()
    sent = 0
    for certification in certifications_to_remind(today):
        organization = certification.organization
        recipients = organization_addresses(organization)
        if not recipients:
            continue
        parts = []
        for language in ("ar", "fr"):
            with translation.override(language):
                parts.append(_("%(certification)s (%(covers)s) expires on %(date)s, in %(days)d days. Renew it "
                               "with %(issuer)s so that your products keep their badge in the catalogue.") % {
                    "certification": certification.get_kind_display(), "covers": certification.product or organization,
                    "date": certification.expires_on.strftime("%d/%m/%Y"),
                    "days": (certification.expires_on - today).days, "issuer": certification.issuer})
        with translation.override("fr"):
            subject = _("Certification to renew: %(certification)s") % {
                "certification": certification.get_kind_display()}
        send_mail(subject, "\n\n".join(parts), None, recipients)
        Certification.objects.filter(pk=certification.pk).update(reminded_on=today)
        sent += 1
    return sent
