"""Imports take files as people make them: digits of any system, dates of any common style and
Excel's serial dates, yes/no in three languages; and refuse what would be wrong: a registry
number twice, a row whose cells do not line up with the header. Nothing is written on any error."""

import datetime
import io

import pytest
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.utils import translation

from tadamon.common.files import xlsx_bytes
from tadamon.registry.domain.imports import import_organizations
from tadamon.registry.domain.member_imports import import_members
from tadamon.registry.domain.tabular import plain, read_bool, read_date
from tadamon.registry.models import Membership, Organization, OrganizationImport, Person
from tadamon.registry.tasks import run_organization_import
from tadamon.registry.tests.factories import OrganizationFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


@pytest.mark.parametrize("written, day", [
    ("31/12/2007", "2007-12-31"), ("2007-12-31", "2007-12-31"), ("31-12-2007", "2007-12-31"),
    ("1-2-2007", "2007-02-01"), ("1/2/2007", "2007-02-01"), ("31.12.2007", "2007-12-31"), ("2007/12/31", "2007-12-31"),
    ("٢٠٠٧-١١-١١", "2007-11-11"), ("١١/١١/٢٠٠٧", "2007-11-11"), ("۱۱/۱۱/۲۰۰۷", "2007-11-11"),
    ("39397", "2007-11-11"), ("39397.0", "2007-11-11"), ("٣٩٣٩٨", "2007-11-12"),  # Excel's serial days
    ("36526", "2000-01-01"), ("43545.75", "2019-03-21"),
    ("2007-11-11 00:00:00", "2007-11-11"), ("\u200f11/11/2007\u200f", "2007-11-11"), ("", None),
])
def test_dates_are_read_as_people_write_them(written, day):
    assert read_date(written) == (datetime.date.fromisoformat(day) if day else None)


@pytest.mark.parametrize("written, message", [
    ("31/02/2019", "There is no such day (31/02/2019). Write the date as day/month/year, e.g. 31/12/2007."),
    ("12/25/2007", "There is no month 25: if you mean 2007-12-25, write it as 25/12/2007 (day/month/year)."),
    ("2007", "Only a year: write the whole date, e.g. 01/01/2007."),
    ("hier", "Not a date. Write the date as day/month/year, e.g. 31/12/2007."),
    ("123", "Not a date. Write the date as day/month/year, e.g. 31/12/2007."),
])
def test_an_unreadable_date_says_how_to_write_it(written, message):
    with pytest.raises(ValidationError) as refused:
        read_date(written)
    assert refused.value.messages == [message]


@pytest.mark.parametrize("written", ["true", "TRUE", "vrai", "Vrai", "oui", "OUI", " Oui ", "yes", "Yes", "نعم",
                                     "1", "1.0", "x", "y", "o"])
def test_yes_as_people_write_it(written):
    assert read_bool(written) is True


@pytest.mark.parametrize("written", ["false", "False", "faux", "FAUX", "non", "Non", "no", "NO", "لا", "0", "0.0", "n"])
def test_no_as_people_write_it(written):
    assert read_bool(written) is False


@pytest.mark.parametrize("written", ["peut-être", "?", "2", "oui/non"])
def test_neither_yes_nor_no_is_refused_with_the_words_to_write(written):
    with pytest.raises(ValidationError, match="Write yes or no: one of oui/non, نعم/لا, yes/no, vrai/faux, 1/0."):
        read_bool(written)
    assert read_bool("") is False and read_bool("", default=True) is True


def test_digits_of_any_system_become_ascii_digits():
    assert plain("٠٦١٢٣٤٥٦٧٨") == plain("۰۶۱۲۳۴۵۶۷۸") == "0612345678"


HEADER = "kind,name_latin,registry_number,creation_date,province,commune,phone,women,youth\n"


def run(text: str, filename="orgs.csv", **kwargs):
    return import_organizations(io.BytesIO(text.encode("utf-8")), filename=filename, **kwargs)


