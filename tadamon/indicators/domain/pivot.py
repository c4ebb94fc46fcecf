"""Any indicator by two of its dimensions (region, province, sector, kind, gender, age band,
programme, year) as a table with its
totals, read from the precomputed cells; counts of people suppressed so that no hidden value can
be worked back from the totals (suppression.py, docs/open-data.md)."""

import dataclasses

from django.db.models import Sum
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from tadamon.indicators.catalogue import Indicator
from tadamon.indicators.domain.figures import CELL_FIELDS as FIELDS
from tadamon.indicators.domain.figures import DETAIL_FIELDS, FIRST_YEAR
from tadamon.indicators.domain.suppression import Suppressed, suppress_table
from tadamon.indicators.enums import Dimension
from tadamon.indicators.models import IndicatorCell
from tadamon.registry.domain.people import AGE_BAND_LABELS
from tadamon.registry.enums import Gender, OrganizationKind
from tadamon.registry.models import Province, Region, Sector


@dataclasses.dataclass
class Pivot:
    indicator: Indicator
    rows: list[tuple]  # (key, label)
    columns: list[tuple]
    cells: dict  # (row key, column key) -> value or None (hidden)
    row_totals: dict
    column_totals: dict
    total: int | None
    # Whether the table shows each row's total (a "Total" column) and each column's (a "Total"
    # row). A count on 31 December is not added up across years: 5 549 cooperatives in 2024 and
    # 5 549 in 2025 are not 11 098 (see across_years_adds_up).
    shows_row_totals: bool = True
    shows_column_totals: bool = True

    def matrix(self):
        """Rows of (label, [values], total) for templates and files."""
        return [(label, [self.cells[(key, column)] for column, _l in self.columns], self.row_totals[key])
                for key, label in self.rows]

    def footer(self) -> list:
        """The column totals in the columns' order, then the grand total when rows are added up too."""
        return [*[self.column_totals[key] for key, _label in self.columns],
                *([self.total] if self.shows_row_totals else [])]


def across_years_adds_up(indicator: Indicator) -> bool:
    """Whether an indicator's years add up: what happened during each year does (sessions held),
    a count on 31 December (cooperatives, members) does not."""
    return not indicator.stock


def _labels(dimension: str, years: range, region=None) -> list[tuple]:
    if dimension == Dimension.YEAR:
        return [(year, str(year)) for year in years]
    if dimension == Dimension.REGION:
        return [(r.pk, r.name) for r in Region.objects.order_by("code")]
    if dimension == Dimension.PROVINCE:
        provinces = Province.objects.order_by("code")
        if region is not None:
            provinces = provinces.filter(region=region)
        return [(p.pk, p.name) for p in provinces]
    if dimension == Dimension.KIND:
        return list(OrganizationKind.choices)
    if dimension == Dimension.GENDER:
        return Gender.as_people()
    if dimension == Dimension.AGE_BAND:
        return list(AGE_BAND_LABELS.items())
    if dimension == Dimension.PROGRAMME:
        from tadamon.programmes.models import Programme

        return [(p.pk, p.name) for p in Programme.objects.order_by("pk")]
    return [(s.pk, s.name) for s in Sector.objects.filter(parent__isnull=False).order_by("code")]


def _with_unknown(labels: list[tuple], found: set) -> list[tuple]:
    """The labels, and a last one for values that have none (an organisation without a sector), so
    the table adds up to the same total as the dashboards."""
    known = {key for key, _label in labels}
    missing = [key for key in found if key not in known]
    if not missing:
        return labels
    return [*labels, (missing[0], _("Not known"))]


