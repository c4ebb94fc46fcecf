"""Back-office pages of calls for projects and awards: the calls (open ones with the reasons an
organisation may not apply), applying with budget lines and documents, the evaluator's blind
review, the ranking and decisions for those who run the call, and grants with their tranches."""

import datetime

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import FileResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from tadamon.accounts.access import application_for_user, call_for_user, grant_for_user, may, review_for_user
from tadamon.backoffice.award_forms import AwardEditionForm
from tadamon.backoffice.funding_forms import (
    ApplicationForm,
    BudgetLineFormSet,
    CallForm,
    ConflictForm,
    CriterionFormSet,
    DecisionOnApplicationForm,
    GrantReportForm,
    ReviewForm,
    TrancheForm,
)
from tadamon.backoffice.views import require, saved
from tadamon.common.concurrency import ConcurrentEditError
from tadamon.common.numbers import format_number
from tadamon.common.params import posted_object_or_404
from tadamon.funding.domain import calls as domain
from tadamon.funding.domain.queries.calls import calls_visible_to
from tadamon.funding.enums import ApplicationStatus, CallKind
from tadamon.funding.models import Application, ApplicationDocument, Grant, GrantReport, Review, Tranche


@login_required
def call_list(request):
    require(request, "funding.list_calls")
    user = request.user
    context = {"calls": calls_visible_to(user).select_related("sponsor"),
               "reviews": Review.objects.filter(evaluator=user).select_related("application__call",
                                                                                "application__organization")}
    if may(request, "funding.apply_to_call"):
        applications = list(Application.objects.filter(organization_id=user.organization_id)
                            .select_related("call", "grant"))
        applied = {a.call_id: a for a in applications}
        context["open_calls"] = [(call, reasons, applied.get(call.pk))
                                 for call, reasons in domain.open_calls_for(user.organization)]
        context["applications"] = applications
    context["can_add"] = may(request, "funding.add_call")
    return render(request, "backoffice/call_list.html", context)


@login_required
def call_edit(request, pk: int | None = None):
    """Open a call (programme staff: their organisation runs it) or change one they run."""
    call = call_for_user(request, pk, "funding.run_call") if pk else None
    if call is None:
        require(request, "funding.add_call")
    form = CallForm(request.POST or None, instance=call)
    initial = [{"name_fr": c.name_fr, "name_ar": c.name_ar, "weight": c.weight, "max_score": c.max_score}
               for c in call.criteria.all()] if call else []
    criteria = CriterionFormSet(request.POST or None, initial=initial, prefix="criteria")
    if request.method == "POST" and form.is_valid() and criteria.is_valid():
        rows = [c for c in criteria.cleaned_data if c.get("name_fr") or c.get("name_ar")]
        fields = form.call_fields()
        if call is None and not request.user.organization_id:  # an admin's: the ministry runs it
            fields["sponsor"] = domain.default_sponsor()
        done = saved(form, lambda: domain.save_call(
            fields=fields, criteria=rows, provinces=form.cleaned_data["provinces"],
            evaluators=form.cleaned_data["evaluators"], by=request.user, call=call))
        if done:
            messages.success(request, _("Call saved."))
            return redirect("backoffice:call", done.pk)
    return render(request, "backoffice/call_form.html", {"form": form, "criteria": criteria, "call": call},
                  status=400 if form.errors or criteria.total_error_count() else 200)


@login_required
def call_detail(request, pk: int):
    call = call_for_user(request, pk)
    runs = may(request, "funding.run_call", call)
    if request.method == "POST":
        require(request, "funding.run_call", call)
        created = domain.assign_panel(call)
        messages.success(request, ngettext("%(count)s review assigned.", "%(count)s reviews assigned.", created)
                         % {"count": format_number(created)})
        return redirect("backoffice:call", call.pk)
    context = {"call": call, "runs": runs, "is_open": domain.is_open(call)}
    context["can_apply"] = may(request, "funding.apply_to_call", call)
    if context["can_apply"]:
        context["reasons"] = domain.ineligibility(call, request.user.organization)
        context["own"] = Application.objects.filter(call=call, organization_id=request.user.organization_id).first()
    if runs:
        context["ranking"] = [(r, DecisionOnApplicationForm(initial={"version": r.application.version},
                                                            prefix=f"a{r.application.pk}"))
                              for r in domain.ranking(call)]
        context["evaluators"] = call.evaluators.all()
        context["award_form"] = AwardEditionForm.for_call(call) if call.kind == CallKind.AWARD else None
    return render(request, "backoffice/call_detail.html", context)


