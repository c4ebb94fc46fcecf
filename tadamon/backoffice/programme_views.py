"""Back-office pages of programmes: list, create, edit, detail with enrolments, enrol, status."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db.models import Case, Count, F, Q, Value, When
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from tadamon.academy.domain.queries.progress import programme_summary as programme_academy_summary
from tadamon.accounts.access import enrolment_for_user, may, programme_for_user, session_for_user
from tadamon.backoffice.programme_forms import (
    DiagnosisForm,
    EnrolmentStatusForm,
    FollowUpFormSet,
    PlanActionForm,
    ProgrammeForm,
    SessionForm,
    VisitForm,
)
from tadamon.backoffice.views import require, saved
from tadamon.common.htmx import is_htmx
from tadamon.common.numbers import format_number
from tadamon.common.params import id_list_param, id_param, posted_object_or_404
from tadamon.events.domain.queries.events import with_attendance
from tadamon.events.models import Event
from tadamon.programmes.domain import coaching as coaching_domain
from tadamon.programmes.domain import diagnosis as diagnosis_domain
from tadamon.programmes.domain import page_figures
from tadamon.programmes.domain import programmes as programme_domain
from tadamon.programmes.domain import training as training_domain
from tadamon.programmes.domain.queries.diagnoses import enrolment_diagnoses
from tadamon.programmes.domain.queries.programmes import programmes_for, with_figures
from tadamon.programmes.domain.queries.sessions import sessions_with_attendance
from tadamon.programmes.enums import DiagnosisRound, EnrolmentStatus
from tadamon.programmes.models import Certificate, CoachingVisit, Enrolment, PlanAction, Registration, Session
from tadamon.programmes.questionnaire import WEAK_BELOW
from tadamon.registry.domain.queries.directory import DirectoryFilters, directory, ordering
from tadamon.registry.models import Organization

ENROLMENTS_PAGE_SIZE = 50


@login_required
def programme_list(request):
    require(request, "programmes.list_programmes")
    programmes = with_figures(programmes_for(request.user))
    return render(request, "backoffice/programme_list.html", {"programmes": programmes})


@login_required
def programme_create(request):
    require(request, "programmes.add_programme")
    form = ProgrammeForm(request.POST or None)
    programme = request.method == "POST" and form.is_valid() and saved(
        form, lambda: programme_domain.create_programme(
            fields=form.programme_fields(), relations=form.relations(), phases=form.phases(), user=request.user)
    )
    if programme:
        messages.success(request, _("Programme created."))
        return redirect("backoffice:programme", programme.pk)
    return render(request, "backoffice/programme_form.html", {"form": form, "programme": None})


@login_required
def programme_edit(request, pk: int):
    programme = programme_for_user(request, pk, "programmes.change_programme", figures=True)
    form = ProgrammeForm(request.POST or None, instance=programme)
    if request.method == "POST" and form.is_valid() and saved(form, lambda: programme_domain.update_programme(
        programme, fields=form.programme_fields(), relations=form.relations(),
        expected_version=form.cleaned_data["version"] or 0, user=request.user,
    )):
        messages.success(request, _("Changes saved."))
        return redirect("backoffice:programme", programme.pk)
    return render(request, "backoffice/programme_form.html", {"form": form, "programme": programme})


SHOWN_FIRST = 10  # rows of a long list on a programme's page; ?all=<list> shows the whole list
WHOLE_LIST_PAGE_SIZE = 50  # ... by pages of this many (?list_page=N): a national programme has 80,000 sessions


def first_rows(request, name: str, queryset) -> dict:
    """A long list of the programme's page: its first rows and how many there are, or, when
    ?all=<name> asks for it, the whole list a page at a time. Two queries either way."""
    if request.GET.get("all") == name:
        page = Paginator(queryset, WHOLE_LIST_PAGE_SIZE).get_page(request.GET.get("list_page"))
        return {"rows": list(page), "count": page.paginator.count, "all": True, "page": page}
    return {"rows": list(queryset[:SHOWN_FIRST]), "count": queryset.count(), "all": False}


def upcoming_first(queryset):
    """Sessions or events not over yet first, the soonest first; then those over, the latest first."""
    coming = Q(ends_at__gt=timezone.now())
    return queryset.order_by(Case(When(coming, then=Value(0)), default=Value(1)),
                             Case(When(coming, then=F("starts_at"))), "-starts_at", "pk")


@login_required
def programme_detail(request, pk: int):
    programme = programme_for_user(request, pk, figures=True)
    status = request.GET.get("status", "")
    enrolments = (
        Enrolment.objects.filter(programme=programme)
        .select_related("organization__province", "phase")
        .order_by(*[f"organization__{field}" for field in ordering()])
    )
    if status in EnrolmentStatus.values:
        enrolments = enrolments.filter(status=status)
    visits = CoachingVisit.objects.filter(enrolment__programme=programme)
    if not may(request, "programmes.view_all_enrolled", programme):
        enrolments = enrolments.filter(organization_id=request.user.organization_id)
        visits = visits.filter(enrolment__organization_id=request.user.organization_id)
    # The whole list of enrolments when a status, a page or all of them is asked for; else its first rows.
    whole_list = bool(status or request.GET.get("page") or request.GET.get("all") == "enrolments")
    page = Paginator(enrolments, ENROLMENTS_PAGE_SIZE if whole_list else SHOWN_FIRST).get_page(request.GET.get("page"))
    breakdown = page_figures.enrolments(programme)
    cohort = diagnosis_domain.cohort_profile(programme)
    sessions = sessions_with_attendance(
        upcoming_first(Session.objects.filter(programme=programme).select_related("module", "province")))
    phases = [(phase, breakdown["by_phase"].get(phase.pk, 0)) for phase in programme.phases.all()]
    context = {
        "programme": programme, "page_obj": page, "status": status, "breakdown": breakdown, "phases": phases,
        "now": timezone.now(),  # a session still to come has no attendance yet: "—", not 0
        "cohort": cohort, "weak_below": WEAK_BELOW, "whole_list": whole_list,
        "sessions": first_rows(request, "sessions", sessions),
        "visits": first_rows(request, "visits", visits.select_related("enrolment__organization", "coach")
                             .order_by("-visited_on", "-pk")),
        "training": page_figures.training(programme),
        "events": first_rows(request, "events", with_attendance(upcoming_first(programme.events.all()))),
        "coaching": coaching_domain.coaching_figures(programme),
        "academy": (programme_academy_summary(programme) if may(request, "academy.list_progress") else None),
        "can_manage": may(request, "programmes.manage_enrolments", programme),
        "can_change": may(request, "programmes.change_programme", programme),
    }
    return render(request, "backoffice/programme_detail.html", context)


@login_required
def enrol_search(request, pk: int):
    """Organisations matching a name that are not in the programme yet (htmx, top 10)."""
    programme = programme_for_user(request, pk, "programmes.manage_enrolments")
    query = request.GET.get("q", "").strip()
    candidates = []
    if len(query) >= 2:
        already = Enrolment.objects.filter(programme=programme).values("organization_id")
        base = Organization.objects.social_economy().exclude(pk__in=already)
        candidates = list(directory(DirectoryFilters(q=query), base=base)[:10])
    return render(request, "backoffice/enrol_candidates.html",
                  {"programme": programme, "candidates": candidates, "query": query})


@login_required
@require_POST
def enrol(request, pk: int):
    programme = programme_for_user(request, pk, "programmes.manage_enrolments")
    organization = posted_object_or_404(Organization.objects.all(), request.POST, "organization")
    status = request.POST.get("status", EnrolmentStatus.ENROLLED)
    try:
        programme_domain.enrol(programme, organization, status=status, user=request.user)
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    else:
        messages.success(request, _("%(name)s is enrolled.") % {"name": organization.display_name})
    return redirect("backoffice:programme", programme.pk)


@login_required
def enrolment_status(request, pk: int, enrolment_pk: int):
    programme = programme_for_user(request, pk, "programmes.manage_enrolments")
    enrolment = get_object_or_404(Enrolment.objects.select_related("organization", "phase"),
                                  pk=enrolment_pk, programme=programme)
    initial = {"status": enrolment.status, "phase": enrolment.phase, "withdrawal_reason": enrolment.withdrawal_reason}
    form = EnrolmentStatusForm(request.POST or None, initial=initial, programme=programme)
    if request.method == "POST" and form.is_valid() and saved(form, lambda: programme_domain.change_status(
        enrolment, status=form.cleaned_data["status"], reason=form.cleaned_data["withdrawal_reason"],
        phase=form.cleaned_data["phase"], user=request.user,
    )):
        messages.success(request, _("Changes saved."))
        return redirect("backoffice:enrolment", programme.pk, enrolment.pk)
    template = "backoffice/enrolment_status.html#form" if is_htmx(request) else "backoffice/enrolment_status.html"
    return render(request, template, {"programme": programme, "enrolment": enrolment, "form": form})


@login_required
def enrolment_detail(request, pk: int, enrolment_pk: int):
    """Where one organisation stands in the programme: diagnoses, recommendations, plan."""
    programme, enrolment, runs = enrolment_for_user(request, pk, enrolment_pk)
    found = enrolment_diagnoses(enrolment)
    diagnoses, baseline, latest, profile = found["diagnoses"], found["baseline"], found["latest"], found["profile"]
    recommendations = diagnosis_domain.recommendations(baseline) if baseline else []
    context = {
        "programme": programme, "enrolment": enrolment, "can_manage": runs, "diagnoses": diagnoses,
        "profile": profile, "latest": latest, "weak_below": WEAK_BELOW,
        "recommendations": recommendations,
        "modules": training_domain.organization_modules(
            enrolment, recommended=[m for r in recommendations for m in r["modules"]]),
        "certificates": Certificate.objects.filter(programme=programme, organization=enrolment.organization)
        .order_by("holder_name_latin", "holder_name_ar", "pk"),
        "events": Event.objects.filter(participants__organization=enrolment.organization).annotate(
            people=Count("participants", filter=Q(participants__organization=enrolment.organization,
                                                  participants__checked_in_at__isnull=False)))
        .order_by("-starts_at"),
        "actions": enrolment.plan_actions.select_related("module").order_by("due_date", "pk"),
        "today": timezone.localdate(),
        "coaching": coaching_domain.enrolment_coaching(enrolment),
        "rounds_left": [r for r in DiagnosisRound.values if not any(
            d.round == r and d.phase_id == enrolment.phase_id for d in diagnoses)],
    }
    return render(request, "backoffice/enrolment_detail.html", context)


@login_required
def diagnosis_create(request, pk: int, enrolment_pk: int):
    programme, enrolment, _runs = enrolment_for_user(request, pk, enrolment_pk, "programmes.manage_enrolments")
    initial = {"round": request.GET.get("round", DiagnosisRound.BASELINE), "done_on": timezone.localdate()}
    form = DiagnosisForm(request.POST or None, initial=initial)
    diagnosis = request.method == "POST" and form.is_valid() and saved(form, lambda: diagnosis_domain.record_diagnosis(
        enrolment, round=form.cleaned_data["round"], answers=form.answers(), done_on=form.cleaned_data["done_on"],
        notes=form.cleaned_data["notes"], user=request.user,
    ))
    if diagnosis:
        messages.success(request, _("Diagnosis saved."))
        return redirect("backoffice:enrolment", programme.pk, enrolment.pk)
    return render(request, "backoffice/diagnosis_form.html", {"programme": programme, "enrolment": enrolment,
                                                              "form": form})


@login_required
def plan_action_edit(request, pk: int, enrolment_pk: int, action_pk: int):
    programme, enrolment, _runs = enrolment_for_user(request, pk, enrolment_pk, "programmes.manage_enrolments")
    action = get_object_or_404(PlanAction, pk=action_pk, enrolment=enrolment)
    form = PlanActionForm(request.POST or None, instance=action)
    if request.method == "POST" and form.is_valid() and saved(
        form, lambda: diagnosis_domain.update_plan_action(action, fields=form.cleaned_data, user=request.user)
    ):
        messages.success(request, _("Changes saved."))
        return redirect("backoffice:enrolment", programme.pk, enrolment.pk)
    return render(request, "backoffice/plan_action_form.html",
                  {"programme": programme, "enrolment": enrolment, "form": form})


@login_required
def session_create(request, pk: int):
    programme = programme_for_user(request, pk, "programmes.manage_enrolments")
    form = SessionForm(request.POST or None, programme=programme)
    session = request.method == "POST" and form.is_valid() and saved(form, lambda: training_domain.schedule_session(
        programme=programme, fields=form.session_fields(), trainers=list(form.cleaned_data["trainers"]),
        user=request.user,
    ))
    if session:
        messages.success(request, _("Session scheduled."))
        return redirect("backoffice:session", programme.pk, session.pk)
    return render(request, "backoffice/session_form.html", {"programme": programme, "form": form})


@login_required
def session_detail(request, pk: int, session_pk: int):
    """The session's register: attendance in one tap per person; members of enrolled organisations
    added by organisation. A manager sees only their own organisation's people."""
    programme, session, runs = session_for_user(request, pk, session_pk)
    registrations = session.registrations.select_related("person", "organization").order_by(
        "organization_id", "person__last_name_latin", "pk")
    if not may(request, "programmes.view_all_enrolled", programme):
        registrations = registrations.filter(organization_id=request.user.organization_id)
    # Whose members to register: the enrolled organisations of the session's province (sessions
    # are local), or those matching a name anywhere; never a list of every enrolled organisation.
    query = request.GET.get("q", "").strip()
    enrolled_ids = Enrolment.objects.filter(programme=programme, status__in=EnrolmentStatus.taking_part()).values(
        "organization_id")
    base = Organization.objects.filter(pk__in=enrolled_ids)
    pickable = (directory(DirectoryFilters(q=query), base=base)[:50] if query
                else base.filter(province_id=session.province_id).order_by(*ordering())[:200])
    chosen = id_param(request.GET, "organization")
    candidates = []
    if runs and chosen:
        already = session.registrations.values("person_id")
        candidates = (training_domain.eligible_memberships(session).filter(organization_id=chosen)
                      .exclude(person_id__in=already).select_related("person"))
    context = {
        "programme": programme, "session": session, "registrations": registrations, "can_manage": runs,
        "trainers": session.trainers.all(), "pickable": pickable if runs else [], "query": query, "chosen": chosen,
        "candidates": candidates, "seats_left": session.capacity - session.registrations.count(),
        "certified": Certificate.objects.filter(
            programme=programme, module=session.module_id,
            person__in=registrations.filter(attended=True).values("person_id")).count(),
        "present": registrations.filter(attended=True).count(),
    }
    return render(request, "backoffice/session_detail.html", context)


