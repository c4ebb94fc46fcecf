"""Members imported from CSV and XLSX files: values as people write them, every error by row and
column, all or nothing, and a CIN already registered is the same person."""

import datetime
import io

import pytest
from django.core.exceptions import ValidationError
from django.core.management import call_command
from openpyxl import load_workbook

from tadamon.common.files import append_row, looks_like_formula, new_sheet, new_workbook, workbook_bytes
from tadamon.common.personal_data import cin_hash
from tadamon.registry.domain.member_imports import (
    COLUMNS,
    EXAMPLE_ROW,
    import_members,
    parse_birth_year,
    parse_cin,
    parse_gender,
    parse_member_phone,
    parse_role,
    parse_start_date,
)
from tadamon.registry.models import Membership, Person
from tadamon.registry.tests.factories import MembershipFactory, OrganizationFactory, PersonFactory

TODAY = datetime.date(2026, 6, 1)
HEADER = ",".join(COLUMNS) + "\n"


# --- One value at a time (no database) -----------------------------------------------------------

@pytest.mark.parametrize("text", ["F", "f", "femme", "Femme", "أنثى", "انثى", "female", " F "])
def test_female_is_read_as_people_write_it(text):
    assert parse_gender(text) == "F"


@pytest.mark.parametrize("text", ["M", "m", "H", "h", "homme", "HOMME", "ذكر", "male"])
def test_male_is_read_as_people_write_it(text):
    assert parse_gender(text) == "M"


def test_an_unknown_or_missing_gender_says_what_to_write():
    with pytest.raises(ValidationError, match="Unknown gender. Write F or M"):
        parse_gender("X")
    with pytest.raises(ValidationError, match="The gender is required"):
        parse_gender("")


@pytest.mark.parametrize(("text", "role"), [
    ("", "member"), ("member", "member"), ("Membre", "member"), ("عضوة", "member"), ("Présidente", "president"),
    ("president", "president"), ("رئيسة", "president"), ("vice-présidente", "vice_president"),
    ("Vice-president", "vice_president"), ("أمينة المال", "treasurer"), ("Trésorière", "treasurer"),
    ("secrétaire", "secretary"), ("الكاتبة العامة", "secretary"), ("salariée", "employee"), ("Employee", "employee"),
])
def test_roles_are_read_in_arabic_french_or_english(text, role):
    assert parse_role(text) == role


def test_an_unknown_role_lists_the_roles():
    with pytest.raises(ValidationError, match="Unknown role. Write one of: President, Vice-president"):
        parse_role("chef")


@pytest.mark.parametrize(("text", "cin"), [
    ("AB123456", "AB123456"), ("ab 123 456", "AB123456"), ("j123456", "J123456"), ("JK-12345", "JK12345"),
    ("AB١٢٣٤٥٦", "AB123456"), ("", ""),
])
def test_cins_are_normalised(text, cin):
    assert parse_cin(text) == cin


@pytest.mark.parametrize("text", ["123456", "ABC12345", "AB1234567", "A12", "AB", "12AB34"])
def test_a_cin_not_in_the_national_format_is_refused(text):
    with pytest.raises(ValidationError, match="Not a CIN in the national format"):
        parse_cin(text)


def test_birth_years_are_read_with_arabic_indic_digits_and_checked():
    assert parse_birth_year("1985", TODAY) == 1985
    assert parse_birth_year("١٩٨٥", TODAY) == 1985
    assert parse_birth_year("", TODAY) is None
    assert parse_birth_year("2008", TODAY) == 2008  # 18 in 2026
    cases = {"2030": "The birth year is in the future.", "1850": "Not a possible birth year.",
             "85": "Not a year: write it with four digits", "2009": "Under 18 in 2026"}
    for text, message in cases.items():
        with pytest.raises(ValidationError, match=message):
            parse_birth_year(text, TODAY)


def test_start_dates_are_read_in_both_forms_and_not_in_the_future():
    assert parse_start_date("2024-01-15", TODAY) == datetime.date(2024, 1, 15)
    assert parse_start_date("15/01/2024", TODAY) == datetime.date(2024, 1, 15)
    assert parse_start_date("١٥/٠١/٢٠٢٤", TODAY) == datetime.date(2024, 1, 15)
    assert parse_start_date("", TODAY) is None
    with pytest.raises(ValidationError, match="The start date is in the future."):
        parse_start_date("2026-06-02", TODAY)
    with pytest.raises(ValidationError, match="There is no such day"):
        parse_start_date("31/02/2024", TODAY)


