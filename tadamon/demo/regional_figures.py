"""Drâa-Tafilalet at the end of 2023 at the size article 004 gives it, so the regional dashboard
counts the article's figures out of records rather than showing typed-in numbers: 5,515
cooperatives, 76,188 members, 568 women's cooperatives, 5,545 name-certificate requests
processed and 76 awareness sessions. The records the rest of the demo made in the region count
towards the targets; this adds what is missing, generated (invented names, no personal data
beyond a name, a gender and a birth year), with bulk writes. The fair's 160 organisations, the 23
funded projects and the 59 inspections come from their own parts of the demo."""

import datetime
import math
import random
from decimal import Decimal

from django.db import transaction
from django.utils import timezone

from tadamon.demo.names import COOPERATIVE_WORDS
from tadamon.demo.org_names import UniqueNames
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
    names = UniqueNames.from_registry(random.Random(YEAR))  # draws of its own: the others stay as they were
    cooperatives = []
    for number in range(missing):
        province = rng.choice(provinces)
        commune = rng.choice(communes[province.pk]) if communes.get(province.pk) else None
        word = rng.choice(COOPERATIVE_WORDS)
        is_women = number < women
        sector = rng.choice(sectors)
        name_ar, name_latin = names.name(kind=OrganizationKind.COOPERATIVE, sector_code=sector.code,
                                         place=commune or province, women=is_women, word=word)
        cooperative = Organization(
            kind=OrganizationKind.COOPERATIVE, status=OrganizationStatus.ACTIVE, province=province, commune=commune,
            name_ar=name_ar, name_latin=name_latin,
            sector=sector, registry_number=f"{PREFIX}-{number + 1:05d}", is_women=is_women,
            creation_date=datetime.date(1995, 1, 1) + datetime.timedelta(days=rng.randrange(0, 10500)),
            is_youth=rng.random() < 0.08)
        cooperative.refresh_search_fields()
        cooperatives.append(cooperative)
    created = Organization.objects.bulk_create(cooperatives, batch_size=1000)
    # Members: every cooperative has three at least, the rest spread at random.
    assignment = [created[i % len(created)] for i in range(min(members, 3 * len(created)))]
    assignment += [rng.choice(created) for _ in range(members - len(assignment))]
    composition: dict[int, list[int]] = {}  # cooperative pk -> [women, men]
    for start in range(0, len(assignment), 5000):
        people, links = [], []
        for cooperative in assignment[start:start + 5000]:
            people.append(generated_person(rng, female=cooperative.is_women or rng.random() < 0.38, born_from=1950))
            links.append(cooperative)
            composition.setdefault(cooperative.pk, [0, 0])[people[-1].gender != "F"] += 1
        people = Person.objects.bulk_create(people, batch_size=1000)
        Membership.objects.bulk_create([
            Membership(person=person, organization=cooperative, role=MemberRole.MEMBER,
                       start_date=min(datetime.date(YEAR, 12, 31), max(cooperative.creation_date, datetime.date(
                           2005, 1, 1)) + datetime.timedelta(days=rng.randrange(0, 365))))
            for person, cooperative in zip(people, links, strict=True)], batch_size=1000)
    _declarations(created, composition)
    return len(created)


def _declarations(cooperatives: list, composition: dict) -> None:
    """Four in five filed their declaration for the last closed year (bulk: the demo's own
    declarations went through the domain function), each with its own members, capital and
    turnover (illustrative orders of magnitude: shares of 100 to 1,000 MAD a member, a turnover of
    a few tens of thousands to a million), an assembly between March and June for most, accounts
    filed by most."""
    rng = random.Random(YEAR + 1)  # draws of their own: the cooperatives and members stay as they were
    year = timezone.localdate().year - 1
    declarations = []
    for index, cooperative in enumerate(cooperatives):
        if not index % 5:
            continue
        women, men = composition.get(cooperative.pk, [0, 0])
        subscribed = Decimal((women + men) * rng.choice([100, 200, 500, 1000]) * rng.randint(1, 10))
        assembly = rng.random() < 0.9
        declarations.append(AnnualDeclaration(
            organization=cooperative, year=year, members_women=women, members_men=men,
            capital_subscribed_mad=subscribed, capital_paid_mad=(subscribed * rng.choice([25, 50, 75, 100]) / 100),
            turnover_mad=Decimal(round(math.exp(rng.uniform(math.log(15000), math.log(1200000))), -2)),
            general_assembly_held=assembly,
            general_assembly_on=min(timezone.localdate(), datetime.date(year + 1, 3, 1) + datetime.timedelta(
                days=rng.randrange(0, 110))) if assembly else None,
            accounts_filed=rng.random() < 0.85))
    AnnualDeclaration.objects.bulk_create(declarations, batch_size=1000)


REFUSALS = ["Nom identique à celui d'une coopérative immatriculée dans la province.",
            "Nom trop proche de celui d'une coopérative existante : risque de confusion.",
            "Même dénomination qu'une coopérative de la même commune."]


