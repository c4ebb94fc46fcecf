"""Claims of cooperatives made from a phone (public "register my cooperative"): the staff in
charge see them, pending first, with what weighs on the decision, and approve or refuse."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from tadamon.accounts.access import claim_for_user, may, require
from tadamon.accounts.domain import claims
from tadamon.accounts.models import OrganizationClaim
from tadamon.backoffice.team_forms import ClaimDecisionForm
from tadamon.common.phones import display_phone


@login_required
def claim_list(request):
    require(request, "accounts.list_claims")
    status = request.GET.get("status", "pending")
    queryset = OrganizationClaim.objects.select_related("organization__province", "proposed_province")
    if status in ("pending", "approved", "refused"):
        queryset = queryset.filter(status=status)
    page = Paginator(queryset.order_by("-created_at", "-pk"), 50).get_page(request.GET.get("page"))
    rows = [(claim, may(request, "accounts.decide_claim", claim)) for claim in page]
    return render(request, "backoffice/claim_list.html", {"page_obj": page, "rows": rows, "status": status})


@login_required
def claim_detail(request, pk: int):
    claim = claim_for_user(request, pk, "accounts.list_claims")
    other_claims, managers = claims.others_claiming(claim)
    matches = [] if claim.organization_id else claims.close_registered_names(claim.proposed_name_ar,
                                                                               claim.proposed_name_latin)
    return render(request, "backoffice/claim_detail.html", {
        "claim": claim, "phone": display_phone(claim.phone), "other_claims": other_claims, "managers": managers, "matches": matches,
        "form": ClaimDecisionForm(), "may_decide": claim.is_pending and may(request, "accounts.decide_claim", claim),
    })


@require_POST
@login_required
def claim_decide(request, pk: int):
    claim = claim_for_user(request, pk)
    form = ClaimDecisionForm(request.POST)
    if not form.is_valid():
        messages.error(request, " ".join(e for errors in form.errors.values() for e in errors))
        return redirect("backoffice:claim", claim.pk)
    try:
        if form.cleaned_data["decision"] == "approve":
            claims.approve_claim(claim, by=request.user)
            messages.success(request, _("Approved: the claimant manages the cooperative and is told by SMS."))
        else:
            claims.refuse_claim(claim, by=request.user, reason=form.cleaned_data["reason"])
            messages.success(request, _("Refused: the claimant is told by SMS, with your reason."))
    except claims.ClaimError as error:
        messages.error(request, error.messages[0])
    return redirect("backoffice:claim", claim.pk)
