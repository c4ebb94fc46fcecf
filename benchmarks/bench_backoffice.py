"""The back office signed in, at national scale, and the public pages uncached (issue 26, part 3).

Requests go through Django's test client in this process (every middleware, the session from the
cache and the database, DEBUG off, the cached template loader, Redis as the cache when it answers
on 127.0.0.1), as programme staff, a cooperative's manager and an institution's officer, on the
pages they use most; then the public pages anonymously with the page cache off
(PUBLIC_PAGE_CACHE_SECONDS=0). Each page: 3 warm-up requests, then --runs measured; prints the
median and p95 of the wall time, the median CPU time of this process (Python and templates, not the
database's work: steadier than wall time on a shared machine) and the queries of one request.

Run bench_generate.py --only postgres first (it leaves the national database), then:
.venv/bin/python benchmarks/bench_backoffice.py postgres [--runs 50] [--only LABEL-PART] [--profile LABEL-PART]
               [--queries LABEL-PART] [--json benchmarks/out/backoffice.json]

What it adds to the national database the first time (kept, marked "Benchmark — back office"):
a programme of 5,000 organisations with 200,000 attendance rows run by the staff member;
60,000 support requests (5,000 in the officer's institution's queue, 1,200 of them open);
30,000 name-certificate requests (4,000 for the officer's office, 600 pending);
120,000 orders of the enrolled organisations with 1 to 3 lines each (60 for the manager's);
10,000 products."""

import argparse
import datetime
import json
import os
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import machine, setup_national_django  # noqa: E402


def _redis_answers() -> bool:
    import socket

    try:
        socket.create_connection(("127.0.0.1", 6379), timeout=0.5).close()
        return True
    except OSError:
        return False


if _redis_answers():  # the production cache (sessions are cached_db), on a database of its own
    os.environ.setdefault("REDIS_URL", "redis://127.0.0.1:6379/11")
TARGET = setup_national_django()

from django.conf import settings  # noqa: E402
from django.db import connection, transaction  # noqa: E402
from django.db.models import Count  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django.utils import timezone  # noqa: E402

from tadamon.accounts.enums import Role  # noqa: E402
from tadamon.accounts.models import User  # noqa: E402
from tadamon.common.db import refresh_planner_statistics  # noqa: E402
from tadamon.funding.enums import NameRequestStatus, SupportCategory, SupportRequestStatus  # noqa: E402
from tadamon.funding.models import NameRequest, SupportRequest  # noqa: E402
from tadamon.market.enums import OrderKind, OrderStatus  # noqa: E402
from tadamon.market.models import Order, OrderLine, Product  # noqa: E402
from tadamon.programmes.models import Programme  # noqa: E402
from tadamon.registry.enums import OrganizationKind  # noqa: E402
from tadamon.registry.models import Membership, Organization, Province  # noqa: E402

MARK = "Benchmark — back office"
PROGRAMME_ORGANIZATIONS, PROGRAMME_ROWS = 5_000, 200_000
SUPPORT_REQUESTS, OFFICER_QUEUE, OFFICER_OPEN = 60_000, 5_000, 1_200
NAME_REQUESTS, OFFICE_REQUESTS, OFFICE_PENDING = 30_000, 4_000, 600
ORDERS, MANAGER_ORDERS, PRODUCTS = 120_000, 60, 10_000


def _office(name: str, province) -> Organization:
    office = Organization.objects.filter(name_latin=name).first()
    if office is None:
        office = Organization(kind=OrganizationKind.PUBLIC_BODY, name_latin=name, name_ar=name,
                              province=province)
        office.save()
    return office


def users():
    """The staff member, the manager of a cooperative of about 40 members enrolled in the programme,
    an officer of the first institution in charge; made once."""
    staff, _created = User.objects.get_or_create(username="bench-bo-staff", defaults={"role": Role.STAFF})
    province = Province.objects.order_by("code").first()
    office = _office(f"{MARK} — office", province)
    officer, _created = User.objects.get_or_create(username="bench-bo-officer",
                                                   defaults={"role": Role.OFFICER, "organization": office})
    manager = User.objects.filter(username="bench-bo-manager").first()
    return staff, officer, office, manager


