"""A trigram index for the catalogue's search on PostgreSQL (`search_text LIKE '%…%'`), as the
directory has (registry 0003). SQLite has no equivalent: nothing happens there."""

from django.db import migrations


def create(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    schema_editor.execute("CREATE INDEX IF NOT EXISTS product_search_text_trgm ON market_product "
                          "USING gin (search_text gin_trgm_ops)")


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("DROP INDEX IF EXISTS product_search_text_trgm")


class Migration(migrations.Migration):
    dependencies = [("market", "0002_catalogue_indexes")]

    operations = [migrations.RunPython(create, drop)]
