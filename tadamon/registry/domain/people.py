"""Adding, changing and ending memberships. A person is found again by their CIN (keyed hash),
so someone who belongs to two cooperatives is one person with two memberships."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Case, Count, QuerySet, Value, When
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from tadamon.common.concurrency import next_version
from tadamon.common.personal_data import cin_hash
from tadamon.registry.domain import validate_and_save
from tadamon.registry.models import Membership, Organization, Person


def find_person_by_cin(cin: str) -> Person | None:
    digest = cin_hash(cin)
    if not digest:
        return None
    # Excluding the empty hash lets SQLite use the partial unique index on it (not a full scan).
    return Person.objects.exclude(cin_hash="").filter(cin_hash=digest).first()


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


# Age bands in the reports (age in the current year, from the birth year).
AGE_BANDS = [("under_25", 0, 24), ("25_34", 25, 34), ("35_44", 35, 44), ("45_54", 45, 54), ("55_plus", 55, 200)]
# A left-to-right mark before a range keeps it 25–34 in Arabic text, pages and PDFs alike (without it
# the bidi algorithm shows 34–25).
AGE_BAND_LABELS = {"under_25": gettext_lazy("under 25"), "25_34": "\u200e25–34", "35_44": "\u200e35–44",
                   "45_54": "\u200e45–54",
                   "55_plus": gettext_lazy("55 and over"), "unknown": gettext_lazy("birth year unknown")}


def age_band(year: int, prefix: str = "") -> Case:
    """The age band in `year` of the person reached through `prefix` ("person__" from a membership)."""
    field = f"{prefix}birth_year"
    return Case(*[When(**{f"{field}__gte": year - high, f"{field}__lte": year - low}, then=Value(band))
                  for band, low, high in AGE_BANDS], default=Value("unknown"))


def people_by_gender_and_age(people: QuerySet) -> tuple[dict, list]:
    """How many of these people there are by gender ({"F": n, "M": n}) and by age band
    ([(band, label, n)], every band listed); one query. A person has one gender and one band, so
    both add up to the number of people."""
    groups = (people.annotate(band=age_band(timezone.localdate().year)).values_list("gender", "band")
              .annotate(n=Count("pk")).order_by())
    by_gender, by_band = {}, dict.fromkeys([band for band, _low, _high in AGE_BANDS] + ["unknown"], 0)
    for gender, band, n in groups:
        by_gender[gender] = by_gender.get(gender, 0) + n
        by_band[band] += n
    return by_gender, [(band, AGE_BAND_LABELS[band], n) for band, n in by_band.items()]
