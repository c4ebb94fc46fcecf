"""A word written with a final ى is read whole (see registry 0014): products' stored search terms
recomputed."""

from django.db import migrations

NAME_FIELDS = ("name_ar", "name_fr", "name_en", "name_zgh")


def fill(apps, schema_editor):
    from tadamon.common.search_terms import fill_search_terms

    fill_search_terms(apps.get_model("market", "Product").objects.all(), NAME_FIELDS)


class Migration(migrations.Migration):
    dependencies = [("market", "0011_search_terms_forest_waste_desert")]

    operations = [migrations.RunPython(fill, migrations.RunPython.noop)]
