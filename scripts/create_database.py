"""Create the PostgreSQL database named in DATABASE_URL if it does not exist yet (make serve-prod)."""

import os
import sys

import dj_database_url
import psycopg

url = os.environ.get("DATABASE_URL", "")
if not url.startswith(("postgres://", "postgresql://")):
    sys.exit("DATABASE_URL must name a PostgreSQL database (postgres://user@host:5432/name).")
database = dj_database_url.parse(url)
server = url.rsplit("/", 1)[0] + "/postgres"
with psycopg.connect(server, autocommit=True) as connection:
    if not connection.execute("SELECT 1 FROM pg_database WHERE datname = %s", [database["NAME"]]).fetchone():
        connection.execute(f'CREATE DATABASE "{database["NAME"]}"')
        print(f"Created the database {database['NAME']}.")
