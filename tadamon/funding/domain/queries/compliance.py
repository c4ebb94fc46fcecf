"""The compliance score of organisations and the plan of inspections (the back office, the
organisation dashboard); the score is explained in `domain/compliance.py`."""

import datetime
from typing import NamedTuple

from django.db.models import Case, Count, Exists, IntegerField, OuterRef, QuerySet, Subquery, Value, When
from django.db.models.functions import Coalesce, Greatest, Least
from django.utils import timezone

from tadamon.funding.domain.compliance import PENALTIES, cooperatives, declaration_due, last_closed_year
from tadamon.funding.enums import InspectionResult
from tadamon.funding.models import AnnualDeclaration, Finding, Inspection
from tadamon.registry.enums import OrganizationKind, OrganizationStatus


def with_compliance(organizations: QuerySet, year: int, today: datetime.date | None = None) -> QuerySet:
    """Annotate each organisation's compliance score for `year` and the flags that explain it."""
    today = today or timezone.localdate()
    declaration = AnnualDeclaration.objects.filter(organization=OuterRef("pk"), year=year)
    last_result = Subquery(Inspection.objects.filter(organization=OuterRef("pk"), done_on__isnull=False)
                           .order_by("-done_on", "-pk").values("result")[:1])
    open_findings = Finding.objects.filter(inspection__organization=OuterRef("pk"), resolved_on__isnull=True)
    counted = Subquery(open_findings.order_by().values("inspection__organization").annotate(n=Count("pk"))
                       .values("n"))
    p = PENALTIES
    annotated = organizations.annotate(
        has_declaration=Exists(declaration),
        assembly_missing=Exists(declaration.filter(general_assembly_held=False)),
        accounts_missing=Exists(declaration.filter(accounts_filed=False)),
        last_result=last_result,
        open_findings=Coalesce(counted, 0),
        follow_up_overdue=Exists(open_findings.filter(inspection__follow_up_due__lt=today)),
    )
    penalty = (
        Case(When(has_declaration=False, then=Value(p["no_declaration"])), default=Value(0))
        + Case(When(assembly_missing=True, then=Value(p["no_assembly"])), default=Value(0))
        + Case(When(accounts_missing=True, then=Value(p["no_accounts"])), default=Value(0))
        + Case(When(last_result=InspectionResult.MAJOR, then=Value(p["major"])),
               When(last_result=InspectionResult.MINOR, then=Value(p["minor"])),
               When(last_result__isnull=True, then=Value(p["never_inspected"])), default=Value(0))
        + Least(p["per_finding"] * Coalesce(counted, 0), Value(p["findings_cap"]))
        + Case(When(follow_up_overdue=True, then=Value(p["follow_up_overdue"])), default=Value(0))
    )
    return annotated.annotate(compliance=Greatest(Value(0), Value(100) - penalty, output_field=IntegerField()))


def inspection_plan(year: int, today: datetime.date | None = None, provinces=None) -> QuerySet:
    """The cooperatives to inspect next: riskiest first, leaving out those with an inspection
    already planned and not done."""
    planned = Inspection.objects.filter(done_on__isnull=True).values("organization")
    candidates = cooperatives().exclude(pk__in=planned)
    if provinces:
        candidates = candidates.filter(province__in=provinces)
    return (with_compliance(candidates, year, today).select_related("province")
            .order_by("compliance", "name_latin", "pk"))


class AwaitedDeclaration(NamedTuple):
    year: int
    due: datetime.date
    late: bool


def declaration_awaited(organization, today: datetime.date | None = None) -> AwaitedDeclaration | None:
    """The last closed year's declaration if the organisation is an active cooperative (those
    asked to declare, as `cooperatives()`) that has not filed it yet; None otherwise."""
    today = today or timezone.localdate()
    if organization.kind != OrganizationKind.COOPERATIVE or organization.status != OrganizationStatus.ACTIVE:
        return None
    year = last_closed_year(today)
    if AnnualDeclaration.objects.filter(organization=organization, year=year).exists():
        return None
    due = declaration_due(year)
    return AwaitedDeclaration(year, due, today > due)
