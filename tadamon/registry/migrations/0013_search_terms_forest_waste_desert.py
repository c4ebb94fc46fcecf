"""The search vocabulary knows forests (غابة, forêt), waste (النفايات, déchets) as recycling, spinning (غزل,
filage) as wool, the desert (صحراوية, saharien), preschool (التعليم الأولي, préscolaire), fattening and
seafood (منتوجات البحر, halieutique): organisations' stored search terms recomputed, as
`manage.py refresh_search_terms` does."""

from django.db import migrations

NAME_FIELDS = ("name_ar", "name_latin", "name_zgh", "acronym")


def fill(apps, schema_editor):
    from tadamon.common.search_terms import fill_search_terms

    fill_search_terms(apps.get_model("registry", "Organization").objects.all(), NAME_FIELDS)


class Migration(migrations.Migration):
    dependencies = [("registry", "0012_name_has_letters")]

    operations = [migrations.RunPython(fill, migrations.RunPython.noop)]