@pytest.mark.parametrize("text", ["0612345678", "06 12 34 56 78", "06.12.34.56.78", "+212612345678",
                                  "+212 6 12 34 56 78", "00212612345678", "٠٦١٢٣٤٥٦٧٨"])
def test_phones_in_every_form_become_e164(text):
    assert parse_member_phone(text) == "+212612345678"


def test_an_invalid_phone_says_what_to_type():
    with pytest.raises(ValidationError, match="Enter a Moroccan phone number"):
        parse_member_phone("12345")


@pytest.mark.parametrize(("text", "formula"), [
    ("=1+1", True), ("@SUM(A1)", True), ("+cmd|' /C calc'!A0", True), ("-2+3*A1", True),
    ("+212 612 345 678", False), ("-5", False), ("Fatima", False), ("", False),
])
def test_formulas_are_told_from_phone_numbers(text, formula):
    assert looks_like_formula(text) is formula


# --- Files ---------------------------------------------------------------------------------------

def csv_file(*rows: str, header: str = HEADER) -> io.BytesIO:
    return io.BytesIO((header + "".join(row + "\n" for row in rows)).encode("utf-8"))


def xlsx_file(rows: list[list]) -> io.BytesIO:
    workbook = new_workbook()
    sheet = new_sheet(workbook, "members", right_to_left=True)
    for row in [COLUMNS, *rows]:
        append_row(sheet, row)
    return io.BytesIO(workbook_bytes(workbook))


@pytest.mark.django_db
def test_a_csv_file_creates_people_and_memberships_with_values_normalised():
    organization = OrganizationFactory()
    report = import_members(csv_file(
        "فاطمة,أيت علي,Fatima,Ait Ali,أنثى,١٩٨٥,ab 123 456,06.12.34.56.78,رئيسة,21/03/2019",
        ",,Itto,Oubella,femme,1990,J123456,+212 7 12 34 56 78,Trésorière,2020-01-01",
        "حادة,,,,F,,,00212612345679,,",
    ), filename="members.csv", organization=organization)
    assert (report.ok, report.written, report.created, report.people_new) == (True, True, 3, 3)
    fatima = Person.objects.get(cin_hash=cin_hash("AB123456"))
    assert (fatima.cin, fatima.phone, fatima.birth_year, fatima.gender) == ("AB123456", "+212612345678", 1985, "F")
    membership = fatima.memberships.get()
    assert (membership.organization, membership.role, membership.start_date) == (
        organization, "president", datetime.date(2019, 3, 21))
    assert Person.objects.get(last_name_latin="Oubella").memberships.get().role == "treasurer"
    assert Person.objects.get(first_name_ar="حادة").memberships.get().role == "member"
    assert fatima.history.count() == 1 and membership.history.count() == 1


@pytest.mark.django_db
def test_the_cin_is_encrypted_at_rest():
    from django.db import connection

    import_members(csv_file("فاطمة,,,,F,,AB123456,,,"), filename="m.csv", organization=OrganizationFactory())
    with connection.cursor() as cursor:
        cursor.execute("SELECT cin FROM registry_person")
        stored = cursor.fetchone()[0]
    assert stored and "AB123456" not in stored


@pytest.mark.django_db
def test_an_xlsx_file_is_read_back_with_numbers_and_dates_as_cells():
    organization = OrganizationFactory()
    report = import_members(xlsx_file([
        EXAMPLE_ROW,
        ["", "", "Aicha", "Bahri", "F", 1979, "JK 12345", "0712345678", "membre", datetime.date(2022, 5, 1)],
    ]), filename="members.xlsx", organization=organization)
    assert report.ok and report.created == 2, report.errors
    aicha = Person.objects.get(last_name_latin="Bahri")
    assert (aicha.birth_year, aicha.cin, aicha.phone) == (1979, "JK12345", "+212712345678")
    assert aicha.memberships.get().start_date == datetime.date(2022, 5, 1)


