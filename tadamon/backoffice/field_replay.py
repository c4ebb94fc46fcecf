"""Replaying what a field device queued offline (docs/offline.md): each action goes through the
same access helper, form and domain function as the live page it stands for, once
(`tadamon.accounts.domain.field_actions.receive`). Each answer is one of:

- done: recorded (or it already was, by this user);
- conflict: not recorded because the record changed meanwhile (someone checked the person in or
  marked them after this action was made, the session was closed by its certificates, the
  organisation withdrew, the person is no longer registered), with a message saying so;
- refused: the user may not do it (the permission, asked again), or the data is not valid.
"""

from datetime import UTC, datetime

from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, QueryDict
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from django.utils.translation import gettext as _

from tadamon.accounts.access import enrolment_for_user, event_for_user, session_for_user
from tadamon.accounts.domain.field_actions import parse_client_id, receive
from tadamon.accounts.enums import FieldActionKind, FieldOutcome
from tadamon.backoffice.programme_forms import DiagnosisForm, FollowUpFormSet, VisitForm
from tadamon.common.params import parse_id
from tadamon.events.domain import events as event_domain
from tadamon.events.models import Participant
from tadamon.programmes.domain import coaching as coaching_domain
from tadamon.programmes.domain import diagnosis as diagnosis_domain
from tadamon.programmes.domain import training as training_domain
from tadamon.programmes.enums import BatchStatus, EnrolmentStatus
from tadamon.programmes.models import Enrolment, Registration

MAX_BATCH = 100
DONE, CONFLICT, REFUSED = FieldOutcome.DONE, FieldOutcome.CONFLICT, FieldOutcome.REFUSED


def replay_batch(request, actions: list, device=None) -> list[dict]:
    return [replay_one(request, action, device) for action in actions[:MAX_BATCH]]


def replay_one(request, action, device=None) -> dict:
    if not isinstance(action, dict):
        return {"id": None, "outcome": REFUSED, "message": _("This action cannot be read."), "repeated": False}
    client_id = parse_client_id(action.get("id"))
    kind = action.get("kind")
    payload = action.get("payload")
    if client_id is None or kind not in APPLY or not isinstance(payload, dict):
        return {"id": action.get("id") if isinstance(action.get("id"), str) else None, "outcome": REFUSED,
                "message": _("This action cannot be read."), "repeated": False}
    made_at = _made_at(action.get("made_at"))
    return receive(request.user, client_id=client_id, kind=kind, made_at=made_at, device=device,
                   apply=lambda: _apply(APPLY[kind], request, payload, made_at))


def _made_at(value) -> datetime | None:
    """When the device says the action was made; never later than now (a clock ahead)."""
    parsed = parse_datetime(value) if isinstance(value, str) else None
    if parsed is None:
        return None
    if timezone.is_naive(parsed):
        parsed = timezone.make_aware(parsed, UTC)
    return min(parsed, timezone.now())


def _apply(function, request, payload, made_at) -> tuple[str, str]:
    try:
        return function(request, payload, made_at)
    except (PermissionDenied, Http404):
        return REFUSED, _("You may not do this (any more): it was not recorded.")
    except ValidationError as exc:
        return CONFLICT, " ".join(exc.messages)


def _id(payload: dict, name: str) -> int:
    number = parse_id(payload.get(name))
    if number is None:
        raise Http404(name)
    return number


def _withdrawn(programme, organization_id) -> bool:
    return Enrolment.objects.filter(programme=programme, organization_id=organization_id,
                                    status=EnrolmentStatus.WITHDRAWN).exists()


# --- Attendance ----------------------------------------------------------------------------------

def _attendance(request, payload, made_at):
    programme, session, _runs = session_for_user(request, _id(payload, "programme"), _id(payload, "session"),
                                                 "programmes.manage_enrolments")
    registration = (Registration.objects.select_related("person", "organization", "session", "marked_by")
                    .filter(pk=_id(payload, "registration"), session=session).first())
    if registration is None:
        return CONFLICT, _("This person is no longer registered for the session; the mark was not recorded.")
    if not isinstance(payload.get("attended"), bool):
        raise Http404("attended")
    attended, name = payload["attended"], registration.person.full_name
    if session.certificate_batches.filter(status=BatchStatus.DONE).exists():
        return CONFLICT, _("The session is closed: its certificates were issued from the register. "
                           "%(name)s was not marked.") % {"name": name}
    if _withdrawn(programme, registration.organization_id):
        return CONFLICT, _("%(name)s’s organisation has withdrawn from the programme; the mark was not "
                           "recorded.") % {"name": name}
    if _marked_since(registration, made_at, request.user) and registration.attended != attended:
        return CONFLICT, _marked_since_message(registration)
    training_domain.mark_attendance(registration, attended=attended, user=request.user)
    return DONE, ""


