"""Drâa-Tafilalet at the end of 2023 at the size article 004 gives it, so the regional dashboard
counts the article's figures out of records rather than showing typed-in numbers: 5,515
cooperatives, 76,188 members, 568 women's cooperatives, 5,545 name-certificate requests
processed and 76 awareness sessions. The records the rest of the demo made in the region count
towards the targets; this adds what is missing, generated (invented names, no personal data
beyond a name, a gender and a birth year), with bulk writes. The fair's 160 organisations, the 23
funded projects and the 59 inspections come from their own parts of the demo."""

import datetime
import random

from django.db import transaction
from django.utils import timezone

from tadamon.demo.names import COOPERATIVE_WORDS
from tadamon.demo.synthetic import generated_person
from tadamon.events.enums import EventKind
from tadamon.events.models import Event
from tadamon.funding.enums import NameGrade, NameRequestStatus, NameVerdict
from tadamon.funding.models import AnnualDeclaration, NameRequest
from tadamon.indicators.catalogue import BY_CODE
from tadamon.indicators.domain.figures import direct
from tadamon.registry.enums import MemberRole, OrganizationKind, OrganizationStatus
from tadamon.registry.models import Commune, Membership, Organization, Person, Province, Region, Sector

REGION, YEAR = "MA-08", 2023
TARGETS = {"cooperatives": 5515, "cooperative_members": 76188, "women_cooperatives": 568,
           "name_requests_processed": 5545, "awareness_sessions": 76}
PREFIX = "DT2023"


def current(code: str, region: Region) -> int:
    return direct(BY_CODE[code], YEAR, region=region)[None]


def load_regional_figures(seed: int = 4) -> dict:
    region = Region.objects.get(code=REGION)
    if Organization.objects.filter(registry_number__startswith=f"{PREFIX}-").exists():
        return {}
    rng = random.Random(seed)
    provinces = list(Province.objects.filter(region=region))
    added = {"cooperatives": _cooperatives(region, provinces, rng)}
    added["name_requests"] = _name_requests(region, provinces, rng)
    added["awareness_sessions"] = _awareness_sessions(region, provinces, rng)
    return added


@transaction.atomic
def _cooperatives(region: Region, provinces: list, rng: random.Random) -> int:
    missing = TARGETS["cooperatives"] - current("cooperatives", region)
    women = TARGETS["women_cooperatives"] - current("women_cooperatives", region)
    members = TARGETS["cooperative_members"] - current("cooperative_members", region)
    if missing <= 0:
        return 0
    communes = {}
    for commune in Commune.objects.filter(province__in=provinces):
        communes.setdefault(commune.province_id, []).append(commune)
    sectors = list(Sector.objects.filter(parent__isnull=False))
    cooperatives = []
    for number in range(missing):
        province = rng.choice(provinces)
        commune = rng.choice(communes[province.pk]) if communes.get(province.pk) else None
        place = commune or province
        word_ar, word_latin = rng.choice(COOPERATIVE_WORDS)
        is_women = number < women
        cooperative = Organization(
            kind=OrganizationKind.COOPERATIVE, status=OrganizationStatus.ACTIVE, province=province, commune=commune,
            name_ar=f"تعاونية {'النسوية ' if is_women else ''}{word_ar} {place.name_ar}",
            name_latin=f"Coopérative {'féminine ' if is_women else ''}{word_latin} {place.name_fr}",
            sector=rng.choice(sectors), registry_number=f"{PREFIX}-{number + 1:05d}", is_women=is_women,
            creation_date=datetime.date(1995, 1, 1) + datetime.timedelta(days=rng.randrange(0, 10500)),
            is_youth=rng.random() < 0.08)
        cooperative.refresh_search_fields()
        cooperatives.append(cooperative)
    created = Organization.objects.bulk_create(cooperatives, batch_size=1000)
    # Members: every cooperative has three at least, the rest spread at random.
    assignment = [created[i % len(created)] for i in range(min(members, 3 * len(created)))]
    assignment += [rng.choice(created) for _ in range(members - len(assignment))]
    for start in range(0, len(assignment), 5000):
        people, links = [], []
        for cooperative in assignment[start:start + 5000]:
            people.append(generated_person(rng, female=cooperative.is_women or rng.random() < 0.38, born_from=1950))
            links.append(cooperative)
        people = Person.objects.bulk_create(people, batch_size=1000)
        Membership.objects.bulk_create([
            Membership(person=person, organization=cooperative, role=MemberRole.MEMBER,
                       start_date=min(datetime.date(YEAR, 12, 31), max(cooperative.creation_date, datetime.date(
                           2005, 1, 1)) + datetime.timedelta(days=rng.randrange(0, 365))))
            for person, cooperative in zip(people, links, strict=True)], batch_size=1000)
    # Four in five filed their 2025 declaration (bulk: the demo's own declarations went through
    # the domain function).
    AnnualDeclaration.objects.bulk_create([
        AnnualDeclaration(organization=c, year=timezone.localdate().year - 1, members_women=5, members_men=9,
                          capital_subscribed_mad=20000, capital_paid_mad=15000, turnover_mad=150000,
                          general_assembly_held=True, general_assembly_on=datetime.date(timezone.localdate().year, 3, 1),
                          accounts_filed=i % 9 != 0)
        for i, c in enumerate(created) if i % 5], batch_size=1000)
    return len(created)


