"""Bulk import of organisations from CSV or XLSX: every row checked, every error reported by
row and column, and nothing written unless every row is good. Likely duplicates (the same
normalised name, or the same sound across scripts, within one province) are flagged as
warnings; they do not stop the import. Columns are documented in docs/import.md."""

from collections.abc import Callable
from dataclasses import asdict, dataclass, field, replace
from datetime import datetime, timedelta

from django.core.exceptions import ValidationError
from django.core.validators import EmailValidator, ProhibitNullCharactersValidator, URLValidator
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from simple_history.utils import bulk_create_with_history

from tadamon.common.db import refresh_planner_statistics
from tadamon.common.text import normalize_text, phonetic_key
from tadamon.common.vocabulary import core_name
from tadamon.registry.domain.stories import story_language
from tadamon.registry.domain.tabular import UnreadableFileError, read_rows
from tadamon.registry.enums import OrganizationKind, OrganizationStatus
from tadamon.registry.models import Commune, Organization, Province, Sector
from tadamon.registry.models.organization import phone_validator
from tadamon.registry.signals import organizations_imported

COLUMNS = [
    "kind", "name_ar", "name_latin", "acronym", "sector", "registry_number", "creation_date", "status",
    "province", "commune", "address", "phone", "email", "website", "women", "youth", "description",
]
REQUIRED_COLUMNS = {"kind", "province"}
BATCH_SIZE = 2000
TRUE_WORDS = {"1", "yes", "y", "true", "oui", "o", "vrai", "نعم", "x"}
FALSE_WORDS = {"", "0", "no", "n", "false", "non", "faux", "لا"}
# A report echoes a file's values: each cut to this many characters, and the page (and the
# stored report of a web import) keeps this many errors and duplicates, with their counts.
ECHOED_VALUE_MAX = 200
REPORT_ITEMS_KEPT = 500


def echo(value: str) -> str:
    """A value of the file as a report shows it: at most ECHOED_VALUE_MAX characters, and no NUL
    character (PostgreSQL cannot store one in a JSON report)."""
    value = value.replace("\x00", "\u2400")  # ␀
    return value if len(value) <= ECHOED_VALUE_MAX else value[: ECHOED_VALUE_MAX - 1] + "…"


@dataclass
class RowError:
    row: int
    column: str
    value: str
    message: str


@dataclass
class DuplicateWarning:
    row: int
    name: str
    province: str
    other: str  # "row 12" or "existing #345"


@dataclass
class ImportReport:
    total_rows: int = 0
    created: int = 0
    dry_run: bool = False
    written: bool = False
    file_errors: list[str] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    duplicates: list[DuplicateWarning] = field(default_factory=list)
    ignored_columns: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.file_errors and not self.errors

    def as_dict(self) -> dict:
        """What a web import stores: the first REPORT_ITEMS_KEPT errors and duplicates, with how many there are."""
        kept = replace(self, errors=self.errors[:REPORT_ITEMS_KEPT], duplicates=self.duplicates[:REPORT_ITEMS_KEPT])
        return asdict(kept) | {"ok": self.ok, "error_count": len(self.errors), "duplicate_count": len(self.duplicates)}


ProgressCallback = Callable[[int, int], None]


