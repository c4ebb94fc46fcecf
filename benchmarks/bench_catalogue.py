"""The public catalogue at national scale: 200,000 products of the 60,000 organisations left by
bench_generate.py, 20,000 certifications. Prints latency percentiles and query counts of the
catalogue page with filters and search, and of /api/v1/products.

.venv/bin/python benchmarks/bench_catalogue.py [sqlite|postgres]"""

import datetime
import random
import sys
import time
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import machine, percentiles, setup_national_django  # noqa: E402

TARGET = setup_national_django()

from django.db import connection, transaction  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

from tadamon.common.db import refresh_planner_statistics  # noqa: E402
from tadamon.common.text import normalize_text  # noqa: E402
from tadamon.demo.products import PRODUCTS  # noqa: E402
from tadamon.market.models import Certification, Product  # noqa: E402
from tadamon.registry.models import Organization, Sector  # noqa: E402

PRODUCTS_WANTED, CERTIFICATIONS = 200_000, 20_000

PAGES = [
    ("catalogue, no filter", "/fr/products/"),
    ("catalogue, page 200", "/fr/products/?page=200"),
    ("catalogue, Latin search (argan)", "/fr/products/?q=argan"),
    ("catalogue, Arabic search (تمور)", "/ar/products/?q=%D8%AA%D9%85%D9%88%D8%B1"),
    ("catalogue, region + category group", "/fr/products/?region=MA-08&category=agrifood"),
    ("catalogue, valid organic certification", "/fr/products/?certification=organic"),
    ("catalogue, women + price range + sort", "/fr/products/?women=on&price_min=50&price_max=200&sort=price"),
    ("catalogue, htmx results fragment", "/fr/products/?q=huile"),
    ("API, page of 50", "/api/v1/products"),
    ("API, region + q", "/api/v1/products?region=MA-08&q=argan"),
]


def build():
    started = time.perf_counter()
    rng = random.Random(7)
    if Product.objects.count() < PRODUCTS_WANTED:
        build_products(rng)
    if Certification.objects.count() < CERTIFICATIONS:
        build_certifications(rng)
        print(f"built {PRODUCTS_WANTED:,} products and {CERTIFICATIONS:,} certifications in "
              f"{time.perf_counter() - started:.0f} s")


def build_products(rng):
    sectors = {s.code: s for s in Sector.objects.filter(code__in=PRODUCTS)}
    catalogue_rows = [(code, row) for code in PRODUCTS for row in PRODUCTS[code]]
    organization_ids = list(Organization.objects.filter(kind__in=["cooperative", "association"]).values_list(
        "pk", flat=True))
    batch = []
    for _n in range(PRODUCTS_WANTED):
        code, (name_ar, name_fr, name_en, unit, price, availability) = rng.choice(catalogue_rows)
        batch.append(Product(
            organization_id=rng.choice(organization_ids), name_ar=name_ar, name_fr=name_fr, name_en=name_en,
            category=sectors[code], unit=unit, availability=availability,
            price_mad=(Decimal(price) * Decimal(rng.uniform(0.7, 1.3))).quantize(Decimal("0.01")),
            search_text=" | ".join(normalize_text(x) for x in (name_ar, name_fr, name_en))))
        if len(batch) == 5000:
            with transaction.atomic():
                Product.objects.bulk_create(batch)
            batch = []


def build_certifications(rng):
    """A tenth of products certified; issued up to 3 years ago for 1 to 3 years, so some have expired."""
    product_ids = list(Product.objects.values_list("pk", "organization_id"))
    today = datetime.date.today()
    rows = []
    for n, (pk, organization_id) in enumerate(rng.sample(product_ids, CERTIFICATIONS)):
        issued = today - datetime.timedelta(days=rng.randint(1, 1000))
        rows.append(Certification(organization_id=organization_id, product_id=pk, issuer="Bench", number=str(n),
                                  kind=rng.choice(["organic", "onssa_approval"]), issued_on=issued,
                                  expires_on=issued + datetime.timedelta(days=rng.randint(365, 1100))))
    Certification.objects.bulk_create(rows, batch_size=5000)


def main():
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    call_command("collectstatic", interactive=False, verbosity=0)
    build()
    refresh_planner_statistics("market_product", "market_certification")
    print(f"# {TARGET}: {Product.objects.count():,} products, on {machine()}")
    client = Client()
    for label, url in PAGES:
        headers = {"HX-Request": "true"} if "htmx" in label else {}
        for _ in range(2):
            client.get(url, headers=headers)
        samples = []
        for _ in range(15):
            started = time.perf_counter()
            with CaptureQueriesContext(connection) as queries:
                response = client.get(url, headers=headers)
            samples.append(time.perf_counter() - started)
        assert response.status_code == 200, (url, response.status_code)
        print(f"{label:42} {percentiles(samples)}, {len(queries)} queries")


if __name__ == "__main__":
    main()
