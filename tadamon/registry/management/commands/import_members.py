import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from tadamon.registry.domain.member_imports import import_members
from tadamon.registry.models import Organization

KNOWN_LISTED = 100


class Command(BaseCommand):
    help = (
        "Import members from a CSV (UTF-8) or XLSX file; columns in docs/import.md. Into the organisation "
        "--organization (its id), or else into the one each row's `organization` column names (registry number "
        "or id). All or nothing: any error and nothing is written. Exit status 1 when the file has errors."
    )

    def add_arguments(self, parser):
        parser.add_argument("file")
        parser.add_argument("--organization", type=int, help="The organisation's id: every row is one of its members.")
        parser.add_argument("--dry-run", action="store_true", help="Check every row, write nothing.")

    def handle(self, *args, file, organization, dry_run, **options):
        path = Path(file)
        if not path.is_file():
            raise CommandError(f"No such file: {path}")
        if organization is not None:
            try:
                organization = Organization.objects.get(pk=organization)
            except Organization.DoesNotExist as exc:
                raise CommandError(f"No organisation has the id {organization}.") from exc
        report = import_members(path, filename=path.name, organization=organization, dry_run=dry_run)
        self._list(path, report)
        if not report.ok:
            self.stderr.write(f"{len(report.errors)} errors in {report.total_rows} rows: nothing was written.")
            sys.exit(1)
        summary = (f"{report.memberships_new} memberships, {report.people_new} new people, "
                   f"{len(report.known)} people already registered")
        if dry_run:
            self.stdout.write(f"{report.total_rows} rows checked, no errors: {summary}. Dry run: nothing was written.")
        else:
            self.stdout.write(f"Imported: {summary}.")

    def _list(self, path: Path, report) -> None:
        for message in report.file_errors:
            self.stderr.write(f"{path.name}: {message}")
        for error in report.errors:
            self.stderr.write(f"{path.name}: row {error.row}, column {error.column} ({error.value!r}): {error.message}")
        for known in report.known[:KNOWN_LISTED]:
            outcome = "already a member, nothing added" if known.already_member else "membership added to that person"
            self.stdout.write(f"Row {known.row}: CIN {known.cin} is already registered: {outcome}.")
        if len(report.known) > KNOWN_LISTED:
            self.stdout.write(f"… and {len(report.known) - KNOWN_LISTED} more people already registered.")
        if report.ignored_columns:
            self.stdout.write(f"Ignored columns: {', '.join(report.ignored_columns)}")