def import_organizations(source, *, filename: str, dry_run: bool = False, user=None,
                         progress: ProgressCallback | None = None) -> ImportReport:
    report = ImportReport(dry_run=dry_run)
    rows = read_table(source, filename, report, COLUMNS, REQUIRED_COLUMNS, {"name_ar", "name_latin"})
    if rows is None:
        return report

    resolver = _Resolver()
    duplicates = _DuplicateFinder()
    organizations = []
    step = max(1, len(rows) // 100)
    for index, row in enumerate(rows):
        line = index + 2  # the header is line 1
        organization = resolver.build(row, line, report.errors)
        if organization is not None:
            organization.refresh_search_fields()
            report.duplicates.extend(duplicates.check(organization, line))
            organizations.append(organization)
        if progress and index % step == 0:
            progress(index, len(rows) * 2)

    if not report.ok or dry_run:
        return report
    with transaction.atomic():
        for start in range(0, len(organizations), BATCH_SIZE):
            batch = organizations[start : start + BATCH_SIZE]
            bulk_create_with_history(batch, Organization, batch_size=BATCH_SIZE, default_user=user,
                                     default_change_reason="import")
            if progress:
                progress(len(rows) + start + len(batch), len(rows) * 2)
    refresh_planner_statistics(Organization._meta.db_table)
    report.created = len(organizations)
    report.written = True
    dates = [o.creation_date for o in organizations]
    organizations_imported.send(sender=Organization, count=report.created,
                                since=None if None in dates or not dates else min(dates).year)
    return report


def read_table(source, filename: str, report: ImportReport, columns: list[str], required: set[str],
               one_of: set[str]) -> list[dict] | None:
    """The file's rows, every one held until the end (all or nothing): only its imported columns,
    and any other holding a NUL character, to report it. None, with the reason in the report's
    file errors, when the file cannot be read or lacks a required column or all of `one_of`."""
    try:
        header, rows = read_rows(source, filename)
        rows = [{name: value for name, value in row.items() if name in columns or "\x00" in value} for row in rows]
    except UnreadableFileError as exc:
        report.file_errors.append(str(exc))
        return None
    missing = required - set(header)
    if not (one_of & set(header)):
        missing.add(" / ".join(column for column in columns if column in one_of))
    if missing:
        report.file_errors.append(_("Missing columns: %(columns)s.") % {"columns": ", ".join(sorted(missing))})
        return None
    report.ignored_columns = [echo(h) for h in header if h and h not in columns]
    report.total_rows = len(rows)
    return rows


def choice_lookup(choices) -> dict[str, str]:
    """Accept a choice's value or its label in any of the three languages."""
    lookup = {}
    for value, label in choices:
        lookup[normalize_text(value)] = value
        for language in ("ar", "fr", "en"):
            with translation.override(language):
                lookup[normalize_text(str(label))] = value
    return lookup


def _named_lookup(objects, *extra_keys) -> dict[str, object]:
    lookup = {}
    for obj in objects:
        for key in (obj.name_ar, obj.name_fr, obj.name_en, *(getattr(obj, k) for k in extra_keys)):
            if key:
                lookup.setdefault(normalize_text(key), obj)
    return lookup


class _Resolver:
    """Turns one row into an unsaved Organization, or records why it cannot."""

    def __init__(self):
        self.kinds = choice_lookup(OrganizationKind.choices)
        self.statuses = choice_lookup(OrganizationStatus.choices)
        self.provinces = _named_lookup(Province.objects.all(), "code")
        self.sectors = _named_lookup(Sector.objects.all(), "code")
        self.communes: dict[tuple[int, str], Commune] = {}
        for commune in Commune.objects.all():
            for key in (commune.name_ar, commune.name_fr, commune.name_en, commune.code):
                if key:
                    self.communes.setdefault((commune.province_id, normalize_text(key)), commune)
        self.email = EmailValidator()
        self.url = URLValidator()
        self.no_null = ProhibitNullCharactersValidator()

    def build(self, row: dict, line: int, errors: list[RowError]) -> Organization | None:
        check = RowCheck(row, line, errors, str(self.no_null.message))
        kind = self.kinds.get(normalize_text(row.get("kind", "")))
        if kind is None:
            check.fail("kind", _("Unknown kind. Use one of: %(values)s.")
                       % {"values": ", ".join(OrganizationKind.values)})
        name_ar, name_latin = check.text("name_ar", 255), check.text("name_latin", 255)
        if not name_ar and not name_latin:
            check.fail("name_ar", _("A name is required, in Arabic or in Latin script."))
        province, commune = self._place(check)
        sector, status = self._sector(check), self._status(check)
        creation_date = _creation_date(check)
        flags = {column: _flag(check, column) for column in ("women", "youth")}
        for column, validator in (("phone", phone_validator), ("email", self.email), ("website", self.url)):
            _validate(check, column, validator)
        fields = {
            "acronym": check.text("acronym", 30), "registry_number": check.text("registry_number", 50),
            "address": check.text("address", 255), "phone": check.text("phone", 20),
            "email": check.text("email", 254), "website": check.text("website", 200),
            "description": row.get("description", ""),
        }
        if fields["description"]:  # also the public page's story, in the language it is written in
            fields[f"story_{story_language(fields['description'])}"] = fields["description"]
        if check.failed:
            return None
        return Organization(
            kind=kind, name_ar=name_ar, name_latin=name_latin, sector=sector, status=status,
            province=province, commune=commune, creation_date=creation_date or None,
            is_women=flags["women"], is_youth=flags["youth"], **fields,
        )

    def _place(self, check: "RowCheck") -> tuple:
        province = self.provinces.get(normalize_text(check.row.get("province", "")))
        if province is None:
            check.fail("province", _("Unknown province. Use its ISO code (e.g. MA-TIN) or its name."))
        commune = None
        if check.row.get("commune") and province is not None:
            commune = self.communes.get((province.pk, normalize_text(check.row["commune"])))
            if commune is None:
                check.fail("commune", _("No commune of this name in %(province)s.") % {"province": province.name_fr})
        return province, commune

    def _sector(self, check: "RowCheck"):
        if not check.row.get("sector"):
            return None
        sector = self.sectors.get(normalize_text(check.row["sector"]))
        if sector is None:
            check.fail("sector", _("Unknown sector. See the sector codes in docs/import.md."))
        return sector

    def _status(self, check: "RowCheck"):
        if not check.row.get("status"):
            return OrganizationStatus.ACTIVE
        status = self.statuses.get(normalize_text(check.row["status"]))
        if status is None:
            check.fail("status", _("Unknown status. Use one of: %(values)s.")
                       % {"values": ", ".join(OrganizationStatus.values)})
        return status


class RowCheck:
    """One row's errors as they are found. A NUL character is refused, as the forms do, and is the
    only error reported for its cell."""

    def __init__(self, row: dict, line: int, errors: list[RowError], nul_message: str):
        self.row, self.line, self.errors, self.before = row, line, errors, len(errors)
        self.nul = [column for column, value in row.items() if column and "\x00" in value]
        for column in self.nul:
            errors.append(RowError(line, echo(column), echo(row[column]), nul_message))

    @property
    def failed(self) -> bool:
        return len(self.errors) > self.before

    def fail(self, column: str, message: str) -> None:
        if column not in self.nul:
            self.errors.append(RowError(self.line, column, echo(self.row.get(column, "")), message))

    def refuse(self, column: str, message: str) -> None:
        """An error that is the only one reported for its cell, as a NUL character's."""
        self.fail(column, message)
        self.nul.append(column)

    def text(self, column: str, max_length: int) -> str:
        value = self.row.get(column, "")
        if len(value) > max_length:
            self.fail(column, _("At most %(n)d characters (this has %(m)d).") % {"n": max_length, "m": len(value)})
        return value


def _creation_date(check: RowCheck):
    creation_date = parse_date(check.row.get("creation_date", ""))
    if creation_date is False:
        check.fail("creation_date", _("Not a date. Write it as 2019-03-21 or 21/03/2019."))
    elif creation_date and creation_date > timezone.localdate():
        check.fail("creation_date", _("The creation date is in the future."))
    return creation_date


def _flag(check: RowCheck, column: str) -> bool | None:
    value = check.row.get(column, "").strip().lower()
    if value in TRUE_WORDS:
        return True
    if value in FALSE_WORDS:
        return False
    check.fail(column, _("Write yes or no."))
    return None


def _validate(check: RowCheck, column: str, validator) -> None:
    if check.row.get(column):
        try:
            validator(check.row[column])
        except ValidationError as exc:
            check.fail(column, " ".join(str(m) for m in exc.messages))


def parse_date(value: str):
    """A date, None when empty, False when unreadable."""
    value = value.strip()
    if not value:
        return None
    for fmt in ("%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y", "%Y/%m/%d"):
        try:
            return datetime.strptime(value[:10], fmt).date()
        except ValueError:
            continue
    return False


class _DuplicateFinder:
    """Names already seen per province, from the database and from earlier rows of the file."""

    def __init__(self):
        self.seen: dict[tuple[int, str], str] = {}
        existing = Organization.objects.values_list("pk", "province_id", "name_ar", "name_latin")
        for pk, province_id, name_ar, name_latin in existing.iterator(chunk_size=5000):
            for key in self._keys(name_ar, name_latin):
                self.seen.setdefault((province_id, key), _("existing organisation #%(pk)d") % {"pk": pk})

    @staticmethod
    def _keys(*names) -> set[str]:
        keys = set()
        for name in names:
            if name:
                core = core_name(name)
                keys.add("t:" + core)
                sound = phonetic_key(core).replace(" ", "")
                if len(sound) >= 3:
                    keys.add("k:" + sound)
        return keys

    def check(self, organization: Organization, line: int) -> list[DuplicateWarning]:
        found = []
        for key in self._keys(organization.name_ar, organization.name_latin):
            other = self.seen.get((organization.province_id, key))
            if other and not found:
                found.append(DuplicateWarning(line, organization.name_latin or organization.name_ar,
                                              organization.province.code, other))
            self.seen.setdefault((organization.province_id, key), _("row %(n)d") % {"n": line})
        return found


# Longer than any import takes (60,000 rows: under a minute, docs/performance.md), by far.
ABANDONED_AFTER = timedelta(hours=2)


def mark_if_abandoned(job, now=None):
    """A web import still waiting or running long after any import would have ended lost its
    worker (stopped, or killed: bench_load.py does it). Mark it failed, so its page stops waiting
    and says what may have happened: an import writes all its rows or none, and the worker may
    have died before or after its single commit."""
    from tadamon.registry.models import ImportStatus

    now = now or timezone.now()
    if job.finished or now - job.created_at < ABANDONED_AFTER:
        return job
    report = {"ok": False, "abandoned": True, "file_errors": [], "errors": [], "duplicates": []}
    type(job).objects.filter(pk=job.pk, status=job.status).update(
        status=ImportStatus.FAILED, report=report, finished_at=now)
    job.refresh_from_db()
    return job
