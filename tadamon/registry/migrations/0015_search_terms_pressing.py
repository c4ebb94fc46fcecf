"""Olive pressing (عصر, معصرة, trituration, huilerie) is a trade of the search vocabulary: organisations'
stored search terms recomputed, as `manage.py refresh_search_terms` does."""

from django.db import migrations

NAME_FIELDS = ("name_ar", "name_latin", "name_zgh", "acronym")


def fill(apps, schema_editor):
    from tadamon.common.search_terms import fill_search_terms

    fill_search_terms(apps.get_model("registry", "Organization").objects.all(), NAME_FIELDS)


class Migration(migrations.Migration):
    dependencies = [("registry", "0014_search_terms_final_alif")]

    operations = [migrations.RunPython(fill, migrations.RunPython.noop)]
