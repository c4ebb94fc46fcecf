"""The events of the source articles, with the people who came.

- 000/001: the 4th national SSE fair, Casablanca, closing on Sunday 18 October 2015; 20+
  associations and cooperatives of the mining provinces exhibit with Managem's support, and it
  brings 35+ of their members.
- 002: the Ouarzazate meeting "Dynamics of the SSE in Morocco: which achievements, which
  prospects?", organised by Injaz Al-Maghrib with Managem, with the 22 Drâa-Tafilalet
  cooperatives Injaz trained the year before.
- 003: Cooper UP's closing meeting at the Palais des congrès of Ouarzazate: 130 attendees from
  institutions, cooperatives and associations.
- 004: the 1st regional fair of Drâa-Tafilalet in Errachidia, with 160 SSE organisations.

The articles give no start dates for the fairs nor dates for the meetings: they are placed where
the articles put them in time and say so in docs/demo-data.md.
"""

import datetime
from decimal import Decimal

from django.utils import timezone

from tadamon.events.domain.events import create_event, register, register_member
from tadamon.events.domain.exhibitors import add_stand, allocate_stand, apply, decide
from tadamon.events.domain.logistics import (
    add_budget_line,
    add_lodging,
    add_trip,
    book_rooms,
    book_seats,
    waiting_for_lodging,
    waiting_for_transport,
)
from tadamon.events.domain.report import declare_sales
from tadamon.events.enums import ApplicationStatus, CostCategory, EventKind, ParticipantRole
from tadamon.events.models import Event, Participant
from tadamon.registry.enums import OrganizationKind
from tadamon.registry.models import Membership, Organization, Province

MINING_PROVINCES = ["MA-TIN", "MA-OUA", "MA-ZAG", "MA-HAO"]
INSTITUTIONS_AT_CLOSING = ["ODCO", "ONSSA", "INDH", "ADS", "ONCA"]


def _at(day: datetime.date, hour: int) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour)))


def _event(fields: dict, relations: dict) -> Event:
    return create_event(fields={"registration_open": False, **fields}, relations=relations, user=None)


def _one_member(organization) -> Membership | None:
    return Membership.objects.current().filter(organization=organization).select_related("person").order_by(
        "pk").first()


def _checked_in(event: Event, when: datetime.datetime) -> None:
    # Generated history: everyone registered came, checked in as the doors opened.
    Participant.objects.filter(event=event).update(checked_in_at=when)


