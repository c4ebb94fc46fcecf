"""Organisations' names stored as search terms (stems and vocabulary concepts, see
tadamon/common/search_terms.py), filled for the rows already there, with a trigram index on
PostgreSQL like 0003's, which serves `search_terms LIKE '% ~dates %'`."""

from django.db import migrations, models

NAME_FIELDS = ("name_ar", "name_latin", "acronym")


def fill(apps, schema_editor):
    from tadamon.common.search_terms import fill_search_terms

    fill_search_terms(apps.get_model("registry", "Organization").objects.all(), NAME_FIELDS)


def create_index(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    schema_editor.execute("CREATE INDEX IF NOT EXISTS org_search_terms_trgm ON registry_organization "
                          "USING gin (search_terms gin_trgm_ops)")


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("DROP INDEX IF EXISTS org_search_terms_trgm")


class Migration(migrations.Migration):
    dependencies = [("registry", "0006_public_page")]

    operations = [
        migrations.AddField(
            model_name="organization", name="search_terms",
            field=models.TextField(default="", editable=False),
        ),
        migrations.RunPython(fill, migrations.RunPython.noop),
        migrations.RunPython(create_index, drop_index),
    ]
