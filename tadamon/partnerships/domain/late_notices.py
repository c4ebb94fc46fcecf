"""Late commitments flagged to both sides: once a commitment is late, the party that owes it and
the one it is owed to (every beneficiary, when it is owed to all) get one message each (by e-mail
in Arabic and French, or on their people's channel), listing their newly late commitments with a link to the agreement. Each commitment
is announced once (run daily by the scheduler: `manage.py notify_late_commitments`)."""

import datetime
from collections import defaultdict

from django.conf import settings
from django.db import transaction
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from tadamon.accounts.enums import Role
from tadamon.common.numbers import format_number
from tadamon.notifications import notify
from tadamon.notifications.kinds import InLanguage
from tadamon.partnerships.domain.queries.commitments import with_progress
from tadamon.partnerships.enums import CommitmentStatus, PartyRole
from tadamon.partnerships.models import AgreementParty, Commitment

# Everyone who works for the organisation on the platform hears of it: a cooperative's managers,
# a sponsor's or NGO's programme staff, a public body's officers.
ROLES = (Role.MANAGER, Role.STAFF, Role.OFFICER)


def newly_late(today: datetime.date) -> list[Commitment]:
    return list(with_progress(Commitment.objects.filter(late_notice_sent_on__isnull=True), today)
                .filter(status=CommitmentStatus.LATE).select_related("agreement", "debtor", "beneficiary")
                .order_by("due_on", "pk"))


def _who_is_concerned(late: list[Commitment]) -> dict:
    """Each organisation concerned, with the late commitments it owes or is owed."""
    to_all = {c.agreement_id for c in late if c.beneficiary_id is None}
    beneficiaries = defaultdict(list)
    for party in AgreementParty.objects.filter(agreement_id__in=to_all, role=PartyRole.BENEFICIARY).select_related(
            "organization"):
        beneficiaries[party.agreement_id].append(party.organization)
    concerned = defaultdict(list)
    for commitment in late:
        for organization in [commitment.debtor, *([commitment.beneficiary] if commitment.beneficiary_id
                                                  else beneficiaries[commitment.agreement_id])]:
            if commitment not in concerned[organization]:
                concerned[organization].append(commitment)
    return concerned


def _line(commitment: Commitment, language: str) -> str:
    with translation.override(language):
        owed_to = commitment.beneficiary.display_name if commitment.beneficiary_id else _("all the beneficiaries")
        delivered = (_(" (%(delivered)s of %(amount)s MAD delivered)") % {
            "delivered": format_number(commitment.delivered_mad),
            "amount": format_number(commitment.amount_mad)} if commitment.amount_mad else "")
        url = settings.SITE_URL.rstrip("/") + reverse("backoffice:agreement", args=[commitment.agreement_id])
        return _("- %(reference)s · %(debtor)s → %(owed_to)s: %(deliverable)s, due by %(date)s%(delivered)s\n"
                 "  %(url)s") % {
            "reference": commitment.agreement.reference, "debtor": commitment.debtor.display_name,
            "owed_to": owed_to, "deliverable": commitment.deliverable,
            "date": commitment.due_on.strftime("%d/%m/%Y"), "delivered": delivered, "url": url}


def _text(commitments: list[Commitment]) -> str:
    language = get_language()
    return "\n".join([_("These commitments of your partnership agreements are late:"),
                      *[_line(c, language) for c in commitments]]) + "\n\nTadamon"


def send_late_notices(today: datetime.date | None = None) -> int:
    """Send the notices of the commitments that became late; returns how many organisations were told."""
    today = today or timezone.localdate()
    late = newly_late(today)
    sent = 0
    for organization, commitments in _who_is_concerned(late).items():
        if notify("late_commitment", organization, {
                "subject": InLanguage(lambda: _("Late commitments")),
                "text": InLanguage(lambda commitments=commitments: _text(commitments))}, roles=ROLES):
            sent += 1
    with transaction.atomic():
        Commitment.objects.filter(pk__in=[c.pk for c in late]).update(late_notice_sent_on=today)
    return sent
