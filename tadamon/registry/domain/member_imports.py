"""Bulk import of members from CSV or XLSX, for one organisation (the back office, or
`import_members --organization`) or for the organisation each row names (its `organization`
column). Values are read as people write them and normalised; every error is reported by row and
column, and nothing is written unless every row is good (the organisations' importer's reading,
reporting and limits: domain/imports.py). A CIN already registered (found by its keyed hash)
is the same person: the membership is added to them, nothing else is changed, and the report
says so. Columns are documented in docs/import.md."""

import re
from dataclasses import dataclass, field
from datetime import date

from django.core.exceptions import ValidationError
from django.core.validators import ProhibitNullCharactersValidator
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from simple_history.utils import bulk_create_with_history

from tadamon.common.db import refresh_planner_statistics
from tadamon.common.files import looks_like_formula
from tadamon.common.params import parse_id
from tadamon.common.personal_data import cin_hash, mask, normalize_cin
from tadamon.common.phones import parse_phone
from tadamon.common.text import ascii_digits, listed, normalize_text
from tadamon.registry.domain.imports import (
    BATCH_SIZE,
    REPORT_ITEMS_KEPT,
    ImportReport,
    ProgressCallback,
    RowCheck,
    RowError,
    choice_lookup,
    echo,
    read_table,
)
from tadamon.registry.domain.tabular import plain, read_date, shape_problem
from tadamon.registry.enums import Gender, MemberRole
from tadamon.registry.models import Membership, Organization, Person

NAME_COLUMNS = ["first_name_ar", "last_name_ar", "first_name_latin", "last_name_latin"]
COLUMNS = [*NAME_COLUMNS, "gender", "birth_year", "cin", "phone", "role", "start_date"]
# Optional, read when the file has them (not in the template): the names in Tifinagh, beside the Arabic
# or Latin ones a member must have (tabular.COLUMN_ALIASES: ⵉⵙⵎ ⴰⵎⵣⵡⴰⵔⵓ, first_name_tifinagh...).
TIFINAGH_NAME_COLUMNS = ["first_name_zgh", "last_name_zgh"]
ORGANIZATION_COLUMN = "organization"
EXAMPLE_ROW = ["فاطمة", "أيت علي", "Fatima", "Ait Ali", "F", "1985", "AB123456", "06 12 34 56 78", "member",
               "2024-01-15"]
# The national identity card: one or two letters, then the digits (AB123456, J123456).
CIN_FORMAT = re.compile(r"[A-Z]{1,2}[0-9]{3,6}")
ADULT_AGE = 18  # Law 112.12 on cooperatives: members are of age
OLDEST_AGE = 120
LOOKUP_CHUNK = 500  # CIN hashes per query, well within SQLite's limit of variables

# How people write genders and roles, beyond the values and labels of the enums (compared after
# normalize_text: case, accents and Arabic letter forms do not matter).
GENDER_WORDS = {
    Gender.FEMALE: ["f", "female", "femme", "feminin", "woman", "أنثى", "امرأة", "مرأة"],
    Gender.MALE: ["m", "h", "male", "homme", "masculin", "man", "ذكر", "رجل"],
}
ROLE_WORDS = {
    MemberRole.PRESIDENT: ["président", "présidente", "رئيس", "رئيسة", "الرئيس", "الرئيسة"],
    MemberRole.VICE_PRESIDENT: ["vice président", "vice présidente", "vice president", "نائب الرئيس",
                                "نائبة الرئيس", "نائبة الرئيسة"],
    MemberRole.TREASURER: ["trésorier", "trésorière", "أمين المال", "أمينة المال", "امين الصندوق",
                           "أمينة الصندوق"],
    MemberRole.SECRETARY: ["secrétaire", "secrétaire générale", "secrétaire général", "كاتب", "كاتبة", "الكاتب",
                           "الكاتبة", "الكاتب العام", "الكاتبة العامة"],
    MemberRole.MEMBER: ["membre", "adhérent", "adhérente", "عضو", "عضوة"],
    MemberRole.EMPLOYEE: ["salarié", "salariée", "employé", "employée", "أجير", "أجيرة", "موظف", "موظفة"],
}


