"""The directory page and /api/v1/organizations on a national-scale database: latency and
query counts (which must not grow with the page size).

Run bench_generate.py first (it leaves benchmarks/out/national.sqlite3 and PostgreSQL
tadamon_bench), then: .venv/bin/python benchmarks/bench_directory.py [sqlite|postgres]"""

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import machine, percentiles, setup_national_django  # noqa: E402

TARGET = setup_national_django()

from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

from tadamon.registry.models import Membership, Organization  # noqa: E402

PAGES = [
    ("directory, no filter", "/fr/organizations/"),
    ("directory, page 100", "/fr/organizations/?page=100"),
    ("directory, region", "/fr/organizations/?region=MA-08"),
    ("directory, province + women", "/fr/organizations/?province=MA-TIN&women=on"),
    ("directory, Latin query", "/fr/organizations/?q=tafoukt"),
    ("directory, Arabic query", "/ar/organizations/?q=%D8%AA%D8%A7%D9%81%D9%88%D9%83%D8%AA"),
    ("directory, htmx fragment", "/fr/organizations/?q=amal"),
    ("API, page of 50", "/api/v1/organizations"),
    ("API, page of 200", "/api/v1/organizations?page_size=200"),
    ("API, region + q", "/api/v1/organizations?region=MA-08&q=amal"),
    ("API, detail", "/api/v1/organizations/{pk}"),
]


def main():
    from django.core.management import call_command

    call_command("collectstatic", interactive=False, verbosity=0)  # production storage needs its manifest
    client = Client()
    pk = Organization.objects.order_by("pk").values_list("pk", flat=True)[1000]
    print(f"# {TARGET}: {Organization.objects.count():,} organisations, {Membership.objects.count():,} members, "
          f"on {machine()}")
    for label, url in PAGES:
        url = url.format(pk=pk)
        headers = {"HX-Request": "true"} if "htmx" in label else {}
        for _ in range(2):
            client.get(url, headers=headers)
        samples = []
        for _ in range(20):
            started = time.perf_counter()
            with CaptureQueriesContext(connection) as queries:
                response = client.get(url, headers=headers)
            samples.append(time.perf_counter() - started)
        assert response.status_code == 200, (url, response.status_code)
        print(f"{label:30} {percentiles(samples)}, {len(queries)} queries")
    exports()


def exports():
    """The back office's exports, synchronous today: how long a staff member waits."""
    from tadamon.accounts.models import User

    staff, _created = User.objects.get_or_create(username="bench-staff", defaults={"role": "staff"})
    client = Client()
    client.force_login(staff)
    for label, url in [("export organisations CSV, region", "/fr/manage/organizations/export/organizations.csv?region=MA-08"),
                       ("export organisations CSV, all", "/fr/manage/organizations/export/organizations.csv"),
                       ("export organisations XLSX, all", "/fr/manage/organizations/export/organizations.xlsx"),
                       ("export members XLSX, province", "/fr/manage/organizations/export/members.xlsx?province=MA-TIN")]:
        started = time.perf_counter()
        response = client.get(url)
        body = b"".join(response.streaming_content) if response.streaming else response.content
        print(f"{label:34} {time.perf_counter() - started:6.1f} s, {len(body) / 2**20:.1f} MiB")


if __name__ == "__main__":
    main()