@transaction.atomic
def _name_requests(region: Region, provinces: list, rng: random.Random) -> int:
    """Requests of 2023, each for a name of its own (free in the registry when approved; a
    registered cooperative's name when refused), filed by a generated applicant, in the province
    of the place its name gives."""
    from tadamon.demo.names import FEMALE_FIRST, LAST, MALE_FIRST

    missing = TARGETS["name_requests_processed"] - current("name_requests_processed", region)
    if missing <= 0:
        return 0
    office = Organization.objects.get(acronym="ODCO")
    draws = random.Random(YEAR + 2)  # names, applicants and grades: the decisions' dates stay as they were
    names = UniqueNames.from_registry(draws)
    places = list(Commune.objects.filter(province__in=provinces).order_by("pk"))
    places += [p for p in provinces if not any(c.province_id == p.pk for c in places)]
    registered = list(Organization.objects.filter(province__in=provinces, kind=OrganizationKind.COOPERATIVE)
                      .values_list("name_ar", "name_latin", "province_id").order_by("pk"))
    requests = []
    for number in range(missing):
        word = rng.choice(COOPERATIVE_WORDS)
        approved = rng.random() < 0.86
        decided = timezone.make_aware(datetime.datetime(YEAR, 1, 2, 9) + datetime.timedelta(
            days=rng.randrange(0, 360), minutes=rng.randrange(0, 480)))
        if approved:
            place = draws.choice(places)
            province_id = getattr(place, "province_id", place.pk)
            name_ar, name_latin = names.name(kind=OrganizationKind.COOPERATIVE, sector_code=draws.choice(SECTORS),
                                             place=place, women=draws.random() < 0.1, word=word)
        else:
            name_ar, name_latin, province_id = draws.choice(registered)
        female = draws.random() < 0.45
        first = draws.choice(FEMALE_FIRST if female else MALE_FIRST)
        last = draws.choice(LAST)
        grade = draws.choices([NameGrade.STRONG, NameGrade.MEDIUM, NameGrade.WEAK], weights=[3, 5, 2])[0]
        requests.append(NameRequest(
            reference=f"NC-{YEAR}-{number + 1:05d}", name_ar=name_ar, name_latin=name_latin, province_id=province_id,
            authority=office, applicant_name=f"{first[1]} {last[1]}",
            status=NameRequestStatus.APPROVED if approved else NameRequestStatus.REFUSED, grade=grade,
            verdict=(NameVerdict.CLEAR if grade != NameGrade.WEAK else NameVerdict.CLOSE) if approved
            else NameVerdict.CLASH,
            decided_at=decided, decision_reason="" if approved else draws.choice(REFUSALS)))
    created = NameRequest.objects.bulk_create(requests, batch_size=1000)
    # They were filed in 2023 as well: the default is the moment of the load.
    for request in created:
        request.submitted_at = request.decided_at - datetime.timedelta(days=rng.randrange(1, 20))
    NameRequest.objects.bulk_update(created, ["submitted_at"], batch_size=1000)
    return len(created)


# The region's most common activities, for the names asked for.
SECTORS = ["dates", "dates", "farming", "livestock", "carpets-weaving", "aromatic-medicinal-plants", "honey",
           "saffron", "couscous-cereals", "embroidery", "sewing", "tourism", "natural-cosmetics", "pottery"]
AWARENESS_TOPICS = [
    ("التعريف بالقانون 112.12 المتعلق بالتعاونيات", "La loi 112.12 relative aux coopératives"),
    ("مراحل تأسيس تعاونية", "Créer une coopérative, étape par étape"),
    ("الحكامة التعاونية ودور المجلس الإداري", "Gouvernance coopérative et rôle du conseil d'administration"),
    ("مسك المحاسبة والتصريح السنوي", "Tenue de la comptabilité et déclaration annuelle"),
    ("الترخيص الصحي للمنتوجات الغذائية", "Autorisation sanitaire des produits alimentaires (ONSSA)"),
    ("التسويق الرقمي لمنتوجات التعاونيات", "Marketing numérique des produits coopératifs"),
    ("المقاولة النسائية والتعاونيات النسوية", "Entrepreneuriat féminin et coopératives de femmes"),
    ("الولوج إلى التمويل وبرامج الدعم", "Accès au financement et aux programmes d'appui"),
    ("التعاونيات الشبابية وجائزة الجيل المتضامن", "Coopératives de jeunes et prix «\u00a0Génération solidaire\u00a0»"),
    ("علامات الجودة والبيانات الجغرافية", "Labels de qualité et indications géographiques"),
]
AWARENESS_VENUES = ["Salle de la commune", "Dar Chabab", "Maison de la femme", "Chambre d'artisanat",
                    "Centre de qualification agricole", "Délégation de l'ODCO", "Foyer féminin"]


@transaction.atomic
def _awareness_sessions(region: Region, provinces: list, rng: random.Random) -> int:
    """Sessions on the cooperative framework (article 004), on working days of 2023, in a
    commune of the province (or its chief town), morning or afternoon, two to four hours."""
    missing = TARGETS["awareness_sessions"] - current("awareness_sessions", region)
    communes: dict[int, list] = {}
    for commune in Commune.objects.filter(province__in=provinces).order_by("pk"):
        communes.setdefault(commune.province_id, []).append(commune.name_fr)
    events = []
    for _number in range(max(0, missing)):
        province = rng.choice(provinces)
        topic_ar, topic_fr = AWARENESS_TOPICS[rng.randrange(len(AWARENESS_TOPICS))]
        day = datetime.date(YEAR, 1, 9) + datetime.timedelta(days=rng.randrange(0, 340))
        if day.weekday() >= 5:  # a weekend: the Monday after
            day += datetime.timedelta(days=7 - day.weekday())
        starts = timezone.make_aware(datetime.datetime.combine(day, datetime.time(rng.choice([9, 10, 14, 15]))))
        events.append(Event(kind=EventKind.AWARENESS, name_ar=f"دورة تحسيسية: {topic_ar}",
                            name_fr=f"Session de sensibilisation : {topic_fr}", starts_at=starts,
                            ends_at=starts + datetime.timedelta(hours=rng.randint(2, 4)),
                            venue=rng.choice(AWARENESS_VENUES),
                            city=rng.choice(communes.get(province.pk) or [province.name_fr]), province=province,
                            registration_open=False))
    return len(Event.objects.bulk_create(events))