def load_events(support: dict, users: dict, cooper_up) -> int:
    if Event.objects.filter(kind=EventKind.NATIONAL_FAIR, edition=4).exists():
        return 0
    ministry = next(o for o in support.values() if o.acronym == "MTAESS")
    managem, injaz = support["Managem"], support["Injaz Al-Maghrib"]
    social = Organization.objects.filter(kind__in=OrganizationKind.social_economy(), status="active")

    fair = _event({
        "kind": EventKind.NATIONAL_FAIR, "edition": 4,
        "name_ar": "المعرض الوطني للاقتصاد الاجتماعي والتضامني — الدورة الرابعة",
        "name_fr": "4e Salon national de l'économie sociale et solidaire",
        "name_en": "4th national social and solidarity economy fair",
        "description_fr": "Plus de 20 associations et coopératives des provinces minières exposent leurs produits avec "
                          "le soutien de Managem, qui prend en charge le transport et l'hébergement de leurs membres.",
        "description_ar": "أزيد من 20 جمعية وتعاونية من الأقاليم المنجمية تعرض منتوجاتها بدعم من مجموعة مناجم.",
        "starts_at": _at(datetime.date(2015, 10, 15), 10), "ends_at": _at(datetime.date(2015, 10, 18), 19),
        "venue": "Espace d'exposition du ministère de l'Artisanat", "city": "Casablanca",
        "province": Province.objects.get(code="MA-CAS"),
    }, {"organisers": [ministry], "partners": [managem], "staff": [users["staff"]]})
    _exhibitors(fair, social.filter(province__code__in=MINING_PROVINCES).order_by("pk")[:22], travelling=2,
                reason="Projet soutenu par Managem (transport et hébergement pris en charge)", zone="Pavillon Managem",
                user=users["staff"])
    _fair_logistics(fair, managem, ministry)
    for index, application in enumerate(fair.applications.order_by("pk")):
        # Illustrative: the articles say the products sold, not for how much.
        declare_sales(application, sales_mad=Decimal(1500 + 350 * (index % 7) * (index % 3 + 1)),
                      contacts=2 + index % 9, orders=index % 4, user=users["staff"])
    _checked_in(fair, _at(datetime.date(2015, 10, 15), 10))

    meeting = _event({
        "kind": EventKind.MEETING,
        "name_ar": "دينامية الاقتصاد الاجتماعي والتضامني بالمغرب، أية إنجازات لأية آفاق؟",
        "name_fr": "Dynamique de l'ESS au Maroc : quelles réalisations, pour quelles perspectives ?",
        "name_en": "Dynamics of the SSE in Morocco: which achievements, which prospects?",
        "starts_at": _at(datetime.date(2017, 3, 16), 9), "ends_at": _at(datetime.date(2017, 3, 16), 13),
        "venue": "Salle de conférences", "city": "Ouarzazate", "province": Province.objects.get(code="MA-OUA"),
    }, {"organisers": [injaz], "partners": [managem], "staff": [users["ngo"]]})
    for organization in social.filter(kind=OrganizationKind.COOPERATIVE, province__region__code="MA-08").order_by(
            "pk")[:22]:
        membership = _one_member(organization)
        if membership is not None:
            register_member(meeting, membership)
    _checked_in(meeting, _at(datetime.date(2017, 3, 16), 9))

    closing = _event({
        "kind": EventKind.MEETING,
        "name_ar": "اللقاء الختامي للمرحلة الأولى من برنامج كوبر أب",
        "name_fr": "Rencontre de clôture de la phase 1 de Cooper UP",
        "name_en": "Cooper UP phase 1 closing meeting",
        "starts_at": _at(datetime.date(2018, 2, 15), 9), "ends_at": _at(datetime.date(2018, 2, 15), 14),
        "venue": "Palais des congrès", "city": "Ouarzazate", "province": Province.objects.get(code="MA-OUA"),
        "programme": cooper_up, "capacity": 150,
    }, {"organisers": [managem, injaz], "partners": [support[name] for name in support
                                                      if support[name].acronym in INSTITUTIONS_AT_CLOSING],
        "staff": [users["staff"], users["ngo"]]})
    institutions = [o for o in support.values() if o.acronym in INSTITUTIONS_AT_CLOSING]
    for index, institution in enumerate(institutions * 2):
        register(closing, full_name=f"{institution.acronym} — représentant·e {index // len(institutions) + 1}",
                 gender="F" if index % 2 else "M", role=ParticipantRole.GUEST, organization=institution)
    for enrolment in cooper_up.enrolments.select_related("organization").order_by("pk"):
        for membership in Membership.objects.current().filter(organization=enrolment.organization).select_related(
                "person").order_by("pk")[:3]:
            if closing.participants.count() >= 130:
                break
            register_member(closing, membership)
    _checked_in(closing, _at(datetime.date(2018, 2, 15), 9))

    regional = _event({
        "kind": EventKind.REGIONAL_FAIR, "edition": 1,
        "name_ar": "المعرض الجهوي للاقتصاد الاجتماعي والتضامني لجهة درعة تافيلالت — الدورة الأولى",
        "name_fr": "1re Foire régionale de l'ESS de Drâa-Tafilalet",
        "name_en": "1st Drâa-Tafilalet regional SSE fair",
        "starts_at": _at(datetime.date(2023, 10, 12), 10), "ends_at": _at(datetime.date(2023, 10, 15), 19),
        "venue": "Place de l'exposition", "city": "Errachidia", "province": Province.objects.get(code="MA-ERR"),
    }, {"organisers": [ministry], "partners": [o for o in support.values() if "Drâa" in o.name_latin]})
    # Two members each: 150 of the cooperatives' members are trained at the fair (demo/fair_training.py).
    _exhibitors(regional, social.filter(province__region__code="MA-08").order_by("pk")[:160], travelling=2,
                reason="Organisation de la région", zone="Hall", user=None)
    _checked_in(regional, _at(datetime.date(2023, 10, 12), 10))

    # Not in the articles: a next edition with its call for exhibitors open, so that a manager can
    # apply and the public list has an event to come (dates relative to the day of loading).
    today = timezone.localdate()
    _event({
        "kind": EventKind.REGIONAL_FAIR, "edition": 2, "registration_open": True,
        "name_ar": "المعرض الجهوي للاقتصاد الاجتماعي والتضامني لجهة درعة تافيلالت — الدورة الثانية",
        "name_fr": "2e Foire régionale de l'ESS de Drâa-Tafilalet",
        "name_en": "2nd Drâa-Tafilalet regional SSE fair",
        "starts_at": _at(today + datetime.timedelta(days=75), 10),
        "ends_at": _at(today + datetime.timedelta(days=78), 19),
        "applications_close_on": today + datetime.timedelta(days=45), "capacity": 2000,
        "venue": "Place de l'exposition", "city": "Errachidia", "province": Province.objects.get(code="MA-ERR"),
    }, {"organisers": [ministry], "staff": [users["staff"]]})
    return Participant.objects.filter(event=fair).count()


