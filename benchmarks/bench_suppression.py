"""Open-data suppression at its largest realistic tables: how long the linear-programming audit
and the complementary suppression take (cold, then from the per-process cache), how many LPs they
solve, and how much of each table ends hidden. Synthetic counts with fixed seeds, no database.

.venv/bin/python benchmarks/bench_suppression.py   (figures in docs/performance.md)"""

import math
import os
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tadamon.settings")
import django  # noqa: E402

django.setup()

import tadamon.indicators.domain.audit as A  # noqa: E402
from tadamon.indicators.domain.suppression import _pattern, suppress_table  # noqa: E402

solves = [0]
orig = A.Audit._optimise
def counting(self, i, maximise):
    solves[0] += 1
    return orig(self, i, maximise)
A.Audit._optimise = counting
_orig_run = None

REGIONS = 12
PROVINCES = 75

def poisson(rng, lam):
    if lam > 30:
        return max(0, int(rng.gauss(lam, math.sqrt(lam))))
    limit, k, p = math.exp(-lam), 0, 1.0
    while True:
        p *= rng.random()
        if p <= limit:
            return k
        k += 1

def trained_by_year(rng, columns):
    """People trained: a province starts some year (or never), then a yearly level."""
    grid = {}
    for p in range(PROVINCES + 1):
        start = rng.choice([None, None, *range(2010, 2027)]) if p < PROVINCES else 2020
        level = math.exp(rng.gauss(2.0, 1.3)) if p < PROVINCES else 2
        for i, c in enumerate(columns):
            year = 2010 + i
            grid[(p, c)] = poisson(rng, level) if start is not None and year >= start else 0
    return grid

def spread(rng, columns, weights, level_mu=2.5):
    """A breakdown (age band, sector...): each province's total spread over columns."""
    grid = {}
    for p in range(PROVINCES + 1):
        level = math.exp(rng.gauss(level_mu, 1.4)) if p < PROVINCES else 3
        for c, w in zip(columns, weights, strict=True):
            grid[(p, c)] = poisson(rng, level * w)
    return grid

def stress(rng, columns, share=0.8):
    grid = {}
    for p in range(PROVINCES + 1):
        scale = rng.choice([3, 8, 20, 60, 200])
        for c in columns:
            grid[(p, c)] = rng.choice([0, 0, 0, 1, 1, 2, 3, 4]) if rng.random() < share else 5 + int(rng.expovariate(1 / scale))
    return grid

def groups():
    g = {p: p % REGIONS for p in range(PROVINCES)}
    g[PROVINCES] = None
    return g

def measure(name, make, columns, grouped=True, seeds=range(5)):
    cold, counts, shares = [], [], []
    for seed in seeds:
        rng = random.Random(seed)
        grid = make(rng, columns)
        if grouped:
            gr = groups()
            rows = sorted(gr, key=lambda p: (gr[p] is None, gr[p] or 0, p))
        else:
            # the table by region alone
            region_grid = {}
            for (p, c), v in grid.items():
                key = (p % REGIONS if p < PROVINCES else None, c)
                region_grid[key] = region_grid.get(key, 0) + v
            grid, gr, rows = region_grid, None, [*range(REGIONS), None]
        _pattern.cache_clear()
        solves[0] = 0
        t = time.perf_counter()
        shown = suppress_table(grid, rows=rows, columns=columns, groups=gr)
        cold.append(time.perf_counter() - t)
        counts.append(solves[0])
        t = time.perf_counter()
        suppress_table(grid, rows=rows, columns=columns, groups=gr)
        warm = time.perf_counter() - t
        primary = sum(v < 5 for v in grid.values())
        hidden = sum(v is None for v in shown.cells.values())
        shares.append((primary / len(grid), hidden / len(grid)))
    print(f"| {name} | {len(grid)} | {statistics.median(cold)*1000:.0f} / {max(cold)*1000:.0f} ms | "
          f"{statistics.median(counts):.0f} | {statistics.mean(s[0] for s in shares):.0%} → {statistics.mean(s[1] for s in shares):.0%} | warm {warm*1000:.1f} ms |")

years = list(range(2010, 2027))
bands = ["u25", "25", "35", "45", "55", "unk"]
print("| table | cells | cold median / max | LPs | under 5 → hidden | |")
measure("province × year, national, people trained", trained_by_year, years)
measure("region × year alone, people trained", trained_by_year, years, grouped=False)
measure("province × age band, national (a region's table is cut from it)", lambda r, c: spread(r, c, [0.25, 0.3, 0.2, 0.12, 0.08, 0.05]), bands)
measure("province × sector (30), national", lambda r, c: spread(r, c, [1 / 30] * 30, 3.5), list(range(30)))
measure("province × year, 80 % under 5 (stress)", stress, years)
measure("province × 100 programmes, 80 % under 5 (stress)", stress, list(range(100)), seeds=range(2))
