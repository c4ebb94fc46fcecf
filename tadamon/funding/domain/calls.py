"""Calls, applications, blind review by several evaluators, decisions and grants with tranches.
Each state change is one function here."""

import datetime
import statistics
from dataclasses import dataclass
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Q, Sum
from django.utils import timezone
from django.utils.translation import gettext as _

from tadamon.common.concurrency import next_version
from tadamon.common.numbers import format_number
from tadamon.common.text import listed
from tadamon.funding.enums import ApplicationStatus
from tadamon.funding.models import (
    Application,
    ApplicationDocument,
    BudgetLine,
    Call,
    Criterion,
    Grant,
    GrantReport,
    Review,
    Score,
    Tranche,
)
from tadamon.notifications import notify
from tadamon.notifications.kinds import InLanguage

DECIDED = (ApplicationStatus.FUNDED, ApplicationStatus.WAITING_LIST, ApplicationStatus.REJECTED)


# --- Eligibility and deadlines ------------------------------------------------------------------

def ineligibility(call: Call, organization, today: datetime.date | None = None) -> list[str]:
    """Why an organisation may not apply to a call; empty when it may."""
    today = today or timezone.localdate()
    reasons = []
    if call.kinds and organization.kind not in call.kinds:
        reasons.append(_("The call is for: %(kinds)s.") % {"kinds": listed(_kind_labels(call.kinds))})
    provinces = {p.pk for p in call.provinces.all()}
    if provinces and organization.province_id not in provinces:
        reasons.append(_("The call is not open to organisations of %(province)s.")
                       % {"province": organization.province.name})
    if call.women_only and not organization.is_women:
        reasons.append(_("The call is for women's organisations."))
    if call.youth_only and not organization.is_youth:
        reasons.append(_("The call is for youth organisations."))
    if call.min_age_years or call.max_age_years:
        if organization.creation_date is None:
            reasons.append(_("The call depends on the organisation's creation date, which the registry lacks."))
        else:
            age = _years_between(organization.creation_date, today)
            if call.min_age_years and age < call.min_age_years:
                reasons.append(_("The organisation must have been created at least %(years)s years ago.")
                               % {"years": call.min_age_years})
            if call.max_age_years and age > call.max_age_years:
                reasons.append(_("The organisation must have been created at most %(years)s years ago.")
                               % {"years": call.max_age_years})
    return reasons


def _years_between(start: datetime.date, end: datetime.date) -> int:
    return end.year - start.year - ((end.month, end.day) < (start.month, start.day))


def _kind_labels(kinds: list[str]) -> list[str]:
    from tadamon.registry.enums import OrganizationKind

    return [str(OrganizationKind(kind).label) for kind in kinds]


def is_open(call: Call, now: datetime.datetime | None = None) -> bool:
    now = now or timezone.now()
    return call.opens_at <= now <= call.closes_at


def open_calls_for(organization, now=None) -> list[tuple[Call, list[str]]]:
    """The calls open now, each with the reasons the organisation may not apply (empty: it may)."""
    now = now or timezone.now()
    calls = Call.objects.filter(opens_at__lte=now, closes_at__gte=now).prefetch_related("provinces")
    return [(call, ineligibility(call, organization, now.date())) for call in calls]


# --- Applications -------------------------------------------------------------------------------

def refusals_to_apply(call: Call, organization) -> list[str]:
    """Why the organisation may not start an application to the call now (empty: it may), said
    before a form is filled in."""
    reasons = ineligibility(call, organization)
    if not is_open(call):
        reasons.insert(0, _("The call is not open."))
    return reasons


@transaction.atomic
def attach_documents(application: Application, uploads: dict) -> None:
    """Each required document uploaded ({name: file}) replaces the one kept under that name."""
    for name, upload in uploads.items():
        application.documents.filter(name=name).delete()
        ApplicationDocument.objects.create(application=application, name=name, file=upload)


