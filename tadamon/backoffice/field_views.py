"""Field work without a connection (docs/offline.md): the sessions and events of today and the next
7 days, a session's register, check-in at a fair's door (by name or by the ticket's QR code), a
coaching visit and a needs diagnosis. Each page is opened online (or kept by the service worker when
the list of days is opened); what is done on it is queued on the device (static/offline/queue.js) and sent to
`field_actions`, which replays it through the live pages' rules (field_replay.py).

Every view here is `field_work`: a device kept signed in for the day opens them after the
30-minute idle limit has signed the session out (tadamon.accounts.middleware.FieldDeviceMiddleware).
"""

import datetime
import hashlib
import json

from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.middleware.csrf import get_token
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from tadamon.accounts.access import enrolment_for_user, event_for_user, may, require, session_for_user
from tadamon.accounts.domain.field_devices import cookie_name, device_for_token, field_work
from tadamon.accounts.rules import is_platform_admin
from tadamon.backoffice.field_replay import MAX_BATCH, replay_batch
from tadamon.backoffice.programme_forms import DiagnosisForm, FollowUpFormSet, VisitForm
from tadamon.common import numbers
from tadamon.events.models import Event
from tadamon.programmes.domain.queries.programmes import programmes_run_by
from tadamon.programmes.enums import DiagnosisRound
from tadamon.programmes.models import Session

DAY_LIMIT = 50  # sessions, and events, listed at most
FIELD_DAYS = 8  # today and the next 7 days


def ticket_hash(token: str) -> str:
    """What the check-in page holds of a ticket: its SHA-256, which the phone computes from the
    scanned code (the tickets themselves never sit on the device)."""
    return hashlib.sha256(token.encode()).hexdigest()


def _field_context(request, kind: str, **ids) -> dict:
    """What the page's script needs: where to send, what kind of action, which records."""
    return {"field_config": json.dumps({"endpoint": reverse("backoffice:field_actions"), "kind": kind, **ids})}


def _field_days(request, today) -> list[dict]:
    """Today and the next days (FIELD_DAYS in all): the sessions starting each day and the events
    (fairs...) running, in the order they start; today first, even with nothing, then each day that has
    something. An event already running is listed once, on today. A fixed number of queries."""
    last = today + datetime.timedelta(days=FIELD_DAYS - 1)
    sessions = list(Session.objects.filter(programme__in=programmes_run_by(request.user),
                                           starts_at__date__gte=today, starts_at__date__lte=last)
                    .select_related("programme", "module", "province").prefetch_related("programme__staff")
                    .order_by("starts_at", "pk")[:DAY_LIMIT])
    for session in sessions:
        session.programme.staff_ids = {member.pk for member in session.programme.staff.all()}
    events = Event.objects.filter(starts_at__date__lte=last, ends_at__date__gte=today)
    if not is_platform_admin(request.user):
        events = events.filter(staff=request.user)
    events = list(events.prefetch_related("staff").order_by("starts_at", "pk")[:DAY_LIMIT])
    for event in events:
        event.staff_ids = {member.pk for member in event.staff.all()}
    tasks = [(timezone.localtime(s.starts_at), "session", s) for s in sessions
             if may(request, "programmes.manage_enrolments", s.programme)]
    tasks += [(timezone.localtime(e.starts_at), "event", e) for e in events
              if may(request, "events.manage_participants", e)]
    days = {today: []}
    for starts_at, kind, task in sorted(tasks, key=lambda item: item[0]):
        days.setdefault(max(starts_at.date(), today), []).append({"kind": kind, "task": task})
    return [{"date": day, "label": numbers.format_date(day, "full"), "today": day == today,
             "tomorrow": day == today + datetime.timedelta(days=1), "tasks": days[day]} for day in sorted(days)]


