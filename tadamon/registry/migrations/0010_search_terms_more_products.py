"""The search vocabulary learnt 27 more products and trades and 3 qualifiers (walnuts/جوز/noix, rabbits/أرانب/cunicole,
distillation/تقطير, pastry/حلويات...): organisations' stored search terms recomputed, so that the
directory finds the rows already there by the new words (as `manage.py refresh_search_terms` does)."""

from django.db import migrations

NAME_FIELDS = ("name_ar", "name_latin", "name_zgh", "acronym")


def fill(apps, schema_editor):
    from tadamon.common.search_terms import fill_search_terms

    fill_search_terms(apps.get_model("registry", "Organization").objects.all(), NAME_FIELDS)


class Migration(migrations.Migration):
    dependencies = [("registry", "0009_sector_tifinagh_names")]

    operations = [migrations.RunPython(fill, migrations.RunPython.noop)]