@pytest.mark.django_db
def test_every_kind_of_error_is_reported_by_row_and_column_and_nothing_is_written():
    organization = OrganizationFactory()
    rows = [
        "فاطمة,,,,F,1985,AB123456,0612345678,member,2020-01-01",  # 2: good
        ",,,,F,1985,,,,",  # 3: no name
        "Itto,,,,X,1985,123,12345,chef,2020-01-01",  # 4: gender, cin, phone, role
        "Aicha,,,,F,2050,,,,",  # 5: future birth year
        "Aicha,,,,F,1800,,,,",  # 6: impossible birth year
        f"Aicha,,,,F,{datetime.date.today().year - 10},,,,",  # 7: under 18
        "Aicha,,,,F,1985,,,,2999-01-01",  # 8: start date in the future
        "=HYPERLINK(\"http://x\"),,,,F,1985,,,,",  # 9: a formula
        "Zahra,,,,F,1985,ab 123456,,,",  # 10: the CIN of row 2 again
    ]
    report = import_members(csv_file(*rows), filename="members.csv", organization=organization)
    assert not report.ok and not report.written
    assert Person.objects.count() == 0 and Membership.objects.count() == 0
    found = {(e.row, e.column): e.message for e in report.errors}
    assert set(found) == {(3, "first_name_ar"), (4, "gender"), (4, "cin"), (4, "phone"), (4, "role"),
                          (5, "birth_year"), (6, "birth_year"), (7, "birth_year"), (8, "start_date"),
                          (9, "first_name_ar"), (10, "cin")}
    assert found[(3, "first_name_ar")] == "A name is required, in Arabic or in Latin script."
    assert found[(5, "birth_year")] == "The birth year is in the future."
    assert found[(6, "birth_year")] == "Not a possible birth year."
    assert found[(7, "birth_year")].startswith("Under 18 in ") and "Law 112.12" in found[(7, "birth_year")]
    assert found[(8, "start_date")].startswith("The start date is in the future: write the day")
    assert found[(9, "first_name_ar")] == "This looks like a spreadsheet formula: write the value itself."
    assert found[(10, "cin")].startswith("The same CIN is on row 2: one person, one row. Remove one")
    assert found[(4, "phone")].startswith("Enter a Moroccan phone number")
    assert next(e for e in report.errors if e.column == "role").value == "chef"


@pytest.mark.django_db
def test_a_known_cin_is_the_same_person_the_membership_is_added_and_the_report_says_so():
    other = OrganizationFactory()
    known = PersonFactory(cin="AB123456", first_name_latin="Fatima")
    MembershipFactory(person=known, organization=other)
    organization = OrganizationFactory()
    report = import_members(csv_file("فاطمة,,Fatma,Aitali,F,1985,ab-123456,,secrétaire,"),
                            filename="m.csv", organization=organization)
    assert report.ok and (report.people_new, report.memberships_new, report.created) == (0, 1, 1)
    assert Person.objects.count() == 1
    assert set(known.memberships.values_list("organization", "role")) == {(other.pk, "member"),
                                                                         (organization.pk, "secretary")}
    known.refresh_from_db()
    assert known.first_name_latin == "Fatima"  # what is registered is kept
    [entry] = report.known
    assert (entry.row, entry.name, entry.cin, entry.already_member) == (2, "Fatma Aitali", "AB••••56", False)
    assert report.as_dict()["known"][0]["cin"] == "AB••••56"


@pytest.mark.django_db
def test_a_person_already_a_member_is_not_added_twice():
    organization = OrganizationFactory()
    MembershipFactory(person=PersonFactory(cin="J123456"), organization=organization)
    report = import_members(csv_file("Itto,,,,F,1985,J123456,,,", "Aicha,,,,F,1985,,,,"),
                            filename="m.csv", organization=organization)
    assert report.ok and report.created == 1 and report.known[0].already_member
    assert report.as_dict()["already_members"] == 1
    assert Membership.objects.filter(organization=organization).count() == 2


