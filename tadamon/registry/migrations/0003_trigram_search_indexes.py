"""Trigram indexes for the directory search on PostgreSQL.

The search is `search_text LIKE '%…%' OR search_key LIKE '%…%'`; a B-tree cannot serve a
leading wildcard, a pg_trgm GIN index can. SQLite has no equivalent and keeps scanning (fast
enough at national scale, see docs/performance.md), so this migration does nothing there.
pg_trgm is a trusted extension: the database owner may create it without being superuser."""

from django.db import migrations

INDEXES = [
    ("org_search_text_trgm", "registry_organization", "search_text"),
    ("org_search_key_trgm", "registry_organization", "search_key"),
]


def create(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    for name, table, column in INDEXES:
        schema_editor.execute(f"CREATE INDEX IF NOT EXISTS {name} ON {table} USING gin ({column} gin_trgm_ops)")


def drop(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name, _table, _column in INDEXES:
        schema_editor.execute(f"DROP INDEX IF EXISTS {name}")


class Migration(migrations.Migration):
    dependencies = [("registry", "0002_load_territories_and_sectors")]

    operations = [migrations.RunPython(create, drop)]
