from django.db import connection


def refresh_planner_statistics(*tables: str) -> None:
    """Tell the database what its tables now hold, after a bulk load.

    Without statistics SQLite's planner picks the kind/status index for the directory and
    sorts every organisation instead of walking the name index (40 ms instead of 0.1 ms at
    60,000 organisations). PostgreSQL's autovacuum gets there eventually; this is now."""
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute("ANALYZE")
        elif connection.vendor == "postgresql":
            cursor.execute("ANALYZE " + ", ".join(connection.ops.quote_name(t) for t in tables))
