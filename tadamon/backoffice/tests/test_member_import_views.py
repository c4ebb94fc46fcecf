"""Importing members from the organisation's page: check, report, confirm; who may."""

import io
import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from openpyxl import load_workbook

from tadamon.common.files import append_row, new_sheet, new_workbook, workbook_bytes
from tadamon.registry.domain.member_imports import COLUMNS
from tadamon.registry.models import MemberImport, Membership, Person

pytestmark = pytest.mark.django_db


def xlsx_upload(rows: list[list], name="members.xlsx") -> SimpleUploadedFile:
    workbook = new_workbook()
    sheet = new_sheet(workbook, "members", right_to_left=True)
    for row in [COLUMNS, *rows]:
        append_row(sheet, row)
    return SimpleUploadedFile(name, workbook_bytes(workbook))


FIFTY = [[f"فاطمة {i}", "أيت علي", f"Fatima {i}", "Ait Ali", "أنثى", 1980 + i % 20, f"AB{100000 + i}",
          f"06 12 34 {i // 10:02d} {i % 10:02d}", "عضوة", "2024-01-15"] for i in range(50)]


def upload(client, organization, file, capture, language="en"):
    with capture(execute=True):
        response = client.post(f"/{language}/manage/organizations/{organization.pk}/members/import/", {"file": file})
    assert response.status_code == 302, response.content.decode()[:2000]
    return response["Location"]


def test_a_manager_checks_fifty_members_then_confirms_and_they_are_imported(
        manager_user, client_for, cooperative, django_capture_on_commit_callbacks):
    client = client_for(manager_user)
    page = client.get(f"/en/manage/organizations/{cooperative.pk}/").content.decode()
    assert f"/en/manage/organizations/{cooperative.pk}/members/import/" in page
    status_url = upload(client, cooperative, xlsx_upload(FIFTY), django_capture_on_commit_callbacks)
    html = client.get(status_url).content.decode()
    assert "The file has no error. Nothing is written until you confirm." in html
    assert "Import these members" in html
    assert Membership.objects.filter(organization=cooperative).count() == 3  # the fixture's, nothing more yet
    job = MemberImport.objects.get()
    assert (job.dry_run, job.report["memberships_new"], job.report["people_new"]) == (True, 50, 50)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"{status_url}confirm/")
    assert response["Location"] == status_url
    html = client.get(status_url).content.decode()
    assert "50 members imported." in html
    assert Membership.objects.filter(organization=cooperative).count() == 53
    assert Person.objects.get(first_name_latin="Fatima 7").phone == "+212612340007"
    fragment = client.get(status_url, headers={"HX-Request": "true"}).content.decode()
    assert fragment.lstrip().startswith('<section id="progress"') and "hx-trigger" not in fragment
    # A second click finds nothing left to confirm: nothing is imported twice.
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"{status_url}confirm/")
    assert Membership.objects.filter(organization=cooperative).count() == 53


def test_the_report_lists_known_people_and_errors_by_row_and_column_in_the_pages_language(
        manager_user, client_for, cooperative, django_capture_on_commit_callbacks):
    client = client_for(manager_user)
    csv = ",".join(COLUMNS) + "\nHadda,,,,F,1970,JK 123456,,,\nItto,,,,F,1985,,,,32/13/2019\n"
    status_url = upload(client, cooperative, SimpleUploadedFile("m.csv", csv.encode()),
                        django_capture_on_commit_callbacks, language="ar")
    html = client.get(status_url.replace("/ar/", "/fr/")).content.decode()
    # the column in the page's language, then its header as the file writes it
    assert re.search(r'<td class="number"[^>]*>3</td><td[^>]*>membre depuis <code dir="ltr">start_date</code></td>', html)
    assert "هذا اليوم غير موجود (32/13/2019). اكتب(ي) التاريخ على شكل يوم/شهر/سنة" in html  # the language of whoever sent it
    assert "Import these members" not in html
    csv = ",".join(COLUMNS) + "\nHadda,,,,F,1970,JK 123456,,,\n"
    status_url = upload(client, cooperative, SimpleUploadedFile("m.csv", csv.encode()),
                        django_capture_on_commit_callbacks)
    html = client.get(status_url).content.decode()
    assert "Row 2: Hadda (JK••••56) is already a member of this organisation: nothing is added." in html


def test_the_template_is_an_xlsx_with_the_header_and_an_example(manager_user, client_for, cooperative):
    response = client_for(manager_user).get(f"/ar/manage/organizations/{cooperative.pk}/members/import/template.xlsx")
    assert response.status_code == 200 and "members.xlsx" in response["Content-Disposition"]
    sheet = load_workbook(io.BytesIO(response.content)).worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    assert list(rows[0]) == COLUMNS and rows[1][0] == "فاطمة" and sheet.sheet_view.rightToLeft


def test_who_may_import_members(manager_user, other_manager, officer_user, buyer_user, staff_user, client_for,
                                cooperative, django_capture_on_commit_callbacks):
    url = f"/en/manage/organizations/{cooperative.pk}/members/import/"
    assert client_for(other_manager).get(url).status_code == 404
    assert client_for(officer_user).get(url).status_code == 403
    assert client_for(buyer_user).get(url).status_code in (302, 403, 404)
    assert "/accounts/login/" in client_for(None).get(url)["Location"]
    assert client_for(staff_user).get(url).status_code == 200
    file = xlsx_upload(FIFTY[:1])
    response = client_for(other_manager).post(url, {"file": file})
    assert response.status_code == 404 and not MemberImport.objects.exists()
    status_url = upload(client_for(manager_user), cooperative, xlsx_upload(FIFTY[:1]),
                        django_capture_on_commit_callbacks)
    # An import's page and its confirmation are for whoever sent the file.
    assert client_for(staff_user).get(status_url).status_code == 404
    assert client_for(other_manager).post(f"{status_url}confirm/").status_code == 404
    assert client_for(staff_user).post(f"{status_url}confirm/").status_code == 404
    assert Membership.objects.filter(organization=cooperative).count() == 3


def test_the_upload_refuses_other_file_types(manager_user, client_for, cooperative):
    response = client_for(manager_user).post(f"/en/manage/organizations/{cooperative.pk}/members/import/",
                                             {"file": SimpleUploadedFile("m.pdf", b"%PDF")})
    assert response.status_code == 200 and "Choose a .csv or .xlsx file." in response.content.decode()
