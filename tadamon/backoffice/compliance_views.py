"""Back-office pages of compliance: a cooperative's annual declarations (its manager files them),
and for the supervising office who has not filed, the plan of inspections (riskiest first, with
why), and each inspection with its checklist, findings and follow-up."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from tadamon.backoffice.funding_forms import (
    ComplianceFilterForm,
    DeclarationForm,
    InspectionRecordForm,
    PlanInspectionForm,
)
from tadamon.backoffice.views import require, saved
from tadamon.common.i18n import by_name
from tadamon.common.params import posted_object_or_404, year_param
from tadamon.funding.domain import compliance as domain
from tadamon.funding.domain.queries import compliance as compliance_queries
from tadamon.funding.models import AnnualDeclaration, Finding, Inspection

PAGE_SIZE = 50


@login_required
def declarations(request):
    """The manager's own declarations, and the form of the year asked (?year=, the last closed one
    by default), filled with what was filed before."""
    require(request, "funding.file_declaration")
    organization = request.user.organization
    last = domain.last_closed_year()
    year = year_param(request.GET, default=last, first=domain.FIRST_DECLARATION_YEAR, last=last)
    existing = AnnualDeclaration.objects.filter(organization=organization, year=year).first()
    # A first declaration of the year starts from the member list: women and men counted.
    initial = None if existing else domain.members_at_year_end(organization, year)
    form = DeclarationForm(request.POST or None, instance=existing, initial=initial)
    if request.method == "POST" and form.is_valid():
        fields = {name: form.cleaned_data[name] for name in DeclarationForm.Meta.fields}
        if saved(form, lambda: domain.file_declaration(organization, year=year, by=request.user, **fields)):
            messages.success(request, _("Declaration %(year)s filed.") % {"year": year})
            return redirect(f"{request.path}?year={year}")
    return render(request, "backoffice/declarations.html", {
        "form": form, "year": year, "years": range(last, last - 5, -1), "due": domain.declaration_due(year),
        "filed": organization.declarations.all(), "existing": existing, "prefilled": initial is not None,
    }, status=400 if form.errors else 200)


@login_required
def compliance(request):
    require(request, "funding.supervise_compliance")
    last = domain.last_closed_year()
    filters = ComplianceFilterForm(request.GET or None, years=range(last, last - 5, -1))
    year, provinces = last, None
    if filters.is_valid():
        year = filters.cleaned_data["year"] or last
        provinces = [filters.cleaned_data["province"]] if filters.cleaned_data["province"] else None
    cooperatives = domain.cooperatives()
    missing = domain.not_filed(year)
    if provinces:
        cooperatives, missing = cooperatives.filter(province__in=provinces), missing.filter(province__in=provinces)
    plan = Paginator(compliance_queries.inspection_plan(year, provinces=provinces), PAGE_SIZE).get_page(request.GET.get("page"))
    today = timezone.localdate()
    rows = []
    for o in plan:
        codes = domain.reason_codes(o, year)  # stored as codes: each reader gets them in their language
        rows.append((o, [domain.reason_text(code) for code in codes], PlanInspectionForm(initial={
            "organization": o.pk, "planned_on": today, "reason": domain.stored_reason(codes)})))
    planned = list(Inspection.objects.filter(done_on__isnull=True).select_related("organization")
                   .order_by("planned_on")[:50])
    return render(request, "backoffice/compliance.html", {
        "filters": filters, "year": year, "cooperatives": cooperatives.count(), "missing_count": missing.count(),
        "missing": missing.select_related("province").order_by(by_name(), "pk")[:20],
        "plan": rows, "page_obj": plan,
        "planned": [(i, domain.explain_reason(i.reason)) for i in planned],
    })


@login_required
@require_POST
def inspection_plan(request):
    require(request, "funding.supervise_compliance")
    form = PlanInspectionForm(request.POST)
    if form.is_valid():
        organization = get_object_or_404(domain.cooperatives(), pk=form.cleaned_data["organization"])
        try:
            inspection = domain.plan_inspection(
                organization, authority=domain.authority_of(request.user), inspector=request.user,
                planned_on=form.cleaned_data["planned_on"], reason=form.cleaned_data["reason"])
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(request, _("Inspection of %(name)s planned.") % {"name": organization.display_name})
            return redirect("backoffice:inspection", inspection.pk)
    else:
        messages.error(request, _("Give the date of the inspection."))
    return redirect("backoffice:compliance")


@login_required
def inspection(request, pk: int):
    require(request, "funding.supervise_compliance")
    inspection = get_object_or_404(Inspection.objects.select_related("organization", "authority", "inspector"), pk=pk)
    form = InspectionRecordForm(request.POST or None, initial={"done_on": timezone.localdate()}) \
        if not inspection.done_on else None
    if request.method == "POST":
        if "finding" in request.POST:
            finding = posted_object_or_404(inspection.findings.all(), request.POST, "finding")
            try:
                domain.resolve_finding(finding, on=timezone.localdate())
            except ValidationError as error:
                messages.error(request, " ".join(error.messages))
            return redirect("backoffice:inspection", inspection.pk)
        if form is not None and form.is_valid() and saved(form, lambda: domain.record_inspection(
                inspection, done_on=form.cleaned_data["done_on"], checklist=form.checklist(),
                findings=form.cleaned_data["findings"].splitlines(), result=form.cleaned_data["result"],
                notes=form.cleaned_data["notes"], follow_up_due=form.cleaned_data["follow_up_due"])):
            messages.success(request, _("Inspection recorded."))
            return redirect("backoffice:inspection", inspection.pk)
    labels = dict(domain.CHECKLIST)
    # What earlier inspections of the cooperative found and is still not put right: what to look at again.
    earlier = (Finding.objects.filter(inspection__organization=inspection.organization, resolved_on__isnull=True)
               .exclude(inspection=inspection).select_related("inspection")
               .order_by("-inspection__done_on", "inspection", "pk"))
    return render(request, "backoffice/inspection.html", {
        "inspection": inspection, "form": form, "findings": inspection.findings.all(),
        "checklist": [(labels.get(key, key), done) for key, done in inspection.checklist.items()],
        "why": domain.explain_reason(inspection.reason), "open_findings": earlier,
        "today": timezone.localdate(),
    }, status=400 if form is not None and form.errors else 200)