def build(staff, office):
    from bench_programmes import build_programme

    rng = random.Random(26)
    started = time.perf_counter()
    programme = Programme.objects.filter(name_fr=f"{MARK} — programme").first()
    if programme is None:
        programme = build_programme(f"{MARK} — programme", PROGRAMME_ORGANIZATIONS, PROGRAMME_ROWS, staff)
        refresh_planner_statistics("programmes_registration", "programmes_session", "programmes_enrolment")
        print(f"programme built in {time.perf_counter() - started:.0f} s", flush=True)
    enrolled = list(programme.enrolments.order_by("organization_id").values_list("organization_id", flat=True))
    manager = User.objects.filter(username="bench-bo-manager").first()
    if manager is None:
        sizes = dict(Membership.objects.filter(organization_id__in=enrolled, end_date__isnull=True)
                     .values_list("organization_id").annotate(n=Count("pk")).values_list("organization_id", "n"))
        chosen = min(sizes, key=lambda pk: (abs(sizes[pk] - 40), pk))
        manager = User.objects.create(username="bench-bo-manager", role=Role.MANAGER, organization_id=chosen)
    own = manager.organization_id
    if not SupportRequest.objects.filter(institution=office).exists():
        build_support_requests(rng, office, own)
    if not NameRequest.objects.filter(authority=office).exists():
        build_name_requests(rng, office)
    if Product.objects.count() < PRODUCTS:
        build_products(rng, own, enrolled)
    if not Order.objects.filter(organization_id=own).exists():
        build_orders(rng, own, enrolled)
    refresh_planner_statistics("funding_supportrequest", "funding_namerequest", "market_order", "market_orderline",
                               "market_product")
    return programme, manager


def build_support_requests(rng, office, own):
    organization_ids = list(Organization.objects.filter(kind__in=OrganizationKind.social_economy())
                            .values_list("pk", flat=True))
    now = timezone.now()
    rows = []
    for i in range(SUPPORT_REQUESTS):
        if i < OFFICER_OPEN // 2:
            status = SupportRequestStatus.OPEN
        elif i < OFFICER_OPEN:
            status = SupportRequestStatus.IN_PROGRESS
        else:
            status = rng.choice([SupportRequestStatus.RESOLVED, SupportRequestStatus.CLOSED, SupportRequestStatus.OPEN])
        opened = now - datetime.timedelta(days=rng.uniform(0, 730))
        answered = None if status == SupportRequestStatus.OPEN else opened + datetime.timedelta(days=rng.uniform(1, 20))
        finished = status in (SupportRequestStatus.RESOLVED, SupportRequestStatus.CLOSED)
        rows.append(SupportRequest(
            organization_id=own if i % 1000 == 7 else rng.choice(organization_ids),
            category=rng.choice(SupportCategory.values), title=f"Demande {i}: accès au marché régional",
            institution=office if i < OFFICER_QUEUE else other_office(), status=status,
            answer_due_at=opened + datetime.timedelta(days=10), resolve_due_at=opened + datetime.timedelta(days=60),
            first_answer_at=answered, resolved_at=answered + datetime.timedelta(days=9) if finished else None))
    with transaction.atomic():
        made = SupportRequest.objects.bulk_create(rows, batch_size=5000)
        # opened_at is auto_now_add: spread it over two years as the rows say.
        with connection.cursor() as cursor:
            cursor.execute("UPDATE funding_supportrequest SET opened_at = answer_due_at - interval '10 days' "
                           "WHERE id BETWEEN %s AND %s", [made[0].pk, made[-1].pk])
    print(f"{SUPPORT_REQUESTS:,} support requests", flush=True)


def build_name_requests(rng, office):
    provinces = list(Province.objects.values_list("pk", flat=True))
    now = timezone.now()
    rows = []
    for i in range(NAME_REQUESTS):
        status = NameRequestStatus.PENDING if i < OFFICE_PENDING else rng.choice(
            [NameRequestStatus.APPROVED, NameRequestStatus.APPROVED, NameRequestStatus.REFUSED])
        rows.append(NameRequest(
            reference=f"BNR-{i:06d}", name_ar=f"تعاونية الأمل {i}", name_latin=f"Coopérative Al Amal {i}",
            province_id=rng.choice(provinces), authority=office if i < OFFICE_REQUESTS else other_office(),
            applicant_name=f"Fondateur {i}", applicant_phone="0612345678", status=status,
            decided_at=None if status == NameRequestStatus.PENDING else now))
    with transaction.atomic():
        made = NameRequest.objects.bulk_create(rows, batch_size=5000)
        with connection.cursor() as cursor:
            cursor.execute("UPDATE funding_namerequest SET submitted_at = now() - (id %% 700) * interval '1 day' "
                           "WHERE id BETWEEN %s AND %s", [made[0].pk, made[-1].pk])
    print(f"{NAME_REQUESTS:,} name requests", flush=True)


