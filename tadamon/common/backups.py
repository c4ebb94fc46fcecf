"""Backups of the database and the media, and their restore into a fresh database.

A backup is one directory: the database (PostgreSQL's own custom-format dump, or SQLite's online
backup: both consistent while the site runs), the public and private media as one tar archive,
and a manifest with the number of rows of every table and a checksum of each file. A restore
writes them into an empty database and media directories, then counts the rows again against
the manifest. docs/deploy.md says when and how they run.
"""

import datetime
import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import tarfile
import time
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.db import connection

DATABASE_FILES = {"postgresql": "database.dump", "sqlite": "database.sqlite3"}
# SQLite's online backup retries for as long as another connection holds a write lock; Python's
# sqlite3 would retry forever, so a backup that cannot get through stops after this long.
SQLITE_LOCK_WAIT_SECONDS = 60
SQLITE_PAGES_PER_STEP = 1024


class BackupError(Exception):
    pass


def _tables() -> list[str]:
    """Every table Django knows, the many-to-many ones included."""
    tables = set()
    for model in apps.get_models(include_auto_created=True):
        if model._meta.managed and not model._meta.proxy:
            tables.add(model._meta.db_table)
    return sorted(tables)


def _count_rows(cursor, tables: list[str], quote) -> dict[str, int]:
    counts = {}
    for table in tables:
        cursor.execute(f"SELECT COUNT(*) FROM {quote(table)}")  # noqa: S608 - names from the models
        counts[table] = cursor.fetchone()[0]
    return counts


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _pg_environment(database: dict) -> dict:
    env = os.environ.copy()
    if database.get("PASSWORD"):
        env["PGPASSWORD"] = str(database["PASSWORD"])
    return env


def _pg_arguments(database: dict) -> list[str]:
    arguments = []
    for flag, key in (("--host", "HOST"), ("--port", "PORT"), ("--username", "USER")):
        if database.get(key):
            arguments += [flag, str(database[key])]
    return arguments


def _media_roots() -> dict[str, Path]:
    """The media directories to archive, by their name in the archive (file-system storage only:
    S3 buckets are kept by the storage's own versioning, docs/deploy.md)."""
    roots = {}
    for name, alias in (("media", "default"), ("private", "private")):
        backend = settings.STORAGES.get(alias, {})
        if backend.get("BACKEND") == "django.core.files.storage.FileSystemStorage":
            location = backend.get("OPTIONS", {}).get("location") or (
                settings.MEDIA_ROOT if alias == "default" else settings.PRIVATE_MEDIA_ROOT)
            roots[name] = Path(location)
    return roots


def backup(directory: Path, *, keep: int | None = None) -> Path:
    """Write a backup into a new, dated directory under `directory`; returns it. With `keep`,
    older backups beyond the newest `keep` are removed."""
    vendor = connection.vendor
    if vendor not in DATABASE_FILES:
        raise BackupError(f"Backups of {vendor} databases are not supported.")
    stamp = datetime.datetime.now(datetime.UTC).strftime("%Y%m%d-%H%M%S-%f")
    target = Path(directory) / f"tadamon-{stamp}"
    target.mkdir(parents=True)
    try:
        _write_backup(target, vendor)
    except BaseException:
        shutil.rmtree(target, ignore_errors=True)  # a half-written backup must not pass for one
        raise
    if keep:
        older = sorted(p for p in Path(directory).glob("tadamon-*") if p.is_dir() and p != target)
        for old in older[:-keep + 1] if keep > 1 else older:
            shutil.rmtree(old)
    return target


def _write_backup(target: Path, vendor: str) -> None:
    database_file = target / DATABASE_FILES[vendor]
    tables = _tables()
    # The rows are counted in what the backup holds, not beside it: on a busy site a row written
    # between the count and the copy would make the restore's check fail.
    if vendor == "postgresql":
        counts = _dump_postgresql(database_file, tables)
    else:
        connection.ensure_connection()
        copy_sqlite(connection.connection, database_file)
        with sqlite3.connect(database_file) as copy:
            counts = _count_rows(copy.cursor(), tables, lambda name: f'"{name}"')
        copy.close()
    media_file = target / "media.tar.gz"
    with tarfile.open(media_file, "w:gz") as archive:
        for name, root in _media_roots().items():
            if root.exists():
                archive.add(root, arcname=name)
    manifest = {
        "created_at": datetime.datetime.now(datetime.UTC).isoformat(),
        "vendor": vendor,
        "tables": counts,
        "files": {path.name: _sha256(path) for path in (database_file, media_file)},
    }
    (target / "manifest.json").write_text(json.dumps(manifest, indent=1, sort_keys=True))


