"""How often the name check is right, among 60,000 registered names: the labelled set of
benchmarks/name_pairs.py (benchmarks/data/name_eval.csv).

Every `registered` name of the set is registered (in one transaction, rolled back at the end)
next to the 60,000 synthetic organisations, then every `name` is checked with check_name, as the
back office does:
- variants: is their registered name ranked first, among the first five, flagged (close or clash)?
- new names: is anything in the registry flagged close, or clash?
- precision and recall of "flagged" at the CLOSE and CLASH thresholds (a flagged variant is right
  when its own registered name is the one flagged; a flagged new name is a false alarm);
- p50 and p95 of check_name over every check.
Figures for the tuning half, the held-out half, and both; by script and by kind of pair.

First (once, about a minute): the 60,000 names in benchmarks/out/name_precision.sqlite3
  DATABASE_URL=sqlite:///$PWD/benchmarks/out/name_precision.sqlite3 .venv/bin/python manage.py migrate
  DATABASE_URL=... .venv/bin/python manage.py generate_data --organizations 60000 --members 0 --seed 1
then: .venv/bin/python benchmarks/name_pairs.py && .venv/bin/python benchmarks/bench_name_precision.py [--split tune]
(--probe NAME checks that one name against the same registry and prints its matches and their reasons.)
The other families: --set more|third|fourth|fifth (third, fourth and fifth with --communes, which registers
the communes their names use); --show N lists the misses of the tuning half, --curve the thresholds.
(DATABASE_URL set to another database measures that one instead.)"""

import argparse
import csv
import os
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import OUT, ROOT, machine, percentiles  # noqa: E402

EVALS = {"first": ROOT / "benchmarks" / "data" / "name_eval.csv",  # the family the rules were tuned on
         "more": ROOT / "benchmarks" / "data" / "name_eval_more.csv",  # a second family, written afterwards
         # A third, written by someone who had not read the check, its vocabulary or the other sets.
         "third": ROOT / "benchmarks" / "data" / "name_eval_third.csv",
         # A fourth, written the same way by another helper, after the seventh pass.
         "fourth": ROOT / "benchmarks" / "data" / "name_eval_fourth.csv",
         # A fifth, the same way again, after the eighth pass: Hassani, the Oriental, the Rif, saints' names.
         "fifth": ROOT / "benchmarks" / "data" / "name_eval_fifth.csv"}
PLACES = {"third": ROOT / "benchmarks" / "data" / "name_eval_third_places.csv",  # the places its names use
          "fourth": ROOT / "benchmarks" / "data" / "name_eval_fourth_places.csv",
          "fifth": ROOT / "benchmarks" / "data" / "name_eval_fifth_places.csv"}


def setup_django() -> None:
    os.environ.setdefault("DATABASE_URL", f"sqlite:///{OUT / 'name_precision.sqlite3'}")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tadamon.settings")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()


def arabic(text: str) -> bool:
    return any("\u0600" <= ch <= "\u06ff" for ch in text)


def pct(part: int, whole: int) -> str:
    return f"{100 * part / whole:5.1f}%" if whole else "   n/a"


def report(label: str, results: list[dict]) -> None:
    variants = [r for r in results if r["label"] == "variant"]
    new = [r for r in results if r["label"] == "new"]
    v = len(variants)
    print(f"### {label}: {v} variants, {len(new)} new names")
    if v:
        print(f"variants   ranked first {pct(sum(r['first'] for r in variants), v)}, "
              f"top 5 {pct(sum(r['top5'] for r in variants), v)}, "
              f"flagged {pct(sum(r['own_score'] >= CLOSE for r in variants), v)}, "
              f"ranked first and flagged {pct(sum(r['first'] and r['own_score'] >= CLOSE for r in variants), v)}")
    if new:
        print(f"new names  flagged close {pct(sum(CLOSE <= r['top_score'] < CLASH for r in new), len(new))}, "
              f"clash {pct(sum(r['top_score'] >= CLASH for r in new), len(new))}, "
              f"close or clash {pct(sum(r['top_score'] >= CLOSE for r in new), len(new))}")
    for name, threshold in (("CLOSE", CLOSE), ("CLASH", CLASH)):
        true_positives = sum(r["own_score"] >= threshold and r["first"] for r in variants)
        false_alarms = sum(r["top_score"] >= threshold for r in new)
        flagged = true_positives + false_alarms
        precision = true_positives / flagged if flagged else 0
        recall = true_positives / v if v else 0
        print(f"at {name} ({threshold}): precision {precision:.3f}, recall {recall:.3f} "
              f"({true_positives} variants found first, {false_alarms} false alarms)")
        # Confusion: a variant is a positive, found when its own name is first and flagged; a new name is
        # a negative, a false alarm when anything is flagged.
        print(f"  confusion at {name}: variants found {true_positives}, missed {v - true_positives}; "
              f"new names flagged {false_alarms}, clear {len(new) - false_alarms}")


