"""Territories: the 12 regions and 75 provinces ship with the code (data/territories.csv,
loaded by a migration); communes are imported from a CSV file by `import_communes`."""

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path

from django.db import transaction
from django.utils.translation import gettext as _

from tadamon.common.text import normalize_text
from tadamon.registry.enums import CommuneKind

TERRITORIES_CSV = Path(__file__).resolve().parent.parent / "data" / "territories.csv"


def load_territories(region_model, province_model, path: Path = TERRITORIES_CSV) -> tuple[int, int]:
    """Create or update regions and provinces from the CSV. Models are passed in so a
    migration can hand over its historical models."""
    with open(path, encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    regions = {}
    for row in (r for r in rows if r["level"] == "region"):
        regions[row["code"]], _created = region_model.objects.update_or_create(
            code=row["code"], defaults={"name_ar": row["name_ar"], "name_fr": row["name_fr"], "name_en": row["name_en"]}
        )
    provinces = 0
    for row in (r for r in rows if r["level"] == "province"):
        province_model.objects.update_or_create(
            code=row["code"],
            defaults={
                "region": regions[row["parent_code"]],
                "kind": row["kind"],
                "name_ar": row["name_ar"],
                "name_fr": row["name_fr"],
                "name_en": row["name_en"],
            },
        )
        provinces += 1
    return len(regions), provinces


@dataclass
class CommuneImportResult:
    created: int = 0
    updated: int = 0
    errors: list[str] = field(default_factory=list)


COMMUNE_COLUMNS = ["province_code", "name_fr", "name_ar", "name_en", "code", "kind"]


def import_communes(text: str, *, dry_run: bool = False) -> CommuneImportResult:
    """Communes from CSV text with columns province_code,name_fr,name_ar[,name_en,code,kind].
    All or nothing: one bad row and nothing is written."""
    from tadamon.registry.models import Commune, Province

    provinces = {p.code: p for p in Province.objects.all()}
    kinds = {normalize_text(str(label)): value for value, label in CommuneKind.choices} | {
        value: value for value in CommuneKind.values
    }
    result = CommuneImportResult()
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff")))
    missing = {"province_code", "name_fr", "name_ar"} - set(reader.fieldnames or [])
    if missing:
        result.errors.append(_("Missing columns: %(columns)s") % {"columns": ", ".join(sorted(missing))})
        return result
    pending = []
    for line, row in enumerate(reader, start=2):
        province = provinces.get((row.get("province_code") or "").strip().upper())
        name_fr, name_ar = (row.get("name_fr") or "").strip(), (row.get("name_ar") or "").strip()
        kind = (row.get("kind") or "").strip().lower()
        if province is None:
            result.errors.append(_("Line %(line)d, column province_code: unknown province code “%(value)s”.")
                                 % {"line": line, "value": row.get("province_code", "")})
        if not name_fr or not name_ar:
            result.errors.append(_("Line %(line)d: name_fr and name_ar are both required.") % {"line": line})
        if kind and kind not in kinds:
            result.errors.append(_("Line %(line)d, column kind: use “urban” or “rural”.") % {"line": line})
        pending.append((province, name_fr, name_ar, (row.get("name_en") or "").strip(),
                        (row.get("code") or "").strip(), kinds.get(kind, "")))
    if result.errors or dry_run:
        return result
    with transaction.atomic():
        for province, name_fr, name_ar, name_en, code, kind in pending:
            _commune, created = Commune.objects.update_or_create(
                province=province, name_fr=name_fr,
                defaults={"name_ar": name_ar, "name_en": name_en or name_fr, "code": code, "kind": kind},
            )
            if created:
                result.created += 1
            else:
                result.updated += 1
    return result
