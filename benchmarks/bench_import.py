"""Import of a 60,000-row CSV: Tadamon's importer against django-import-export on the same
file, each into a fresh SQLite database. Usage: .venv/bin/python benchmarks/bench_import.py [ROWS]"""

import csv
import os
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import OUT, PYTHON, ROOT, machine, manage, sqlite_url  # noqa: E402

WORDS = ["Al Amal", "Annour", "Tifawin", "Tilila", "Assif", "Tawada", "Amalou", "Izouran", "Akal", "Tafoukt"]
PROVINCES = ["MA-TIN", "MA-OUA", "MA-ZAG", "MA-HAO", "MA-ERR", "MA-TAR", "MA-AGD", "MA-CHI", "MA-ESI", "MA-FIG"]
SECTORS = ["argan", "dates", "honey", "sewing", "embroidery", "carpets-weaving", "couscous-cereals", "farming"]


def write_file(rows: int) -> Path:
    OUT.mkdir(exist_ok=True)
    path = OUT / f"organizations-{rows}.csv"
    rng = random.Random(1)
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["kind", "name_ar", "name_latin", "sector", "province", "creation_date", "women", "youth"])
        for i in range(rows):
            writer.writerow(["cooperative", f"تعاونية رقم {i}", f"Coopérative {rng.choice(WORDS)} {i}",
                             rng.choice(SECTORS), rng.choice(PROVINCES),
                             f"{rng.randint(1990, 2023)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                             rng.choice(["yes", "no"]), "no"])
    return path


def import_export_child(path: str, bulk: bool) -> None:
    """Runs in a child process: django-import-export's Resource on the same file."""
    import django

    django.setup()
    import tablib
    from import_export import fields, resources, widgets

    from tadamon.registry.models import Organization, Province, Sector

    class OrganizationResource(resources.ModelResource):
        province = fields.Field("province", "province", widgets.ForeignKeyWidget(Province, "code"))
        sector = fields.Field("sector", "sector", widgets.ForeignKeyWidget(Sector, "code"))
        is_women = fields.Field("women", "is_women", widgets.BooleanWidget())
        is_youth = fields.Field("youth", "is_youth", widgets.BooleanWidget())

        class Meta:
            model = Organization
            fields = ("kind", "name_ar", "name_latin", "sector", "province", "creation_date", "is_women", "is_youth")
            import_id_fields = ()
            use_bulk = bulk
            batch_size = 2000
            skip_diff = True

        def before_save_instance(self, instance, row, **kwargs):
            instance.refresh_search_fields()  # bulk mode bypasses save(); keep search working

    with open(path, encoding="utf-8") as handle:
        dataset = tablib.Dataset().load(handle.read(), format="csv")
    dataset.headers = ["kind", "name_ar", "name_latin", "sector", "province", "creation_date", "women", "youth"]
    dataset = tablib.Dataset(*[[("1" if v == "yes" else "0") if i in (6, 7) else v for i, v in enumerate(row)]
                               for row in dataset], headers=dataset.headers)
    result = OrganizationResource().import_data(dataset, dry_run=False, use_transactions=True, raise_errors=True)
    print(f"rows={result.total_rows} errors={result.has_errors()}")


def main():
    try:
        rows = int(sys.argv[1]) if len(sys.argv) > 1 else 60000
    except ValueError:
        sys.exit(f"usage: {sys.argv[0]} [ROWS]: ROWS is a whole number, not {sys.argv[1]!r}")
    path = write_file(rows)
    print(f"# import of {rows:,} rows ({path.stat().st_size / 2**20:.1f} MiB CSV) on {machine()}, SQLite")
    url = sqlite_url("import")
    manage(url, "migrate", "--no-input")
    seconds, peak, _out = manage(url, "import_organizations", str(path), "--dry-run")
    print(f"tadamon, dry run (check only):        {seconds:6.1f} s, {rows / seconds:7,.0f} rows/s, peak {peak} MiB")
    seconds, peak, _out = manage(url, "import_organizations", str(path))
    print(f"tadamon, import (with history rows):  {seconds:6.1f} s, {rows / seconds:7,.0f} rows/s, peak {peak} MiB")
    for bulk in (False, True):
        url = sqlite_url("import_export")
        manage(url, "migrate", "--no-input")
        env = os.environ | {"DATABASE_URL": url, "DJANGO_SETTINGS_MODULE": "tadamon.settings"}
        started = time.perf_counter()
        import subprocess

        subprocess.run([PYTHON, __file__, "--child", str(path), "bulk" if bulk else "rows"], env=env, check=True,
                       cwd=ROOT, capture_output=True, text=True)
        seconds = time.perf_counter() - started
        mode = "use_bulk=True" if bulk else "row by row"
        print(f"django-import-export, {mode:14}: {seconds:6.1f} s, {rows / seconds:7,.0f} rows/s")


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        sys.path.insert(0, str(ROOT))
        import_export_child(sys.argv[2], sys.argv[3] == "bulk")
    else:
        main()
