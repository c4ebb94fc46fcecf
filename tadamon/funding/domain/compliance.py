"""Annual declarations, the compliance score, and inspections under Law 112.12.

The score (0 to 100, higher is better) is one database expression over a cooperative's latest
declaration, its last inspection and its open findings (domain/queries/compliance.py), so the
plan of inspections can sort the whole registry by it (riskiest first) and show why:

    no declaration for the year        -30     last inspection: major breaches   -25
    general assembly not held          -15     last inspection: minor breaches   -10
    accounts not filed                 -15     never inspected                    -5
    each open finding                   -5 (at most -20)
    a follow-up past its due date      -10
"""

import datetime
from functools import partial

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Count, Q, QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from tadamon.accounts.rules import is_officer
from tadamon.common.numbers import format_number
from tadamon.funding.enums import InspectionResult
from tadamon.funding.models import CHECKLIST, AnnualDeclaration, DeclarationReminder, Finding, Inspection
from tadamon.notifications import notify
from tadamon.notifications.kinds import InLanguage
from tadamon.registry.enums import OrganizationKind, OrganizationStatus
from tadamon.registry.models import Organization

# Declarations are kept from this year on (Law 112.12 of 2014 asks for them; the registry's
# records go back to 2000): an earlier year is refused, never turned into a date before it.
FIRST_DECLARATION_YEAR = 2000

PENALTIES = {"no_declaration": 30, "no_assembly": 15, "no_accounts": 15, "major": 25, "minor": 10,
             "never_inspected": 5, "per_finding": 5, "findings_cap": 20, "follow_up_overdue": 10}


def declaration_due(year: int) -> datetime.date:
    """The year's declaration is due six months after its end, with the general assembly."""
    return datetime.date(year + 1, 6, 30)


def last_closed_year(today: datetime.date | None = None) -> int:
    return (today or timezone.localdate()).year - 1


def authority_of(user) -> Organization:
    """The supervising office an inspection is planned for: the officer's own, or for an admin
    the first office of settings.COMPLIANCE_AUTHORITIES."""
    if is_officer(user) and user.organization_id:
        return user.organization
    office = Organization.objects.filter(acronym__in=settings.COMPLIANCE_AUTHORITIES).order_by("pk").first()
    if office is None:
        raise ValidationError(_("No supervising office is registered (settings.COMPLIANCE_AUTHORITIES)."))
    return office


# --- Declarations -------------------------------------------------------------------------------

@transaction.atomic
def file_declaration(organization, *, year: int, by, today: datetime.date | None = None,
                     **fields) -> AnnualDeclaration:
    """File (or correct, until its due date) the year's declaration."""
    today = today or timezone.localdate()
    if year > today.year - 1:
        raise ValidationError({"year": _("A year is declared once it has ended.")})
    if year < FIRST_DECLARATION_YEAR:
        raise ValidationError({"year": _("Declarations are kept from %(first)d on.") % {"first": FIRST_DECLARATION_YEAR}})
    if fields.get("general_assembly_held") and not fields.get("general_assembly_on"):
        raise ValidationError({"general_assembly_on": _("Give the date of the general assembly.")})
    on = fields.get("general_assembly_on")
    if on and not (datetime.date(year, 1, 1) <= on <= declaration_due(year)):
        raise ValidationError({"general_assembly_on": _("The general assembly on the %(year)s accounts is held "
                                                        "between January %(year)s and June %(next)s.")
                               % {"year": year, "next": year + 1}})
    if not fields.get("general_assembly_held"):
        fields["general_assembly_on"] = None
    existing = AnnualDeclaration.objects.filter(organization=organization, year=year).first()
    if existing and today > declaration_due(year):
        raise ValidationError(_("The %(year)s declaration can no longer be corrected: ask the office.")
                              % {"year": year})
    declaration = existing or AnnualDeclaration(organization=organization, year=year)
    for name, value in fields.items():
        setattr(declaration, name, value)
    declaration.filed_by = by
    declaration.full_clean(validate_unique=existing is None)
    declaration.save()
    return declaration


def members_at_year_end(organization, year: int) -> dict[str, int]:
    """The declaration's member counts as the member list gives them on 31 December of `year`
    (memberships begun by then and not ended before), to pre-fill the form: women and men."""
    from tadamon.registry.enums import Gender
    from tadamon.registry.models import Membership

    end = datetime.date(year, 12, 31)
    current = Membership.objects.filter(organization=organization).filter(
        Q(start_date__isnull=True) | Q(start_date__lte=end)).filter(Q(end_date__isnull=True) | Q(end_date__gt=end))
    counts = dict(current.values_list("person__gender").annotate(n=Count("person", distinct=True)))
    return {"members_women": counts.get(Gender.FEMALE, 0), "members_men": counts.get(Gender.MALE, 0)}


def cooperatives() -> QuerySet[Organization]:
    """The registry's active cooperatives: those Law 112.12 asks to declare."""
    return Organization.objects.filter(kind=OrganizationKind.COOPERATIVE, status=OrganizationStatus.ACTIVE)


def not_filed(year: int) -> QuerySet[Organization]:
    return cooperatives().exclude(declarations__year=year)


def send_declaration_reminders(year: int, today: datetime.date | None = None) -> int:
    """Remind the cooperatives that have not filed the year's declaration (their address and managers,
    tadamon.notifications), at most once a month each; returns how many were reminded."""
    today = today or timezone.localdate()
    recent = DeclarationReminder.objects.filter(year=year, sent_on__gt=today - datetime.timedelta(days=30))
    sent = 0
    for organization in not_filed(year).exclude(pk__in=recent.values("organization")).iterator():
        if not notify("declaration_reminder", organization, {
                "subject": InLanguage(partial(_reminder_subject, year)),
                "text": InLanguage(partial(_reminder_text, organization, year))}):
            continue
        DeclarationReminder.objects.create(organization=organization, year=year, sent_on=today)
        sent += 1
    return sent


