"""Back-office pages of events: list, create, edit, the event's page with its attendance
figures and participants, adding participants, and check-in on a phone (by name or by QR code)."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db.models import Prefetch
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from tadamon.backoffice.event_forms import EventForm, ParticipantForm
from tadamon.backoffice.views import require, saved
from tadamon.common.htmx import is_htmx
from tadamon.events.domain import events as event_domain
from tadamon.events.models import Event, Participant

PAGE_SIZE = 50


def event_for_user(request, pk: int, permission: str = "events.view_event") -> Event:
    event = get_object_or_404(Event.objects.prefetch_related(Prefetch("staff", to_attr="staff_members")), pk=pk)
    event.staff_ids = {member.pk for member in event.staff_members}
    require(request, "events.view_event", event)
    if permission != "events.view_event":
        require(request, permission, event)
    return event


def visible_participants(request, event):
    """Staff running the event, admins and officers see everyone; a manager sees their own
    organisation's people only."""
    participants = event.participants.select_related("organization")
    if request.user.has_perm("events.manage_participants", event) or request.user.is_officer:
        return participants
    return participants.filter(organization_id=request.user.organization_id)


@login_required
def event_list(request):
    require(request, "events.list_events")
    events = Event.objects.select_related("province").order_by("-starts_at", "pk")
    page = Paginator(events, PAGE_SIZE).get_page(request.GET.get("page"))
    return render(request, "backoffice/event_list.html", {"page_obj": page})


@login_required
def event_create(request):
    require(request, "events.add_event")
    form = EventForm(request.POST or None)
    event = request.method == "POST" and form.is_valid() and saved(form, lambda: event_domain.create_event(
        fields=form.event_fields(), relations=form.relations(), user=request.user))
    if event:
        messages.success(request, _("Event created."))
        return redirect("backoffice:event", event.pk)
    return render(request, "backoffice/event_form.html", {"form": form, "event": None})


@login_required
def event_edit(request, pk: int):
    event = event_for_user(request, pk, "events.change_event")
    form = EventForm(request.POST or None, instance=event)
    if request.method == "POST" and form.is_valid() and saved(form, lambda: event_domain.update_event(
            event, fields=form.event_fields(), relations=form.relations(),
            expected_version=form.cleaned_data["version"] or 0, user=request.user)):
        messages.success(request, _("Changes saved."))
        return redirect("backoffice:event", event.pk)
    return render(request, "backoffice/event_form.html", {"form": form, "event": event})


@login_required
def event_detail(request, pk: int):
    event = event_for_user(request, pk)
    can_manage = request.user.has_perm("events.manage_participants", event)
    participants = visible_participants(request, event).order_by("full_name", "pk")
    page = Paginator(participants, PAGE_SIZE).get_page(request.GET.get("page"))
    form = ParticipantForm(request.POST or None) if can_manage else None
    if request.method == "POST":
        if form is None:
            raise Http404
        if form.is_valid() and saved(form, lambda: event_domain.register(event, user=request.user,
                                                                         **form.cleaned_data)):
            messages.success(request, _("%(name)s registered.") % {"name": form.cleaned_data["full_name"]})
            return redirect("backoffice:event", event.pk)
    return render(request, "backoffice/event_detail.html", {
        "event": event, "page_obj": page, "form": form, "can_manage": can_manage,
        "figures": event_domain.attendance_figures(event),
    })


@login_required
def event_check_in(request, pk: int):
    """Check-in at the door on a phone: type a few letters of a name, tap the person."""
    event = event_for_user(request, pk, "events.manage_participants")
    query = request.GET.get("q", "").strip()
    found = list(event_domain.search_participants(event, query)[:20]) if len(query) >= 2 else []
    context = {"event": event, "query": query, "found": found, "figures": event_domain.attendance_figures(event)}
    template = "backoffice/event_check_in.html#results" if is_htmx(request) else "backoffice/event_check_in.html"
    return render(request, template, context)


@login_required
@require_POST
def event_check_in_participant(request, pk: int, participant_pk: int):
    event = event_for_user(request, pk, "events.manage_participants")
    participant = get_object_or_404(Participant, pk=participant_pk, event=event)
    error = ""
    try:
        event_domain.check_in(participant, user=request.user)
    except ValidationError as exc:
        error = " ".join(exc.messages)
    if is_htmx(request):
        return render(request, "backoffice/event_check_in.html#person",
                      {"event": event, "participant": participant, "error": error})
    (messages.error if error else messages.success)(request, error or _("%(name)s checked in.") % {
        "name": participant.full_name})
    return redirect("backoffice:event_check_in", event.pk)


@login_required
def event_check_in_token(request, pk: int, token: str):
    """Where a scanned ticket leads: who it is, and one big button to check them in."""
    event = event_for_user(request, pk, "events.manage_participants")
    participant = get_object_or_404(Participant.objects.select_related("organization"), event=event, token=token)
    return render(request, "backoffice/event_check_in_token.html", {"event": event, "participant": participant})
