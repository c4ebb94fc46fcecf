"""Support requests: raised by an organisation, routed by the rule table, answered, sent on,
resolved or closed by the institution in charge. Each change is one function here, writes one
step of the history, and refuses to overwrite a change made meanwhile by someone else."""

import datetime

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from tadamon.common.attachments import Checked, store
from tadamon.common.concurrency import next_version
from tadamon.funding.enums import SupportEventKind, SupportRequestStatus
from tadamon.funding.models import RoutingRule, SupportRequest, SupportRequestAttachment, SupportRequestEvent

OPEN = (SupportRequestStatus.OPEN, SupportRequestStatus.IN_PROGRESS)


def rule_for(category: str, province) -> RoutingRule:
    """The province's own rule for the category, else the national one."""
    rules = RoutingRule.objects.filter(category=category).filter(
        Q(province=province) | Q(province__isnull=True)).select_related("institution")
    rule = min(rules, key=lambda r: r.province_id is None, default=None)  # the province's first
    if rule is None:
        raise ValidationError({"category": _("No institution takes this category of request in your province yet: choose "
                                             "«Other», or ask the platform's administrators to add one.")})
    return rule


def _step(request: SupportRequest, *, by, kind: str, message: str = "", attachments: list[Checked] = ()) -> None:
    """One step of the history, with the voice note and photos sent with it (checked already:
    common/attachment_forms.py)."""
    event = SupportRequestEvent.objects.create(
        request=request, by=by, by_organization_id=getattr(by, "organization_id", None), kind=kind, message=message,
        institution_id=request.institution_id, status=request.status)
    store(SupportRequestAttachment, list(attachments), event=event)


def _save(request: SupportRequest, expected_version: int, fields: list[str]) -> None:
    """Write the request if nobody changed it since `expected_version` was read."""
    request.version = next_version(request, expected_version)
    request.save(update_fields=[*fields, "version"])


@transaction.atomic
def open_request(*, organization, category: str, title: str, description: str, by,
                 attachments: list[Checked] = ()) -> SupportRequest:
    """Raise a request: what stands in the way written, or said in a voice note (or both)."""
    if not description.strip() and not attachments:
        raise ValidationError({"description": _("Say what stands in the way: write it or record a voice note.")})
    rule = rule_for(category, organization.province_id)
    now = timezone.now()
    request = SupportRequest(
        organization=organization, category=category, title=title.strip(), description=description.strip(),
        institution=rule.institution, opened_by=by,
        answer_due_at=now + datetime.timedelta(days=rule.answer_within_days),
        resolve_due_at=now + datetime.timedelta(days=rule.resolve_within_days))
    request.full_clean()
    request.save()
    _step(request, by=by, kind=SupportEventKind.OPENED, message=request.description, attachments=attachments)
    return request


def _require_open(request: SupportRequest) -> None:
    if not request.is_open:
        raise ValidationError(_("This request is closed."))


def _require_message(message: str, text: str, field: str = "message", attachments=()) -> str:
    """The message, which a voice note or a photo may replace."""
    message = message.strip()
    if not message and not attachments:
        raise ValidationError({field: text})
    return message


@transaction.atomic
def answer(request: SupportRequest, *, by, message: str, expected_version: int,
           attachments: list[Checked] = ()) -> SupportRequest:
    """The institution answers; the first answer starts the clock of the resolution."""
    _require_open(request)
    message = _require_message(message, _("Write the answer."), attachments=attachments)
    if request.first_answer_at is None:
        request.first_answer_at = timezone.now()
    request.status = SupportRequestStatus.IN_PROGRESS
    _save(request, expected_version, ["first_answer_at", "status"])
    _step(request, by=by, kind=SupportEventKind.ANSWERED, message=message, attachments=attachments)
    transaction.on_commit(lambda: tell_answered(request, message))
    return request


def tell_answered(request: SupportRequest, message: str) -> int:
    """The organisation (its address and managers) and whoever raised the request hear of the answer,
    each in their language and channel."""
    from django.conf import settings
    from django.urls import reverse

    from tadamon.notifications import notify
    from tadamon.notifications.kinds import InLanguage

    def url() -> str:
        return settings.SITE_URL.rstrip("/") + reverse("backoffice:support_request", args=[request.pk])

    return len(notify("support_answered", [request.organization, request.opened_by], {
        "subject": InLanguage(lambda: _("Answer to your support request «%(title)s»") % {"title": request.title}),
        "text": InLanguage(lambda: _("Your support request «%(title)s» was answered:\n%(message)s\n%(url)s") % {
            "title": request.title, "message": message, "url": url()}),
        "sms": InLanguage(lambda: _("Tadamon: your support request «%(title)s» was answered. Read: %(url)s") % {
            "title": request.title[:60], "url": url()}),
    }))


@transaction.atomic
def comment(request: SupportRequest, *, by, message: str, attachments: list[Checked] = ()) -> SupportRequest:
    """The organisation adds what the institution asked for, or a reminder."""
    _require_open(request)
    _step(request, by=by, kind=SupportEventKind.COMMENTED,
          message=_require_message(message, _("Write the comment."), attachments=attachments), attachments=attachments)
    return request


@transaction.atomic
def reassign(request: SupportRequest, *, by, institution, reason: str, expected_version: int) -> SupportRequest:
    """Send the request on to the institution really in charge, saying why. The new institution
    gets the due times its rule gives, counted from now."""
    _require_open(request)
    reason = _require_message(reason, _("Say why the request goes to another institution."), field="reason")
    if institution.pk == request.institution_id:
        raise ValidationError({"institution": _("The request is already with this institution.")})
    rule = (RoutingRule.objects.filter(category=request.category, institution=institution)
            .order_by("province").first())
    now = timezone.now()
    request.institution = institution
    request.answer_due_at = now + datetime.timedelta(days=rule.answer_within_days if rule else 10)
    request.resolve_due_at = now + datetime.timedelta(days=rule.resolve_within_days if rule else 60)
    _save(request, expected_version, ["institution", "answer_due_at", "resolve_due_at"])
    _step(request, by=by, kind=SupportEventKind.REASSIGNED, message=reason)
    return request


@transaction.atomic
def finish(request: SupportRequest, *, by, resolved: bool, message: str, expected_version: int) -> SupportRequest:
    """Resolved (what was done), or closed without a solution (why)."""
    _require_open(request)
    message = _require_message(message, _("Say what was done.") if resolved
                               else _("Say why the request is closed without a solution."))
    request.status = SupportRequestStatus.RESOLVED if resolved else SupportRequestStatus.CLOSED
    request.resolved_at = timezone.now()
    if request.first_answer_at is None:
        request.first_answer_at = request.resolved_at
    _save(request, expected_version, ["status", "resolved_at", "first_answer_at"])
    _step(request, by=by, kind=SupportEventKind.RESOLVED if resolved else SupportEventKind.CLOSED, message=message)
    return request
