"""Back-office pages of a meeting: its programme (agenda items), its minutes, and its
recommendations with who follows them up and their status. For whoever runs the event."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from tadamon.accounts.access import event_for_user
from tadamon.backoffice.meeting_forms import AgendaItemForm, MinutesForm, RecommendationForm, RecommendationStatusForm
from tadamon.backoffice.views import saved
from tadamon.events.domain import meetings
from tadamon.events.domain.queries.meetings import meeting_of
from tadamon.events.models import AgendaItem, Minutes, Recommendation

PERMISSION = "events.keep_minutes"


@login_required
def meeting(request, pk: int):
    event = event_for_user(request, pk, PERMISSION)
    return render(request, "backoffice/meeting_page.html", {"event": event, "meeting": meeting_of(event)})


@login_required
def agenda_item(request, pk: int, item_pk: int | None = None):
    """Add an item to the programme, or edit (or remove) one."""
    event = event_for_user(request, pk, PERMISSION)
    item = get_object_or_404(AgendaItem, pk=item_pk, event=event) if item_pk else None
    if item is not None and request.POST.get("action") == "remove":
        meetings.remove_agenda_item(item)
        messages.success(request, _("Item removed from the programme."))
        return redirect("backoffice:event_meeting", event.pk)
    form = AgendaItemForm(request.POST or None, instance=item or AgendaItem(event=event))
    if request.method == "POST" and form.is_valid() and saved(form, lambda: (
            meetings.update_agenda_item(item, fields=form.domain_fields(), user=request.user) if item
            else meetings.add_agenda_item(event, fields=form.domain_fields(), user=request.user))):
        messages.success(request, _("Saved."))
        return redirect("backoffice:event_meeting", event.pk)
    return render(request, "backoffice/meeting_form.html", {
        "event": event, "form": form, "item": item,
        "title": _("Edit the programme item") if item else _("Add to the programme")})


@login_required
def minutes(request, pk: int):
    event = event_for_user(request, pk, PERMISSION)
    held = Minutes.objects.filter(event=event).first()
    initial = {"version": held.version, "text_ar": held.text_ar, "text_fr": held.text_fr,
               "text_en": held.text_en} if held else None
    form = MinutesForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid() and saved(form, lambda: meetings.save_minutes(
            event, fields=form.domain_fields(), expected_version=form.cleaned_data["version"] or 0,
            user=request.user)):
        messages.success(request, _("Minutes saved."))
        return redirect("backoffice:event_meeting", event.pk)
    return render(request, "backoffice/meeting_form.html", {"event": event, "form": form, "title": _("Minutes")})


@login_required
def recommendation(request, pk: int, recommendation_pk: int | None = None):
    """Add a recommendation, or edit one and move its status (two forms on one page)."""
    event = event_for_user(request, pk, PERMISSION)
    held = (get_object_or_404(Recommendation.objects.select_related("follower"), pk=recommendation_pk, event=event)
            if recommendation_pk else None)
    if held is not None and request.POST.get("action") == "status":
        return _move(request, event, held)
    form = RecommendationForm(request.POST or None, instance=held or Recommendation(event=event), event=event)
    if request.method == "POST" and form.is_valid() and saved(form, lambda: (
            meetings.update_recommendation(held, fields=form.domain_fields(),
                                           expected_version=form.cleaned_data["version"] or 0, user=request.user)
            if held else meetings.add_recommendation(event, fields=form.domain_fields(), user=request.user))):
        messages.success(request, _("Saved."))
        return redirect("backoffice:event_meeting", event.pk)
    status_form = RecommendationStatusForm(recommendation=held) if held else None
    return _recommendation_page(request, event, held, form, status_form)


def _move(request, event, held):
    status_form = RecommendationStatusForm(request.POST, recommendation=held)
    if status_form.is_valid() and saved(status_form, lambda: meetings.move_recommendation(
            held, status=status_form.cleaned_data["status"], reason=status_form.cleaned_data["drop_reason"],
            expected_version=status_form.cleaned_data["version"], user=request.user)):
        messages.success(request, _("Status changed: %(status)s.") % {"status": held.get_status_display()})
        return redirect("backoffice:event_meeting", event.pk)
    form = RecommendationForm(instance=held, event=event)
    return _recommendation_page(request, event, held, form, status_form)


def _recommendation_page(request, event, held, form, status_form):
    return render(request, "backoffice/meeting_recommendation.html", {
        "event": event, "recommendation": held, "form": form, "status_form": status_form})