# --- One value at a time: each returns the normalised value or raises ValidationError ------------

def _words(choices, extra: dict) -> dict[str, str]:
    lookup = choice_lookup(choices)
    for value, words in extra.items():
        lookup.update({normalize_text(word): value for word in words})
    return lookup


def parse_gender(text: str, lookup: dict[str, str] | None = None) -> str:
    """F or M from F/M, H (homme), femme/homme, أنثى/ذكر, female/male, any case."""
    lookup = lookup if lookup is not None else _words(Gender.choices, GENDER_WORDS)
    if not text.strip():
        raise ValidationError(_("The gender is required: F or M."))
    gender = lookup.get(normalize_text(text))
    if gender is None:
        raise ValidationError(_("Unknown gender. Write F or M (also أنثى/ذكر, femme/homme, H)."))
    return gender


def parse_role(text: str, lookup: dict[str, str] | None = None) -> str:
    """A role from its code or its name in Arabic, French or English; "member" when empty."""
    lookup = lookup if lookup is not None else _words(MemberRole.choices, ROLE_WORDS)
    if not text.strip():
        return MemberRole.MEMBER
    role = lookup.get(normalize_text(text))
    if role is None:
        raise ValidationError(_("Unknown role. Write one of: %(values)s.")
                              % {"values": listed(str(label) for label in MemberRole.labels)})
    return role


def parse_cin(text: str) -> str:
    """The CIN upper-cased without spaces or dashes (Arabic-Indic digits read), "" when empty."""
    cin = normalize_cin(ascii_digits(text))
    if cin and not CIN_FORMAT.fullmatch(cin):
        raise ValidationError(_("Not a CIN in the national format: one or two letters, then 3 to 6 digits "
                                "(AB123456, J123456)."))
    return cin


def parse_birth_year(text: str, today: date | None = None) -> int | None:
    """A year of four digits, of someone at least 18 this year; None when empty."""
    year = ascii_digits(text).strip()
    if not year:
        return None
    if not re.fullmatch(r"[0-9]{4}", year):
        raise ValidationError(_("Not a year: write it with four digits, e.g. 1985."))
    this_year, year = (today or timezone.localdate()).year, int(year)
    if year > this_year:
        raise ValidationError(_("The birth year is in the future."))
    if year < max(1900, this_year - OLDEST_AGE):
        raise ValidationError(_("Not a possible birth year."))
    if this_year - year < ADULT_AGE:
        raise ValidationError(_("Under 18 in %(year)d: members of a cooperative must be adults (Law 112.12).")
                              % {"year": this_year})
    return year


def parse_start_date(text: str, today: date | None = None) -> date | None:
    """The date the membership started, as people write it (tabular.read_date: 21/03/2019,
    2019-03-21, Arabic-Indic digits, an Excel serial number), not in the future; None when empty."""
    start = read_date(text)
    today = today or timezone.localdate()
    if start and start > today:
        raise ValidationError(_("The start date is in the future: write the day the membership started, "
                                "day/month/year (e.g. %(example)s).") % {"example": today.strftime("%d/%m/%Y")})
    return start


def parse_member_phone(text: str) -> str:
    """In E.164 (+212612345678) from 06…, 07…, +212…, 00212…, with spaces, dots or Arabic-Indic digits."""
    return parse_phone(text)


# --- The report ----------------------------------------------------------------------------------

@dataclass
class KnownPerson:
    row: int
    name: str  # as the file writes it
    cin: str  # masked: the report is stored and shown
    already_member: bool  # already a current member of that organisation: nothing added


@dataclass
class MemberImportReport(ImportReport):
    people_new: int = 0  # people to create (or created)
    memberships_new: int = 0  # memberships to add (or added)
    known: list[KnownPerson] = field(default_factory=list)

    def as_dict(self) -> dict:
        data = super().as_dict()
        data["known"] = data["known"][:REPORT_ITEMS_KEPT]
        return data | {"known_count": len(self.known),
                       "already_members": sum(1 for k in self.known if k.already_member)}


