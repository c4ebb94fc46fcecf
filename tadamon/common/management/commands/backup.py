from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from tadamon.common.backups import BackupError, backup


class Command(BaseCommand):
    help = ("Back up the database (pg_dump, or SQLite's online backup) and the media into a new dated "
            "directory under DIRECTORY, with a manifest of every table's rows (docs/deploy.md).")

    def add_arguments(self, parser):
        parser.add_argument("directory", type=Path)
        parser.add_argument("--keep", type=int, default=14, help="how many backups to keep (default 14)")

    def handle(self, *args, directory, keep, **options):
        try:
            target = backup(directory, keep=keep)
        except BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(f"Backup written to {target}")
