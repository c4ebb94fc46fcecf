"""The search vocabulary learnt forests, waste, spinning, the desert, preschool, fattening and seafood (see
registry 0013): products' stored search terms recomputed, so that the catalogue finds the rows already there."""

from django.db import migrations

NAME_FIELDS = ("name_ar", "name_fr", "name_en", "name_zgh")


def fill(apps, schema_editor):
    from tadamon.common.search_terms import fill_search_terms

    fill_search_terms(apps.get_model("market", "Product").objects.all(), NAME_FIELDS)


class Migration(migrations.Migration):
    dependencies = [("market", "0010_search_terms_association_sectors")]

    operations = [migrations.RunPython(fill, migrations.RunPython.noop)]