@dataclass
class _Plan:
    row: int
    person: Person
    organization_id: int
    role: str
    start_date: date | None
    already_member: bool = False


# --- The import ----------------------------------------------------------------------------------

def import_members(source, *, filename: str, organization: Organization | None = None, dry_run: bool = False,
                   user=None, progress: ProgressCallback | None = None) -> MemberImportReport:
    """Import the file's members into `organization`, or, without it, into the organisation each
    row's `organization` column names (registry number, or id)."""
    report = MemberImportReport(dry_run=dry_run)
    columns = [*COLUMNS, *TIFINAGH_NAME_COLUMNS] if organization else [*COLUMNS, ORGANIZATION_COLUMN,
                                                                       *TIFINAGH_NAME_COLUMNS]
    required = {"gender"} if organization else {"gender", ORGANIZATION_COLUMN}
    rows = read_table(source, filename, report, columns, required, set(NAME_COLUMNS))
    if rows is None:
        return report
    reader = _RowReader(organization)
    plans, seen_cins = [], {}
    step = max(1, len(rows) // 100)
    for index, row in enumerate(rows):
        if (problem := shape_problem(row)) is not None:
            report.errors.append(RowError(row.number, "", "", problem))  # its values cannot be trusted
            continue
        plan = reader.read(row, row.number, report.errors)  # as a spreadsheet numbers it: the header is row 1
        if plan is not None and _first_time(plan, seen_cins, report.errors):
            plans.append(plan)
        if progress and index % step == 0:
            progress(index, len(rows) * 2)
    if not report.ok:
        return report
    _find_known_people(plans, report)
    report.people_new = sum(1 for plan in plans if plan.person.pk is None)
    report.memberships_new = sum(1 for plan in plans if not plan.already_member)
    if not dry_run:
        _write(plans, report, user, progress, len(rows))
    return report


def _first_time(plan: _Plan, seen_cins: dict[str, int], errors: list[RowError]) -> bool:
    cin = plan.person.cin
    if not cin:
        return True
    if cin in seen_cins:
        errors.append(RowError(plan.row, "cin", echo(cin), _("The same CIN is on row %(row)d: one person, one row. "
                                                             "Remove one of the two rows, or correct the CIN.")
                               % {"row": seen_cins[cin]}))
        return False
    seen_cins[cin] = plan.row
    return True


class _RowReader:
    """Turns one row into a plan (the unsaved person, where and how they are a member), or records why it cannot."""

    def __init__(self, organization: Organization | None):
        self.organization = organization
        self.organizations = None if organization else _OrganizationFinder()
        self.genders = _words(Gender.choices, GENDER_WORDS)
        self.roles = _words(MemberRole.choices, ROLE_WORDS)
        self.nul_message = str(ProhibitNullCharactersValidator().message)
        self.today = timezone.localdate()

    def read(self, row: dict, line: int, errors: list[RowError]) -> _Plan | None:
        # Digits of any system and a right-to-left sheet's invisible marks, in every value but the names.
        row = {column: value if column in NAME_COLUMNS or column in TIFINAGH_NAME_COLUMNS else plain(value)
               for column, value in row.items()}
        check = RowCheck(row, line, errors, self.nul_message)
        for column, value in row.items():
            if column in COLUMNS and looks_like_formula(ascii_digits(value)):
                check.refuse(column, _("This looks like a spreadsheet formula: write the value itself."))
        names = {column: check.text(column, 100) for column in NAME_COLUMNS}
        if not any(names.values()):
            check.fail("first_name_ar", _("A name is required, in Arabic or in Latin script."))
        names.update({column: check.text(column, 100) for column in TIFINAGH_NAME_COLUMNS})
        values = {
            "gender": self._value(check, "gender", parse_gender, self.genders),
            "birth_year": self._value(check, "birth_year", parse_birth_year, self.today),
            "cin": self._value(check, "cin", parse_cin),
            "phone": self._value(check, "phone", parse_member_phone),
        }
        role = self._value(check, "role", parse_role, self.roles)
        start_date = self._value(check, "start_date", parse_start_date, self.today)
        organization_id = self.organization.pk if self.organization else self.organizations.find(check)
        if check.failed:
            return None
        return _Plan(line, Person(**names, **values), organization_id, role, start_date)

    @staticmethod
    def _value(check: RowCheck, column: str, parse, *args):
        try:
            return parse(check.row.get(column, ""), *args)
        except ValidationError as exc:
            check.fail(column, " ".join(str(m) for m in exc.messages))
            return None


class _OrganizationFinder:
    """The `organization` column: a registry number, or else the organisation's id."""

    def __init__(self):
        self.ids: set[int] = set()
        self.by_number: dict[str, list[int]] = {}
        for pk, number in Organization.objects.values_list("pk", "registry_number").iterator(chunk_size=5000):
            self.ids.add(pk)
            if number:
                self.by_number.setdefault(normalize_cin(number), []).append(pk)

    def find(self, check: RowCheck) -> int | None:
        value = ascii_digits(check.row.get(ORGANIZATION_COLUMN, "")).strip()
        if not value:
            check.fail(ORGANIZATION_COLUMN, _("The organisation is required: its registry number or its id."))
            return None
        found = self.by_number.get(normalize_cin(value), [])
        if len(found) > 1:
            check.fail(ORGANIZATION_COLUMN, _("Several organisations have this registry number: write the id."))
            return None
        if found:
            return found[0]
        if (pk := parse_id(value)) in self.ids:
            return pk
        check.fail(ORGANIZATION_COLUMN, _("No organisation has this registry number or id."))
        return None


def _find_known_people(plans: list[_Plan], report: MemberImportReport) -> None:
    """Put the registered person in the plans whose CIN is known, and note the ones already current
    members of that organisation (nothing is added for them)."""
    with_cin = {cin_hash(plan.person.cin): plan for plan in plans if plan.person.cin}
    hashes = list(with_cin)
    known: dict[str, int] = {}  # hash: the person's id (the CINs are not decrypted: the file has them)
    for start in range(0, len(hashes), LOOKUP_CHUNK):
        # exclude(cin_hash=""): the condition of the unique index on the hash, so that it is used
        known.update(Person.objects.filter(cin_hash__in=hashes[start: start + LOOKUP_CHUNK]).exclude(cin_hash="")
                     .order_by().values_list("cin_hash", "pk"))
    current = set()
    people = list(known.values())
    for start in range(0, len(people), LOOKUP_CHUNK):
        current.update(Membership.objects.filter(person_id__in=people[start: start + LOOKUP_CHUNK],
                                                 end_date__isnull=True).order_by()
                       .values_list("person_id", "organization_id"))
    for digest, pk in known.items():
        plan = with_cin[digest]
        name, cin = plan.person.full_name_latin or plan.person.full_name_ar, plan.person.cin
        plan.person, plan.already_member = Person(pk=pk), (pk, plan.organization_id) in current
        report.known.append(KnownPerson(plan.row, name, mask(cin), plan.already_member))
    report.known.sort(key=lambda known_person: known_person.row)


def _write(plans: list[_Plan], report: MemberImportReport, user, progress, row_count: int) -> None:
    new_people = [plan.person for plan in plans if plan.person.pk is None]
    for person in new_people:
        person.refresh_derived_fields()
    with transaction.atomic():
        for start in range(0, len(new_people), BATCH_SIZE):
            bulk_create_with_history(new_people[start: start + BATCH_SIZE], Person, batch_size=BATCH_SIZE,
                                     default_user=user, default_change_reason="import")
        if progress:
            progress(row_count + row_count // 2, row_count * 2)
        memberships = [Membership(person_id=plan.person.pk, organization_id=plan.organization_id, role=plan.role,
                                  start_date=plan.start_date) for plan in plans if not plan.already_member]
        for start in range(0, len(memberships), BATCH_SIZE):
            bulk_create_with_history(memberships[start: start + BATCH_SIZE], Membership, batch_size=BATCH_SIZE,
                                     default_user=user, default_change_reason="import")
    refresh_planner_statistics(Person._meta.db_table, Membership._meta.db_table)
    report.created = len(memberships)
    report.written = True