@transaction.atomic
def save_draft(*, call: Call, organization, title: str, summary: str, lines: list[tuple[str, Decimal]],
               by, application: Application | None = None, expected_version: int | None = None) -> Application:
    """Create or update a draft: the project and its budget lines (replaced as a whole)."""
    if application is None:
        if not is_open(call):
            raise ValidationError(_("The call is not open."))
        if reasons := ineligibility(call, organization):
            raise ValidationError(reasons)
        application = Application(call=call, organization=organization, created_by=by)
    elif application.status != ApplicationStatus.DRAFT:
        raise ValidationError(_("A submitted application can no longer be changed."))
    else:
        version = next_version(application, expected_version)
        application = Application.objects.get(pk=application.pk)  # read under the lock: as last saved
        application.version = version
    application.title, application.summary = title.strip(), summary.strip()
    application.full_clean(exclude=["version"])
    application.save()
    application.budget_lines.all().delete()
    BudgetLine.objects.bulk_create([BudgetLine(application=application, label=label.strip(), amount_mad=amount)
                                    for label, amount in lines if label.strip()])
    return application


@transaction.atomic
def submit(application: Application, *, by, now: datetime.datetime | None = None) -> Application:
    """Send the application before the deadline; everything the call asks for must be there."""
    now = now or timezone.now()
    application = Application.objects.select_for_update().select_related("call", "organization").get(
        pk=application.pk)
    call = application.call
    if application.status != ApplicationStatus.DRAFT:
        raise ValidationError(_("This application was already submitted."))
    if now > call.closes_at:
        raise ValidationError(_("The deadline passed on %(date)s: the application can no longer be submitted.")
                              % {"date": timezone.localtime(call.closes_at).strftime("%d/%m/%Y %H:%M")})
    problems = ineligibility(call, application.organization, now.date())
    lines = list(application.budget_lines.all())
    if not lines:
        problems.append(_("Add at least one budget line."))
    requested = sum((line.amount_mad for line in lines), start=Decimal(0))
    if call.max_amount_mad and requested > call.max_amount_mad:
        problems.append(_("The budget (%(requested)s MAD) is above the most this call gives (%(most)s MAD).")
                        % {"requested": format_number(requested), "most": format_number(call.max_amount_mad)})
    uploaded = set(application.documents.values_list("name", flat=True))
    missing = [name for name in call.documents_required if name not in uploaded]
    if missing:
        problems.append(_("Documents missing: %(names)s.") % {"names": listed(missing)})
    if problems:
        raise ValidationError(problems)
    application.status, application.submitted_at = ApplicationStatus.SUBMITTED, now
    application.version += 1
    application.save(update_fields=["status", "submitted_at", "version"])
    return application


# --- Review -------------------------------------------------------------------------------------

def assign_panel(call: Call) -> int:
    """Every evaluator of the call gets every submitted application; returns the reviews created."""
    applications = call.applications.filter(status=ApplicationStatus.SUBMITTED)
    reviews = [Review(application=a, evaluator=e) for a in applications for e in call.evaluators.all()]
    return len(Review.objects.bulk_create(reviews, ignore_conflicts=True))


def declare_conflict(review: Review, note: str) -> Review:
    """The evaluator knows the applicant: their review is set aside, and others' scores stay hidden
    from them."""
    if review.submitted_at:
        raise ValidationError(_("This review was already submitted."))
    if not note.strip():
        raise ValidationError({"conflict_note": _("Say what the conflict is (a member of the family, an "
                                                  "employer...).")})
    review.conflict, review.conflict_note = True, note.strip()
    review.save(update_fields=["conflict", "conflict_note"])
    return review


@transaction.atomic
def submit_scores(review: Review, scores: dict[int, tuple[int, str]]) -> Review:
    """`scores`: criterion id -> (score, comment), one for every criterion of the call."""
    if review.conflict:
        raise ValidationError(_("A conflict of interest was declared on this review."))
    if review.submitted_at:
        raise ValidationError(_("This review was already submitted."))
    criteria = list(review.application.call.criteria.all())
    errors = {}
    for criterion in criteria:
        given = scores.get(criterion.pk)
        if given is None or given[0] is None:
            errors[f"score_{criterion.pk}"] = _("Score this criterion.")
        elif not 0 <= given[0] <= criterion.max_score:
            errors[f"score_{criterion.pk}"] = _("Between 0 and %(max)s.") % {"max": criterion.max_score}
    if errors:
        raise ValidationError(errors)
    review.scores.all().delete()
    Score.objects.bulk_create([Score(review=review, criterion=c, score=scores[c.pk][0], comment=scores[c.pk][1])
                               for c in criteria])
    review.submitted_at = timezone.now()
    review.save(update_fields=["submitted_at"])
    return review


