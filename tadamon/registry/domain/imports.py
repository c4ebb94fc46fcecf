"""Bulk import of organisations from CSV or XLSX: every row checked, every error reported by
row and column, and nothing written unless every row is good. Likely duplicates (the same
normalised name, or the same sound across scripts, within one province) are flagged as
warnings; they do not stop the import. Values are read as people write them (provinces and
communes by any common spelling, dates and digits of any style: territories.py, tabular.py); a
registry number twice in the file or already registered, and a row whose cells do not line up
with the header, are errors. Columns are documented in docs/import.md."""

from collections.abc import Callable
from dataclasses import asdict, dataclass, field, replace
from datetime import timedelta

from django.core.exceptions import ValidationError
from django.core.validators import EmailValidator, ProhibitNullCharactersValidator, URLValidator
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from simple_history.utils import bulk_create_with_history

from tadamon.common.db import refresh_planner_statistics
from tadamon.common.personal_data import normalize_cin
from tadamon.common.text import listed, normalize_text, phonetic_key
from tadamon.common.validators import has_letters
from tadamon.common.vocabulary import core_name
from tadamon.registry.domain.stories import story_language
from tadamon.registry.domain.tabular import (
    UnreadableFileError,
    plain,
    read_bool,
    read_date,
    read_rows,
    shape_problem,
)
from tadamon.registry.domain.territories import TerritoryLookup
from tadamon.registry.enums import OrganizationKind, OrganizationStatus
from tadamon.registry.models import Organization, Sector
from tadamon.registry.models.organization import phone_validator
from tadamon.registry.signals import organizations_imported

COLUMNS = [
    "kind", "name_ar", "name_latin", "acronym", "sector", "registry_number", "creation_date", "status",
    "province", "commune", "address", "phone", "email", "website", "women", "youth", "description",
    "name_zgh",  # optional: the name in Tifinagh (tabular.COLUMN_ALIASES: ⵉⵙⵎ, name_tifinagh)
]
REQUIRED_COLUMNS = {"kind", "province"}
# Columns holding codes, numbers, dates and yes/no: their digits are read in any digit system
# and stored as ASCII digits. Names, addresses and descriptions are kept as written.
VALUE_COLUMNS = {"kind", "sector", "registry_number", "creation_date", "status", "province", "commune", "phone",
                 "email", "website", "women", "youth"}
