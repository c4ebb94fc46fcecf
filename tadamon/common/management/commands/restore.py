from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from tadamon.common.backups import BackupError, restore


class Command(BaseCommand):
    help = ("Restore a backup directory into an empty database (--database-url) and media directories, "
            "then check that every table has the rows the backup's manifest lists.")

    def add_arguments(self, parser):
        parser.add_argument("backup", type=Path)
        parser.add_argument("--database-url", required=True,
                            help="the new, empty database: postgres://... or sqlite:////path/new.sqlite3")
        parser.add_argument("--media-root", type=Path, default=None)
        parser.add_argument("--private-media-root", type=Path, default=None)

    def handle(self, *args, backup, database_url, media_root, private_media_root, **options):
        try:
            counts = restore(backup, database_url=database_url, media_root=media_root or settings.MEDIA_ROOT,
                             private_media_root=private_media_root or settings.PRIVATE_MEDIA_ROOT)
        except BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(f"Restored {sum(counts.values()):,} rows in {len(counts)} tables; every one is there.")