def counted_reviews(application: Application) -> list[Review]:
    """The reviews that count: not set aside for a conflict."""
    return [r for r in application.reviews.all() if not r.conflict]


def scores_revealed_to(review: Review) -> bool:
    """Blind until all have scored: an evaluator sees the others' scores once every review that
    counts on the application is submitted (never, for one who declared a conflict)."""
    if review.conflict or not review.submitted_at:
        return False
    return all(r.submitted_at for r in counted_reviews(review.application))


def review_total(review: Review, criteria: list) -> float:
    """The review's weighted score out of 100."""
    by_criterion = {s.criterion_id: s.score for s in review.scores.all()}
    weights = sum(c.weight for c in criteria)
    return 100 * sum(c.weight * by_criterion.get(c.pk, 0) / c.max_score for c in criteria) / weights


@dataclass
class Ranked:
    application: Application
    score: float | None  # mean of the counted reviews' weighted scores, out of 100
    spread: float | None  # highest minus lowest evaluator total
    reviews_done: int
    reviews_counted: int
    conflicts: int

    @property
    def complete(self) -> bool:
        return self.reviews_counted > 0 and self.reviews_done == self.reviews_counted


def ranking(call: Call) -> list[Ranked]:
    """Submitted and decided applications, best weighted score first; conflicted reviews left out."""
    criteria = list(call.criteria.all())
    applications = (call.applications.exclude(status=ApplicationStatus.DRAFT).select_related("organization")
                    .prefetch_related("reviews__scores", "budget_lines"))
    ranked = []
    for application in applications:
        reviews = application.reviews.all()
        counted = [r for r in reviews if not r.conflict]
        totals = [review_total(r, criteria) for r in counted if r.submitted_at] if criteria else []
        ranked.append(Ranked(application, statistics.mean(totals) if totals else None,
                             max(totals) - min(totals) if totals else None,
                             sum(1 for r in counted if r.submitted_at), len(counted), len(reviews) - len(counted)))
    ranked.sort(key=lambda r: (r.score is None, -(r.score or 0), r.application.pk))
    return ranked


# --- Decisions and grants -----------------------------------------------------------------------

@transaction.atomic
def decide(application: Application, *, by, outcome: str, amount: Decimal | None = None, reason: str = "",
           expected_version: int | None = None) -> Application:
    """Funded with an amount (a grant is created), waiting list, or rejected with a reason; the
    applicant's managers are told, in Arabic and French."""
    version = next_version(application, expected_version)
    application = Application.objects.select_related("call", "organization").get(pk=application.pk)
    if application.status not in (ApplicationStatus.SUBMITTED, ApplicationStatus.WAITING_LIST):
        raise ValidationError(_("Only a submitted or waiting application can be decided."))
    reason = reason.strip()
    if outcome == ApplicationStatus.REJECTED and not reason:
        raise ValidationError({"reason": _("Say why the application is rejected: the applicant will read it.")})
    if outcome == ApplicationStatus.FUNDED:
        requested = application.requested_mad
        if not amount or amount <= 0:
            raise ValidationError({"amount": _("Give the amount granted.")})
        if amount > requested:
            raise ValidationError({"amount": _("More than the %(requested)s MAD requested.")
                                   % {"requested": format_number(requested)}})
        granted = (Grant.objects.filter(application__call=application.call).aggregate(total=Sum("amount_mad"))
                   ["total"] or 0)
        if granted + amount > application.call.budget_mad:
            raise ValidationError({"amount": _("The call's budget has %(left)s MAD left.")
                                   % {"left": format_number(application.call.budget_mad - granted)}})
        Grant.objects.create(application=application, amount_mad=amount)
    elif outcome not in (ApplicationStatus.WAITING_LIST, ApplicationStatus.REJECTED):
        raise ValidationError({"outcome": _("Choose a decision.")})
    application.status, application.decision_reason = outcome, reason
    application.decided_at, application.decided_by = timezone.now(), by
    application.version = version
    application.save(update_fields=["status", "decision_reason", "decided_at", "decided_by", "version"])
    transaction.on_commit(lambda: _tell_applicant(application, amount))
    return application