def build_products(rng, own, enrolled):
    from decimal import Decimal

    from tadamon.common.text import normalize_text
    from tadamon.demo.products import PRODUCTS as CATALOGUE
    from tadamon.registry.models import Sector

    sectors = {s.code: s for s in Sector.objects.filter(code__in=CATALOGUE)}
    rows = [(code, row) for code in CATALOGUE if code in sectors for row in CATALOGUE[code]]
    products = []
    for i in range(PRODUCTS):
        code, (name_ar, name_fr, name_en, unit, price, availability) = rng.choice(rows)
        products.append(Product(
            organization_id=own if i < 12 else rng.choice(enrolled), name_ar=name_ar, name_fr=name_fr,
            name_en=name_en, category=sectors[code], unit=unit, availability=availability,
            price_mad=(Decimal(price) * Decimal(rng.uniform(0.7, 1.3))).quantize(Decimal("0.01")),
            search_text=" | ".join(normalize_text(x) for x in (name_ar, name_fr, name_en))))
    Product.objects.bulk_create(products, batch_size=2000)
    print(f"{PRODUCTS:,} products", flush=True)


def build_orders(rng, own, enrolled):
    by_organization = {}
    product_rows = list(Product.objects.filter(organization_id__in=enrolled)
                        .values_list("pk", "organization_id", "name_fr", "unit", "price_mad"))
    for row in product_rows:
        by_organization.setdefault(row[1], []).append(row)
    statuses = [s for s in OrderStatus.values if s != OrderStatus.UNVERIFIED]
    made = 0
    while made < ORDERS:
        orders, lines = [], []
        for _ in range(min(5000, ORDERS - made)):
            organization = own if made < MANAGER_ORDERS else rng.choice(enrolled)
            orders.append(Order(reference=f"B{made:09d}", token=f"bench-backoffice-{made:026d}",
                                organization_id=organization, kind=OrderKind.ORDER, status=rng.choice(statuses),
                                buyer_name=f"Acheteur {made}", buyer_email=f"buyer{made}@example.org",
                                city="Rabat", message="Bonjour, je souhaite commander."))
            made += 1
        with transaction.atomic():
            created = Order.objects.bulk_create(orders)
            for order in created:
                choices = by_organization.get(order.organization_id) or product_rows[:3]
                for pk, _org, name, unit, price in rng.sample(choices, min(len(choices), rng.randint(1, 3))):
                    lines.append(OrderLine(order=order, product_id=pk, product_name=name or "Produit",
                                           quantity=rng.randint(1, 20), unit=unit, unit_price=price or 50))
            OrderLine.objects.bulk_create(lines, batch_size=5000)
            with connection.cursor() as cursor:
                cursor.execute("UPDATE market_order SET created_at = now() - (id %% 400) * interval '1 day' "
                               "WHERE id BETWEEN %s AND %s", [created[0].pk, created[-1].pk])
    print(f"{ORDERS:,} orders", flush=True)


_OTHER = []


def other_office():
    if not _OTHER:
        _OTHER.append(_office(f"{MARK} — other office", Province.objects.order_by("code").last()))
    return _OTHER[0]


def measure(client, label: str, url: str, runs: int, results: dict, width: int = 50):
    for _ in range(3):
        response = client.get(url)
        assert response.status_code == 200, (label, url, response.status_code)
    samples, cpu = [], []
    for _ in range(runs):
        started, started_cpu = time.perf_counter(), time.process_time()
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        samples.append(time.perf_counter() - started)
        cpu.append(time.process_time() - started_cpu)
    assert response.status_code == 200, (url, response.status_code)
    ordered = sorted(samples)
    p50 = statistics.median(ordered) * 1000
    p95 = ordered[max(0, int(len(ordered) * 0.95) - 1)] * 1000
    cpu50 = statistics.median(cpu) * 1000  # this process only: Python, templates, not PostgreSQL's work
    results[label] = {"url": url, "p50": round(p50, 1), "p95": round(p95, 1), "cpu": round(cpu50, 1),
                      "queries": len(queries)}
    print(f"{label:{width}} p50 {p50:6.1f} ms  p95 {p95:6.1f} ms  cpu {cpu50:5.1f} ms  {len(queries):3d} queries",
          flush=True)


def profile(client, label, url):
    import cProfile
    import pstats

    for _ in range(3):
        client.get(url)
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(20):
        client.get(url)
    profiler.disable()
    out = Path(settings.BASE_DIR) / "benchmarks" / "out" / f"profile-{label.split()[0]}.txt"
    with open(out, "w") as stream:
        stats = pstats.Stats(profiler, stream=stream).sort_stats("cumulative")
        stats.print_stats(60)
        stats.sort_stats("tottime").print_stats(40)
    print(f"profile of {label} ({url}): {out}")


def slowest_queries(client, label, url, shown: int = 8):
    """The queries of one request, slowest first, with their time: where a page's database time goes."""
    for _ in range(3):
        client.get(url)
    with CaptureQueriesContext(connection) as queries:
        client.get(url)
    print(f"queries of {label} ({url}), slowest first:")
    for query in sorted(queries.captured_queries, key=lambda q: -float(q["time"]))[:shown]:
        print(f"  {float(query['time']) * 1000:7.1f} ms  {query['sql'][:400]}")


