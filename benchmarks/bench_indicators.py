"""Indicators at national scale (60,000 organisations, 800,000 members, and the programme of
bench_programmes.py with its 2,000,000 attendance rows, built here if missing): the time to refresh the
precomputed figures (every indicator, every year since 2010, and one year), the latency of the
open-data API and page read from them, and the same figures computed directly from the records.

Run bench_generate.py first (it leaves the national databases), then:
.venv/bin/python benchmarks/bench_indicators.py [sqlite|postgres]"""

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import machine, measure_page, setup_national_django  # noqa: E402

TARGET = setup_national_django()

from django.core.management import call_command  # noqa: E402
from django.test import Client  # noqa: E402

from tadamon.indicators.catalogue import CATALOGUE  # noqa: E402
from tadamon.indicators.domain.figures import direct, refresh  # noqa: E402
from tadamon.indicators.models import IndicatorCell  # noqa: E402

YEAR = 2025


def measure(client, label, url, runs=15):
    measure_page(client, label, url, runs, width=44)


def main():
    print(f"# indicators on {TARGET}, {machine()}")
    call_command("migrate", verbosity=0)
    call_command("collectstatic", interactive=False, verbosity=0)
    from bench_programmes import programmes

    from tadamon.accounts.models import User

    staff, _created = User.objects.get_or_create(username="bench-programme-staff", defaults={"role": "staff"})
    big, _small = programmes(staff)
    started = time.perf_counter()
    took = refresh()
    print(f"refresh, every indicator, 2010-{YEAR + 1}: {time.perf_counter() - started:.1f} s, "
          f"{IndicatorCell.objects.count():,} cells")
    for code, seconds in sorted(took.items(), key=lambda item: -item[1])[:5]:
        print(f"  {code}: {seconds:.1f} s")
    started = time.perf_counter()
    refresh(years=[YEAR])
    print(f"refresh, every indicator, {YEAR} only: {time.perf_counter() - started:.1f} s")
    client = Client()
    measure(client, f"API /indicators?by=region&year={YEAR}", f"/api/v1/indicators?by=region&year={YEAR}")
    measure(client, f"API /indicators?by=province&year={YEAR}", f"/api/v1/indicators?by=province&year={YEAR}")
    measure(client, "open-data page, by province", f"/fr/open-data/?year={YEAR}&by=province")
    measure(client, "dashboard, national", f"/fr/dashboard/?year={YEAR}")
    measure(client, "dashboard, regional (Drâa-Tafilalet)", f"/fr/dashboard/?year={YEAR}&region=MA-08")
    measure(client, "dashboard, a province and a sector",
            f"/fr/dashboard/?year={YEAR}&province=MA-TIN&sector=argan&indicator=cooperative_members")
    measure(client, "programme dashboard (20,000 organisations, 2,000,000 attendance rows)",
            f"/fr/dashboard/programmes/{big.pk}/")
    measure(client, "pivot, members by gender and age band",
            f"/fr/open-data/pivot/?indicator=cooperative_members&rows=gender&columns=age_band&year={YEAR}")
    measure(client, "pivot, members by province and year",
            "/fr/open-data/pivot/?indicator=cooperative_members&rows=province&columns=year")
    measure(client, "regional annual report, PDF", f"/fr/dashboard/report.pdf?year={YEAR}&region=MA-08", runs=5)
    started = time.perf_counter()
    for indicator in CATALOGUE:
        direct(indicator, YEAR, "region")
    print(f"{'the same figures by region, direct count':44} {(time.perf_counter() - started) * 1000:.0f} ms")
    import_then_refresh()


def import_then_refresh(count=10_000):
    """An import of 10,000 cooperatives, then the refresh it triggers; rolled back afterwards."""
    import io

    from django.db import transaction

    from tadamon.registry.domain.imports import import_organizations
    from tadamon.registry.signals import organizations_imported

    lines = ["kind,name_ar,name_latin,province,sector,creation_date"]
    lines += [f"cooperative,تعاونية تجريبية {i},Cooperative Bench Import {i},MA-TIN,argan,2020-01-01"
              for i in range(count)]
    took = {}

    from tadamon.indicators import receivers

    def timed_refresh(sender, **kwargs):
        started = time.perf_counter()
        receivers.refresh_after_import(sender, **kwargs)
        took["refresh"] = time.perf_counter() - started

    organizations_imported.disconnect(receivers.refresh_after_import)
    organizations_imported.connect(timed_refresh)
    with transaction.atomic():
        started = time.perf_counter()
        report = import_organizations(io.BytesIO("\n".join(lines).encode()), filename="bench.csv")
        total = time.perf_counter() - started
        assert report.ok and report.created == count, report.as_dict()
        transaction.set_rollback(True)
    print(f"import of {count:,} cooperatives: {total:.1f} s, of which the registry figures' refresh "
          f"{took['refresh']:.1f} s (the cooperatives' indicators, 2020 on)")


if __name__ == "__main__":
    main()
