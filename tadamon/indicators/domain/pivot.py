"""Any indicator by two of its dimensions (region, province, sector, kind, gender, age band,
programme, year) as a table with its
totals, read from the precomputed cells; counts of people suppressed cell by cell with their
complement in every row and column."""

import dataclasses

from django.db.models import Sum
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from tadamon.indicators.catalogue import Indicator
from tadamon.indicators.domain.figures import CELL_FIELDS as FIELDS
from tadamon.indicators.domain.figures import DETAIL_FIELDS, FIRST_YEAR
from tadamon.indicators.domain.suppression import THRESHOLD, suppress_grid
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

    def matrix(self):
        """Rows of (label, [values], total) for templates and files."""
        return [(label, [self.cells[(key, column)] for column, _l in self.columns], self.row_totals[key])
                for key, label in self.rows]

    def footer(self) -> list:
        """The column totals in the columns' order, then the grand total."""
        return [*[self.column_totals[key] for key, _label in self.columns], self.total]


def _labels(dimension: str, years: range, region=None) -> list[tuple]:
    if dimension == "year":
        return [(year, str(year)) for year in years]
    if dimension == "region":
        return [(r.pk, r.name) for r in Region.objects.order_by("code")]
    if dimension == "province":
        provinces = Province.objects.order_by("code")
        if region is not None:
            provinces = provinces.filter(region=region)
        return [(p.pk, p.name) for p in provinces]
    if dimension == "kind":
        return list(OrganizationKind.choices)
    if dimension == "gender":
        return list(Gender.choices)
    if dimension == "age_band":
        return list(AGE_BAND_LABELS.items())
    if dimension == "programme":
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
    years = range(FIRST_YEAR, timezone.localdate().year + 1)
    year = year or timezone.localdate().year - 1
    cells = IndicatorCell.objects.filter(indicator=indicator.code, detailed=bool(DETAIL_FIELDS & {rows, columns}))
    if "year" not in (rows, columns):
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
        grid = suppress_grid(grid)
        row_totals = {k: (v if v >= THRESHOLD else None) for k, v in row_totals.items()}
        column_totals = {k: (v if v >= THRESHOLD else None) for k, v in column_totals.items()}
        total = total if total >= THRESHOLD else None
    return Pivot(indicator, row_labels, column_labels, grid, row_totals, column_totals, total)
