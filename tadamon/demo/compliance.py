"""Compliance of the demo cooperatives: most filed their declaration for the last closed year (the
Dadès women's cooperative among them), some did not; the 59 inspections under Law 112.12 that
article 004 counts in Drâa-Tafilalet in 2023, with their findings, some still open; and two
inspections planned now. Figures in the declarations are illustrative."""

import datetime
import random
from decimal import Decimal

from django.utils import timezone

from tadamon.funding.domain import compliance as domain
from tadamon.funding.domain.queries.compliance import inspection_plan
from tadamon.funding.models import AnnualDeclaration, Inspection

FINDINGS = ["Registre des délibérations non tenu", "Liste des membres non mise à jour",
            "Assemblée générale tenue hors délai", "Capital souscrit non libéré", "Réserve légale non constituée"]


def load_compliance(officer) -> int:
    if Inspection.objects.exists():
        return 0
    rng = random.Random(112)
    year = domain.last_closed_year()
    odco = officer.organization
    cooperatives = list(domain.cooperatives().order_by("pk"))
    for position, cooperative in enumerate(cooperatives):
        if position % 5 == 4 and cooperative.name_latin != "Coopérative des Femmes de Dadès":
            continue  # one in five has not filed
        held = position % 7 != 3
        subscribed = Decimal(rng.randrange(5, 60) * 1000)
        domain.file_declaration(
            cooperative, year=year, by=None, today=datetime.date(year + 1, 3, 1),
            members_women=rng.randrange(3, 40), members_men=rng.randrange(0, 15),
            capital_subscribed_mad=subscribed, capital_paid_mad=subscribed * Decimal("0.8"),
            turnover_mad=Decimal(rng.randrange(20, 900) * 1000), general_assembly_held=held,
            general_assembly_on=datetime.date(year + 1, 2, rng.randrange(1, 28)) if held else None,
            accounts_filed=position % 6 != 2)
    region = [c for c in cooperatives if c.province.region.code == "MA-08"]
    for number in range(59):  # article 004: 59 inspections in the region in 2023
        cooperative = region[number % len(region)]
        done_on = datetime.date(2023, 1 + number % 12, 1 + number % 27)
        inspection = domain.plan_inspection(cooperative, authority=odco, inspector=officer,
                                            planned_on=done_on - datetime.timedelta(days=14))
        result = ["ok", "ok", "minor", "major"][number % 4]
        findings = rng.sample(FINDINGS, {"ok": 0, "minor": 1, "major": 3}[result])
        domain.record_inspection(inspection, done_on=done_on, result=result, findings=findings,
                                 checklist={key: rng.random() > 0.25 for key, _label in domain.CHECKLIST},
                                 follow_up_due=done_on + datetime.timedelta(days=90) if findings else None)
        for finding in inspection.findings.all()[:1] if number % 3 else []:
            domain.resolve_finding(finding, on=done_on + datetime.timedelta(days=60))
    today = timezone.localdate()
    for cooperative in list(inspection_plan(year))[:2]:
        domain.plan_inspection(cooperative, authority=odco, inspector=officer,
                               planned_on=today + datetime.timedelta(days=10),
                               reason=domain.stored_reason(domain.reason_codes(cooperative, year)))
    return AnnualDeclaration.objects.count()