@pytest.mark.django_db
def test_dry_run_reports_what_would_be_added_and_writes_nothing():
    organization = OrganizationFactory()
    PersonFactory(cin="J123456")
    report = import_members(csv_file("Itto,,,,F,1985,J123456,,,", "Aicha,,,,F,1985,,,,"),
                            filename="m.csv", organization=organization, dry_run=True)
    assert report.ok and not report.written
    assert (report.people_new, report.memberships_new, len(report.known)) == (1, 2, 1)
    assert Membership.objects.filter(organization=organization).count() == 0


@pytest.mark.django_db
def test_without_an_organisation_each_row_names_its_own_by_registry_number_or_id():
    first = OrganizationFactory(registry_number="RC 1234")
    second = OrganizationFactory()
    header = HEADER.rstrip("\n") + ",organization\n"
    report = import_members(csv_file("Itto,,,,F,1985,,,,,rc1234", f"Aicha,,,,F,1985,,,,,{second.pk}",
                                     "Zahra,,,,F,1985,,,,,999999", "Hadda,,,,F,1985,,,,,", header=header),
                            filename="m.csv")
    assert {(e.row, e.column) for e in report.errors} == {(4, "organization"), (5, "organization")}
    report = import_members(csv_file("Itto,,,,F,1985,,,,,rc1234", f"Aicha,,,,F,1985,,,,,{second.pk}",
                                     header=header), filename="m.csv")
    assert report.ok and report.created == 2
    assert Membership.objects.get(person__first_name_ar="Itto").organization == first
    assert Membership.objects.get(person__first_name_ar="Aicha").organization == second


@pytest.mark.django_db
def test_missing_columns_stop_the_import_before_any_row():
    report = import_members(csv_file("Itto,F", header="first_name_ar,genre\n"), filename="m.csv",
                            organization=OrganizationFactory())
    assert report.file_errors == ["Missing columns: gender."]
    report = import_members(csv_file("Itto,F", header="first_name_ar,gender\n"), filename="m.csv")
    assert report.file_errors == ["Missing columns: organization."]


@pytest.mark.django_db
def test_the_command_imports_checks_and_exits_1_on_errors(tmp_path, capsys):
    organization = OrganizationFactory()
    good = tmp_path / "members.csv"
    good.write_text(HEADER + "Itto,,,,F,1985,J123456,,,\n", encoding="utf-8")
    call_command("import_members", str(good), "--organization", str(organization.pk), "--dry-run")
    assert "1 rows checked, no errors" in capsys.readouterr().out and Membership.objects.count() == 0
    call_command("import_members", str(good), "--organization", str(organization.pk))
    assert "Imported: 1 memberships, 1 new people" in capsys.readouterr().out
    other = OrganizationFactory()
    call_command("import_members", str(good), "--organization", str(other.pk))
    assert "Row 2: CIN J1•••56 is already registered" in capsys.readouterr().out
    assert Person.objects.count() == 1 and Membership.objects.count() == 2
    bad = tmp_path / "bad.csv"
    bad.write_text(HEADER + "Itto,,,,X,1985,,,,\n", encoding="utf-8")
    with pytest.raises(SystemExit) as exit_info:
        call_command("import_members", str(bad), "--organization", str(organization.pk))
    assert exit_info.value.code == 1
    assert "row 2, column gender ('X'): Unknown gender" in capsys.readouterr().err


def test_the_example_row_fits_the_header():
    assert len(EXAMPLE_ROW) == len(COLUMNS)
    workbook = load_workbook(xlsx_file([EXAMPLE_ROW]), read_only=True)
    assert [c.value for c in next(workbook.worksheets[0].iter_rows())] == COLUMNS


@pytest.mark.django_db
def test_the_organisations_importers_limits_and_nul_check_apply(settings):
    organization = OrganizationFactory()
    settings.IMPORT_MAX_ROWS = 2
    report = import_members(csv_file(*["Itto,,,,F,1985,,,,"] * 3), filename="m.csv", organization=organization)
    assert report.file_errors == ["The file has more than 2 rows; split it into smaller files."]
    report = import_members(csv_file("It\x00to,,,,F,1985,,,,"), filename="m.csv", organization=organization)
    assert [(e.row, e.column) for e in report.errors] == [(2, "first_name_ar")]
    assert "null characters" in report.errors[0].message.lower() or "nul" in report.errors[0].message.lower()
