"""The search vocabulary learnt PAM, what associations work for and a few product forms (see registry 0011):
products' stored search terms recomputed, so that the catalogue finds the rows already there by the new words."""

from django.db import migrations

NAME_FIELDS = ("name_ar", "name_fr", "name_en", "name_zgh")


def fill(apps, schema_editor):
    from tadamon.common.search_terms import fill_search_terms

    fill_search_terms(apps.get_model("market", "Product").objects.all(), NAME_FIELDS)


class Migration(migrations.Migration):
    dependencies = [("market", "0009_order_newest_index")]

    operations = [migrations.RunPython(fill, migrations.RunPython.noop)]
