import pytest
from django.db import connection

from tadamon.common.personal_data import cin_hash, mask, normalize_cin
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