@login_required
def application_edit(request, call_pk: int):
    """The organisation's application to the call: created on the first save, a draft until sent."""
    call = call_for_user(request, call_pk, "funding.apply_to_call")
    application = Application.objects.filter(call=call, organization_id=request.user.organization_id).first()
    if application and application.status != ApplicationStatus.DRAFT:
        return redirect("backoffice:application", application.pk)
    refusals = domain.refusals_to_apply(call, request.user.organization) if application is None else []
    if refusals:
        for text in refusals:
            messages.error(request, text)
        return redirect("backoffice:call", call.pk)
    lines = ([{"label": line.label, "amount": line.amount_mad} for line in application.budget_lines.all()]
             if application else [])
    initial = {"title": application.title, "summary": application.summary,
               "version": application.version} if application else None
    form = ApplicationForm(request.POST or None, initial=initial)
    budget = BudgetLineFormSet(request.POST or None, initial=lines, prefix="lines")
    if request.method == "POST" and form.is_valid() and budget.is_valid():
        def save():
            saved_application = domain.save_draft(
                call=call, organization=request.user.organization, by=request.user, application=application,
                title=form.cleaned_data["title"], summary=form.cleaned_data["summary"],
                expected_version=form.cleaned_data["version"],
                lines=[(f["label"], f["amount"]) for f in budget.cleaned_data if f.get("label")])
            domain.attach_documents(saved_application, {
                name: request.FILES[f"document-{index}"] for index, name in enumerate(call.documents_required)
                if f"document-{index}" in request.FILES})
            if "submit" in request.POST:
                domain.submit(saved_application, by=request.user)
            return saved_application

        done = saved(form, save)
        if done:
            messages.success(request, _("Application sent.") if "submit" in request.POST else _("Draft saved."))
            return redirect("backoffice:application", done.pk)
    documents = {d.name: d for d in application.documents.all()} if application else {}
    return render(request, "backoffice/application_form.html", {
        "call": call, "form": form, "budget": budget, "application": application,
        "documents": [(i, name, documents.get(name)) for i, name in enumerate(call.documents_required)],
    }, status=400 if form.errors or budget.total_error_count() else 200)


@login_required
def application_detail(request, pk: int):
    application = application_for_user(request, pk)
    return render(request, "backoffice/application_detail.html", {
        "application": application, "lines": application.budget_lines.all(),
        "documents": application.documents.all(), "grant": Grant.objects.filter(application=application).first(),
        "can_edit": (application.status == ApplicationStatus.DRAFT
                     and may(request, "funding.edit_application", application)),
    })


@login_required
def application_document(request, pk: int, document_pk: int):
    application = application_for_user(request, pk)
    document = get_object_or_404(ApplicationDocument, pk=document_pk, application=application)
    return FileResponse(document.file.open("rb"), as_attachment=True, filename=document.file.name.rsplit("/", 1)[-1])


@login_required
@require_POST
def application_decide(request, pk: int):
    application = application_for_user(request, pk, "funding.decide_application")
    form = DecisionOnApplicationForm(request.POST, prefix=f"a{application.pk}")
    if form.is_valid():
        try:
            domain.decide(application, by=request.user, outcome=form.cleaned_data["outcome"],
                          amount=form.cleaned_data["amount"], reason=form.cleaned_data["reason"],
                          expected_version=form.cleaned_data["version"])
        except ValidationError as error:
            for text in error.messages:
                messages.error(request, f"{application.title}: {text}")
        except ConcurrentEditError:
            messages.error(request, _("Someone decided on «%(title)s» meanwhile; the page shows it now.")
                           % {"title": application.title})
        else:
            messages.success(request, _("Decision recorded."))
    else:
        messages.error(request, _("Choose a decision."))
    return redirect("backoffice:call", application.call_id)


