"""Adding, changing and ending memberships. A person is found again by their CIN (keyed hash),
so someone who belongs to two cooperatives is one person with two memberships."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from tadamon.common.personal_data import cin_hash
from tadamon.registry.domain import next_version, validate_and_save
from tadamon.registry.models import Membership, Organization, Person


def find_person_by_cin(cin: str) -> Person | None:
    digest = cin_hash(cin)
    if not digest:
        return None
    return Person.objects.filter(cin_hash=digest).first()


@transaction.atomic
def add_member(organization: Organization, *, person_fields: dict, membership_fields: dict, user=None) -> Membership:
    """Create the membership, reusing the person who already holds this CIN if there is one."""
    person = find_person_by_cin(person_fields.get("cin", ""))
    if person is None:
        person = validate_and_save(Person(**person_fields), user=user)
    elif Membership.objects.filter(person=person, organization=organization, end_date__isnull=True).exists():
        raise ValidationError({"cin": _("This person is already a member of this organisation.")})
    return validate_and_save(Membership(person=person, organization=organization, **membership_fields), user=user)


@transaction.atomic
def update_member(membership: Membership, *, person_fields: dict, membership_fields: dict,
                  expected_version: int, user=None) -> Membership:
    person = membership.person
    version = next_version(person, expected_version)
    new_cin = person_fields.get("cin")
    if new_cin:
        other = find_person_by_cin(new_cin)
        if other is not None and other.pk != person.pk:
            raise ValidationError({"cin": _("Another person is already registered with this CIN.")})
    person.version = version
    validate_and_save(person, fields=person_fields, user=user)
    return validate_and_save(membership, fields=membership_fields, user=user)


def end_membership(membership: Membership, *, end_date=None, user=None) -> Membership:
    return validate_and_save(membership, fields={"end_date": end_date or timezone.localdate()}, user=user)
