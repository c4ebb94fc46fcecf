"""The sponsor's programme for the areas around its mines (articles 000 and 001), as partnership
agreements: Managem with Injaz Al-Maghrib, the Drâa-Tafilalet regional council and the
associations and cooperatives of article 000; training centres equipped, raw materials, transport
and lodging for the members each exhibitor brought to the 4th national fair (the article says
"more than 35"), read from the fair's records; and the
marketing agency's commitments the cooperatives asked, at that fair, to be honoured. Amounts,
references and dates other than the fair's are illustrative."""

import datetime
from decimal import Decimal

from tadamon.partnerships.domain.commitments import (
    add_commitment,
    add_party,
    create_agreement,
    mark_done,
    record_support,
)
from tadamon.partnerships.models import Agreement
from tadamon.registry.models import Organization, Province

D = datetime.date
BENEFICIARIES = ["Association Imider", "Association Aman Ouguidar", "Coopérative des Femmes de Dadès",
                 "Association des Femmes de Taznakht", "Association Takdift pour le Développement",
                 "Association Tazrzit", "Coopérative des Dattes d'Agdz"]


def _fair_travellers() -> dict:
    """{organisation: (transport, lodging)} for the members each exhibitor brought to the 4th
    national fair, read from the fair's own records (demo/events.py): its share of the bus from
    its province and of the hotel, so the support records count the same members (article 000:
    "more than 35") and cost what the trips and the hotel cost. `fair_people` on each: how many."""
    from tadamon.events.models import Event, Lodging, Trip

    event = Event.objects.filter(kind="national_fair", edition=4).first()
    if event is None:
        return {}
    shares: dict = {}  # organisation -> [transport, lodging, people]
    for trip in Trip.objects.filter(event=event).prefetch_related("passengers__organization__province"):
        passengers = list(trip.passengers.all())
        for passenger in passengers:
            share = shares.setdefault(passenger.organization, [Decimal(0), Decimal(0), 0])
            share[0] += trip.cost / len(passengers)
            share[2] += 1
    for hotel in Lodging.objects.filter(event=event).prefetch_related("guests__organization"):
        guests = list(hotel.guests.all())
        for guest in guests:
            shares.setdefault(guest.organization, [Decimal(0), Decimal(0), 0])[1] += hotel.cost / len(guests)
    cent = Decimal("0.01")
    out = {}
    for organization, (transport, lodging, people) in sorted(shares.items(), key=lambda item: item[0].pk):
        organization.fair_people = people
        out[organization] = (transport.quantize(cent), lodging.quantize(cent))
    return out


