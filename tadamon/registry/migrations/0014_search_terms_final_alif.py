"""A word written with a final ى is read whole (لبنى is Loubna, not milk): organisations' stored search
terms recomputed, as `manage.py refresh_search_terms` does."""

from django.db import migrations

NAME_FIELDS = ("name_ar", "name_latin", "name_zgh", "acronym")


def fill(apps, schema_editor):
    from tadamon.common.search_terms import fill_search_terms

    fill_search_terms(apps.get_model("registry", "Organization").objects.all(), NAME_FIELDS)


class Migration(migrations.Migration):
    dependencies = [("registry", "0013_search_terms_forest_waste_desert")]

    operations = [migrations.RunPython(fill, migrations.RunPython.noop)]