def pivot(indicator: Indicator, rows: str, columns: str, *, year: int | None = None, region=None,
          public: bool = True) -> Pivot:
    rows, columns = Dimension(rows), Dimension(columns)  # ValueError for anything else
    years = range(FIRST_YEAR, timezone.localdate().year + 1)
    year = year or timezone.localdate().year - 1
    cells = IndicatorCell.objects.filter(indicator=indicator.code, detailed=bool(DETAIL_FIELDS & {rows, columns}))
    if Dimension.YEAR not in (rows, columns):
        cells = cells.filter(year=year)
    if region is not None:
        cells = cells.filter(province__region=region)
    values = {(r[FIELDS[rows]], r[FIELDS[columns]]): r["value"] for r in
              cells.values(FIELDS[rows], FIELDS[columns]).annotate(value=Sum("value")).order_by()}
    row_labels = _with_unknown(_labels(rows, years, region), {r for r, _c in values})
    column_labels = _with_unknown(_labels(columns, years, region), {c for _r, c in values})
    grid = {(r, c): values.get((r, c), 0) for r, _l in row_labels for c, _m in column_labels}
    row_totals = {r: sum(grid[(r, c)] for c, _m in column_labels) for r, _l in row_labels}
    column_totals = {c: sum(grid[(r, c)] for r, _l in row_labels) for c, _m in column_labels}
    total = sum(row_totals.values())
    if public and indicator.counts_people:
        if len(TERRITORIES & {rows, columns}) == 1:
            shown, row_labels, column_labels = _by_territory(indicator, rows, columns, year, region, row_labels,
                                                             column_labels, years)
        else:
            shown = suppress_table(grid, rows=[k for k, _l in row_labels], columns=[k for k, _l in column_labels])
        grid, row_totals, column_totals, total = shown.cells, shown.row_totals, shown.column_totals, shown.total
    adds_years = across_years_adds_up(indicator)
    return Pivot(indicator, row_labels, column_labels, grid, row_totals, column_totals, total,
                 shows_row_totals=adds_years or columns != Dimension.YEAR,
                 shows_column_totals=adds_years or rows != Dimension.YEAR)


TERRITORIES = Dimension.territories()


def _by_territory(indicator: Indicator, rows: str, columns: str, year: int, region, row_labels: list,
                  column_labels: list, years: range) -> tuple[Suppressed, list, list]:
    """A table by region or province, suppressed as a part of the national table of provinces
    with their regions' subtotals, so that the national table by province, the table by region
    and each region's table by province hide the same cells: read together, they tell no more
    than the national one (docs/open-data.md). The other dimension gets every value the national
    table has (a "Not known" column of hidden cells, where the region has none)."""
    transposed = rows not in TERRITORIES
    territory, other = (columns, rows) if transposed else (rows, columns)
    territory_labels, other_labels = (column_labels, row_labels) if transposed else (row_labels, column_labels)
    cells = IndicatorCell.objects.filter(indicator=indicator.code, detailed=bool(DETAIL_FIELDS & {rows, columns}))
    if other != Dimension.YEAR:
        cells = cells.filter(year=year)
    values = {(r["province_id"], r[FIELDS[other]]): r["value"] for r in
              cells.values("province_id", FIELDS[other]).annotate(value=Sum("value")).order_by()}
    other_labels = _with_unknown(other_labels, {c for _p, c in values})
    region_of = dict(Province.objects.order_by("code").values_list("pk", "region_id"))
    if any(p is None for p, _c in values):
        region_of[None] = None
    other_keys = [key for key, _label in other_labels]
    shown = suppress_table({(p, c): values.get((p, c), 0) for p in region_of for c in other_keys},
                           rows=list(region_of), columns=other_keys, groups=region_of)
    keys = [key for key, _label in territory_labels]
    if territory == Dimension.PROVINCE:
        table = Suppressed({(p, c): shown.cells[(p, c)] for p in keys for c in other_keys},
                           {p: shown.row_totals[p] for p in keys}, shown.column_totals, shown.total)
        if region is not None:
            table.column_totals = {c: shown.group_cells[(region.pk, c)] for c in other_keys}
            table.total = shown.group_totals[region.pk]
    else:
        # With a region chosen, the other regions' rows are empty by construction: hidden.
        kept = [g for g in keys if region is None or g == region.pk]
        table = Suppressed({(g, c): (shown.group_cells.get((g, c)) if g in kept else None)
                            for g in keys for c in other_keys},
                           {g: (shown.group_totals.get(g) if g in kept else None) for g in keys},
                           shown.column_totals, shown.total)
        if region is not None:
            table.column_totals = {c: shown.group_cells[(region.pk, c)] for c in other_keys}
            table.total = shown.group_totals[region.pk]
    if transposed:
        table = Suppressed({(c, t): v for (t, c), v in table.cells.items()}, table.column_totals, table.row_totals,
                           table.total)
        return table, other_labels, territory_labels
    return table, territory_labels, other_labels
