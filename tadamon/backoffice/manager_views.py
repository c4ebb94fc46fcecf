"""The home of a cooperative's manager, often on one phone: what waits for her (orders to answer,
the declaration due, certifications to renew, answers to her support requests, calls for
exhibitors and for funding she may apply to, sessions coming), each one tap from its task, and
large tiles to every page she uses, so that none is more than two taps away."""

import datetime
from typing import NamedTuple

from django.contrib.auth.decorators import login_required
from django.shortcuts import render
from django.urls import reverse
from django.utils import dateformat, timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from tadamon.accounts.access import may, organization_for_user
from tadamon.events.domain.queries.events import applications_to_come, fairs_open_to
from tadamon.funding.domain.queries.calls import calls_open_to
from tadamon.funding.domain.queries.compliance import declaration_awaited
from tadamon.funding.domain.queries.support_requests import answered_requests
from tadamon.funding.enums import CallKind
from tadamon.market.domain.queries.certifications import certifications_to_renew
from tadamon.market.domain.queries.orders import orders_awaiting_answer
from tadamon.programmes.domain.queries.sessions import sessions_coming_for
from tadamon.registry.enums import OrganizationKind

SHOWN = 3  # calls, fairs and sessions shown on the home, soonest first


class Card(NamedTuple):
    """Something waiting: an icon, a few words (with its count or date), where to do it, and
    optionally the name of what it is about (typed text in several languages, or plain text)."""

    icon: str
    text: str
    url: str
    named: object = None  # a common.i18n.Translation, shown with its language
    detail: str = ""
    urgent: bool = False


def _day_month(day: datetime.date) -> str:
    return dateformat.format(day, "d/m")


def _orders(organization) -> list[Card]:
    """One order: that order; several: the list of those waiting (and so for support requests)."""
    pks = list(orders_awaiting_answer(organization).values_list("pk", flat=True))
    if not pks:
        return []
    url = reverse("backoffice:order", args=[pks[0]]) if len(pks) == 1 else reverse("backoffice:orders") + "?status=open"
    text = ngettext("%(count)d order to answer", "%(count)d orders to answer", len(pks)) % {"count": len(pks)}
    return [Card("order", text, url, urgent=True)]


def _declaration(request, organization, today) -> list[Card]:
    awaited = declaration_awaited(organization, today) if may(request, "funding.file_declaration") else None
    if awaited is None:
        return []
    template = _("Declaration late: %(date)s") if awaited.late else _("Declaration due %(date)s")
    url = reverse("backoffice:declarations") + f"?year={awaited.year}"
    return [Card("declaration", template % {"date": _day_month(awaited.due)}, url, detail=str(awaited.year),
                 urgent=awaited.late)]


def _certifications(organization, today) -> list[Card]:
    expiries = list(certifications_to_renew(organization, today).values_list("expires_on", flat=True))
    if not expiries:
        return []
    text = ngettext("%(count)d certification to renew", "%(count)d certifications to renew",
                    len(expiries)) % {"count": len(expiries)}
    return [Card("certificate", text, reverse("backoffice:certifications", args=[organization.pk]),
                 urgent=expiries[0] < today)]


def _support_requests(organization) -> list[Card]:
    pks = list(answered_requests(organization).values_list("pk", flat=True))
    if not pks:
        return []
    text = ngettext("%(count)d request answered", "%(count)d requests answered", len(pks)) % {"count": len(pks)}
    url = (reverse("backoffice:support_request", args=[pks[0]]) if len(pks) == 1
           else reverse("backoffice:support_requests") + "?status=in_progress")
    return [Card("support", text, url)]


def _fairs(request, organization, now) -> list[Card]:
    cards = []
    if may(request, "events.apply"):
        cards = [Card("fair", _("Fair: apply before %(date)s") % {"date": _day_month(event.applications_close_on)},
                      reverse("backoffice:event_apply", args=[event.pk]), named=event.name)
                 for event in fairs_open_to(organization, timezone.localdate(now))[:SHOWN]]
    return cards + [
        Card("fair", _("Fair: %(status)s") % {"status": application.get_status_display()},
             reverse("backoffice:event_application", args=[application.event_id, application.pk]),
             named=application.event.name)
        for application in applications_to_come(organization, now)[:SHOWN]]


def _calls(request, organization, now) -> list[Card]:
    if not may(request, "funding.apply_to_call"):
        return []
    cards = []
    for call in calls_open_to(organization, now)[:SHOWN]:
        day = _day_month(timezone.localdate(call.closes_at))
        text = (_("Award: apply before %(date)s") if call.kind == CallKind.AWARD
                else _("Funding: apply before %(date)s")) % {"date": day}
        cards.append(Card("call", text, reverse("backoffice:application_edit", args=[call.pk]), named=call.title))
    return cards


def _session_text(starts: datetime.datetime, today: datetime.date) -> str:
    time = dateformat.format(starts, "H:i")
    if starts.date() == today:
        return _("Session today %(time)s") % {"time": time}
    if starts.date() == today + datetime.timedelta(days=1):
        return _("Session tomorrow %(time)s") % {"time": time}
    return _("Session %(date)s %(time)s") % {"date": _day_month(starts.date()), "time": time}


def _sessions(organization, now) -> list[Card]:
    today = timezone.localdate(now)
    return [Card("session", _session_text(timezone.localtime(session.starts_at), today),
                 reverse("backoffice:session", args=[session.programme_id, session.pk]), detail=session.place)
            for session in sessions_coming_for(organization, now)[:SHOWN]]


def waiting_cards(request, organization, now: datetime.datetime) -> list[Card]:
    """What waits for the organisation's manager, most pressing kinds first."""
    today = timezone.localdate(now)
    return (_orders(organization) + _declaration(request, organization, today)
            + _certifications(organization, today) + _support_requests(organization)
            + _fairs(request, organization, now) + _calls(request, organization, now)
            + _sessions(organization, now))


@login_required
def manager_home(request, pk: int):
    """Her cooperative's home: 404 to whoever may not see the organisation, 403 to those who see
    it but do not act for it (staff, officers)."""
    organization = organization_for_user(request, pk, "registry.act_for_organization")
    return render(request, "backoffice/manager_home.html", {
        "org": organization, "cards": waiting_cards(request, organization, timezone.now()),
        "files_declarations": may(request, "funding.file_declaration") and organization.kind == OrganizationKind.COOPERATIVE,
    })
