"""Partnerships at national scale: 20 sponsors, 480 agreements, 29,000 commitments and 500,000
pieces of support delivered to organisations of the national registry. The biggest sponsor works
with 5,000 organisations and gave 200,000 of the support records. Prints the latency and query
count of its portfolio page (whole, one year, one province), its yearly report as PDF and XLSX,
the API lists, and the same for a small sponsor (query counts must not grow with the data).

Run bench_generate.py first (it leaves the national databases), then:
.venv/bin/python benchmarks/bench_partnerships.py [sqlite|postgres]"""

import datetime
import random
import sys
import time
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import machine, measure_page, setup_national_django  # noqa: E402

TARGET = setup_national_django()

from django.db import transaction  # noqa: E402
from django.test import Client  # noqa: E402

from tadamon.accounts.models import User  # noqa: E402
from tadamon.common.db import refresh_planner_statistics  # noqa: E402
from tadamon.partnerships.enums import PartyRole, SupportKind  # noqa: E402
from tadamon.partnerships.models import Agreement, AgreementParty, Commitment, Support  # noqa: E402
from tadamon.programmes.models import Programme  # noqa: E402
from tadamon.registry.enums import OrganizationKind  # noqa: E402
from tadamon.registry.models import Membership, Organization, Province  # noqa: E402

PREFIX = "BENCH-PART"
# (sponsors, agreements each, beneficiaries per agreement, support records of the group)
BIG, SMALL = (1, 100, 50, 200_000), (19, 20, 25, 300_000)
KINDS = [kind for kind, _label in SupportKind.choices]


def build() -> None:
    rng = random.Random(7)
    province = Province.objects.get(code="MA-TIN")
    programme = Programme.objects.create(name_fr=f"{PREFIX} programme", name_ar=f"{PREFIX} programme")
    candidates = list(Membership.objects.filter(organization__kind__in=OrganizationKind.social_economy(),
                                                end_date__isnull=True)
                      .values_list("organization_id", flat=True).distinct().order_by("organization_id"))
    number = 0
    for group, (sponsors, agreements, per_agreement, records) in (("big", BIG), ("small", SMALL)):
        for s in range(sponsors):
            sponsor = Organization.objects.create(kind=OrganizationKind.COMPANY, name_latin=f"{PREFIX} {group} {s}",
                                                  name_ar=f"{PREFIX} {group} {s}", province=province)
            if group == "big":
                User.objects.create_user("bench-sponsor", password="x", role="staff", organization=sponsor)
            elif s == 0:
                User.objects.create_user("bench-small-sponsor", password="x", role="staff", organization=sponsor)
            chosen = rng.sample(candidates, agreements * per_agreement)
            owed = []  # (commitment, beneficiary)
            with transaction.atomic():
                for a in range(agreements):
                    number += 1
                    year = 2012 + a % 14
                    agreement = Agreement.objects.create(
                        reference=f"{PREFIX}-{number:05d}", title_fr=f"Convention {number}", title_ar=f"اتفاقية {number}",
                        signed_on=datetime.date(year, 1, 15), starts_on=datetime.date(year, 2, 1),
                        ends_on=datetime.date(year + 2, 12, 31), budget_mad=Decimal("5000000"))
                    beneficiaries = chosen[a * per_agreement:(a + 1) * per_agreement]
                    AgreementParty.objects.bulk_create(
                        [AgreementParty(agreement=agreement, organization=sponsor, role=PartyRole.SPONSOR)]
                        + [AgreementParty(agreement=agreement, organization_id=pk, role=PartyRole.BENEFICIARY)
                           for pk in beneficiaries])
                    commitments = Commitment.objects.bulk_create([
                        Commitment(agreement=agreement, debtor=sponsor, beneficiary_id=pk, deliverable=f"Appui {i}",
                                   amount_mad=Decimal(rng.randrange(20_000, 200_000, 1000)),
                                   due_on=datetime.date(year + 1 + i, 6, 30))
                        for pk in beneficiaries for i in range(2)])
                    owed += [(c, c.beneficiary_id) for c in commitments]
            rows = []
            share = records // sponsors + (1 if s < records % sponsors else 0)
            for r in range(share):
                commitment, beneficiary = owed[r % len(owed)]
                kind = KINDS[r % len(KINDS)]
                against_programme = r % 10 < 3  # 30% under a programme rather than a commitment
                rows.append(Support(
                    recipient_id=beneficiary, provider=sponsor, kind=kind, nature=SupportKind.nature_of(kind),
                    commitment=None if against_programme else commitment,
                    programme=programme if against_programme or r % 10 == 3 else None,
                    description="Livraison", value_mad=Decimal(rng.randrange(500, 40_000, 100)),
                    people=rng.randrange(1, 30) if kind in ("transport", "lodging", "training") else None,
                    delivered_on=datetime.date(commitment.due_on.year - 1, 1 + r % 12, 1 + r % 28)))
                if len(rows) == 10_000:
                    Support.objects.bulk_create(rows)
                    rows = []
            Support.objects.bulk_create(rows)
    refresh_planner_statistics("partnerships_support", "partnerships_commitment", "partnerships_agreementparty",
                               "partnerships_agreement")


def measure(client, label, url, runs=10):
    measure_page(client, label, url, runs, width=44)


def main():
    print(f"# partnerships on {TARGET}, {machine()}")
    if not Agreement.objects.filter(reference__startswith=PREFIX).exists():
        started = time.perf_counter()
        build()
        print(f"built in {time.perf_counter() - started:.0f} s")
    print(f"{Agreement.objects.count():,} agreements, {Commitment.objects.count():,} commitments, "
          f"{Support.objects.count():,} support records")
    for username, name in (("bench-sponsor", "big"), ("bench-small-sponsor", "small")):
        user = User.objects.get(username=username)
        given = Support.objects.filter(provider=user.organization_id)
        print(f"## {name} sponsor: {given.count():,} support records, "
              f"{given.values('recipient').distinct().count():,} organisations")
        client = Client()
        client.force_login(user)
        province = Province.objects.get(pk=given.values("recipient__province").first()["recipient__province"])
        measure(client, f"portfolio page ({name})", "/fr/manage/portfolio/")
        measure(client, f"portfolio page, one year ({name})", "/fr/manage/portfolio/?year=2020")
        measure(client, f"portfolio page, one province ({name})", f"/fr/manage/portfolio/?province={province.code}")
        measure(client, f"yearly report PDF ({name})", "/fr/manage/portfolio/report.pdf?year=2020", runs=5)
        measure(client, f"yearly report XLSX ({name})", "/fr/manage/portfolio/report.xlsx?year=2020", runs=5)
        measure(client, f"API support list ({name})", "/api/v1/support")
        measure(client, f"API commitments, late ({name})", "/api/v1/commitments?status=late")


if __name__ == "__main__":
    main()
