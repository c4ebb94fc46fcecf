"""Back-office pages of events: list, create, edit, the event's page with its attendance
figures and participants, adding participants, and check-in on a phone (by name or by QR code)."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.db.models import Count
from django.db.models.functions import Length
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from tadamon.accounts import audit
from tadamon.accounts.access import event_for_user, exhibitor_application_for_user, may
from tadamon.accounts.enums import AuditAction
from tadamon.backoffice.event_forms import (
    ApplicationForm,
    BudgetLineForm,
    DecisionForm,
    EventForm,
    LodgingForm,
    ParticipantForm,
    SalesForm,
    StandForm,
    TripForm,
)
from tadamon.backoffice.views import require, saved
from tadamon.common.files import XLSX_TYPE, with_filename
from tadamon.common.htmx import is_htmx
from tadamon.common.params import id_list_param, posted_object_or_404
from tadamon.events.domain import events as event_domain
from tadamon.events.domain import exhibitors, logistics
from tadamon.events.domain import report as report_domain
from tadamon.events.enums import ApplicationStatus
from tadamon.events.manifest_pdf import render_manifest
from tadamon.events.models import (
    Event,
    ExhibitorApplication,
    Lodging,
    Participant,
    SalesDeclaration,
    Stand,
    Trip,
)
from tadamon.events.report_files import report_pdf, report_xlsx

PAGE_SIZE = 50


def visible_participants(request, event):
    """Staff running the event, admins and officers see everyone; a manager sees their own
    organisation's people only."""
    participants = event.participants.select_related("organization")
    if may(request, "events.view_all_participants", event):
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
    can_manage = may(request, "events.manage_participants", event)
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
        "can_see_applications": may(request, "events.view_applications", event),
        "figures": event_domain.attendance_figures(event),
        "call_open": event.applications_close_on is not None and event.applications_close_on >= timezone.localdate(),
        "own_application": event.applications.filter(organization_id=request.user.organization_id).first()
        if may(request, "events.apply") else None,
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


# --- Call for exhibitors and stands -------------------------------------------------------------

@login_required
def event_apply(request, pk: int):
    """A cooperative's manager applies to exhibit, with the members who travel."""
    event = event_for_user(request, pk)
    require(request, "events.apply")
    organization = request.user.organization
    held = event.applications.filter(organization=organization).first()
    if held is not None:
        return redirect("backoffice:event_application", event.pk, held.pk)
    form = ApplicationForm(request.POST or None, organization=organization)
    application = request.method == "POST" and form.is_valid() and saved(form, lambda: exhibitors.apply(
        event, organization, products=form.cleaned_data["products"], stand_needs=form.cleaned_data["stand_needs"],
        travellers=form.travellers(), user=request.user))
    if application:
        messages.success(request, _("Application sent. You will see the decision here and receive it by e-mail."))
        return redirect("backoffice:event_application", event.pk, application.pk)
    return render(request, "backoffice/event_apply.html", {"event": event, "form": form})


@login_required
def event_applications(request, pk: int):
    event = event_for_user(request, pk, "events.view_applications")
    applications = (event.applications.select_related("organization__province", "stand")
                    .annotate(travelling=Count("travellers")).order_by("status", "submitted_at", "pk"))
    return render(request, "backoffice/event_applications.html", {
        "event": event, "applications": applications, "counts": exhibitors.application_counts(event)})


@login_required
def event_application(request, pk: int, application_pk: int):
    event, application = exhibitor_application_for_user(request, pk, application_pk)
    can_decide = may(request, "events.decide_applications", event)
    form = None
    if can_decide:
        form = DecisionForm(request.POST or None, initial={"version": application.version,
                                                           "status": application.status,
                                                           "decision_reason": application.decision_reason})
        if request.method == "POST" and form.is_valid() and saved(form, lambda: exhibitors.decide(
                application, status=form.cleaned_data["status"], reason=form.cleaned_data["decision_reason"],
                expected_version=form.cleaned_data["version"], user=request.user)):
            messages.success(request, _("Decision saved and sent to the applicant."))
            return redirect("backoffice:event_applications", event.pk)
    elif request.method == "POST":
        raise PermissionDenied
    return render(request, "backoffice/event_application.html", {
        "event": event, "application": application, "form": form,
        "travellers": application.travellers.select_related("person").order_by("pk"),
        "stand": Stand.objects.filter(application=application).first(),
    })


