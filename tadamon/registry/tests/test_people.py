import pytest
from django.core.exceptions import ValidationError

from tadamon.common.concurrency import ConcurrentEditError
from tadamon.registry.domain.people import add_member, end_membership, update_member
from tadamon.registry.domain.queries.members import members_as_seen
from tadamon.registry.models import Membership, Person
from tadamon.registry.tests.factories import OrganizationFactory

pytestmark = pytest.mark.django_db

PERSON = {"first_name_ar": "خديجة", "last_name_ar": "أوحمو", "first_name_latin": "Khadija",
          "last_name_latin": "Ouhammou", "gender": "F", "birth_year": 1979, "cin": "JE 123 456", "phone": ""}


def test_the_same_cin_in_two_cooperatives_is_one_person():
    first, second = OrganizationFactory(), OrganizationFactory()
    add_member(first, person_fields=PERSON, membership_fields={"role": "president"})
    add_member(second, person_fields=PERSON | {"cin": "je123456"}, membership_fields={"role": "member"})
    assert Person.objects.count() == 1
    assert Membership.objects.filter(person__cin_hash=Person.objects.get().cin_hash).count() == 2


def test_a_person_cannot_be_added_twice_to_the_same_organisation():
    organization = OrganizationFactory()
    add_member(organization, person_fields=PERSON, membership_fields={"role": "member"})
    with pytest.raises(ValidationError) as error:
        add_member(organization, person_fields=PERSON, membership_fields={"role": "treasurer"})
    assert error.value.message_dict == {"cin": ["This person is already a member of this organisation."]}


def test_update_member_refuses_a_cin_that_belongs_to_someone_else():
    organization = OrganizationFactory()
    add_member(organization, person_fields=PERSON, membership_fields={"role": "member"})
    other = add_member(organization, person_fields=PERSON | {"cin": "AA111111", "first_name_latin": "Itto"},
                       membership_fields={"role": "member"})
    with pytest.raises(ValidationError):
        update_member(other, person_fields={"cin": "JE123456"}, membership_fields={}, expected_version=1)
    assert Person.objects.get(pk=other.person_id).cin == "AA111111"


def test_update_member_with_a_stale_version_is_refused():
    membership = add_member(OrganizationFactory(), person_fields=PERSON, membership_fields={"role": "member"})
    update_member(membership, person_fields={"phone": "0611111111"}, membership_fields={}, expected_version=1)
    with pytest.raises(ConcurrentEditError):
        update_member(membership, person_fields={"phone": "0622222222"}, membership_fields={}, expected_version=1)
    assert Person.objects.get().phone == "0611111111"


def test_ended_membership_no_longer_counts_as_current():
    membership = add_member(OrganizationFactory(), person_fields=PERSON, membership_fields={"role": "member"})
    end_membership(membership)
    assert Membership.objects.current().count() == 0
    assert Membership.objects.count() == 1


def test_a_birth_year_in_the_future_is_refused():
    with pytest.raises(ValidationError) as error:
        add_member(OrganizationFactory(), person_fields=PERSON | {"birth_year": 2999}, membership_fields={})
    assert error.value.message_dict == {"birth_year": ["The birth year cannot be in the future."]}
    assert Person.objects.count() == 0


def test_members_as_seen_mask_personal_data_unless_visible_and_leave_out_former_members():
    organization = OrganizationFactory()
    add_member(organization, person_fields=PERSON | {"phone": "0612345678"}, membership_fields={"role": "president"})
    former = add_member(organization, person_fields=PERSON | {"cin": "AB1", "first_name_latin": "Said"},
                        membership_fields={"role": "member"})
    end_membership(former)
    clear = members_as_seen(organization, personal_data_visible=True)
    masked = members_as_seen(organization, personal_data_visible=False)
    assert [(m["person"].first_name_latin, m["birth_year"], m["phone"]) for m in clear] == [
        ("Khadija", 1979, "0612345678")]
    assert [(m["membership"].role, m["birth_year"], m["phone"]) for m in masked] == [
        ("president", "••••", "06••••••78")]
    assert masked[0]["cin"] != clear[0]["cin"] and "•" in masked[0]["cin"]
