import csv
from pathlib import Path

from django.db import migrations

MODULES_CSV = Path(__file__).resolve().parent.parent / "data" / "modules.csv"


def load(apps, schema_editor):
    Module = apps.get_model("programmes", "Module")
    with open(MODULES_CSV, encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            Module.objects.update_or_create(code=row.pop("code"), defaults=row)


class Migration(migrations.Migration):
    dependencies = [("programmes", "0001_initial")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
