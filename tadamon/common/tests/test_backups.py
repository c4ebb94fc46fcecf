"""A backup restored into a fresh database holds every record, and the media come back byte for
byte (on SQLite and on PostgreSQL, whichever the suite runs on)."""

import sqlite3
import uuid

import pytest
from django.apps import apps
from django.core.files.base import ContentFile
from django.core.files.storage import storages
from django.core.management import call_command
from django.db import connection

from tadamon.common.backups import BackupError, read_manifest


@pytest.fixture
def media_on_disk(settings, tmp_path):
    settings.STORAGES = {**settings.STORAGES,
                         "default": {"BACKEND": "django.core.files.storage.FileSystemStorage",
                                     "OPTIONS": {"location": tmp_path / "media"}},
                         "private": {"BACKEND": "django.core.files.storage.FileSystemStorage",
                                     "OPTIONS": {"location": tmp_path / "private", "base_url": None}}}
    storages._storages = {}  # built again from the settings above
    yield
    storages._storages = {}


@pytest.fixture
def fresh_database(tmp_path):
    """The URL of a new, empty database of the suite's kind; dropped afterwards."""
    if connection.vendor == "sqlite":
        yield f"sqlite:///{tmp_path / 'restored.sqlite3'}"
        return
    import psycopg

    server = connection.settings_dict
    name = f"tadamon_restore_{uuid.uuid4().hex[:8]}"
    credentials = f"{server['USER']}{':' + server['PASSWORD'] if server.get('PASSWORD') else ''}"
    base = f"postgres://{credentials}@{server['HOST'] or '127.0.0.1'}:{server['PORT'] or 5432}"
    with psycopg.connect(f"{base}/postgres", autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    yield f"{base}/{name}"
    with psycopg.connect(f"{base}/postgres", autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def primary_keys(database_url: str) -> dict[str, set]:
    """Every model's primary keys, read from the restored database with its own driver."""
    keys = {}
    if database_url.startswith("sqlite"):
        handle = sqlite3.connect(database_url.removeprefix("sqlite:///"))
    else:
        import psycopg

        handle = psycopg.connect(database_url)
    cursor = handle.cursor()
    for model in apps.get_models():
        cursor.execute(f'SELECT "{model._meta.pk.column}" FROM "{model._meta.db_table}"')  # noqa: S608
        keys[model._meta.label] = {row[0] for row in cursor.fetchall()}
    handle.close()
    return keys


@pytest.mark.transactional
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_backup_restored_into_a_fresh_database_holds_every_record(tmp_path, media_on_disk, fresh_database,
                                                                      admin_user):
    from tadamon.registry.tests.factories import MembershipFactory, OrganizationFactory

    cooperative = OrganizationFactory(name_latin="Coopérative Tiwizi")
    for cin in ("JB123456", "JB123457", "JB123458"):  # encrypted at rest: restored as they were
        MembershipFactory(organization=cooperative, person__cin=cin)
    photo = storages["default"].save("products/argan.jpg", ContentFile(b"\xff\xd8 argan photo"))
    private = storages["private"].save("imports/members.csv", ContentFile(b"cin\nJB123456\n"))

    call_command("backup", str(tmp_path / "backups"))
    backup = next((tmp_path / "backups").glob("tadamon-*"))
    manifest = read_manifest(backup)
    assert manifest["tables"]["registry_membership"] == 3

    restored_media, restored_private = tmp_path / "restored-media", tmp_path / "restored-private"
    call_command("restore", str(backup), database_url=fresh_database, media_root=str(restored_media),
                 private_media_root=str(restored_private))
    found = primary_keys(fresh_database)
    for model in apps.get_models():
        expected = set(model._default_manager.using("default").values_list("pk", flat=True))
        assert found[model._meta.label] == expected, model._meta.label
    assert (restored_media / photo).read_bytes() == b"\xff\xd8 argan photo"
    assert (restored_private / private).read_text() == "cin\nJB123456\n"



@pytest.mark.transactional
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_row_written_while_the_backup_runs_does_not_break_its_restore(tmp_path, media_on_disk, fresh_database,
                                                                          monkeypatch):
    """The manifest counts what the backup holds: a row committed after the count began and before
    the copy ends is either in both or in neither, so the restore's check still passes."""
    from django.contrib.contenttypes.models import ContentType

    from tadamon.common import backups

    def write_meanwhile(copy):
        def copying(*args, **kwargs):
            ContentType.objects.get_or_create(app_label="written", model="meanwhile")  # committed at once
            return copy(*args, **kwargs)
        return copying

    if connection.vendor == "sqlite":
        monkeypatch.setattr(backups, "copy_sqlite", write_meanwhile(backups.copy_sqlite))
    else:
        monkeypatch.setattr(backups.subprocess, "run", write_meanwhile(backups.subprocess.run))
    call_command("backup", str(tmp_path / "backups"))
    backup = next((tmp_path / "backups").glob("tadamon-*"))

    counts = backups.restore(backup, database_url=fresh_database, media_root=tmp_path / "m",
                             private_media_root=tmp_path / "p")
    assert counts == read_manifest(backup)["tables"]
    assert ContentType.objects.filter(app_label="written").exists()

# Transactional, like the real command: SQLite's online backup waits for open transactions to end.
@pytest.mark.transactional
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_damaged_backup_is_refused_before_anything_is_written(tmp_path):
    call_command("backup", str(tmp_path))
    backup = next(tmp_path.glob("tadamon-*"))
    database_file = next(p for p in backup.iterdir() if p.name.startswith("database."))
    database_file.write_bytes(database_file.read_bytes()[:-10])
    with pytest.raises(BackupError, match="does not match its checksum"):
        read_manifest(backup)


@pytest.mark.transactional
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_old_backups_beyond_the_number_to_keep_are_removed(tmp_path):
    for _ in range(4):
        call_command("backup", str(tmp_path), keep=2)
    assert len(list(tmp_path.glob("tadamon-*"))) == 2



def test_sqlites_online_backup_gives_up_on_a_writer_that_never_finishes(tmp_path, monkeypatch):
    """Python's sqlite3 retries a locked backup step forever (a CI run once hung on it); the copy
    stops with a message after the wait allowed, and writes no file that could pass for a copy."""
    from tadamon.common import backups

    monkeypatch.setattr(backups, "SQLITE_LOCK_WAIT_SECONDS", 0.3)
    source_uri = f"file:backup-source-{uuid.uuid4().hex}?mode=memory&cache=shared"
    source = sqlite3.connect(source_uri, uri=True, isolation_level=None)
    source.execute("CREATE TABLE cooperative (name TEXT)")
    writer = sqlite3.connect(source_uri, uri=True, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("INSERT INTO cooperative VALUES ('Tiwizi')")
    try:
        with pytest.raises(BackupError, match="stayed locked by another writer"):
            backups.copy_sqlite(source, tmp_path / "copy.sqlite3")
        assert not (tmp_path / "copy.sqlite3").exists()
        writer.execute("COMMIT")
        backups.copy_sqlite(source, tmp_path / "copy.sqlite3")  # once the writer is done, it goes through
        copied = sqlite3.connect(tmp_path / "copy.sqlite3")
        assert copied.execute("SELECT name FROM cooperative").fetchall() == [("Tiwizi",)]
        copied.close()
    finally:
        writer.close()
        source.close()
