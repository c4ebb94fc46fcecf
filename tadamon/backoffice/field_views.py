"""Field work without a connection (docs/offline.md): the day's sessions and events, a session's
register, check-in at a fair's door (by name or by the ticket's QR code), a coaching visit and a
needs diagnosis. Each page is opened online (or kept by the service worker when the day's list is
opened); what is done on it is queued on the device (static/offline/queue.js) and sent to
`field_actions`, which replays it through the live pages' rules (field_replay.py).

Every view here is `field_work`: a device kept signed in for the day opens them after the
30-minute idle limit has signed the session out (tadamon.accounts.middleware.FieldDeviceMiddleware).
"""

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
from tadamon.backoffice.field_replay import MAX_BATCH, replay_batch
from tadamon.backoffice.programme_forms import DiagnosisForm, FollowUpFormSet, VisitForm
from tadamon.events.models import Event
from tadamon.programmes.domain.queries.programmes import programmes_for
from tadamon.programmes.enums import DiagnosisRound
from tadamon.programmes.models import Session

DAY_LIMIT = 50


def ticket_hash(token: str) -> str:
    """What the check-in page holds of a ticket: its SHA-256, which the phone computes from the
    scanned code (the tickets themselves never sit on the device)."""
    return hashlib.sha256(token.encode()).hexdigest()


def _field_context(request, kind: str, **ids) -> dict:
    """What the page's script needs: where to send, what kind of action, which records."""
    return {"field_config": json.dumps({"endpoint": reverse("backoffice:field_actions"), "kind": kind, **ids})}


@field_work
@login_required
def field_home(request):
    """Today's sessions and events of the user, each page kept on the device for offline use."""
    require(request, "accounts.do_field_work")
    today = timezone.localdate()
    sessions = [s for s in Session.objects.filter(programme__in=programmes_for(request.user), starts_at__date=today)
                .select_related("programme", "module", "province").order_by("starts_at")[:DAY_LIMIT]
                if may(request, "programmes.manage_enrolments", s.programme)]
    events = list(Event.objects.filter(starts_at__date__lte=today, ends_at__date__gte=today)
                  .prefetch_related("staff").order_by("starts_at")[:DAY_LIMIT])
    for event in events:
        event.staff_ids = {member.pk for member in event.staff.all()}
    events = [event for event in events if may(request, "events.manage_participants", event)]
    device = request.field_device or device_for_token(request.COOKIES.get(cookie_name()))
    return render(request, "backoffice/field_home.html", {
        "sessions": sessions, "events": events, "today": today,
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
