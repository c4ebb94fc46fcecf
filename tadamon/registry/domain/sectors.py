import csv
from pathlib import Path

SECTORS_CSV = Path(__file__).resolve().parent.parent / "data" / "sectors.csv"


def load_sectors(sector_model, path: Path = SECTORS_CSV) -> int:
    """Create or update the sector taxonomy; groups come before their sectors in the file."""
    with open(path, encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    by_code = {}
    # The Tifinagh names came later: the migration that first loads the file knows no such field.
    has_tifinagh = any(field.name == "name_zgh" for field in sector_model._meta.get_fields())
    for position, row in enumerate(rows):
        names = {"name_ar": row["name_ar"], "name_fr": row["name_fr"], "name_en": row["name_en"]}
        if has_tifinagh:
            names["name_zgh"] = row.get("name_zgh", "")
        by_code[row["code"]], _created = sector_model.objects.update_or_create(
            code=row["code"],
            defaults={"parent": by_code.get(row["parent"]) if row["parent"] else None, "position": position, **names},
        )
    return len(rows)
