"""Synthetic registry data: realistic, reproducible (same seed, same data), fast enough to
build national scale (60,000 organisations, 800,000 members) in minutes. Written with
bulk_create and no history rows: it is generated data, not anybody's change."""

import random
import string
from collections.abc import Callable
from datetime import date, timedelta

from django.db import models, transaction
from django.db.models import Max

from tadamon.common.db import refresh_planner_statistics
from tadamon.demo.names import COOPERATIVE_WORDS, FEMALE_FIRST, LAST, MALE_FIRST
from tadamon.demo.org_names import UniqueNames
from tadamon.registry.enums import Gender, MemberRole, OrganizationKind, OrganizationStatus
from tadamon.registry.models import Commune, Membership, Organization, Person, Province, Sector

BATCH = 5000
KIND_WEIGHTS = [(OrganizationKind.COOPERATIVE, 70), (OrganizationKind.ASSOCIATION, 25),
                (OrganizationKind.EIG, 3), (OrganizationKind.UNION, 2)]
STATUS_WEIGHTS = [(OrganizationStatus.ACTIVE, 85), (OrganizationStatus.DORMANT, 10),
                  (OrganizationStatus.IN_LIQUIDATION, 3), (OrganizationStatus.DISSOLVED, 2)]
OFFICER_ROLES = [MemberRole.PRESIDENT, MemberRole.VICE_PRESIDENT, MemberRole.TREASURER, MemberRole.SECRETARY]


def _weighted(rng: random.Random, pairs):
    values, weights = zip(*pairs, strict=True)
    return rng.choices(values, weights=weights)[0]