@login_required
@require_POST
def session_register(request, pk: int, session_pk: int):
    programme, session, _runs = session_for_user(request, pk, session_pk, "programmes.manage_enrolments")
    registered, refused = 0, []
    for membership in training_domain.eligible_memberships(session).filter(
        pk__in=id_list_param(request.POST, "membership")
    ).select_related("person"):
        try:
            training_domain.register(session, membership, user=request.user)
            registered += 1
        except ValidationError as exc:
            refused.append(f"{membership.person}: {' '.join(exc.messages)}")
    if registered:
        messages.success(request, ngettext("%(n)s person registered.", "%(n)s people registered.", registered)
                         % {"n": format_number(registered)})
    for message in refused:
        messages.error(request, message)
    return redirect("backoffice:session", programme.pk, session.pk)


@login_required
@require_POST
def session_attendance(request, pk: int, session_pk: int, registration_pk: int):
    """One tap: present (attended=1) or absent (attended=0). htmx gets the row back."""
    programme, session, runs = session_for_user(request, pk, session_pk, "programmes.manage_enrolments")
    registration = get_object_or_404(Registration.objects.select_related("person", "organization", "session"),
                                     pk=registration_pk, session=session)
    training_domain.mark_attendance(registration, attended=request.POST.get("attended") == "1", user=request.user)
    if is_htmx(request):
        return render(request, "backoffice/session_detail.html#row",
                      {"programme": programme, "session": session, "registration": registration, "can_manage": runs})
    return redirect("backoffice:session", programme.pk, session.pk)


@login_required
def visit_create(request, pk: int, enrolment_pk: int):
    programme, enrolment, _runs = enrolment_for_user(request, pk, enrolment_pk, "programmes.manage_enrolments")
    form = VisitForm(request.POST or None, initial={"visited_on": timezone.localdate()})
    follow_ups = FollowUpFormSet(request.POST or None, prefix="follow_up")
    visit = request.method == "POST" and form.is_valid() and follow_ups.is_valid() and saved(
        form, lambda: coaching_domain.record_visit(
            enrolment, fields=form.cleaned_data, user=request.user,
            follow_ups=[f.cleaned_data for f in follow_ups if f.cleaned_data.get("action")],
        ))
    if visit:
        messages.success(request, _("Visit recorded."))
        return redirect("backoffice:enrolment", programme.pk, enrolment.pk)
    return render(request, "backoffice/visit_form.html",
                  {"programme": programme, "enrolment": enrolment, "form": form, "follow_ups": follow_ups})