def _reminder_subject(year: int) -> str:
    return _("Annual declaration %(year)s") % {"year": year}


def _reminder_text(organization, year: int) -> str:
    return _("The annual declaration of %(name)s for %(year)s is due by %(date)s: members, capital, turnover, "
             "general assembly and accounts. File it on %(url)s") % {
        "name": organization.display_name, "year": year, "date": declaration_due(year).strftime("%d/%m/%Y"),
        "url": settings.SITE_URL.rstrip("/") + "/manage/declarations/"}


# --- The score ----------------------------------------------------------------------------------

def reason_codes(organization, year: int) -> list[str]:
    """Why the score is below 100, from the flags `queries.compliance.with_compliance` annotated,
    as codes (`no_declaration:2024`, `open_findings:3`...): what an inspection planned from the
    score stores as its reason, so that each reader gets it in their own language."""
    found = []
    if not organization.has_declaration:
        found.append(f"no_declaration:{year}")
    if organization.assembly_missing:
        found.append(f"no_assembly:{year}")
    if organization.accounts_missing:
        found.append("no_accounts")
    if organization.last_result == InspectionResult.MAJOR:
        found.append("major")
    elif organization.last_result == InspectionResult.MINOR:
        found.append("minor")
    elif organization.last_result is None:
        found.append("never_inspected")
    if organization.open_findings:
        found.append(f"open_findings:{organization.open_findings}")
    if organization.follow_up_overdue:
        found.append("follow_up_overdue")
    return found


def reason_text(code: str) -> str | None:
    """A reason code in the active language; None for what is not a reason code."""
    key, _colon, value = code.strip().partition(":")
    try:
        number = int(value) if value.isascii() else None  # int() takes "٣" and " 3"; a code is ASCII
    except ValueError:  # "²" is a digit to str.isdigit(), not to int(); words are not numbers
        number = None
    if key in ("no_declaration", "no_assembly", "open_findings") and number is None:
        return None
    if key == "no_declaration":
        return _("no declaration for %(year)s") % {"year": number}
    if key == "no_assembly":
        return _("no general assembly in %(year)s") % {"year": number}
    if key == "open_findings":
        return ngettext("%(count)s open finding", "%(count)s open findings", number) % {
            "count": format_number(number)}
    if value:
        return None
    return {"no_accounts": _("accounts not filed"), "major": _("major breaches at the last inspection"),
            "minor": _("minor breaches at the last inspection"), "never_inspected": _("never inspected"),
            "follow_up_overdue": _("follow-up overdue")}.get(key)


def reasons(organization, year: int) -> list[str]:
    """Why the score is below 100, in the active language."""
    return [reason_text(code) for code in reason_codes(organization, year)]


REASON_SEPARATOR = "; "


def stored_reason(codes: list[str]) -> str:
    """Reason codes as an inspection stores them (its `reason`)."""
    return REASON_SEPARATOR.join(codes)


def explain_reason(stored: str) -> list[str] | None:
    """An inspection's reason in the active language when it is made of reason codes (planned from
    the score); None when it is text someone typed (or stored before there were codes): shown as written."""
    texts = [reason_text(code) for code in stored.split(REASON_SEPARATOR.strip())] if stored else []
    if not texts or None in texts:
        return None
    return texts


# --- Inspections --------------------------------------------------------------------------------

def plan_inspection(organization, *, authority, planned_on: datetime.date, reason: str = "",
                    inspector=None) -> Inspection:
    if Inspection.objects.filter(organization=organization, done_on__isnull=True).exists():
        raise ValidationError(_("An inspection of this cooperative is already planned."))
    inspection = Inspection(organization=organization, authority=authority, planned_on=planned_on,
                            reason=reason[:250], inspector=inspector)
    inspection.full_clean()
    inspection.save()
    return inspection


@transaction.atomic
def record_inspection(inspection: Inspection, *, done_on: datetime.date, checklist: dict[str, bool],
                      findings: list[str], result: str, notes: str = "",
                      follow_up_due: datetime.date | None = None) -> Inspection:
    """The inspection as done: the checklist answered item by item, its findings (each followed
    up until resolved), the result and, when something must be put right, the follow-up date."""
    if inspection.done_on:
        raise ValidationError(_("This inspection was already recorded."))
    missing = [label for key, label in CHECKLIST if key not in checklist]
    if missing:
        raise ValidationError(_("Answer every item of the checklist: %(items)s.") % {"items": "; ".join(
            str(m) for m in missing)})
    findings = [f.strip() for f in findings if f.strip()]
    if result != InspectionResult.COMPLIANT and not findings:
        raise ValidationError({"findings": _("Write down what was found.")})
    if findings and not follow_up_due:
        raise ValidationError({"follow_up_due": _("Give the date by which the findings must be put right.")})
    inspection.done_on, inspection.checklist, inspection.result = done_on, checklist, result
    inspection.notes, inspection.follow_up_due = notes.strip(), follow_up_due
    inspection.full_clean()
    inspection.save()
    Finding.objects.bulk_create([Finding(inspection=inspection, description=text[:300]) for text in findings])
    return inspection


def resolve_finding(finding: Finding, *, on: datetime.date) -> Finding:
    updated = Finding.objects.filter(Q(pk=finding.pk) & Q(resolved_on__isnull=True)).update(resolved_on=on)
    if not updated:
        raise ValidationError(_("This finding was already resolved."))
    finding.refresh_from_db()
    return finding