def load_partnerships(staff, programme=None) -> int:
    if Agreement.objects.exists():
        return 0
    org = {o.name_latin: o for o in Organization.objects.filter(name_latin__in=[
        *BENEFICIARIES, "Managem", "Injaz Al-Maghrib", "Conseil de la Région Drâa-Tafilalet", "Maroc Taswiq"])}
    managem, injaz, council, taswiq = (org["Managem"], org["Injaz Al-Maghrib"],
                                       org["Conseil de la Région Drâa-Tafilalet"], org["Maroc Taswiq"])
    mines = create_agreement(fields={
        "reference": "CONV-MNG-2012-01", "title_fr": "Programme de développement des zones minières",
        "title_ar": "برنامج تنمية المناطق المحيطة بالمناجم", "title_en": "Mining areas development programme",
        "signed_on": D(2012, 3, 15), "starts_on": D(2012, 4, 1), "ends_on": D(2016, 12, 31),
        "objectives": "Revenus des femmes et des jeunes, valorisation des produits et de l'artisanat local, "
                      "accompagnement des associations et coopératives par des chefs de projet.",
        "budget_mad": Decimal("3200000")},
        provinces=Province.objects.filter(code__in=["MA-TIN", "MA-OUA", "MA-ZAG", "MA-HAO"]), user=staff)
    if not mines.parties.filter(organization=managem).exists():
        add_party(mines, organization=managem, role="sponsor")
    mines.parties.filter(organization=managem).update(contribution_money_mad=Decimal("3000000"))
    add_party(mines, organization=injaz, role="implementer", in_kind="Chefs de projet (120 jours)",
              in_kind_value=Decimal("120000"))
    add_party(mines, organization=council, role="council", in_kind="Locaux du centre de formation de Taznakht",
              in_kind_value=Decimal("80000"))
    for name in BENEFICIARIES:
        add_party(mines, organization=org[name], role="beneficiary")
    travelling = _fair_travellers()
    for organization in travelling:  # the framework programme's other exhibitors at the fair
        if organization.name_latin not in BENEFICIARIES:
            add_party(mines, organization=organization, role="beneficiary")

    def owe(debtor, what, due, to=None, amount=None, quantity=None, unit=""):
        return add_commitment(mines, fields={"debtor": debtor, "beneficiary": to, "deliverable": what, "due_on": due,
                                             "amount_mad": amount, "quantity": quantity, "unit": unit})

    def give(commitment, to, kind, what, value, day, quantity=None, unit="", people=None, by=managem):
        record_support(recipient=to, provider=by, commitment=commitment, kind=kind, description=what,
                       value_mad=Decimal(value), delivered_on=day, quantity=quantity, unit=unit, people=people,
                       programme=None, user=staff)

    weaving = owe(managem, "Équiper le centre de formation au tissage de Taznakht", D(2014, 6, 30),
                  to=org["Association des Femmes de Taznakht"], amount=Decimal("180000"))
    give(weaving, org["Association des Femmes de Taznakht"], "equipment", "Métiers à tisser", "120000",
         D(2013, 11, 4), quantity=Decimal("10"), unit="métiers")
    give(weaving, org["Association des Femmes de Taznakht"], "raw_materials", "Laine et teintures naturelles",
         "60000", D(2014, 2, 17), quantity=Decimal("900"), unit="kg")
    sewing = owe(managem, "Machines à coudre et à broder pour le centre de formation de Tahannaout",
                 D(2016, 6, 30), to=org["Association Tazrzit"], amount=Decimal("96000"), quantity=Decimal("12"),
                 unit="machines")
    give(sewing, org["Association Tazrzit"], "equipment", "Machines à coudre et à broder", "64000", D(2015, 3, 2),
         quantity=Decimal("8"), unit="machines")  # four still owed: late
    fair = owe(managem, "Transport et hébergement des membres au 4e Salon national de l'ESS (Casablanca)",
               D(2015, 10, 10), amount=sum((t + n for t, n in travelling.values()), Decimal(0)))
    for organization, (transport, lodging) in travelling.items():
        people = organization.fair_people
        give(fair, organization, "transport", f"Car {organization.province.name_fr}–Casablanca aller-retour",
             transport, D(2015, 10, 9), people=people)
        give(fair, organization, "lodging", "Hébergement pendant le salon", lodging, D(2015, 10, 9), people=people)
    packaging = owe(managem, "Emballages et étiquettes des dattes", D(2015, 9, 30),
                    to=org["Coopérative des Dattes d'Agdz"], amount=Decimal("30000"))
    give(packaging, org["Coopérative des Dattes d'Agdz"], "raw_materials", "Boîtes, sachets et étiquettes", "30000",
         D(2015, 9, 12), quantity=Decimal("5000"), unit="boîtes")
    still = owe(managem, "Alambic pour l'eau de rose", D(2016, 3, 31), to=org["Coopérative des Femmes de Dadès"],
                amount=Decimal("65000"))
    give(still, org["Coopérative des Femmes de Dadès"], "equipment", "Alambic en cuivre de 200 litres", "65000",
         D(2016, 2, 22), quantity=Decimal("1"), unit="alambic")
    premises = owe(council, "Mettre à disposition les locaux du centre de formation de Taznakht", D(2013, 9, 1))
    mark_done(premises)
    coaching = owe(injaz, "Accompagnement par des chefs de projet", D(2016, 12, 31), quantity=Decimal("120"),
                   unit="jours")
    for name in BENEFICIARIES[:4]:
        give(coaching, org[name], "coaching", "Jours d'accompagnement", "20000", D(2015, 5, 1), quantity=Decimal("20"),
             unit="jours", by=injaz)  # 80 of the 120 days: late

    # The marketing agency's commitments the cooperatives asked to be honoured (article 000).
    marketing = create_agreement(fields={
        "reference": "CONV-MTQ-2014-07", "title_fr": "Commercialisation des produits des coopératives",
        "title_ar": "تسويق منتوجات التعاونيات", "title_en": "Marketing the cooperatives' products",
        "signed_on": D(2014, 7, 1), "starts_on": D(2014, 7, 1), "ends_on": D(2017, 6, 30),
        "budget_mad": Decimal("1500000")}, user=None)
    add_party(marketing, organization=taswiq, role="public_body", money=Decimal("1500000"))
    for name in BENEFICIARIES:
        add_party(marketing, organization=org[name], role="beneficiary")
    for what, due in [("Appui à la production et à la valorisation", D(2015, 6, 30)),
                      ("Certification internationale des produits des coopératives", D(2015, 12, 31)),
                      ("Infrastructures de production", D(2016, 6, 30))]:
        add_commitment(marketing, fields={"debtor": taswiq, "deliverable": what, "due_on": due, "amount_mad": None,
                                          "quantity": None, "unit": ""})
    if programme is not None:  # Cooper UP coaching, recorded against the programme (no agreement)
        for enrolment in programme.enrolments.select_related("organization")[:6]:
            record_support(recipient=enrolment.organization, provider=injaz, programme=programme, kind="coaching",
                           description="Coaching Cooper UP", value_mad=Decimal("6000"), delivered_on=D(2023, 6, 15),
                           quantity=Decimal("6"), unit="jours", user=staff)
    return 2