def _marked_since(registration, made_at, user) -> bool:
    """Someone else marked the person after this action was made on the device: theirs stands."""
    return (made_at is not None and registration.marked_at is not None and registration.marked_at > made_at
            and registration.marked_by_id != user.pk)


def _marked_since_message(registration) -> str:
    state = _("present") if registration.attended else _("absent")
    who = registration.marked_by.get_username() if registration.marked_by else "—"
    return _("%(name)s was marked %(state)s by %(user)s at %(time)s, after your mark; theirs is kept.") % {
        "name": registration.person.full_name, "state": state, "user": who,
        "time": timezone.localtime(registration.marked_at).strftime("%H:%M")}


# --- Check-in ------------------------------------------------------------------------------------

def _check_in(request, payload, made_at):
    event = event_for_user(request, _id(payload, "event"), "events.manage_participants")
    participant = Participant.objects.filter(pk=_id(payload, "participant"), event=event).first()
    if participant is None:
        return CONFLICT, _("This person is no longer registered for the event; the check-in was not recorded.")
    try:
        event_domain.check_in(participant, user=request.user)
    except event_domain.AlreadyCheckedIn as exc:
        if participant.checked_in_by_id == request.user.pk:  # checked in by this user already
            return DONE, ""
        return CONFLICT, " ".join(exc.messages)
    return DONE, ""


# --- Coaching visit and diagnosis: the live pages' forms, bound to what was typed ----------------

def _form_data(payload) -> QueryDict:
    """The fields as the form posted them: a list of [name, value] pairs."""
    data = QueryDict(mutable=True)
    pairs = payload.get("data")
    if not isinstance(pairs, list):
        raise Http404("data")
    for pair in pairs:
        if isinstance(pair, list) and len(pair) == 2 and all(isinstance(part, str) for part in pair):
            data.appendlist(pair[0], pair[1])
    return data


def _errors(*forms) -> str:
    messages = []
    for form in forms:
        for name, errors in form.errors.items():
            label = form.fields[name].label if name in form.fields else ""
            messages.extend(f"{label}: {error}" if label else str(error) for error in errors)
    return " ".join(messages)


def _enrolment(request, payload, refused_message):
    programme, enrolment, _runs = enrolment_for_user(request, _id(payload, "programme"), _id(payload, "enrolment"),
                                                     "programmes.manage_enrolments")
    if enrolment.status == EnrolmentStatus.WITHDRAWN:
        raise ValidationError(refused_message % {"name": enrolment.organization.display_name})
    return programme, enrolment


def _visit(request, payload, made_at):
    _programme, enrolment = _enrolment(request, payload, _(
        "%(name)s has withdrawn from the programme; the visit was not recorded."))
    data = _form_data(payload)
    form, follow_ups = VisitForm(data), FollowUpFormSet(data, prefix="follow_up")
    if not (form.is_valid() and follow_ups.is_valid()):
        formset_errors = [f for f in follow_ups.forms if f.errors]
        return REFUSED, _("The visit was not recorded: %(errors)s") % {"errors": _errors(form, *formset_errors)}
    coaching_domain.record_visit(enrolment, fields=form.cleaned_data, user=request.user,
                                 follow_ups=[f.cleaned_data for f in follow_ups if f.cleaned_data.get("action")])
    return DONE, ""


def _diagnosis(request, payload, made_at):
    _programme, enrolment = _enrolment(request, payload, _(
        "%(name)s has withdrawn from the programme; the diagnosis was not recorded."))
    form = DiagnosisForm(_form_data(payload))
    if not form.is_valid():
        return REFUSED, _("The diagnosis was not recorded: %(errors)s") % {"errors": _errors(form)}
    diagnosis_domain.record_diagnosis(enrolment, round=form.cleaned_data["round"], answers=form.answers(),
                                      done_on=form.cleaned_data["done_on"], notes=form.cleaned_data["notes"],
                                      user=request.user)
    return DONE, ""


APPLY = {
    FieldActionKind.ATTENDANCE: _attendance,
    FieldActionKind.CHECK_IN: _check_in,
    FieldActionKind.VISIT: _visit,
    FieldActionKind.DIAGNOSIS: _diagnosis,
}
