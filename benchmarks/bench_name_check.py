"""The name-certificate check at national scale, and how right it is.

1. Accuracy on the labelled pairs (benchmarks/data/name_pairs.csv: the same name across scripts
   and spellings, and different names sharing generic words or sounds): precision and recall of
   our check at its "close" threshold, against plain rapidfuzz (WRatio and token_set_ratio on the
   normalised names) and, on PostgreSQL, pg_trgm's similarity, each baseline at its best threshold.
2. Retrieval among 60,000 registered names: the second name of each pair is registered, the first
   checked; is it among the 10 closest (true pairs), is it flagged close or clash (false pairs)?
3. Latency of check_name against the national registry: the index build on the first check, then
   p50 and p95 over 300 names; the baselines' lookups over the same names for comparison.

Run bench_generate.py first (it leaves the national databases), then:
.venv/bin/python benchmarks/bench_name_check.py [sqlite|postgres]"""

import csv
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import machine, percentiles, setup_national_django  # noqa: E402

TARGET = setup_national_django()

from django.core.management import call_command  # noqa: E402
from django.db import connection, transaction  # noqa: E402
from rapidfuzz import fuzz, process  # noqa: E402

from tadamon.common.text import normalize_text  # noqa: E402
from tadamon.funding.domain import name_check  # noqa: E402
from tadamon.funding.domain.name_check import CLOSE, check_name, compare_names, name_forms  # noqa: E402
from tadamon.registry.models import Organization, Province  # noqa: E402

PAIRS = Path(__file__).resolve().parent / "data" / "name_pairs.csv"


def arabic(text: str) -> bool:
    return any("\u0600" <= ch <= "\u06ff" for ch in text)


def precision_recall(predicted: list[bool], same: list[bool]) -> tuple[float, float]:
    true_positives = sum(p and s for p, s in zip(predicted, same, strict=True))
    return (true_positives / sum(predicted) if any(predicted) else 0.0), true_positives / sum(same)


def best_threshold(scores: list[float], same: list[bool]) -> tuple[int, float, float]:
    """The threshold with the best F1, and its precision and recall: the baseline at its best."""
    best = (0, 0.0, 0.0, -1.0)
    for threshold in range(30, 101):
        precision, recall = precision_recall([s >= threshold for s in scores], same)
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0
        if f1 > best[3]:
            best = (threshold, precision, recall, f1)
    return best[:3]


def accuracy(rows: list[dict]) -> None:
    same = [r["same"] == "1" for r in rows]
    print(f"## accuracy on {len(rows)} labelled pairs ({sum(same)} same, {len(rows) - sum(same)} different)")
    ours = [compare_names(name_forms(r["name_a"]), name_forms(r["name_b"])).score for r in rows]
    precision, recall = precision_recall([s >= CLOSE for s in ours], same)
    print(f"{'ours, close threshold ' + str(CLOSE):44} precision {precision:.2f}, recall {recall:.2f}")
    threshold, precision, recall = best_threshold(ours, same)
    print(f"{'ours, best threshold ' + str(threshold):44} precision {precision:.2f}, recall {recall:.2f}")
    plain = [(normalize_text(r["name_a"]), normalize_text(r["name_b"])) for r in rows]
    for name, scorer in (("rapidfuzz WRatio", fuzz.WRatio), ("rapidfuzz token_set_ratio", fuzz.token_set_ratio)):
        threshold, precision, recall = best_threshold([scorer(a, b) for a, b in plain], same)
        print(f"{name + ', best threshold ' + str(threshold):44} precision {precision:.2f}, recall {recall:.2f}")
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
            scores = []
            for a, b in plain:
                cursor.execute("SELECT similarity(%s, %s)", [a, b])
                scores.append(cursor.fetchone()[0] * 100)
        threshold, precision, recall = best_threshold(scores, same)
        print(f"{'pg_trgm similarity, best threshold ' + str(threshold / 100):44} "
              f"precision {precision:.2f}, recall {recall:.2f}")


def retrieval(rows: list[dict]) -> None:
    """Register every pair's second name at once among the 60,000, check each first name."""
    province = Province.objects.get(code="MA-TIN")
    with transaction.atomic():
        registered = []
        for r in rows:
            name = r["name_b"]
            registered.append(Organization.objects.create(
                name_ar=name if arabic(name) else "", name_latin="" if arabic(name) else name, province=province))
        top10 = flagged = true_count = false_count = 0
        for r, organization in zip(rows, registered, strict=True):
            check = check_name(r["name_a"], include_requests=False)
            found = next((m for m in check.matches if m.source == "organization" and m.pk == organization.pk), None)
            if r["same"] == "1":
                true_count += 1
                top10 += found is not None
            else:
                false_count += 1
                flagged += found is not None and found.verdict != "distant"
        transaction.set_rollback(True)
    print(f"## retrieval among {Organization.objects.count():,} registered names")
    print(f"true pairs: the registered spelling among the 10 closest for {top10}/{true_count} "
          f"(recall@10 {top10 / true_count:.2f})")
    print(f"false pairs: the other name flagged close or clash for {flagged}/{false_count} "
          f"(false alarms {flagged / false_count:.2f})")


def latency(rows: list[dict]) -> None:
    rng = random.Random(3)
    names = [r["name_a"] for r in rows] + [r["name_b"] for r in rows]
    sample = list(Organization.objects.order_by("?").values_list("name_ar", "name_latin")[:200]) \
        if connection.vendor == "postgresql" else None
    if sample is None:
        ids = rng.sample(range(1, Organization.objects.count()), 200)
        sample = list(Organization.objects.filter(pk__in=ids).values_list("name_ar", "name_latin"))
    names += [rng.choice(pair) for pair in sample]
    names = names[:300]
    name_check._registered.update(signature=None, index=None)
    started = time.perf_counter()
    check_name("تعاونية تيفاوين")
    print(f"## latency over {len(names)} names, {Organization.objects.count():,} registered")
    print(f"{'first check (builds the index)':44} {(time.perf_counter() - started) * 1000:.0f} ms")
    samples = []
    for name in names:
        started = time.perf_counter()
        check_name(name)
        samples.append(time.perf_counter() - started)
    print(f"{'check_name (ours)':44} {percentiles(samples)}")
    choices = [normalize_text(f"{a} {b}") for a, b in Organization.objects.values_list("name_ar", "name_latin")]
    samples = []
    for name in names:
        started = time.perf_counter()
        process.extract(normalize_text(name), choices, scorer=fuzz.WRatio, limit=10)
        samples.append(time.perf_counter() - started)
    print(f"{'rapidfuzz WRatio over every name (baseline)':44} {percentiles(samples)}")
    if connection.vendor == "postgresql":
        samples = []
        with connection.cursor() as cursor:
            for name in names:
                started = time.perf_counter()
                cursor.execute("SELECT id FROM registry_organization WHERE search_text %% %s "
                               "ORDER BY similarity(search_text, %s) DESC LIMIT 10", [normalize_text(name)] * 2)
                cursor.fetchall()
                samples.append(time.perf_counter() - started)
        print(f"{'pg_trgm % over search_text (baseline)':44} {percentiles(samples)}")


def main():
    print(f"# name check on {TARGET}, {machine()}")
    call_command("migrate", verbosity=0)
    rows = list(csv.DictReader(PAIRS.open(encoding="utf-8")))
    accuracy(rows)
    retrieval(rows)
    latency(rows)


if __name__ == "__main__":
    main()