@login_required
def review(request, pk: int):
    """The evaluator's review: scores and comments per criterion, or a conflict of interest. The
    others' scores show once every review that counts is in."""
    review = review_for_user(request, pk)
    criteria = list(review.application.call.criteria.all())
    posted = request.POST.get("action") if request.method == "POST" else None
    form = ReviewForm(request.POST if posted == "score" else None, criteria=criteria,
                      initial={f"score_{s.criterion_id}": s.score for s in review.scores.all()})
    conflict = ConflictForm(request.POST if posted == "conflict" else None)
    if posted == "score" and form.is_valid() and saved(form, lambda: domain.submit_scores(review, form.scores())):
        messages.success(request, _("Review submitted."))
        return redirect("backoffice:review", review.pk)
    if posted == "conflict" and conflict.is_valid() and saved(
            conflict, lambda: domain.declare_conflict(review, conflict.cleaned_data["conflict_note"])):
        messages.success(request, _("Conflict of interest recorded: the application is no longer yours to review."))
        return redirect("backoffice:calls")
    revealed = domain.scores_revealed_to(review)
    others = (review.application.reviews.exclude(pk=review.pk).filter(conflict=False)
              .prefetch_related("scores").select_related("evaluator") if revealed else [])
    return render(request, "backoffice/review_form.html", {
        "review": review, "application": review.application, "form": form, "conflict": conflict,
        "criteria": criteria, "revealed": revealed, "others": others,
        "lines": review.application.budget_lines.all(), "documents": review.application.documents.all(),
    }, status=400 if (posted and (form.errors or conflict.errors)) else 200)


@login_required
def grant_detail(request, pk: int):
    grant = grant_for_user(request, pk)
    manages = may(request, "funding.manage_grant", grant)
    reports = may(request, "funding.report_on_grant", grant)
    posted = request.POST.get("action") if request.method == "POST" else None
    if posted and not ({"tranche", "pay"} if manages else {"report"} if reports else set()) >= {posted}:
        raise PermissionDenied
    tranche_form = TrancheForm(request.POST if posted == "tranche" else None) if manages else None
    report_form = GrantReportForm(request.POST if posted == "report" else None,
                                  request.FILES if posted == "report" else None) if reports else None
    if posted == "tranche" and tranche_form.is_valid() and saved(tranche_form, lambda: domain.add_tranche(
            grant, **tranche_form.cleaned_data)):
        messages.success(request, _("Tranche added."))
        return redirect("backoffice:grant", grant.pk)
    if posted == "pay":
        tranche = posted_object_or_404(Tranche.objects.filter(grant=grant), request.POST, "tranche")
        try:
            domain.pay_tranche(tranche, paid_on=_date(request.POST.get("paid_on")))
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(request, _("Tranche marked paid."))
        return redirect("backoffice:grant", grant.pk)
    if posted == "report" and report_form.is_valid():
        domain.submit_report(grant, **report_form.cleaned_data, by=request.user)
        messages.success(request, _("Report sent."))
        return redirect("backoffice:grant", grant.pk)
    return render(request, "backoffice/grant_detail.html", {
        "grant": grant, "figures": domain.grant_figures(grant), "tranches": grant.tranches.all(),
        "reports": grant.reports.all(), "manages": manages, "tranche_form": tranche_form,
        "report_form": report_form,
    }, status=400 if posted and ((tranche_form and tranche_form.errors) or (report_form and report_form.errors))
        else 200)


@login_required
def grant_report(request, pk: int, report_pk: int):
    grant = grant_for_user(request, pk)
    report = get_object_or_404(GrantReport, pk=report_pk, grant=grant)
    return FileResponse(report.file.open("rb"), as_attachment=True, filename=report.file.name.rsplit("/", 1)[-1])


def _date(value: str | None) -> datetime.date:
    """The payment date typed, or today when none (or none readable) was given."""
    try:
        return datetime.date.fromisoformat(value or "")
    except ValueError:
        return timezone.localdate()