BATCH_SIZE = 2000
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
        line = row.number  # as a spreadsheet numbers it: the header is row 1
        if (problem := shape_problem(row)) is not None:
            report.errors.append(RowError(line, "", "", problem))  # its values cannot be trusted
            continue
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
        rows = [row.only(lambda name, value: name in columns or "\x00" in value) for row in rows]
    except UnreadableFileError as exc:
        report.file_errors.append(str(exc))
        return None
    repeated = sorted({name for name in header if name in columns and header.count(name) > 1})
    if repeated:
        report.file_errors.append(_("These columns appear more than once in the header: %(columns)s. Keep one "
                                    "of each.") % {"columns": ", ".join(repeated)})
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
        self.territories = TerritoryLookup()
        self.sectors = _named_lookup(Sector.objects.all(), "code")
        self.registry_numbers = _RegistryNumbers()
        self.email = EmailValidator()
        self.url = URLValidator()
        self.no_null = ProhibitNullCharactersValidator()

    def build(self, row: dict, line: int, errors: list[RowError]) -> Organization | None:
        row = {column: plain(value) if column in VALUE_COLUMNS else value for column, value in row.items()}
        check = RowCheck(row, line, errors, str(self.no_null.message))
        kind = self.kinds.get(normalize_text(row.get("kind", "")))
        if kind is None:
            check.fail("kind", _("Unknown kind. Write one of: %(values)s.")
                       % {"values": listed(str(label) for label in OrganizationKind.labels)})
        name_ar, name_latin = check.text("name_ar", 255), check.text("name_latin", 255)
        if not name_ar and not name_latin:
            check.fail("name_ar", _("A name is required, in Arabic or in Latin script."))
        for column, name in (("name_ar", name_ar), ("name_latin", name_latin)):
            if name and not has_letters(name):
                check.fail(column, _("A name is written with letters: write the organisation's name, not only "
                                     "digits or punctuation."))
        province, commune = self._place(check)
        sector, status = self._sector(check), self._status(check)
        creation_date = _creation_date(check)
        flags = {column: _flag(check, column) for column in ("women", "youth")}
        self.registry_numbers.check(check)
        for column, validator in (("phone", phone_validator), ("email", self.email), ("website", self.url)):
            _validate(check, column, validator)
        fields = {
            "acronym": check.text("acronym", 30), "registry_number": check.text("registry_number", 50),
            "address": check.text("address", 255), "phone": check.text("phone", 20),
            "email": check.text("email", 254), "website": check.text("website", 200),
            "description": row.get("description", ""), "name_zgh": check.text("name_zgh", 255),
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
        province = commune = None
        try:
            province = self.territories.province(check.row.get("province", ""))
            if check.row.get("commune"):
                commune = self.territories.commune(province, check.row["commune"])
        except ValidationError as exc:
            check.fail("commune" if province else "province", " ".join(exc.messages))
        return province, commune

    def _sector(self, check: "RowCheck"):
        if not check.row.get("sector"):
            return None
        sector = self.sectors.get(normalize_text(check.row["sector"]))
        if sector is None:
            check.fail("sector", _("Unknown sector. Write its code (e.g. argan, dates, sewing) or its name in Arabic "
                                   "or French (الأركان, Argan)."))
        return sector

    def _status(self, check: "RowCheck"):
        if not check.row.get("status"):
            return OrganizationStatus.ACTIVE
        status = self.statuses.get(normalize_text(check.row["status"]))
        if status is None:
            check.fail("status", _("Unknown status. Write one of: %(values)s.")
                       % {"values": listed(str(label) for label in OrganizationStatus.labels)})
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
    try:
        creation_date = read_date(check.row.get("creation_date", ""))
    except ValidationError as exc:
        check.fail("creation_date", " ".join(exc.messages))
        return None
    if creation_date and creation_date > timezone.localdate():
        check.fail("creation_date", _("The creation date is in the future: write the date the organisation was "
                                      "created, day/month/year (e.g. %(example)s).")
                   % {"example": timezone.localdate().strftime("%d/%m/%Y")})
    return creation_date


def _flag(check: RowCheck, column: str) -> bool | None:
    try:
        return read_bool(check.row.get(column, ""))
    except ValidationError as exc:
        check.fail(column, " ".join(exc.messages))
        return None


class _RegistryNumbers:
    """A registry number once in the file and never already registered; compared without spaces,
    dashes or case, digits of any system read as digits."""

    def __init__(self):
        self.registered: dict[str, tuple[int, str]] = {}
        numbers = Organization.objects.exclude(registry_number="").values_list("pk", "registry_number",
                                                                               "name_latin", "name_ar")
        for pk, number, name_latin, name_ar in numbers.iterator(chunk_size=5000):
            self.registered.setdefault(registry_key(number), (pk, name_latin or name_ar))
        self.in_file: dict[str, int] = {}

    def check(self, check: RowCheck) -> None:
        number = check.row.get("registry_number", "")
        key = registry_key(number)
        if not key:
            return
        if key in self.registered:
            pk, name = self.registered[key]
            check.fail("registry_number", _("Registry number %(number)s is already that of «%(name)s» (#%(pk)d), "
                                            "registered already: remove this row, or correct the number.")
                       % {"number": number, "name": name, "pk": pk})
        elif key in self.in_file:
            check.fail("registry_number", _("Registry number %(number)s is also on row %(row)d: one organisation, "
                                            "one row. Remove one of the two rows, or correct the number.")
                       % {"number": number, "row": self.in_file[key]})
        else:
            self.in_file[key] = check.line


def registry_key(number: str | None) -> str:
    return normalize_cin(plain(number))


def _validate(check: RowCheck, column: str, validator) -> None:
    if check.row.get(column):
        try:
            validator(check.row[column])
        except ValidationError as exc:
            check.fail(column, " ".join(str(m) for m in exc.messages))


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
