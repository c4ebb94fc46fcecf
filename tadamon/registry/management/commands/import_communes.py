import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from tadamon.registry.domain.territories import import_communes


class Command(BaseCommand):
    help = "Import communes from a CSV file: province_code,name_fr,name_ar[,name_en,code,kind]. All or nothing."

    def add_arguments(self, parser):
        parser.add_argument("file")
        parser.add_argument("--dry-run", action="store_true")

    def handle(self, *args, file, dry_run, **options):
        path = Path(file)
        if not path.is_file():
            raise CommandError(f"No such file: {path}")
        result = import_communes(path.read_text(encoding="utf-8-sig"), dry_run=dry_run)
        for error in result.errors:
            self.stderr.write(error)
        if result.errors:
            self.stderr.write("Nothing was written.")
            sys.exit(1)
        self.stdout.write(f"{result.created} communes created, {result.updated} updated{' (dry run)' if dry_run else ''}.")
