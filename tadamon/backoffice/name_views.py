"""Back-office pages of name certificates: the office's queue of requests, recording one, its
page with the closest names already taken and the decision, and a quick check of any name."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.db.models import Q
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from tadamon.accounts.access import may, name_request_for_user
from tadamon.backoffice.funding_forms import DecisionForm, NameCheckForm, NameQueueFilterForm, NameRequestForm
from tadamon.backoffice.views import require, saved
from tadamon.funding.domain import name_requests as domain
from tadamon.funding.domain.name_check import check_name
from tadamon.funding.domain.queries.name_requests import requests_visible_to
from tadamon.funding.enums import NameRequestStatus

PAGE_SIZE = 50
# A name scoring this much against the proposed one shares more than a place or a generic word: worth
# reading (CLOSE and CLASH of the name check are the verdicts). The names found below it are folded away.
WORTH_READING = 50


def with_matches_split(check: dict | None) -> dict | None:
    """The check's matches split in two: those worth reading (`close_matches`) and the others
    the search found (`other_matches`), which the page folds under a <details>."""
    if not check:
        return check
    matches = check.get("matches") or []
    return check | {"worth_reading": WORTH_READING,
                    "close_matches": [m for m in matches if m.get("score", 0) >= WORTH_READING],
                    "other_matches": [m for m in matches if m.get("score", 0) < WORTH_READING]}


@login_required
def name_request_list(request):
    require(request, "funding.list_name_requests")
    requests = requests_visible_to(request.user)
    filters = NameQueueFilterForm(request.GET or {"status": NameRequestStatus.PENDING})
    if filters.is_valid():
        if filters.cleaned_data["status"]:
            requests = requests.filter(status=filters.cleaned_data["status"])
        if query := filters.cleaned_data["q"].strip():
            requests = requests.filter(Q(reference__icontains=query) | Q(name_ar__icontains=query)
                                       | Q(name_latin__icontains=query))
    # The oldest pending first: a queue is worked from its head.
    order = ["submitted_at", "pk"] if filters.data.get("status") == NameRequestStatus.PENDING else ["-submitted_at"]
    page = Paginator(requests.order_by(*order), PAGE_SIZE).get_page(request.GET.get("page"))
    return render(request, "backoffice/name_request_list.html", {
        "page_obj": page, "filters": filters, "check_form": NameCheckForm()})


@login_required
def name_request_create(request):
    require(request, "funding.add_name_request")
    chooses_office = may(request, "funding.choose_name_request_office")
    form = NameRequestForm(request.POST or None, chooses_office=chooses_office)
    if request.method == "POST" and form.is_valid():
        fields = {name: value for name, value in form.cleaned_data.items()}
        if not chooses_office:
            fields["authority"] = request.user.organization
        name_request = saved(form, lambda: domain.submit_request(by=request.user, **fields))
        if name_request:
            messages.success(request, _("Request %(reference)s recorded and checked.")
                             % {"reference": name_request.reference})
            return redirect("backoffice:name_request", name_request.pk)
    return render(request, "backoffice/name_request_form.html", {"form": form},
                  status=400 if form.errors else 200)


@login_required
def name_request_detail(request, pk: int):
    """The request, the closest names already taken (checked now while it is pending; as they
    stood at the decision afterwards), and the decision form."""
    name_request = name_request_for_user(request, pk)
    pending = name_request.status == NameRequestStatus.PENDING
    can_decide = pending and may(request, "funding.decide_name_request", name_request)
    form = DecisionForm(request.POST or None) if can_decide else None
    if request.method == "POST":
        require(request, "funding.decide_name_request", name_request)
        if form is None:  # decided meanwhile by someone else
            messages.error(request, _("This request was already decided."))
            return redirect("backoffice:name_request", name_request.pk)
        if form.is_valid() and saved(form, lambda: domain.decide(
                name_request, by=request.user, approve=form.cleaned_data["decision"] == "approve",
                reason=form.cleaned_data["reason"])):
            messages.success(request, _("Decision recorded."))
            return redirect("backoffice:name_request", name_request.pk)
    check = with_matches_split(domain.check_request(name_request).as_dict() if pending else name_request.evidence)
    return render(request, "backoffice/name_request_detail.html", {
        "name_request": name_request, "check": check, "form": form},
        status=400 if form is not None and form.errors else 200)


@login_required
def name_check(request):
    """Check any name before a request is written: registered names and the requests of every
    office, pending or recently approved."""
    require(request, "funding.list_name_requests")
    form = NameCheckForm(request.GET or None)
    check = with_matches_split(check_name(form.cleaned_data["name"], form.cleaned_data["latin"]).as_dict()
                               if form.is_valid() else None)
    return render(request, "backoffice/name_check.html", {"form": form, "check": check})
