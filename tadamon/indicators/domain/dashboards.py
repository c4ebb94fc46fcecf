"""What the public dashboards show, for the whole country, a region or a province, read from the
precomputed figures: every indicator's value and its change on the year before; one indicator
by region or province (bars, and a tile map of the regions) and over the years (a line). Counts
of people under 5 are hidden, with their complement, as on the open-data page."""

import dataclasses

from tadamon.indicators.catalogue import CATALOGUE, Indicator
from tadamon.indicators.domain.figures import recorded_totals, table, totals
from tadamon.indicators.domain.suppression import THRESHOLD, suppress
from tadamon.registry.models import Province, Region

# Where each region sits on the tile map (row, column), north at the top, the Atlantic on the left.
TILES = {"MA-01": (0, 1), "MA-02": (0, 2), "MA-04": (1, 0), "MA-03": (1, 1), "MA-06": (2, 0), "MA-05": (2, 1),
         "MA-08": (2, 2), "MA-07": (3, 0), "MA-09": (3, 1), "MA-10": (4, 0), "MA-11": (5, 0), "MA-12": (6, 0)}


def _public(indicator: Indicator, value: int | None) -> int | None:
    if value is None or (indicator.counts_people and value < THRESHOLD):
        return None
    return value


@dataclasses.dataclass
class Figure:
    indicator: Indicator
    value: int | None
    previous: int | None
    compared: bool = True  # False when the year before has no figure at all (nothing was recorded)

    @property
    def change(self) -> int | None:
        if self.value is None or self.previous is None:
            return None
        return self.value - self.previous


def key_figures(year: int, where: dict) -> list[Figure]:
    indicators = [i for i in CATALOGUE if where.get("sector") is None or i.by_sector]
    values = recorded_totals([i.code for i in indicators], [year, year - 1], **where)
    return [Figure(i, _public(i, values.get((i.code, year), 0)), _public(i, values.get((i.code, year - 1))),
                   compared=(i.code, year - 1) in values) for i in indicators]


@dataclasses.dataclass
class Bar:
    code: str
    name: str
    value: int | None
    percent: float  # of the largest shown value, for the bar's length
    link: str = ""


def breakdown(indicator: Indicator, year: int, where: dict) -> tuple[list[Bar], int | None]:
    """By region for the country, by province for a region; suppressed like open data."""
    if where.get("region") is None:
        places, by = list(Region.objects.order_by("code")), "region"
        sub = {k: v for k, v in where.items() if k != "region"}
    else:
        places, by = list(Province.objects.filter(region=where["region"]).order_by("code")), "province"
        sub = {k: v for k, v in where.items() if k != "province"}
    values = table(indicator, year, by, **sub)
    cells = {p.pk: values.get(p.pk, 0) for p in places}
    total = sum(cells.values())
    if indicator.counts_people:
        cells, total = suppress(cells, total)
    largest = max((v for v in cells.values() if v), default=0)
    bars = [Bar(p.code, p.name, cells[p.pk], 100 * cells[p.pk] / largest if largest and cells[p.pk] else 0)
            for p in places]
    return bars, total


def tiles(bars: list[Bar]) -> list[dict]:
    """The regions' bars on the tile map, each with its row, column and a shade from 0 to 4."""
    out = []
    for bar in bars:
        row, column = TILES.get(bar.code, (6, 2))
        shade = 0 if not bar.value else min(4, 1 + int(bar.percent // 25))
        out.append({"bar": bar, "row": row + 1, "column": column + 1, "shade": shade})
    return out


def series(indicator: Indicator, years: range, where: dict) -> list[tuple[int, int | None]]:
    values = totals([indicator.code], years, **where)
    return [(year, _public(indicator, values[(indicator.code, year)])) for year in years]


YEARS_ALL_LABELLED = 7  # on a phone, a line over more years has every other year labelled


def line_points(points: list[tuple[int, int | None]], width=600, height=180, pad=24, side=40) -> dict:
    """Coordinates of an SVG polyline (years across, values up), gaps where a value is hidden.
    The first and last years are `side` from the edges, so that their labels are not cut off.
    Over more than YEARS_ALL_LABELLED years, every other year's label is `minor` (main.css hides
    those on a phone, where the chart is drawn smaller): the last year is always labelled."""
    shown = [v for _y, v in points if v is not None]
    top = max(shown, default=0) or 1
    step = (width - 2 * side) / max(len(points) - 1, 1)
    dots = [{"x": round(side + i * step, 1), "y": round(height - pad - (height - 2 * pad) * v / top, 1),
             "year": year, "value": v} for i, (year, v) in enumerate(points) if v is not None]
    thinned = len(points) > YEARS_ALL_LABELLED
    last = len(points) - 1
    minor = {i: thinned and (last - i) % 2 == 1 for i in range(len(points))}
    if minor.get(0) and last > 1:  # the first year is always named too; its neighbour gives way
        minor[0], minor[1] = False, True
    labels = [{"x": round(side + i * step, 1), "year": year, "minor": minor[i]} for i, (year, _v) in enumerate(points)]
    # A line halfway up, with its value, so a reader tells 40 from 60 without the table.
    middle = {"y": round(height - pad - (height - 2 * pad) / 2, 1), "value": top / 2} if top >= 2 else None
    return {"width": width, "height": height, "points": " ".join(f"{d['x']},{d['y']}" for d in dots), "dots": dots,
            "top": top, "labels": labels, "middle": middle}