def _tell_applicant(application: Application, amount) -> None:
    def body() -> str:
        text = {
            ApplicationStatus.FUNDED: _("Your application «%(title)s» to «%(call)s» is funded: %(amount)s MAD."),
            ApplicationStatus.WAITING_LIST: _("Your application «%(title)s» to «%(call)s» is on the waiting list."),
            ApplicationStatus.REJECTED: _("Your application «%(title)s» to «%(call)s» is not retained."),
        }[application.status] % {"title": application.title, "call": application.call.title.text,
                                  "amount": format_number(amount) if amount else ""}
        if application.decision_reason:
            text += "\n" + _("Reason: %(reason)s") % {"reason": application.decision_reason}
        return text

    notify("application_decided", application.organization, {
        "text": InLanguage(body),
        "subject": InLanguage(lambda: _("Decision on your application: %(call)s") % {"call": application.call.title.text}),
    })


def grant_figures(grant: Grant) -> dict:
    tranches = list(grant.tranches.all())
    planned = sum((t.amount_mad for t in tranches), start=Decimal(0))
    paid = sum((t.amount_mad for t in tranches if t.paid_on), start=Decimal(0))
    return {"planned": planned, "paid": paid, "balance": grant.amount_mad - paid,
            "unplanned": grant.amount_mad - planned}


@transaction.atomic
def add_tranche(grant: Grant, *, amount: Decimal, condition: str, due_on: datetime.date) -> Tranche:
    """A tranche of the grant; all tranches together never go beyond the amount granted."""
    grant = Grant.objects.select_for_update().get(pk=grant.pk)  # two tranches added at once: one waits
    planned = grant.tranches.aggregate(total=Sum("amount_mad"))["total"] or 0
    if planned + amount > grant.amount_mad:
        raise ValidationError({"amount": _("Only %(left)s MAD of the grant is left to plan in tranches.")
                               % {"left": format_number(grant.amount_mad - planned)}})
    tranche = Tranche(grant=grant, amount_mad=amount, condition=condition.strip(), due_on=due_on)
    tranche.full_clean()
    tranche.save()
    return tranche


@transaction.atomic
def pay_tranche(tranche: Tranche, *, paid_on: datetime.date) -> Tranche:
    updated = Tranche.objects.filter(Q(pk=tranche.pk) & Q(paid_on__isnull=True)).update(paid_on=paid_on)
    if not updated:
        raise ValidationError(_("This tranche was already paid."))
    tranche.refresh_from_db()
    return tranche


@transaction.atomic
def submit_report(grant: Grant, *, title: str, file, by) -> GrantReport:
    """A report on the grant sent by its holder, with the file; the newest is listed first."""
    return GrantReport.objects.create(grant=grant, title=title, file=file, submitted_by=by)


def default_sponsor():
    """Who runs a call an admin opens: the ministry in charge of the social economy."""
    from tadamon.registry.models import Organization

    sponsor = Organization.objects.filter(acronym="MTAESS").first()
    if sponsor is None:
        raise ValidationError(_("Sign in with an account of the organisation that runs the call."))
    return sponsor


# --- Opening a call -----------------------------------------------------------------------------

@transaction.atomic
def save_call(*, fields: dict, criteria: list[dict], provinces, evaluators, by, call: Call | None = None) -> Call:
    """Open a call (the organisation of the programme staff member who opens it runs it) or
    change one. Its criteria can change until the first score is given."""
    if call is None:
        call = Call(sponsor=fields.pop("sponsor", None) or by.organization)
    for name, value in fields.items():
        setattr(call, name, value)
    if not criteria:
        raise ValidationError(_("Give the call at least one criterion."))
    call.full_clean()
    call.save()
    call.provinces.set(provinces)
    call.evaluators.set(evaluators)
    scored = Score.objects.filter(review__application__call=call).exists()
    current = [(c.name_fr, c.name_ar, c.weight, c.max_score) for c in call.criteria.all()]
    wanted = [(c["name_fr"], c["name_ar"], c["weight"], c["max_score"]) for c in criteria]
    if current != wanted:
        if scored:
            raise ValidationError(_("Evaluators have started scoring: the criteria can no longer change."))
        call.criteria.all().delete()
        Criterion.objects.bulk_create([Criterion(call=call, **c) for c in criteria])
    return call
