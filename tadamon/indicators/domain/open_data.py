"""The public figures: aggregates only, by region, province or sector, with small counts of
people suppressed (and their complement). Nothing here can name or reach a person."""

from tadamon.indicators.catalogue import CATALOGUE, Indicator
from tadamon.indicators.domain.figures import last_refreshed, table
from tadamon.indicators.domain.suppression import suppress
from tadamon.indicators.enums import OpenDataBy
from tadamon.registry.models import Province, Region, Sector

DIMENSIONS = tuple(OpenDataBy.values)


def _labels(by: str) -> dict:
    model = {OpenDataBy.REGION: Region, OpenDataBy.PROVINCE: Province, OpenDataBy.SECTOR: Sector}[OpenDataBy(by)]
    return {obj.pk: obj for obj in model.objects.all()}


def public_table(indicator: Indicator, year: int, by: str, labels: dict | None = None) -> dict:
    """{"rows": [{code, name_ar, name_fr, value}], "total", "suppressed"}: every region, province
    or sector listed (zeros included, so a missing row never hints at a small one)."""
    labels = labels if labels is not None else _labels(by)
    values = table(indicator, year, by)
    cells = {pk: values.get(pk, 0) for pk in labels}
    unknown = values.get(None, 0)
    total = sum(values.values())
    if indicator.counts_people:
        if unknown:
            cells[None] = unknown
        cells, total = suppress(cells, total)
    elif unknown:
        cells[None] = unknown
    rows = []
    for pk, value in cells.items():
        label = labels.get(pk)
        rows.append({"code": getattr(label, "code", ""), "name_ar": getattr(label, "name_ar", ""),
                     "name_fr": getattr(label, "name_fr", ""), "value": value})
    rows.sort(key=lambda r: (r["code"] == "", r["code"]))
    return {"rows": rows, "total": total, "suppressed": sum(1 for r in rows if r["value"] is None)}


def open_data(year: int, by: str, codes: list[str] | None = None) -> dict:
    indicators = [i for i in CATALOGUE if not codes or i.code in codes]
    indicators = [i for i in indicators if by != OpenDataBy.SECTOR or i.by_sector]
    labels = _labels(by)  # read once for every table
    return {
        "year": year, "by": by, "refreshed_at": last_refreshed(),
        "indicators": [{"code": i.code, "name": str(i.name), "definition": str(i.definition), "unit": str(i.unit),
                        "counts_people": i.counts_people, **public_table(i, year, by, labels)} for i in indicators],
    }