def generate(*, organizations: int, members: int, seed: int, provinces: list[str] | None = None,
             registry_prefix: str = "GEN", progress: Callable[[str, int, int], None] | None = None) -> dict:
    """Create `organizations` SSE organisations and `members` people, each a member of one of them."""
    rng = random.Random(seed)
    province_qs = Province.objects.all() if not provinces else Province.objects.filter(code__in=provinces)
    province_list = list(province_qs.only("pk", "name_ar", "name_fr"))
    communes: dict[int, list[Commune]] = {}
    for commune in Commune.objects.filter(province__in=province_list).only("pk", "province_id", "name_ar", "name_fr"):
        communes.setdefault(commune.province_id, []).append(commune)
    sectors = list(Sector.objects.filter(parent__isnull=False).only("pk", "code"))
    # Names from a generator of their own (unique in the registry), so the other draws stay as they were.
    names = UniqueNames.from_registry(random.Random(seed + 1))
    run = (Organization.objects.aggregate(m=Max("pk"))["m"] or 0) + 1

    org_ids: list[tuple[int, bool]] = []  # (pk, is_women)
    for start in range(0, organizations, BATCH):
        batch = []
        for i in range(start, min(start + BATCH, organizations)):
            kind = _weighted(rng, KIND_WEIGHTS)
            province = rng.choice(province_list)
            commune = rng.choice(communes[province.pk]) if communes.get(province.pk) and rng.random() < 0.8 else None
            place = commune or province
            word = rng.choice(COOPERATIVE_WORDS)
            is_women = kind == OrganizationKind.COOPERATIVE and rng.random() < 0.11
            sector = rng.choice(sectors)
            name_ar, name_latin = names.name(kind=kind, sector_code=sector.code, place=place, women=is_women,
                                             word=word)
            organization = Organization(
                kind=kind,
                name_ar=name_ar,
                name_latin=name_latin,
                sector=sector,
                registry_number=f"{registry_prefix}-{run}-{i:07d}",
                creation_date=date(1985, 1, 1) + timedelta(days=rng.randrange(0, 14000)),
                status=_weighted(rng, STATUS_WEIGHTS),
                province_id=province.pk,
                commune_id=commune.pk if commune else None,
                is_women=is_women,
                is_youth=rng.random() < 0.08,
            )
            organization.refresh_search_fields()
            batch.append(organization)
        with transaction.atomic():
            created = Organization.objects.bulk_create(batch, batch_size=1000)
        org_ids.extend((o.pk, o.is_women) for o in created)
        if progress:
            progress("organizations", len(org_ids), organizations)

    if not org_ids or not members:
        refresh_planner_statistics(Organization._meta.db_table)
        return {"organizations": len(org_ids), "members": 0}
    cin_base = (Person.objects.aggregate(m=Max("pk"))["m"] or 0) + 1
    # Every organisation gets at least its officers, the rest spread at random.
    assignment = [org_ids[i % len(org_ids)] for i in range(min(members, len(org_ids) * 3))]
    assignment += [rng.choice(org_ids) for _ in range(members - len(assignment))]
    seen_officers: set[tuple[int, str]] = set()
    done = 0
    for start in range(0, members, BATCH):
        people, links = [], []
        for j in range(start, min(start + BATCH, members)):
            org_pk, women_only = assignment[j]
            female = women_only or rng.random() < 0.42
            first_ar, first_latin = rng.choice(FEMALE_FIRST if female else MALE_FIRST)
            last_ar, last_latin = rng.choice(LAST)
            number = cin_base + j
            person = Person(
                first_name_ar=first_ar, last_name_ar=last_ar, first_name_latin=first_latin, last_name_latin=last_latin,
                gender=Gender.FEMALE if female else Gender.MALE,
                birth_year=rng.randint(1950, 2006),
                cin=(rng.choice(string.ascii_uppercase) + rng.choice(string.ascii_uppercase) + f"{number:07d}")
                if rng.random() < 0.5 else "",
                phone=f"06{rng.randrange(10**8):08d}" if rng.random() < 0.7 else "",
            )
            person.refresh_derived_fields()
            people.append(person)
            role = MemberRole.MEMBER
            for officer in OFFICER_ROLES:
                if (org_pk, officer) not in seen_officers:
                    seen_officers.add((org_pk, officer))
                    role = officer
                    break
            links.append((org_pk, role))
        with transaction.atomic():
            created = Person.objects.bulk_create(people, batch_size=1000)
            Membership.objects.bulk_create(
                [
                    Membership(person_id=p.pk, organization_id=org_pk, role=role,
                               start_date=date(2000, 1, 1) + timedelta(days=rng.randrange(0, 9000)))
                    for p, (org_pk, role) in zip(created, links, strict=True)
                ],
                batch_size=1000,
            )
        done += len(created)
        if progress:
            progress("members", done, members)
    refresh_planner_statistics(Organization._meta.db_table, Person._meta.db_table, Membership._meta.db_table)
    return {"organizations": len(org_ids), "members": done}


def generated_person(rng: random.Random, *, female: bool, born_from: int) -> Person:
    """A member with a generated name, a gender and a birth year, and nothing else personal."""
    first_ar, first_latin = rng.choice(FEMALE_FIRST if female else MALE_FIRST)
    last_ar, last_latin = rng.choice(LAST)
    person = Person(first_name_ar=first_ar, last_name_ar=last_ar, first_name_latin=first_latin,
                    last_name_latin=last_latin, gender=Gender.FEMALE if female else Gender.MALE,
                    birth_year=rng.randint(born_from, 2004))
    person.refresh_derived_fields()
    return person


def top_up_members(organizations, *, at_least: int, seed: int) -> int:
    """Add generated members so each organisation has at least `at_least` current members."""
    rng = random.Random(seed)
    counts = dict(Membership.objects.current().filter(organization__in=organizations)
                  .values_list("organization_id").annotate(n=models.Count("pk")).values_list("organization_id", "n"))
    people, links = [], []
    for organization in organizations:
        for _ in range(max(0, at_least - counts.get(organization.pk, 0))):
            people.append(generated_person(rng, female=organization.is_women or rng.random() < 0.55,
                                           born_from=1960))
            links.append(organization.pk)
    with transaction.atomic():
        created = Person.objects.bulk_create(people, batch_size=1000)
        Membership.objects.bulk_create([Membership(person_id=p.pk, organization_id=org_pk, role=MemberRole.MEMBER)
                                        for p, org_pk in zip(created, links, strict=True)], batch_size=1000)
    return len(created)
