"""Name-certificate requests: recorded, checked, decided (each state change in one function)."""

import datetime

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from tadamon.funding.domain.name_check import NameCheck, check_name
from tadamon.funding.enums import NameRequestStatus
from tadamon.funding.models import NameRequest
from tadamon.notifications import Recipient, notify
from tadamon.notifications.kinds import InLanguage
from tadamon.notifications.recipients import BOTH


def _next_reference(year: int) -> str:
    prefix = f"NC-{year}-"
    last = (NameRequest.objects.filter(reference__startswith=prefix).order_by("-reference")
            .values_list("reference", flat=True).first())
    number = int(last.removeprefix(prefix)) + 1 if last else 1
    return f"{prefix}{number:05d}"


@transaction.atomic
def submit_request(*, by=None, **fields) -> NameRequest:
    """Record a request, checked at once so the queue shows which names need a close look; the
    reference numbers the year's requests (NC-2026-00042)."""
    request = NameRequest(submitted_by=by, **fields)
    request.reference = _next_reference(timezone.localdate().year)
    request.full_clean(exclude=["reference"])
    _keep_check(request, check_name(request.name_ar, request.name_latin))
    request.save()
    return request


def _keep_check(request: NameRequest, check: NameCheck) -> None:
    request.grade, request.verdict, request.evidence = check.grade, check.verdict, check.as_dict()


def check_request(request: NameRequest) -> NameCheck:
    """The request's name against every name taken, other requests included (not itself)."""
    return check_name(request.name_ar, request.name_latin, excluding_request=request.pk)


def decide(request: NameRequest, *, by, approve: bool, reason: str = "",
           today: datetime.date | None = None) -> NameRequest:
    """Approve or refuse a pending request, keeping the check's evidence as it stood. A refusal
    says why; so does an approval despite a clash. Two officers deciding at once: the second is
    told the request was already decided."""
    reason = reason.strip()
    if request.status != NameRequestStatus.PENDING:
        raise ValidationError(_("This request was already decided."))
    check = check_request(request)
    if not approve and not reason:
        raise ValidationError({"reason": _("Say why the name is refused: the applicant will read it.")})
    if approve and check.verdict == "clash" and not reason:
        raise ValidationError({"reason": _("The name clashes with «%(name)s»: say why it may be approved anyway.")
                               # isolated (FSI…PDI): a Latin name in an Arabic sentence keeps its own direction
                               % {"name": f"\u2068{check.matches[0].name_ar or check.matches[0].name_latin}\u2069"}})
    status = NameRequestStatus.APPROVED if approve else NameRequestStatus.REFUSED
    now = timezone.now()
    with transaction.atomic():
        updated = NameRequest.objects.filter(Q(pk=request.pk) & Q(status=NameRequestStatus.PENDING)).update(
            status=status, decided_at=now, decided_by=by, decision_reason=reason, grade=check.grade,
            verdict=check.verdict, evidence=check.as_dict())
        if not updated:
            raise ValidationError(_("This request was already decided."))
    request.refresh_from_db()
    transaction.on_commit(lambda: _tell_applicant(request))
    return request


def _tell_applicant(request: NameRequest) -> None:
    if not request.applicant_email:
        return

    def body() -> str:
        verdict = (_("The name «%(name)s» (request %(reference)s) is approved.")
                   if request.status == NameRequestStatus.APPROVED
                   else _("The name «%(name)s» (request %(reference)s) is refused."))
        lines = [verdict % {"name": request.names, "reference": request.reference}]
        if request.decision_reason:
            lines.append(_("Reason: %(reason)s") % {"reason": request.decision_reason})
        return "\n".join(lines)

    notify("name_decision", Recipient(email=request.applicant_email, language=BOTH, channel="email"), {
        "subject": InLanguage(lambda: _("Name certificate %(reference)s") % {"reference": request.reference}),
        "text": InLanguage(body)})
