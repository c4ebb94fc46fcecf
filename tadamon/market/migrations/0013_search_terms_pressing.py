"""Olive pressing is a trade of the search vocabulary (see registry 0015): products' stored search
terms recomputed."""

from django.db import migrations

NAME_FIELDS = ("name_ar", "name_fr", "name_en", "name_zgh")


def fill(apps, schema_editor):
    from tadamon.common.search_terms import fill_search_terms

    fill_search_terms(apps.get_model("market", "Product").objects.all(), NAME_FIELDS)


class Migration(migrations.Migration):
    dependencies = [("market", "0012_search_terms_final_alif")]

    operations = [migrations.RunPython(fill, migrations.RunPython.noop)]
