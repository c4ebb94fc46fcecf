"""Back-office pages of partnerships: the agreements a user's organisation is a party to (admins:
all), an agreement's page with its parties, commitments and their status, the support delivered
and the amendments; the programme staff of a party keep them up to date from that page."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db.models import Count
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from tadamon.accounts.access import agreement_for_user, commitment_for_user, may
from tadamon.backoffice.partnership_forms import (
    AgreementForm,
    AmendmentForm,
    CancelForm,
    CommitmentForm,
    PartyForm,
    SupportForm,
)
from tadamon.backoffice.views import require, saved
from tadamon.common.i18n import by_name
from tadamon.partnerships.domain import commitments as domain
from tadamon.partnerships.domain.queries.agreements import agreements_visible_to
from tadamon.partnerships.domain.queries.commitments import commitments_seen_by, with_progress
from tadamon.partnerships.domain.queries.support import support_seen_by
from tadamon.partnerships.enums import CommitmentStatus
from tadamon.partnerships.models import Agreement, Support
from tadamon.registry.models import Organization

PAGE_SIZE = 50


@login_required
def agreement_list(request):
    require(request, "partnerships.list_agreements")
    agreements = agreements_visible_to(request.user)
    late = with_progress(commitments_seen_by(request.user, agreements)).filter(
        status=CommitmentStatus.LATE).select_related("agreement", "debtor", "beneficiary").order_by("due_on")
    page = Paginator(agreements.annotate(parties_count=Count("parties")).order_by("-signed_on", "reference"),
                     PAGE_SIZE).get_page(request.GET.get("page"))
    return render(request, "backoffice/agreement_list.html", {
        "page_obj": page, "late": late[:20], "can_add": may(request, "partnerships.add_agreement"),
        "can_see_portfolio": may(request, "partnerships.view_a_portfolio")})


@login_required
def agreement_create(request):
    require(request, "partnerships.add_agreement")
    form = AgreementForm(request.POST or None, request.FILES or None)
    agreement = request.method == "POST" and form.is_valid() and saved(form, lambda: domain.create_agreement(
        fields=form.agreement_fields(), provinces=form.cleaned_data["provinces"], user=request.user))
    if agreement:
        messages.success(request, _("Agreement recorded. Add its parties and commitments below."))
        return redirect("backoffice:agreement", agreement.pk)
    return render(request, "backoffice/agreement_form.html", {"form": form, "agreement": None})


@login_required
def agreement_edit(request, pk: int):
    agreement = agreement_for_user(request, pk, "partnerships.change_agreement")
    form = AgreementForm(request.POST or None, request.FILES or None, instance=agreement)
    if request.method == "POST" and form.is_valid() and saved(form, lambda: domain.update_agreement(
            agreement, fields=form.agreement_fields(), provinces=form.cleaned_data["provinces"],
            expected_version=form.cleaned_data["version"] or 0, user=request.user)):
        messages.success(request, _("Changes saved."))
        return redirect("backoffice:agreement", agreement.pk)
    return render(request, "backoffice/agreement_form.html", {"form": form, "agreement": agreement})


@login_required
def agreement_detail(request, pk: int):
    """The agreement, and for those who keep it, one form per thing to add; the form posted is
    named by the `add` field, and on a mistake the page comes back with what was typed."""
    agreement = agreement_for_user(request, pk)
    keeps = may(request, "partnerships.change_agreement", agreement)
    posted = request.POST.get("add") if request.method == "POST" else None
    if posted:
        require(request, "partnerships.change_agreement", agreement)

    def bound(name: str) -> tuple:
        """The posted data for the form that was posted, nothing for the others."""
        return (request.POST, request.FILES) if posted == name else (None, None)

    forms = {
        "party": PartyForm(bound("party")[0]),
        "commitment": CommitmentForm(bound("commitment")[0], agreement=agreement),
        "support": SupportForm(*bound("support"), agreement=agreement),
        "amendment": AmendmentForm(*bound("amendment")),
    } if keeps else {}
    form = forms.get(posted)
    if form is not None and form.is_valid() and saved(form, lambda: _add(request, agreement, posted, form)):
        messages.success(request, _("Saved."))
        return redirect("backoffice:agreement", agreement.pk)
    commitments = with_progress(commitments_seen_by(
        request.user, Agreement.objects.filter(pk=agreement.pk)).select_related("debtor", "beneficiary"))
    return render(request, "backoffice/agreement_detail.html", {
        "agreement": agreement, "keeps": keeps, "forms": forms, "posted": posted,
        "parties": agreement.parties.select_related("organization"),
        "commitments": commitments, "cancel_form": CancelForm(),
        "support": agreement_support(agreement).filter(pk__in=support_seen_by(request.user).values("pk")),
        "amendments": agreement.amendments.all(),
        "history": agreement.history.select_related("history_user")[:10],
    }, status=400 if form is not None and form.errors else 200)


def agreement_support(agreement):
    return (Support.objects.filter(commitment__agreement=agreement)
            .select_related("recipient", "provider", "commitment").order_by("-delivered_on", "-pk"))


def _add(request, agreement, what: str, form):
    data = form.cleaned_data
    if what == "party":
        return domain.add_party(agreement, organization=data["organization"], role=data["role"],
                                money=data["money"] or 0, in_kind=data["in_kind"],
                                in_kind_value=data["in_kind_value"] or 0, user=request.user)
    if what == "commitment":
        return domain.add_commitment(agreement, fields={k: data[k] for k in CommitmentForm.Meta.fields},
                                     user=request.user)
    if what == "support":
        return domain.record_support(**{k: data[k] for k in SupportForm.Meta.fields}, user=request.user)
    return domain.add_amendment(agreement, signed_on=data["signed_on"], summary=data["summary"],
                                document=data["document"], user=request.user)


@login_required
@require_POST
def commitment_action(request, pk: int, action: str):
    """Mark a commitment done, or cancel it with a reason."""
    if action not in ("done", "cancel"):
        raise Http404
    commitment = commitment_for_user(request, pk, "partnerships.change_agreement")
    try:
        if action == "done":
            domain.mark_done(commitment, user=request.user)
        else:
            domain.cancel_commitment(commitment, reason=request.POST.get("reason", ""), user=request.user)
    except ValidationError as error:
        for text in error.messages:
            messages.error(request, text)
    else:
        messages.success(request, _("Saved."))
    return redirect("backoffice:agreement", commitment.agreement_id)


@login_required
def organization_options(request):
    """<option>s of the organisations whose names match what was typed (htmx), for the pickers."""
    require(request, "partnerships.add_agreement")
    query = next((v for v in request.GET.values() if v), "").strip()
    found = (Organization.objects.all().search(query).select_related("province").order_by(by_name(), "pk")[:20]
             if len(query) >= 2 else [])
    return render(request, "backoffice/organization_options.html", {"organizations": found})