def _dump_postgresql(database_file: Path, tables: list[str]) -> dict[str, int]:
    """pg_dump of the snapshot the rows are counted in (exported from a repeatable-read
    transaction kept open while pg_dump runs); returns the counts."""
    import psycopg

    database = connection.settings_dict
    with psycopg.connect(host=database["HOST"] or None, port=database["PORT"] or None, user=database["USER"] or None,
                         password=database.get("PASSWORD") or None, dbname=database["NAME"]) as snapshot:
        snapshot.isolation_level = psycopg.IsolationLevel.REPEATABLE_READ
        with snapshot.cursor() as cursor:
            cursor.execute("SELECT pg_export_snapshot()")
            snapshot_id = cursor.fetchone()[0]
            counts = _count_rows(cursor, tables, connection.ops.quote_name)
            result = subprocess.run(  # noqa: S603 - fixed program, arguments from settings
                ["pg_dump", "--format=custom", "--no-owner", "--no-privileges", *_pg_arguments(database),
                 "--snapshot", snapshot_id, "--file", str(database_file), database["NAME"]],
                env=_pg_environment(database), capture_output=True, text=True, check=False)
    if result.returncode:
        raise BackupError(f"pg_dump failed: {result.stderr.strip()}")
    return counts


def copy_sqlite(source: sqlite3.Connection, database_file: Path) -> None:
    """SQLite's online backup of `source` into a new file; no file is left if it fails."""
    try:
        with sqlite3.connect(database_file) as copy:
            source.backup(copy, pages=SQLITE_PAGES_PER_STEP, progress=_give_up_when_locked())
        copy.close()
    except BaseException:
        Path(database_file).unlink(missing_ok=True)
        raise


def _give_up_when_locked(seconds: float | None = None):
    """A progress callback for sqlite3's backup: raises once the source has stayed locked (busy or
    locked steps only, no page copied) for `seconds` in a row."""
    seconds = SQLITE_LOCK_WAIT_SECONDS if seconds is None else seconds
    locked_since = None

    def progress(status: int, remaining: int, total: int) -> None:
        nonlocal locked_since
        if status not in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
            locked_since = None
            return
        now = time.monotonic()
        locked_since = locked_since or now
        if now - locked_since > seconds:
            raise BackupError(f"The database stayed locked by another writer for {seconds:.0f} s: "
                              "no backup was written. Try again when it is quieter.")

    return progress


def read_manifest(path: Path) -> dict:
    manifest = json.loads((Path(path) / "manifest.json").read_text())
    for name, checksum in manifest["files"].items():
        if _sha256(Path(path) / name) != checksum:
            raise BackupError(f"{name} does not match its checksum: the backup is damaged.")
    return manifest


def restore(path: Path, *, database_url: str, media_root: Path, private_media_root: Path) -> dict[str, int]:
    """Restore the backup at `path` into the empty database at `database_url` and the media
    directories; returns the row counts read back, which must equal the manifest's."""
    import dj_database_url

    path = Path(path)
    manifest = read_manifest(path)
    database = dj_database_url.parse(database_url)
    vendor = "postgresql" if "postgresql" in database["ENGINE"] else "sqlite"
    if vendor != manifest["vendor"]:
        raise BackupError(f"This backup is of a {manifest['vendor']} database, not {vendor}.")
    if vendor == "postgresql":
        result = subprocess.run(  # noqa: S603
            ["pg_restore", "--no-owner", "--no-privileges", "--exit-on-error", "--single-transaction",
             *_pg_arguments(database), "--dbname", database["NAME"], str(path / DATABASE_FILES[vendor])],
            env=_pg_environment(database), capture_output=True, text=True, check=False)
        if result.returncode:
            raise BackupError(f"pg_restore failed: {result.stderr.strip()}")
        import psycopg

        with psycopg.connect(database_url) as restored, restored.cursor() as cursor:
            counts = _count_rows(cursor, list(manifest["tables"]), lambda name: f'"{name}"')
    else:
        target = Path(database["NAME"])
        if target.exists() and target.stat().st_size:
            raise BackupError(f"{target} is not empty: restore into a new database.")
        shutil.copyfile(path / DATABASE_FILES[vendor], target)
        with sqlite3.connect(target) as restored:
            counts = _count_rows(restored.cursor(), list(manifest["tables"]), lambda name: f'"{name}"')
        restored.close()
    with tarfile.open(path / "media.tar.gz") as archive:
        for member in archive.getmembers():
            root = {"media": Path(media_root), "private": Path(private_media_root)}.get(member.name.split("/")[0])
            if root is None:
                continue
            member.name = member.name.split("/", 1)[1] if "/" in member.name else "."
            archive.extract(member, root, filter="data")
    missing = {table: (expected, counts.get(table)) for table, expected in manifest["tables"].items()
               if counts.get(table) != expected}
    if missing:
        raise BackupError(f"Rows missing after the restore (table: expected, found): {missing}")
    return counts