@field_work
@login_required
def field_home(request):
    """The sessions and events of the user today and in the coming days, grouped by day, each page
    kept on the device for offline use (so tomorrow's register can be kept the evening before)."""
    require(request, "accounts.do_field_work")
    today = timezone.localdate()
    device = request.field_device or device_for_token(request.COOKIES.get(cookie_name()))
    return render(request, "backoffice/field_home.html", {
        "days": _field_days(request, today), "today": today, "ahead": FIELD_DAYS - 1,
        "device": device if device is not None and device.user_id == request.user.pk else None,
        **_field_context(request, "home"),
    })


@field_work
@login_required
def field_session(request, pk: int, session_pk: int):
    """A session's register: present or absent, one tap per person, kept on the phone until sent."""
    programme, session, _runs = session_for_user(request, pk, session_pk, "programmes.manage_enrolments")
    registrations = list(session.registrations.select_related("person", "organization").order_by(
        "organization_id", "person__last_name_latin", "pk"))
    return render(request, "backoffice/field_session.html", {
        "programme": programme, "session": session, "registrations": registrations,
        "present": sum(1 for registration in registrations if registration.attended),
        **_field_context(request, "attendance", programme=programme.pk, session=session.pk),
    })


@field_work
@login_required
def field_check_in(request, pk: int):
    """Check-in at the door: everyone registered is on the page, found by name or by the ticket's
    QR code without the network."""
    event = event_for_user(request, pk, "events.manage_participants")
    participants = [(p, ticket_hash(p.token)) for p in event.participants.select_related("organization")
                    .order_by("full_name", "pk")]
    return render(request, "backoffice/field_check_in.html", {
        "event": event, "participants": participants,
        **_field_context(request, "check_in", event=event.pk),
    })


@field_work
@login_required
def field_visit(request, pk: int, enrolment_pk: int):
    """A coaching visit and its follow-up actions, typed offline, sent later."""
    programme, enrolment, _runs = enrolment_for_user(request, pk, enrolment_pk, "programmes.manage_enrolments")
    return render(request, "backoffice/field_visit.html", {
        "programme": programme, "enrolment": enrolment,
        "form": VisitForm(initial={"visited_on": timezone.localdate()}),
        "follow_ups": FollowUpFormSet(prefix="follow_up"),
        **_field_context(request, "visit", programme=programme.pk, enrolment=enrolment.pk,
                         label=enrolment.organization.display_name),
    })


@field_work
@login_required
def field_diagnosis(request, pk: int, enrolment_pk: int):
    """The needs diagnosis questionnaire, answered offline, sent later."""
    programme, enrolment, _runs = enrolment_for_user(request, pk, enrolment_pk, "programmes.manage_enrolments")
    form = DiagnosisForm(initial={"round": request.GET.get("round", DiagnosisRound.BASELINE),
                                  "done_on": timezone.localdate()})
    return render(request, "backoffice/field_diagnosis.html", {
        "programme": programme, "enrolment": enrolment, "form": form,
        **_field_context(request, "diagnosis", programme=programme.pk, enrolment=enrolment.pk,
                         label=enrolment.organization.display_name),
    })


def _json_error(status: int, message: str) -> JsonResponse:
    return JsonResponse({"error": status, "message": message}, status=status)


@field_work
@never_cache
@require_http_methods(["GET", "POST"])
def field_actions(request):
    """GET: a fresh CSRF token for the replay. POST {"actions": [{id, kind, payload, made_at}]}:
    each applied once, answered {"results": [{id, outcome, message, repeated}]}."""
    if not request.user.is_authenticated:
        return _json_error(401, _("Sign in again to send what is waiting on this device."))
    if not may(request, "accounts.do_field_work"):
        return _json_error(403, _("Your account may not send field work."))
    if request.method == "GET":
        return JsonResponse({"csrf": get_token(request), "batch": MAX_BATCH})
    try:
        actions = json.loads(request.body).get("actions")
    except (ValueError, AttributeError):
        actions = None
    if not isinstance(actions, list):
        return _json_error(400, _("This action cannot be read."))
    device = request.field_device or device_for_token(request.COOKIES.get(cookie_name()))
    if device is not None and device.user_id != request.user.pk:
        device = None
    return JsonResponse({"results": replay_batch(request, actions, device)})
