"""Back-office pages of support requests: a cooperative's manager raises an obstacle and follows
it; the institution in charge works its queue (overdue first in view), answers, sends on to the
right institution, resolves or closes; admins see all."""

import datetime
from dataclasses import dataclass

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Avg, Count, Q
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _

from tadamon.accounts.access import may, support_request_for_user
from tadamon.backoffice.funding_forms import (
    FinishForm,
    MessageForm,
    ReassignForm,
    SupportFilterForm,
    SupportRequestForm,
)
from tadamon.backoffice.views import require, saved
from tadamon.common.attachment_forms import AttachmentForm
from tadamon.common.attachments import attachment_response
from tadamon.funding.domain import support_requests as domain
from tadamon.funding.domain.queries.support_requests import requests_visible_to, with_delays
from tadamon.funding.models import SupportRequestAttachment

PAGE_SIZE = 50


@dataclass(frozen=True)
class Wait:
    """How long an open request has waited and what is due next: its first answer until it has
    one, then its resolution. A finished request waits for nothing (None, None)."""

    days: int | None
    due_at: datetime.datetime | None
    due_is: str = ""  # "answer" or "resolution": which of the two is due


def waiting(support_request, now: datetime.datetime | None = None) -> Wait:
    if support_request.status not in domain.OPEN:
        return Wait(None, None)
    now = now or timezone.now()
    days = max((now - support_request.opened_at).days, 0)
    if support_request.first_answer_at is None:
        return Wait(days, support_request.answer_due_at, "answer")
    return Wait(days, support_request.resolve_due_at, "resolution")


@login_required
def support_request_list(request):
    require(request, "funding.list_support_requests")
    requests = with_delays(requests_visible_to(request.user))
    filters = SupportFilterForm(request.GET or {"status": "open"})
    if filters.is_valid():
        data = filters.cleaned_data
        if data["status"] == "open":
            requests = requests.filter(status__in=domain.OPEN)
        elif data["status"]:
            requests = requests.filter(status=data["status"])
        if data["category"]:
            requests = requests.filter(category=data["category"])
        if data["overdue"]:
            requests = requests.filter(overdue=True)
    visible = with_delays(requests_visible_to(request.user))
    figures = visible.aggregate(open=Count("pk", filter=Q(status__in=domain.OPEN)), answer=Avg("time_to_answer"),
                                resolve=Avg("time_to_resolve"))
    figures["overdue"] = visible.filter(overdue=True).count()  # PostgreSQL takes no annotation in a FILTER
    page = Paginator(requests.order_by("-overdue", "opened_at", "pk"), PAGE_SIZE).get_page(request.GET.get("page"))
    now = timezone.now()
    rows = [(r, waiting(r, now)) for r in page]
    return render(request, "backoffice/support_request_list.html", {
        "page_obj": page, "rows": rows, "filters": filters, "figures": figures,
        "can_open": may(request, "funding.open_support_request")})


@login_required
def support_request_create(request):
    require(request, "funding.open_support_request")
    form = SupportRequestForm(request.POST or None)
    files = AttachmentForm(request.POST if request.method == "POST" else None, request.FILES or None, prefix="attach")
    if request.method == "POST" and all([form.is_valid(), files.is_valid()]):  # every mistake shown at once
        created = saved(form, lambda: domain.open_request(organization=request.user.organization, by=request.user,
                                                          attachments=files.checked, **form.cleaned_data))
        if created:
            messages.success(request, _("Request sent to %(institution)s.")
                             % {"institution": created.institution.display_name})
            return redirect("backoffice:support_request", created.pk)
    return render(request, "backoffice/support_request_form.html", {"form": form, "files": files},
                  status=400 if form.errors or files.errors else 200)


@login_required
def support_request_detail(request, pk: int):
    """The request and its history; below, the forms of what the user may do. The form posted is
    named by the `action` field and comes back with what was typed on a mistake."""
    def load():
        return support_request_for_user(request, pk)

    support_request = load()
    handles = may(request, "funding.handle_support_request", support_request)
    comments = may(request, "funding.comment_support_request", support_request)
    posted = request.POST.get("action") if request.method == "POST" else None
    allowed = {"answer", "reassign", "finish"} if handles else {"comment"} if comments else set()
    if posted and posted not in allowed:
        raise PermissionDenied

    def data(name: str):
        return request.POST if posted == name else None

    initial = {"version": support_request.version}
    forms = {}
    if support_request.is_open and handles:
        forms = {"answer": MessageForm(data("answer"), initial=initial, prefix="answer"),
                 "reassign": ReassignForm(data("reassign"), initial=initial, prefix="reassign"),
                 "finish": FinishForm(data("finish"), initial=initial, prefix="finish")}
    elif support_request.is_open and comments:
        forms = {"comment": MessageForm(data("comment"), initial=initial, prefix="comment")}
    form = forms.get(posted)
    files = AttachmentForm(data(posted) if posted in ("answer", "comment") else None, request.FILES or None,
                           prefix="attach")
    if posted and form is None:  # closed meanwhile
        messages.error(request, _("This request is closed."))
        return redirect("backoffice:support_request", support_request.pk)
    if form is not None and all([form.is_valid(), files.passes()]) and saved(
            form, lambda: _act(request, support_request, posted, form.cleaned_data, files.checked)):
        messages.success(request, _("Saved."))
        if posted == "reassign" and not may(request, "funding.view_support_request", support_request):
            return redirect("backoffice:support_requests")  # no longer in their queue
        return redirect("backoffice:support_request", support_request.pk)
    failed = form is not None and bool(form.errors or files.errors)
    if failed:
        support_request = load()  # as stored: a refused change may have been half applied in memory
    return render(request, "backoffice/support_request_detail.html", {
        "support_request": support_request, "forms": forms, "posted": posted, "files": files,
        "events": support_request.events.select_related("by", "by_organization", "institution")
        .prefetch_related("attachments"),
    }, status=400 if failed else 200)


def _act(request, support_request, action: str, data: dict, attachments: list):
    user, version = request.user, data.get("version") or 0
    if action == "answer":
        return domain.answer(support_request, by=user, message=data["message"], expected_version=version,
                             attachments=attachments)
    if action == "reassign":
        return domain.reassign(support_request, by=user, institution=data["institution"], reason=data["reason"],
                               expected_version=version)
    if action == "finish":
        return domain.finish(support_request, by=user, resolved=data["outcome"] == "resolved",
                             message=data["message"], expected_version=version)
    return domain.comment(support_request, by=user, message=data["message"], attachments=attachments)


@login_required
def support_request_attachment(request, pk: int, attachment_pk: int):
    """A voice note or photo of the request's history, for whoever may read the request."""
    support_request = support_request_for_user(request, pk)
    attachment = get_object_or_404(SupportRequestAttachment, pk=attachment_pk, event__request=support_request)
    return attachment_response(request, attachment)