@transaction.atomic
def _name_requests(region: Region, provinces: list, rng: random.Random) -> int:
    missing = TARGETS["name_requests_processed"] - current("name_requests_processed", region)
    if missing <= 0:
        return 0
    office = Organization.objects.get(acronym="ODCO")
    requests = []
    for number in range(missing):
        word_ar, word_latin = rng.choice(COOPERATIVE_WORDS)
        approved = rng.random() < 0.86
        decided = timezone.make_aware(datetime.datetime(YEAR, 1, 2, 9) + datetime.timedelta(
            days=rng.randrange(0, 360), minutes=rng.randrange(0, 480)))
        requests.append(NameRequest(
            reference=f"NC-{YEAR}-{number + 1:05d}", name_ar=f"تعاونية {word_ar} {number + 1}",
            name_latin=f"Coopérative {word_latin} {number + 1}", province=rng.choice(provinces), authority=office,
            applicant_name="—", status=NameRequestStatus.APPROVED if approved else NameRequestStatus.REFUSED,
            grade=NameGrade.MEDIUM, verdict=NameVerdict.CLEAR if approved else NameVerdict.CLASH,
            decided_at=decided, decision_reason="" if approved else "Nom déjà pris."))
    created = NameRequest.objects.bulk_create(requests, batch_size=1000)
    # They were filed in 2023 as well: the default is the moment of the load.
    for request in created:
        request.submitted_at = request.decided_at - datetime.timedelta(days=rng.randrange(1, 20))
    NameRequest.objects.bulk_update(created, ["submitted_at"], batch_size=1000)
    return len(created)


@transaction.atomic
def _awareness_sessions(region: Region, provinces: list, rng: random.Random) -> int:
    missing = TARGETS["awareness_sessions"] - current("awareness_sessions", region)
    topics = [("التعريف بالقانون 112.12", "Loi 112.12 sur les coopératives"),
              ("التسويق الرقمي", "Marketing numérique"), ("الحكامة التعاونية", "Gouvernance coopérative"),
              ("الترخيص الصحي", "Autorisation sanitaire ONSSA")]
    events = []
    for number in range(max(0, missing)):
        province = rng.choice(provinces)
        topic_ar, topic_fr = topics[number % len(topics)]
        starts = timezone.make_aware(datetime.datetime(YEAR, 1 + number % 12, 1 + number % 27, 10))
        events.append(Event(kind=EventKind.AWARENESS, name_ar=f"دورة تحسيسية: {topic_ar}",
                            name_fr=f"Session de sensibilisation : {topic_fr}", starts_at=starts,
                            ends_at=starts + datetime.timedelta(hours=3), venue="Salle communale",
                            city=province.name_fr, province=province, registration_open=False))
    return len(Event.objects.bulk_create(events))
