"""Public pages of events: list with filters, month calendar, event page, registration and the
entry ticket with its QR code. They never show who registered."""

import calendar
import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from tadamon.common.page_cache import cached_for_anonymous
from tadamon.common.qr import qr_svg
from tadamon.common.ratelimits import limited
from tadamon.events.domain.events import register
from tadamon.events.domain.queries.exhibitors import exhibitors_of, fair_figures, stand_plan
from tadamon.events.domain.queries.meetings import public_meeting
from tadamon.events.models import Event, Participant
from tadamon.notifications import Recipient, notify
from tadamon.public.forms import EventFilterForm, EventRegistrationForm

PAGE_SIZE = 20


@cached_for_anonymous()
def event_list(request):
    form = EventFilterForm(request.GET or None)
    events = Event.objects.select_related("province__region")
    data = form.cleaned_data if form.is_valid() else {}
    now = timezone.now()
    when = data.get("when") or "upcoming"
    if when == "upcoming":
        events = events.filter(ends_at__gte=now).order_by("starts_at", "pk")
    elif when == "past":
        events = events.filter(ends_at__lt=now).order_by("-starts_at", "pk")
    if data.get("kind"):
        events = events.filter(kind=data["kind"])
    if data.get("region"):
        events = events.filter(province__region=data["region"])
    page = Paginator(events, PAGE_SIZE).get_page(request.GET.get("page"))
    return render(request, "public/event_list.html", {"form": form, "page_obj": page, "when": when})


def event_calendar(request):
    """A month of events; ?month=2015-10. Each event shows on every day it runs."""
    try:
        first = datetime.date.fromisoformat(request.GET.get("month", "") + "-01")
    except ValueError:
        first = timezone.localdate().replace(day=1)
    last = first.replace(day=calendar.monthrange(first.year, first.month)[1])
    events = list(Event.objects.filter(starts_at__date__lte=last, ends_at__date__gte=first).order_by("starts_at"))
    weeks = []
    for week in calendar.Calendar(firstweekday=0).monthdatescalendar(first.year, first.month):
        weeks.append([{"date": day, "in_month": day.month == first.month,
                       "events": [e for e in events if timezone.localdate(e.starts_at) <= day
                                  <= timezone.localdate(e.ends_at)]} for day in week])
    previous = (first - datetime.timedelta(days=1)).replace(day=1)
    following = last + datetime.timedelta(days=1)
    return render(request, "public/event_calendar.html", {
        "month": first, "weeks": weeks, "events": events, "weekdays": [week_day["date"] for week_day in weeks[0]],
        "previous": previous.strftime("%Y-%m"), "following": following.strftime("%Y-%m"),
    })


@limited("event_registration", "POST")
@cached_for_anonymous()  # while registration is open its form has a token: never cached
def event_detail(request, pk: int):
    event = get_object_or_404(Event.objects.select_related("province__region").prefetch_related(
        "organisers", "partners"), pk=pk)
    can_register = event.registration_open and not event.is_past
    form = EventRegistrationForm(request.POST or None) if can_register else None
    if request.method == "POST" and form is not None and form.is_valid():
        try:
            participant = register(event, role="visitor", **form.cleaned_data)
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            _send_ticket(request, participant)
            return redirect("public:event_ticket", event.pk, participant.token)
    seats_left = None
    if event.capacity is not None:
        seats_left = max(0, event.capacity - event.participants.count())
    return render(request, "public/event_detail.html",
                  {"event": event, "form": form, "seats_left": seats_left, **_exhibitors_context(event),
                   "meeting": public_meeting(event)})


def _exhibitors_context(event) -> dict:
    """The fair's exhibitors grouped by province, their figures and the stands by zone."""
    exhibitors = list(exhibitors_of(event))
    return {"exhibitors": exhibitors, "fair_figures": fair_figures(exhibitors),
            "stand_plan": stand_plan(event, exhibitors) if exhibitors else []}


def event_ticket(request, pk: int, token: str):
    """The entry ticket: the QR code staff scan at the door. Reached only with its secret token."""
    participant = get_object_or_404(Participant.objects.select_related("event"), event_id=pk, token=token)
    return render(request, "public/event_ticket.html", {
        "participant": participant, "event": participant.event, "qr": qr_svg(check_in_url(participant)),
    })


def check_in_url(participant) -> str:
    """What the ticket's QR code holds: short, language-neutral; staff land on the check-in page."""
    return settings.SITE_URL.rstrip("/") + reverse("ticket_short", args=[participant.token])


def ticket_short(request, token: str):
    """/t/<token>, scanned at the door: the staff check-in page of that participant."""
    participant = get_object_or_404(Participant, token=token)
    with translation.override(translation.get_language_from_request(request)):
        return redirect("backoffice:event_check_in_token", participant.event_id, token)


def _send_ticket(request, participant) -> None:
    if not participant.email:
        return
    url = request.build_absolute_uri(reverse("public:event_ticket", args=[participant.event_id, participant.token]))
    notify("event_ticket", Recipient(email=participant.email, language=translation.get_language() or "ar",
                                     channel="email", name=participant.full_name), {
        "subject": _("Your entry to %(event)s") % {"event": participant.event},
        "text": _("Hello %(name)s,\n\nYou are registered for %(event)s (%(date)s, %(venue)s, %(city)s).\n"
                  "Show the QR code of this page at the entrance:\n%(url)s\n\nTadamon") % {
            "name": participant.full_name, "event": participant.event,
            "date": timezone.localtime(participant.event.starts_at).strftime("%d/%m/%Y %H:%M"),
            "venue": participant.event.venue, "city": participant.event.city, "url": url},
    })
