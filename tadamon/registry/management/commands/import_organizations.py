import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from tadamon.registry.domain.imports import import_organizations


class Command(BaseCommand):
    help = (
        "Import organisations from a CSV (UTF-8) or XLSX file; columns in docs/import.md. "
        "All or nothing: any error and nothing is written. Exit status 1 when the file has errors."
    )

    def add_arguments(self, parser):
        parser.add_argument("file")
        parser.add_argument("--dry-run", action="store_true", help="Check every row, write nothing.")

    def handle(self, *args, file, dry_run, **options):
        path = Path(file)
        if not path.is_file():
            raise CommandError(f"No such file: {path}")
        report = import_organizations(path, filename=path.name, dry_run=dry_run)
        for message in report.file_errors:
            self.stderr.write(f"{path.name}: {message}")
        for error in report.errors:
            self.stderr.write(f"{path.name}: row {error.row}, column {error.column} ({error.value!r}): {error.message}")
        for duplicate in report.duplicates:
            self.stdout.write(
                f"Likely duplicate: row {duplicate.row} “{duplicate.name}” ({duplicate.province}) "
                f"looks like {duplicate.other}"
            )
        if report.ignored_columns:
            self.stdout.write(f"Ignored columns: {', '.join(report.ignored_columns)}")
        if not report.ok:
            self.stderr.write(f"{len(report.errors)} errors in {report.total_rows} rows: nothing was written.")
            sys.exit(1)
        if dry_run:
            self.stdout.write(f"{report.total_rows} rows checked, no errors. Dry run: nothing was written.")
        else:
            self.stdout.write(f"{report.created} organisations imported.")