def test_a_file_as_people_make_it_is_imported_whole():
    report = run(HEADER + (
        "Coopérative,Tafoukt,٤٥٦٧,٢٠٠٧-١١-١١,Taroudant,,٠٦١٢٣٤٥٦٧٨,نعم,لا\n"
        "تعاونية,Assif,RC 88,39397,Agadir Ida-Outanane,,06 12 34 56 78,Vrai,FAUX\n"
        "association,Tilila,,11/11/2007,إقليم تنغير,,,OUI,0\n"
    ))
    assert (report.ok, report.created, report.errors) == (True, 3, [])
    tafoukt = Organization.objects.get(name_latin="Tafoukt")
    assert (tafoukt.province.code, tafoukt.registry_number, tafoukt.phone, str(tafoukt.creation_date),
            tafoukt.is_women, tafoukt.is_youth) == ("MA-TAR", "4567", "0612345678", "2007-11-11", True, False)
    assert Organization.objects.get(name_latin="Assif").province.code == "MA-AGD"
    assert str(Organization.objects.get(name_latin="Assif").creation_date) == "2007-11-11"
    assert Organization.objects.get(name_latin="Tilila").province.code == "MA-TIN"


def test_an_excel_workbook_with_dates_stored_as_numbers_and_as_dates_is_read_back():
    content = xlsx_bytes([
        ["kind", "name_latin", "creation_date", "province", "women", "registry_number"],
        ["cooperative", "Serial", 39397, "Taroudant", True, 4567],  # a date cell shown as a number
        ["cooperative", "Date cell", datetime.date(2019, 3, 21), "MA-TIN", False, "4568"],
        ["cooperative", "Float", 43545.0, "تنغير", 1, None],
    ], title="Coopératives", right_to_left=False)
    report = import_organizations(io.BytesIO(content), filename="orgs.xlsx")
    assert (report.ok, report.created) == (True, 3), report.errors
    dates = dict(Organization.objects.values_list("name_latin", "creation_date"))
    assert dates == {"Serial": datetime.date(2007, 11, 11), "Date cell": datetime.date(2019, 3, 21),
                     "Float": datetime.date(2019, 3, 21)}
    assert Organization.objects.get(name_latin="Serial").is_women is True


def test_a_registry_number_twice_in_the_file_names_both_rows_and_nothing_is_written():
    report = run(HEADER + "cooperative,A,4567,,MA-TIN,,,,\ncooperative,B,99,,MA-TIN,,,,\n"
                          "cooperative,C,٤٥٦٧,,MA-TIN,,,,\ncooperative,D,rc-99,,MA-TIN,,,,\ncooperative,E,RC 99,,MA-TIN,,,,\n")
    assert not report.ok and not report.written and Organization.objects.count() == 0
    assert [(e.row, e.column, e.message) for e in report.errors] == [
        (4, "registry_number", "Registry number 4567 is also on row 2: one organisation, one row. Remove one of the "
                               "two rows, or correct the number."),
        (6, "registry_number", "Registry number RC 99 is also on row 5: one organisation, one row. Remove one of "
                               "the two rows, or correct the number."),
    ]


def test_a_registry_number_already_registered_names_the_organisation():
    existing = OrganizationFactory(registry_number="45-67", name_latin="Coopérative Tafoukt")
    report = run(HEADER + "cooperative,Another,4567,,MA-TIN,,,,\n")
    (error,) = report.errors
    assert (error.row, error.column) == (2, "registry_number")
    assert error.message == (f"Registry number 4567 is already that of «Coopérative Tafoukt» (#{existing.pk}), "
                             "registered already: remove this row, or correct the number.")
    assert Organization.objects.count() == 1


def test_a_csv_row_with_more_or_fewer_cells_than_the_header_is_refused():
    report = run(HEADER + (
        "cooperative,Good,,,MA-TIN,,,,\n"
        "cooperative,Shifted, by a comma,,,MA-TIN,,,,\n"  # an unquoted comma: one cell too many
        "cooperative,Short,,,MA-TIN\n"  # cells lost
        "cooperative,Shifted too,,,,MA-TIN,,,,\n"  # one too many, the extra one empty: the values moved all the same
        "\n"
        "cooperative,After a blank line,,,MA-TIN,,,,\n"
    ))
    assert not report.written and Organization.objects.count() == 0
    assert [(e.row, e.column) for e in report.errors] == [(3, ""), (4, ""), (5, "")]
    assert report.errors[0].message.startswith("This row has 10 cells but the header has 9, so its values may be")
    assert "must be written in quotes" in report.errors[0].message
    assert report.errors[1].message.startswith("This row has 5 cells but the header has 9: cells are missing")
    assert report.errors[2].message.startswith("This row has 10 cells but the header has 9")