def main():  # noqa: C901 — register, check, report
    parser = argparse.ArgumentParser()
    parser.add_argument("--split", choices=["tune", "holdout"], help="only this half")
    parser.add_argument("--set", choices=sorted(EVALS), default="first", help="which family of labelled names")
    parser.add_argument("--communes", action="store_true",
                        help="register the labelled set's places as communes first, as the production reference "
                             "data (every commune) would have them; the benchmark database has provinces only")
    parser.add_argument("--show", type=int, default=0, help="print this many misses of each kind, of the tuning "
                        "half only: the held-out half is read in figures, not row by row")
    parser.add_argument("--curve", action="store_true", help="recall and false alarms at other 'close' thresholds")
    parser.add_argument("--probe", action="append", default=[], metavar="NAME",
                        help="only check this name (again for more) against the same registry; print its matches")
    args = parser.parse_args()
    setup_django()
    global CLOSE, CLASH
    from django.core.management import call_command
    from django.db import transaction

    from tadamon.funding.domain import name_check
    from tadamon.funding.domain.name_check import CLASH, CLOSE, check_name
    from tadamon.registry.models import Organization, Province

    rows = list(csv.DictReader(EVALS[args.set].open(encoding="utf-8-sig")))
    if args.split:
        rows = [r for r in rows if r["split"] == args.split]
    call_command("migrate", verbosity=0)  # other work may have added columns since the names were generated
    print(f"# name check precision, {machine()}, shared and busy; {len(rows)} labelled rows of "
          f"{EVALS[args.set].name}{', its places registered as communes' if args.communes else ''}")
    province = Province.objects.order_by("pk").first()
    samples = []
    with transaction.atomic():
        if args.communes:
            from tadamon.registry.models import Commune

            if args.set in PLACES:
                with PLACES[args.set].open(encoding="utf-8-sig") as f:
                    places = {(row["place_ar"], row["place_fr"]) for row in csv.DictReader(f)}
            else:
                from name_pairs import FAMILIES

                places = {place for family in FAMILIES for place in family.places}
            # In order: two places may share a French name (Souk El Arbaa, with and without "du Gharb");
            # the first registered is the one kept, the same one from run to run.
            for place_ar, place_fr in sorted(places):
                Commune.objects.get_or_create(province=province, name_fr=place_fr, defaults={"name_ar": place_ar})
        registered = {}
        for name in sorted({r["registered"] for r in rows}):
            registered[name] = Organization.objects.create(
                name_ar=name if arabic(name) else "", name_latin="" if arabic(name) else name,
                province=province, registry_number=f"EVAL-{len(registered)}").pk
        print(f"{Organization.objects.count():,} registered names")
        name_check._registered.update(signature=None, index=None)
        started = time.perf_counter()
        check_name("تعاونية تيفاوين")
        print(f"first check (builds the index): {(time.perf_counter() - started) * 1000:.0f} ms")
        for name in args.probe:
            print(f"## {name}")
            for match in check_name(name, limit=5).matches:
                print(f"  {match.score:3} {match.reason_code:16} {match.name_ar or match.name_latin} | {match.reason}")
        if args.probe:
            transaction.set_rollback(True)
            return
        results = []
        for r in rows:
            started = time.perf_counter()
            check = check_name(r["name"], limit=10)
            samples.append(time.perf_counter() - started)
            own = registered[r["registered"]]
            position = next((i for i, m in enumerate(check.matches) if m.source == "organization" and m.pk == own),
                            None)
            top = check.matches[0] if check.matches else None
            results.append(r | {
                "first": position == 0, "top5": position is not None and position < 5,
                "own_score": check.matches[position].score if position is not None else 0,
                "top_score": top.score if top else 0,
                "top_name": (top.name_ar or top.name_latin) if top else "", "reason": top.reason_code if top else ""})
        transaction.set_rollback(True)
    for split in ("tune", "holdout"):
        part = [r for r in results if r["split"] == split]
        if part:
            report(f"{split} half", part)
    report("both halves", results)
    groups = defaultdict(list)
    for r in results:
        groups[f"{r['label']} {r['category']}"].append(r)
        groups[f"{r['label']} script {r['script']}"].append(r)
    print("### by kind of pair (variants: ranked first and flagged; new names: close or clash)")
    for key in sorted(groups):
        group = groups[key]
        if key.startswith("variant"):
            hit = sum(r["first"] and r["own_score"] >= CLOSE for r in group)
        else:
            hit = sum(r["top_score"] >= CLOSE for r in group)
        print(f"  {key:34} {pct(hit, len(group))} of {len(group)}")
    print(f"check_name latency over {len(samples)} checks: {percentiles(samples)}")
    if args.curve:
        print("### if the 'close' threshold were another: variants ranked first and flagged / new names flagged")
        for threshold in range(60, 85, 5):
            variants = [r for r in results if r["label"] == "variant"]
            new = [r for r in results if r["label"] == "new"]
            print(f"  {threshold}: {pct(sum(r['first'] and r['own_score'] >= threshold for r in variants), len(variants))}"
                  f" / {pct(sum(r['top_score'] >= threshold for r in new), len(new))}")
    if args.show:
        tuning = [r for r in results if r["split"] == "tune"]
        misses = [r for r in tuning if r["label"] == "variant" and not (r["first"] and r["own_score"] >= CLOSE)]
        alarms = [r for r in tuning if r["label"] == "new" and r["top_score"] >= CLOSE]
        for title, group in (("missed variants", misses), ("false alarms", alarms)):
            print(f"### {title}")
            for r in group[:args.show]:
                print(f"  [{r['category']}] {r['name']} | registered: {r['registered']} | own {r['own_score']} | "
                      f"top {r['top_score']} {r['reason']}: {r['top_name']}")


if __name__ == "__main__":
    main()
