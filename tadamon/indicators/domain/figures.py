"""Reading indicators: from the precomputed cells (fast, what pages use) or straight from the
base tables (what the cells must always equal), as tables by region, province or sector."""

import time
from collections import defaultdict

from django.db import transaction
from django.db.models import Sum
from django.utils import timezone

from tadamon.indicators.catalogue import BY_CODE, CATALOGUE, Indicator
from tadamon.indicators.enums import Dimension
from tadamon.indicators.models import IndicatorCell, IndicatorRefresh
from tadamon.registry.models import Province

FIRST_YEAR = 2010


def years_to_refresh() -> range:
    return range(FIRST_YEAR, timezone.localdate().year + 1)


def refresh(codes: list[str] | None = None, years=None) -> dict[str, float]:
    """Recompute the cells of the indicators (all by default) for the years (all since 2010 by
    default), each indicator in one transaction: a page never sees it half written. Returns the
    seconds each took."""
    took = {}
    for indicator in [BY_CODE[c] for c in codes] if codes else CATALOGUE:
        started = time.perf_counter()
        cells = []
        for year in years or years_to_refresh():
            base = defaultdict(int)
            for row in indicator.rows(year):
                if not row["value"]:
                    continue
                base[(row["p"], row.get("s"))] += row["value"]
                if indicator.detailed:
                    cells.append(IndicatorCell(
                        indicator=indicator.code, year=year, province_id=row["p"], sector_id=row.get("s"),
                        kind=row.get("k") or "", gender=row.get("g") or "", age_band=row.get("a") or "",
                        programme_id=row.get("prog"), value=row["value"], detailed=True))
            cells += [IndicatorCell(indicator=indicator.code, year=year, province_id=p, sector_id=s, value=value)
                      for (p, s), value in base.items()]
        with transaction.atomic():
            stale = IndicatorCell.objects.filter(indicator=indicator.code)
            if years:
                stale = stale.filter(year__in=list(years))
            stale.delete()
            IndicatorCell.objects.bulk_create(cells, batch_size=5000)
            took[indicator.code] = time.perf_counter() - started
            IndicatorRefresh.objects.update_or_create(indicator=indicator.code, defaults={
                "refreshed_at": timezone.now(), "seconds": took[indicator.code], "cells": len(cells)})
    if not codes or {"people_trained", "organizations_accompanied"} & set(codes):
        from tadamon.indicators.domain.programme_figures import refresh_programmes

        started = time.perf_counter()
        refresh_programmes()
        took["programmes"] = time.perf_counter() - started
    return took


def last_refreshed(codes=None):
    refreshes = IndicatorRefresh.objects.all()
    if codes:
        refreshes = refreshes.filter(indicator__in=codes)
    return min((r.refreshed_at for r in refreshes), default=None)


# Where each dimension is in a cell, and in a row of an indicator's query.
DETAIL_FIELDS = set(Dimension.detail())
CELL_FIELDS = {"region": "province__region_id", "province": "province_id", "sector": "sector_id", "kind": "kind",
               "gender": "gender", "age_band": "age_band", "programme": "programme_id", "year": "year"}
ROW_KEYS = {"province": "p", "sector": "s", "kind": "k", "gender": "g", "age_band": "a", "programme": "prog"}


def _filters(region=None, province=None, sector=None, programme=None) -> dict:
    filters = {}
    if province is not None:
        filters["province_id"] = province.pk
    elif region is not None:
        filters["province__region_id"] = region.pk
    if sector is not None:
        filters["sector_id"] = sector.pk
    if programme is not None:
        filters["programme_id"] = programme.pk
    return filters


def table(indicator: Indicator, year: int, by: str | None = None, *, region=None, province=None,
          sector=None, programme=None) -> dict:
    """{key of the `by` dimension (a region, province or sector id, a kind, a gender...; None or
    "" for "unknown"), or None for the total when by is None: value} from the precomputed cells."""
    cells = IndicatorCell.objects.filter(indicator=indicator.code, year=year,
                                         detailed=by in DETAIL_FIELDS or programme is not None,
                                         **_filters(region, province, sector, programme))
    group = CELL_FIELDS.get(by)
    if group is None:
        return {None: cells.aggregate(total=Sum("value"))["total"] or 0}
    return {row[group]: row["value"] for row in cells.values(group).annotate(value=Sum("value")).order_by()}


def totals(codes: list[str], years, *, region=None, province=None, sector=None, programme=None) -> dict:
    """{(indicator code, year): total} for several indicators and years, in one query (a missing
    pair is 0)."""
    found = recorded_totals(codes, years, region=region, province=province, sector=sector, programme=programme)
    return {(code, year): found.get((code, year), 0) for code in codes for year in years}


def recorded_totals(codes: list[str], years, *, region=None, province=None, sector=None, programme=None) -> dict:
    """The same totals, without the pairs no record counts towards: a year for which nothing was
    recorded has no figure (rather than 0), so nothing is compared with it."""
    cells = IndicatorCell.objects.filter(indicator__in=codes, year__in=list(years), detailed=programme is not None,
                                         **_filters(region, province, sector, programme))
    return {(row["indicator"], row["year"]): row["value"]
            for row in cells.values("indicator", "year").annotate(value=Sum("value")).order_by()}


def direct(indicator: Indicator, year: int, by: str | None = None, *, region=None, province=None,
           sector=None, programme=None) -> dict:
    """The same table computed from the base tables, without the cells."""
    regions = dict(Province.objects.values_list("pk", "region_id"))
    result = defaultdict(int)
    for row in indicator.rows(year):
        province_id = row["p"]
        if province is not None and province_id != province.pk:
            continue
        if region is not None and regions.get(province_id) != region.pk:
            continue
        if sector is not None and row.get("s") != sector.pk:
            continue
        if programme is not None and row.get("prog") != programme.pk:
            continue
        key = regions.get(province_id) if by == "region" else row.get(ROW_KEYS[by]) if by else None
        result[key] += row["value"]
    return {key: value for key, value in result.items() if value} if by else {None: result.get(None, 0)}