@login_required
def event_stands(request, pk: int):
    """The floor plan as a list: add stands, give each to a selected exhibitor (never twice)."""
    event = event_for_user(request, pk, "events.decide_applications")
    form = StandForm(request.POST if request.POST.get("action") == "add" else None)
    stand = form.is_bound and form.is_valid() and saved(form, lambda: exhibitors.add_stand(event, **form.cleaned_data))
    if stand:
        messages.success(request, _("Stand %(stand)s added.") % {"stand": stand})
        return redirect("backoffice:event_stands", event.pk)
    if request.POST.get("action") == "allocate":
        stand = posted_object_or_404(Stand.objects.filter(event=event), request.POST, "stand")
        application = (posted_object_or_404(ExhibitorApplication.objects.filter(event=event), request.POST,
                                             "application") if request.POST.get("application") else None)
        try:
            exhibitors.allocate_stand(stand, application)
        except ValidationError as exc:
            messages.error(request, " ".join(exc.messages))
        else:
            messages.success(request, _("Stand %(stand)s updated.") % {"stand": stand})
        return redirect("backoffice:event_stands", event.pk)
    # Natural order of numbers: 2 before 10.
    stands = event.stands.select_related("application__organization").order_by("zone", Length("number"), "number")
    waiting = (event.applications.filter(status=ApplicationStatus.SELECTED, stand__isnull=True)
               .select_related("organization").order_by("organization__name_latin"))
    return render(request, "backoffice/event_stands.html",
                  {"event": event, "stands": stands, "unplaced": waiting, "form": form})


# --- Logistics ------------------------------------------------------------------------------

LOGISTICS_FORMS = {"trip": (TripForm, logistics.add_trip), "lodging": (LodgingForm, logistics.add_lodging),
                   "line": (BudgetLineForm, logistics.add_budget_line)}


@login_required
def event_logistics(request, pk: int):
    """Budget planned against actual and who pays; trips and hotels with their load; add them."""
    event = event_for_user(request, pk, "events.manage_participants")
    action = request.POST.get("action", "")
    forms = {name: form_class(request.POST if action == name else None)
             for name, (form_class, _add) in LOGISTICS_FORMS.items()}
    if action in forms:
        form, add = forms[action], LOGISTICS_FORMS[action][1]
        if form.is_valid() and saved(form, lambda: add(event, **form.cleaned_data)):
            messages.success(request, _("Saved."))
            return redirect("backoffice:event_logistics", event.pk)
    return render(request, "backoffice/event_logistics.html", {
        "event": event, "budget": logistics.budget(event), "trips": logistics.trips_with_load(event),
        "lodgings": logistics.lodgings_with_load(event), "forms": forms, "action": action,
        "lines": event.budget_lines.select_related("paid_by"),
    })


def _booking(request, pk, booking_pk, model):
    event = event_for_user(request, pk, "events.manage_participants")
    booking = get_object_or_404(model, pk=booking_pk, event=event)
    return event, booking


def _booking_page(request, event, booking, *, kind, book, waiting, people, capacity, booked_message):
    """A bus's or a hotel's page: who is on it, and the members still waiting to put on it."""
    if request.method == "POST":
        chosen = Participant.objects.filter(event=event, pk__in=id_list_param(request.POST, "participant"))
        try:
            booked = book(booking, list(chosen))
        except ValidationError as exc:
            messages.error(request, " ".join(exc.messages))
        else:
            messages.success(request, booked_message % {"n": booked})
        return redirect(f"backoffice:event_{kind}", event.pk, booking.pk)
    return render(request, "backoffice/event_booking.html", {
        "event": event, "booking": booking, "kind": kind, "capacity": capacity, "waiting": waiting,
        "people": people.select_related("organization__province").order_by("full_name")})