def test_rows_are_numbered_as_the_spreadsheet_shows_them_after_a_blank_line():
    report = run(HEADER + "cooperative,A,,,MA-TIN,,,,\n,,,,,,,,\ncooperative,B,,,Nowhere,,,,\n")
    assert [(e.row, e.column) for e in report.errors] == [(4, "province")]


def test_an_xlsx_row_with_values_beyond_the_header_is_refused_empty_cells_are_not():
    content = xlsx_bytes([["kind", "name_latin", "province"], ["cooperative", "A", "MA-TIN", None, None],
                          ["cooperative", "B", "MA-TIN", None, "note"]], title="Sheet", right_to_left=False)
    report = import_organizations(io.BytesIO(content), filename="orgs.xlsx")
    assert [(e.row, e.column) for e in report.errors] == [(3, "")]
    assert "“note” is beyond the last column" in report.errors[0].message
    assert Organization.objects.count() == 0


def test_a_column_twice_in_the_header_is_refused():
    report = run("kind,name_latin,province,province\ncooperative,A,MA-TIN,MA-ZAG\n")
    assert report.file_errors == ["These columns appear more than once in the header: province. Keep one of each."]


def test_each_error_says_what_to_write_instead():
    report = run(HEADER + "usine,A,,12/25/2007,Ouarzazte,,,peut-être,\n")
    messages = {e.column: e.message for e in report.errors}
    assert "write it as 25/12/2007" in messages["creation_date"]
    assert messages["province"] == "Unknown province «Ouarzazte»: did you mean «Ouarzazate» (MA-OUA)?"
    assert "one of oui/non" in messages["women"]
    assert messages["kind"].startswith("Unknown kind. Write one of: Cooperative, Association")


def test_the_web_import_reports_in_the_language_of_the_page_that_sent_the_file(staff_user):
    text = "kind,name_latin,province,email\ncooperative,A,MA-TIN,not-an-email\n"
    job = OrganizationImport.objects.create(file=ContentFile(text.encode(), name="orgs.csv"), original_name="orgs.csv",
                                            created_by=staff_user)
    run_organization_import.call(job.pk, "fr")
    job.refresh_from_db()
    assert [e["message"] for e in job.report["errors"]] == ["Saisissez une adresse e-mail valide."]  # Django's French


def members_file(*lines: str) -> io.BytesIO:
    header = "first_name_latin,last_name_latin,gender,birth_year,cin,phone,start_date"
    return io.BytesIO("\n".join([header, *lines]).encode())


def test_members_take_dates_and_digits_as_people_write_them():
    organization = OrganizationFactory()
    report = import_members(members_file("Itto,Oubella,F,١٩٨٥,ab ١٢٣٤٥٦,٠٦١٢٣٤٥٦٧٨,٢٠١٩-٠٣-٢١",
                                         "Fatima,Ait Ali,F,1990,,,43545"),
                            filename="members.csv", organization=organization)
    assert (report.ok, report.memberships_new) == (True, 2), report.errors
    assert sorted(str(d) for d in Membership.objects.values_list("start_date", flat=True)) == ["2019-03-21"] * 2
    assert Person.objects.get(first_name_latin="Itto").birth_year == 1985


def test_members_refuse_a_ragged_row_and_a_cin_twice_naming_both_rows():
    organization = OrganizationFactory()
    report = import_members(members_file("Itto,Oubella,F,1985,AB123456,,", "Aicha,Oubella,F,1985,,,,extra",
                                         "Zahra,Oubella,F,1985,ab-123456,,"),
                            filename="members.csv", organization=organization)
    assert [(e.row, e.column) for e in report.errors] == [(3, ""), (4, "cin")]
    assert report.errors[1].message.startswith("The same CIN is on row 2")
    assert Person.objects.count() == 0


def test_a_name_of_digits_or_punctuation_only_is_an_error_and_nothing_is_written():
    report = run(HEADER + "cooperative,Tafoukt,,,MA-TIN,,,,\ncooperative,123,,,MA-TIN,,,,\ncooperative,-- / --,,,MA-TIN,,,,\n")
    assert not report.ok and not report.written and Organization.objects.count() == 0
    assert [(e.row, e.column) for e in report.errors] == [(3, "name_latin"), (4, "name_latin")]
    assert report.errors[0].message == ("A name is written with letters: write the organisation's name, not only "
                                        "digits or punctuation.")
