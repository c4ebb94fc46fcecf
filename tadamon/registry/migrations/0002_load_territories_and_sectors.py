from django.db import migrations


def load(apps, schema_editor):
    from tadamon.registry.domain.sectors import load_sectors
    from tadamon.registry.domain.territories import load_territories

    load_territories(apps.get_model("registry", "Region"), apps.get_model("registry", "Province"))
    load_sectors(apps.get_model("registry", "Sector"))


class Migration(migrations.Migration):
    dependencies = [("registry", "0001_initial")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