def _fair_logistics(fair: Event, managem, ministry) -> None:
    """Managem pays transport and lodging for the members it brings (article 000): a bus per
    mining province, one hotel in Casablanca; the ministry pays the stands."""
    add_budget_line(fair, category=CostCategory.TRANSPORT, label="Bus depuis les provinces minières",
                    planned=Decimal("36000"), paid_by=managem)
    add_budget_line(fair, category=CostCategory.LODGING, label="Hôtel à Casablanca, 4 nuits",
                    planned=Decimal("70000"), paid_by=managem)
    add_budget_line(fair, category=CostCategory.STANDS, label="Pavillon Managem (22 stands)",
                    planned=Decimal("44000"), actual=Decimal("41800"), paid_by=ministry)
    hotel = add_lodging(fair, hotel="Hôtel Idou Anfa", nights=4, rooms=24, places=48, cost=Decimal("67200"),
                        paid_by=managem)
    book_rooms(hotel, list(waiting_for_lodging(fair)))
    by_province: dict = {}
    for participant in waiting_for_transport(fair):
        by_province.setdefault(participant.organization.province, []).append(participant)
    for number, (province, people) in enumerate(sorted(by_province.items(), key=lambda i: i[0].code), start=1):
        bus = add_trip(fair, label=f"Bus {number} — {province.name_fr}", origin=province, seats=max(20, len(people)),
                       cost=Decimal("9000"), paid_by=managem,
                       departs_at=_at(datetime.date(2015, 10, 14), 6))
        book_seats(bus, people)


def _exhibitors(event: Event, organizations, *, travelling: int, reason: str, zone: str, user) -> None:
    """Applications of these organisations, each with `travelling` members, all selected (which
    registers the members), and a stand each."""
    close = timezone.localdate(event.starts_at) - datetime.timedelta(days=30)
    Event.objects.filter(pk=event.pk).update(applications_close_on=close)
    event.applications_close_on = close
    for number, organization in enumerate(organizations, start=1):
        members = Membership.objects.current().filter(organization=organization).order_by("pk")[:travelling]
        application = apply(event, organization, products=organization.sector.name_fr if organization.sector_id
                            else "Produits du terroir", travellers=[(m, True, True) for m in members], today=close)
        decide(application, status=ApplicationStatus.SELECTED, reason=reason, expected_version=application.version,
               user=user)
        allocate_stand(add_stand(event, number=str(number), zone=zone, size_m2=9), application)
