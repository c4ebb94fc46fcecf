import pytest
from django.db import connection

from tadamon.common.personal_data import cin_hash, mask, normalize_cin, shown_personal_data
from tadamon.registry.models import Person
from tadamon.registry.tests.factories import PersonFactory


def test_mask_keeps_only_the_ends():
    assert mask("JK123456") == "JK••••56"
    assert mask("0612345678") == "06••••••78"
    assert mask("") == ""
    assert mask("AB1") == "•••"


def test_cin_hash_matches_spelling_variants_and_depends_on_the_key(settings):
    assert normalize_cin(" jk-123 456 ") == "JK123456"
    assert cin_hash("jk 123456") == cin_hash("JK123456")
    first = cin_hash("JK123456")
    settings.PERSONAL_DATA_HASH_KEY = "another-key"
    assert cin_hash("JK123456") != first


@pytest.mark.django_db
def test_cin_is_encrypted_in_the_database_and_readable_through_the_model():
    person = PersonFactory(cin="jk123456")
    with connection.cursor() as cursor:
        cursor.execute("SELECT cin, cin_hash FROM registry_person WHERE id = %s", [person.pk])
        stored, stored_hash = cursor.fetchone()
    assert "JK123456" not in stored
    assert stored_hash == cin_hash("JK123456")
    assert Person.objects.get(pk=person.pk).cin == "JK123456"


@pytest.mark.django_db
def test_encrypted_cin_cannot_be_filtered_on():
    with pytest.raises(TypeError):
        list(Person.objects.filter(cin="JK123456"))


@pytest.mark.django_db
def test_old_encryption_key_still_decrypts_after_rotation(settings):
    person = PersonFactory(cin="AB654321")
    settings.FIELD_ENCRYPTION_KEYS = ["bmV3LWtleS0wMTIzNDU2Nzg5YWJjZGVmMDEyMzQ1Njc="] + settings.FIELD_ENCRYPTION_KEYS
    assert Person.objects.get(pk=person.pk).cin == "AB654321"


def _shown_everywhere(client, organization) -> list[tuple]:
    """The president's (birth year, CIN, phone) on the member list, in the API and in the export."""
    import io
    import re

    from openpyxl import load_workbook

    html = client.get(f"/fr/manage/organizations/{organization.pk}/").content.decode()
    row = next(r for r in re.findall(r"<tr>(.*?)</tr>", html, re.S) if ">JK" in r)
    cells = [re.sub(r"<[^>]+>", "", c).strip() for c in re.findall(r"<td[^>]*>(.*?)</td>", row, re.S)]
    api = next(m for m in client.get(f"/api/v1/organizations/{organization.pk}").json()["members"]
               if m["role"] == "president")
    response = client.get("/fr/manage/organizations/export/members.xlsx", {"q": "dades"})
    sheet = load_workbook(io.BytesIO(response.content)).active
    export = next(r for r in sheet.iter_rows(values_only=True) if str(r[10]).startswith("JK"))
    return [tuple(cells[3:6]), tuple(str(api[k]) for k in ("birth_year", "cin", "phone")),
            tuple(str(v) for v in export[9:12])]


@pytest.mark.parametrize("who, expected", [("staff_user", ("••••", "JK••••56", "06••••••78")),
                                           ("admin_user", ("1980", "JK123456", "0612345678"))])
def test_the_member_list_the_api_and_the_export_show_personal_data_alike(who, expected, request, cooperative,
                                                                        client_for):
    client = client_for(request.getfixturevalue(who))
    assert _shown_everywhere(client, cooperative) == [expected] * 3


def test_a_missing_birth_year_stays_empty_masked_or_not():
    person = PersonFactory.build(birth_year=None, cin="", phone="")
    for visible in (True, False):
        assert shown_personal_data(person, visible=visible) == {"birth_year": None, "cin": "", "phone": ""}
