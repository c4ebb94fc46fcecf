"""A schematic map of Morocco's provinces for the organisation page, drawn as inline SVG.

What it is, honestly: the territory data has no shapes, so each of the 75 provinces is a dot at
the approximate latitude and longitude of its seat (registry/data/province_points.csv, typed by
hand to about 0.1°), projected equirectangularly. It shows where a province lies in the country,
not its borders. OpenStreetMap tiles are not reachable offline, hence no tiles."""

import csv
import math
from dataclasses import dataclass
from functools import cache
from pathlib import Path

POINTS_FILE = Path(__file__).resolve().parent.parent / "registry" / "data" / "province_points.csv"
SCALE = 20  # SVG units per degree of latitude
MARGIN = 12
_COS = math.cos(math.radians(29))  # longitude degrees are shorter: about cos(latitude) at Morocco's middle


@dataclass(frozen=True)
class Dot:
    code: str
    x: float
    y: float
    name: str = ""
    css: str = "map-dot"


@cache
def _points() -> dict[str, tuple[float, float]]:
    with POINTS_FILE.open(encoding="utf-8") as handle:
        return {row["code"]: (float(row["lat"]), float(row["lon"])) for row in csv.DictReader(handle)}


@cache
def _frame() -> tuple[float, float, float, float]:
    """West, north, width and height of the drawing, in SVG units."""
    lats = [lat for lat, _lon in _points().values()]
    lons = [lon for _lat, lon in _points().values()]
    west, north = min(lons) * _COS * SCALE, max(lats) * SCALE
    return west, north, max(lons) * _COS * SCALE - west, north - min(lats) * SCALE


def province_map(provinces, highlighted) -> dict:
    """The dots of `provinces` (Province objects), `highlighted`'s own and its region's marked,
    with the view box; provinces missing from the points file are left out."""
    west, north, width, height = _frame()
    dots = []
    for province in provinces:
        point = _points().get(province.code)
        if point is None:
            continue
        css = "map-dot"
        if province.pk == highlighted.pk:
            css = "map-dot map-here"
        elif province.region_id == highlighted.region_id:
            css = "map-dot map-region"
        x = round(point[1] * _COS * SCALE - west + MARGIN, 1)
        y = round(north - point[0] * SCALE + MARGIN, 1)
        dots.append(Dot(province.code, x, y, province.name, css))
    dots.sort(key=lambda dot: "map-here" in dot.css)  # the highlighted dot last, drawn on top
    here = dots[-1] if dots and "map-here" in dots[-1].css else None
    return {"dots": dots, "here": here, "view_box": f"0 0 {round(width + 2 * MARGIN)} {round(height + 2 * MARGIN)}",
            "label_anchor": "start" if here and here.x < (width + 2 * MARGIN) / 2 else "end"}
