import io
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from pypdf import PdfReader

from tadamon.events.domain.events import register, register_member
from tadamon.events.domain.exhibitors import apply, decide
from tadamon.events.domain.logistics import (
    add_budget_line,
    add_lodging,
    add_trip,
    book_rooms,
    book_seats,
    budget,
    waiting_for_lodging,
    waiting_for_transport,
)
from tadamon.events.manifest_pdf import render_manifest
from tadamon.events.tests.factories import EventFactory
from tadamon.registry.models import Membership, Province
from tadamon.registry.tests.factories import MembershipFactory, OrganizationFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def fair():
    return EventFactory(kind="national_fair", city="Casablanca", province=Province.objects.get(code="MA-CAS"))


def test_a_trip_never_takes_more_than_its_seats_nor_someone_already_on_another(fair):
    bus = add_trip(fair, label="Bus 1 — Tinghir", origin=Province.objects.get(code="MA-TIN"), seats=2,
                   cost=Decimal("4000"))
    other = add_trip(fair, label="Minibus", origin=Province.objects.get(code="MA-TIN"), seats=10, cost=Decimal("1500"))
    people = [register(fair, full_name=f"P{i}", gender="F") for i in range(3)]
    with pytest.raises(ValidationError, match="Bus 1 — Tinghir has 2 free seats; 3 asked."):
        book_seats(bus, people)
    assert book_seats(bus, people[:2]) == 2
    with pytest.raises(ValidationError, match="Already on a trip: P0."):
        book_seats(other, [people[0], people[2]])
    assert other.passengers.count() == 0  # all or nothing
    stranger = register(EventFactory(), full_name="Elsewhere", gender="M")
    assert book_seats(other, [stranger]) == 0  # a participant of another event is not put on this one


def test_hotels_hold_no_more_guests_than_places(fair):
    hotel = add_lodging(fair, hotel="Hôtel Atlas", nights=3, rooms=1, places=2, cost=Decimal("2400"))
    people = [register(fair, full_name=f"G{i}", gender="F") for i in range(3)]
    book_rooms(hotel, people[:2])
    with pytest.raises(ValidationError, match="0 free places; 1 asked"):
        book_rooms(hotel, people[2:])


def test_the_budget_takes_transport_and_lodging_from_what_was_booked_and_says_who_pays(fair):
    managem, ministry = OrganizationFactory(kind="company", name_latin="Managem"), OrganizationFactory(
        kind="public_body", name_latin="Ministère")
    add_budget_line(fair, category="transport", label="Bus", planned=Decimal("8000"), paid_by=managem)
    add_budget_line(fair, category="stands", label="Stands", planned=Decimal("5000"), actual=Decimal("5500"),
                    paid_by=ministry)
    with pytest.raises(ValidationError, match="leave it empty here"):
        add_budget_line(fair, category="lodging", label="Hôtel", planned=Decimal("1"), actual=Decimal("1"))
    bus = add_trip(fair, label="Bus", origin=Province.objects.get(code="MA-OUA"), seats=30, cost=Decimal("7200"),
                   paid_by=managem)
    hotel = add_lodging(fair, hotel="Hôtel", nights=3, rooms=10, places=20, cost=Decimal("9000"), paid_by=managem)
    people = [register(fair, full_name=f"M{i}", gender="F") for i in range(4)]
    book_seats(bus, people[:3])
    book_rooms(hotel, people[1:])  # one came by bus only, one stayed only at the hotel
    figures = budget(fair)
    assert [(r["category"], r["planned"], r["actual"]) for r in figures["rows"]] == [
        ("transport", Decimal("8000"), Decimal("7200")), ("lodging", Decimal("0"), Decimal("9000")),
        ("stands", Decimal("5000"), Decimal("5500"))]
    assert (figures["planned"], figures["actual"]) == (Decimal("13000"), Decimal("21700"))
    assert figures["payers"] == [("Managem", Decimal("16200")), ("Ministère", Decimal("5500"))]
    assert figures["members_brought"] == 4
    assert figures["logistics_per_member"] == Decimal("4050.00")


def test_who_still_needs_a_seat_or_a_bed_comes_from_the_applications(fair, cooperative, staff_user):
    fair.applications_close_on = fair.starts_at.date()
    fair.save()
    members = list(Membership.objects.filter(organization=cooperative).order_by("pk"))
    application = apply(fair, cooperative, products="x", travellers=[(members[0], True, True),
                                                                      (members[1], True, False)],
                        today=fair.applications_close_on)
    decide(application, status="selected", reason="ok", expected_version=1, user=staff_user)
    register_member(fair, MembershipFactory())  # a visitor from the registry who asked for nothing
    assert {p.person_id for p in waiting_for_transport(fair)} == {members[0].person_id, members[1].person_id}
    assert [p.person_id for p in waiting_for_lodging(fair)] == [members[0].person_id]


def test_the_manifest_lists_each_passenger_with_arabic_names_shaped():
    data = render_manifest(title="Bus 1 — Tinghir", subtitle="4e Salon — Tinghir → Casablanca", rows=[
        ("إيطو أوحماد", "تعاونية نساء دادس", "Tinghir"), ("Hadda Ait Ali", "Coopérative Tamount", "Tinghir")])
    text = PdfReader(io.BytesIO(data)).pages[0].extract_text()
    assert "Bus 1 — Tinghir" in text and "Hadda Ait Ali" in text and "Coopérative Tamount" in text
    assert "إيطو أوحماد" in text and "التوقيع" in text and "Signature" in text