def pages(staff, manager, officer, office, programme):
    organization = manager.organization
    # A large organisation (the most members of the national registry), for the pages that list members.
    largest = (Membership.objects.filter(end_date__isnull=True).values("organization_id")
               .annotate(n=Count("pk")).order_by("-n")
               .values_list("organization_id", "n").first())
    enrolment = programme.enrolments.order_by("pk")[100]
    session = programme.sessions.order_by("pk")[50]
    order = Order.objects.filter(organization=organization).order_by("pk").first()
    support = SupportRequest.objects.filter(institution=office).order_by("pk").first()
    p = f"/fr/manage/programmes/{programme.pk}"
    return {
        "staff": (staff, [
            ("staff · home", "/fr/manage/"),
            ("staff · organisations", "/fr/manage/organizations/"),
            ("staff · organisations, search", "/fr/manage/organizations/?q=amal"),
            ("staff · organisations, region filter, page 3", "/fr/manage/organizations/?region=MA-08&page=3"),
            (f"staff · organisation ({largest[1]} members)", f"/fr/manage/organizations/{largest[0]}/"),
            ("staff · organisation (manager's)", f"/fr/manage/organizations/{organization.pk}/"),
            ("staff · programmes", "/fr/manage/programmes/"),
            ("staff · programme page", f"{p}/"),
            ("staff · a journey", f"{p}/enrolments/{enrolment.pk}/"),
            ("staff · a session's register", f"{p}/sessions/{session.pk}/"),
            ("staff · orders", "/fr/manage/orders/"),
            ("staff · orders, waiting", "/fr/manage/orders/?status=open"),
        ]),
        "manager": (manager, [
            ("manager · home", f"/fr/manage/organizations/{organization.pk}/home/"),
            ("manager · organisation + members", f"/fr/manage/organizations/{organization.pk}/"),
            ("manager · orders", "/fr/manage/orders/"),
            ("manager · an order", f"/fr/manage/orders/{order.pk}/"),
            ("manager · support requests", "/fr/manage/support-requests/?status="),
            ("manager · products", "/fr/manage/products/"),
        ]),
        "officer": (officer, [
            ("officer · home", "/fr/manage/"),
            ("officer · organisations, search", "/fr/manage/organizations/?q=amal"),
            (f"officer · organisation ({largest[1]} members)", f"/fr/manage/organizations/{largest[0]}/"),
            ("officer · support queue (open)", "/fr/manage/support-requests/"),
            ("officer · support queue (all)", "/fr/manage/support-requests/?status="),
            ("officer · a support request", f"/fr/manage/support-requests/{support.pk}/"),
            ("officer · name queue (pending)", "/fr/manage/names/"),
            ("officer · name queue (all, page 20)", "/fr/manage/names/?status=&page=20"),
            ("officer · claims", "/fr/manage/claims/"),
        ]),
        "public": (None, [
            ("public · home", "/ar/"),
            ("public · directory", "/ar/organizations/"),
            ("public · directory, search", "/ar/organizations/?q=amal"),
            ("public · organisation", f"/ar/organizations/{organization.pk}/"),
            ("public · catalogue", "/ar/products/"),
            ("public · a product", f"/ar/products/{Product.objects.filter(organization=organization).first().pk}/"),
            ("public · events", "/ar/events/"),
            ("public · dashboard", "/ar/dashboard/"),
            ("public · API organisations", "/api/v1/organizations?region=MA-08"),
            ("public · API products", "/api/v1/products"),
        ]),
    }


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("target", nargs="?")
    parser.add_argument("--runs", type=int, default=50)
    parser.add_argument("--only", default="")
    parser.add_argument("--profile", default="")
    parser.add_argument("--queries", default="", help="print the slowest queries of the pages whose label has this")
    parser.add_argument("--json", default="")
    args = parser.parse_args()
    from django.core.management import call_command

    call_command("collectstatic", interactive=False, verbosity=0)
    staff, officer, office, _manager = users()
    programme, manager = build(staff, office)
    print(f"# {TARGET}: back office and uncached public pages at national scale, on {machine()}; "
          f"cache {settings.CACHES['default']['BACKEND'].rsplit('.', 1)[-1]}, "
          f"{Organization.objects.count():,} organisations, {args.runs} requests a page", flush=True)
    results = {}
    for _role, (user, urls) in pages(staff, manager, officer, office, programme).items():
        client = Client()
        if user is not None:
            client.force_login(user)
        for label, url in urls:
            if args.only and args.only not in label:
                continue
            if args.profile and args.profile in label:
                profile(client, label, url)
                continue
            if args.queries and args.queries in label:
                slowest_queries(client, label, url)
                continue
            if not (args.profile or args.queries):
                measure(client, label, url, args.runs, results)
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=1, ensure_ascii=False))


if __name__ == "__main__":
    main()