@login_required
def event_trip(request, pk: int, trip_pk: int):
    """A bus: the members still needing transport, its own province first."""
    event, trip = _booking(request, pk, trip_pk, Trip)
    waiting = sorted(logistics.waiting_for_transport(event),
                     key=lambda p: (p.organization is None or p.organization.province_id != trip.origin_id,))
    return _booking_page(request, event, trip, kind="trip", book=logistics.book_seats, waiting=waiting,
                         people=trip.passengers, capacity=trip.seats, booked_message=_("%(n)d seats booked."))


@login_required
def event_lodging(request, pk: int, lodging_pk: int):
    event, lodging = _booking(request, pk, lodging_pk, Lodging)
    return _booking_page(request, event, lodging, kind="lodging", book=logistics.book_rooms,
                         waiting=logistics.waiting_for_lodging(event), people=lodging.guests,
                         capacity=lodging.places, booked_message=_("%(n)d places booked."))


@login_required
def event_manifest(request, pk: int, kind: str, booking_pk: int):
    """The printable list of a bus's passengers or a hotel's guests, to sign."""
    model = {"trip": Trip, "lodging": Lodging}.get(kind)
    if model is None:
        raise Http404
    event, booking = _booking(request, pk, booking_pk, model)
    people = (booking.passengers if kind == "trip" else booking.guests).select_related(
        "organization__province").order_by("full_name")
    if kind == "trip":
        subtitle = f"{event.name.text} — {booking.origin.name} → {event.city}"
    else:
        subtitle = f"{event.name.text} — " + _("%(nights)d nights, %(rooms)d rooms") % {
            "nights": booking.nights, "rooms": booking.rooms}
    pdf = render_manifest(title=str(booking), subtitle=subtitle, rows=[
        (p.full_name, p.display_organization, p.organization.province.name_fr if p.organization else "")
        for p in people])
    audit.record(AuditAction.EXPORT_PERSONAL, request=request, target=f"manifest {kind} {booking.pk}",
                 event=event.pk, people=len(people))
    response = HttpResponse(pdf, content_type="application/pdf")
    return with_filename(response, f"manifest-{kind}-{booking.pk}.pdf", inline=True)


# --- Sales and the post-event report ------------------------------------------------------

@login_required
def event_sales(request, pk: int):
    """An exhibitor's manager declares its sales and contacts; the event's staff and officers see them all."""
    event = event_for_user(request, pk)
    sees_all = may(request, "events.view_report", event)
    own = None
    if may(request, "events.declare_sales", event):
        own = event.applications.filter(organization_id=request.user.organization_id,
                                        status=ApplicationStatus.SELECTED).first()
    if own is None and not sees_all:
        raise PermissionDenied
    form = None
    if own is not None:
        held = SalesDeclaration.objects.filter(application=own).first()
        initial = {"sales_mad": held.sales_mad, "contacts": held.contacts, "orders": held.orders,
                   "notes": held.notes} if held else None
        form = SalesForm(request.POST or None, initial=initial)
        if request.method == "POST" and form.is_valid() and saved(form, lambda: report_domain.declare_sales(
                own, user=request.user, **form.cleaned_data)):
            messages.success(request, _("Thank you: your sales are recorded."))
            return redirect("backoffice:event_sales", event.pk)
    elif request.method == "POST":
        raise PermissionDenied
    declarations = (SalesDeclaration.objects.filter(application__event=event).select_related(
        "application__organization").order_by("-sales_mad") if sees_all else [])
    return render(request, "backoffice/event_sales.html", {
        "event": event, "form": form, "own": own, "declarations": declarations,
        "can_report": sees_all})


@login_required
def event_report_file(request, pk: int, file_format: str):
    """The post-event report, PDF or XLSX, in the page's language (Arabic right to left)."""
    event = event_for_user(request, pk, "events.view_report")
    report = report_domain.event_report(event)
    language = get_language() if get_language() in ("ar", "fr", "en") else "fr"
    if file_format == "pdf":
        content, content_type = report_pdf(report, language), "application/pdf"
    elif file_format == "xlsx":
        content = report_xlsx(report, language)
        content_type = XLSX_TYPE
    else:
        raise Http404
    response = HttpResponse(content, content_type=content_type)
    return with_filename(response, f"event-{event.pk}-report-{language}.{file_format}")
