"""Query counts of the API lists: the same with 1 and 3 results (no query per result)."""

import datetime
from decimal import Decimal

import pytest

from tadamon.accounts.tests.factories import UserFactory
from tadamon.registry.tests.factories import MembershipFactory, OrganizationFactory

pytestmark = pytest.mark.django_db

COUNTS = [1, 3]


def assert_same_queries(client, url, queries, django_assert_num_queries):
    client.get(url)  # warm the content types and the session
    with django_assert_num_queries(queries):
        response = client.get(url)
    assert response.status_code == 200
    return response.json()["results"]


@pytest.fixture
def sessions(staff_user):
    """A programme run by staff_user with one session, and a function registering people to it."""
    from tadamon.programmes.tests.factories import EnrolmentFactory, ProgrammeFactory, make_session, trained

    programme = ProgrammeFactory(staff=[staff_user])
    enrolment = EnrolmentFactory(programme=programme)

    def add(count):
        session = make_session(programme)
        for _ in range(count):
            trained(session, MembershipFactory(organization=enrolment.organization))
        return session

    return add


@pytest.mark.parametrize("count", COUNTS)
def test_session_list_query_count_does_not_grow(sessions, staff_user, client_for, django_assert_num_queries,
                                                count):
    for _ in range(count):
        sessions(2)
    # user, count, page
    results = assert_same_queries(client_for(staff_user), "/api/v1/sessions", 3, django_assert_num_queries)
    assert len(results) == count


@pytest.mark.parametrize("count", COUNTS)
def test_registration_list_query_count_does_not_grow(sessions, staff_user, client_for, django_assert_num_queries,
                                                     count):
    session = sessions(count)
    # user, count, page
    results = assert_same_queries(client_for(staff_user), f"/api/v1/registrations?session={session.pk}", 3,
                                  django_assert_num_queries)
    assert len(results) == count


@pytest.mark.parametrize("count", COUNTS)
def test_event_list_query_count_does_not_grow(client, django_assert_num_queries, count):
    from tadamon.events.domain.events import register
    from tadamon.events.tests.factories import EventFactory

    for _ in range(count):
        event = EventFactory()
        event.organisers.add(OrganizationFactory())
        event.partners.add(OrganizationFactory(kind="company"))
        register(event, full_name="Itto", gender="F")
    # count, page, organisers, partners
    results = assert_same_queries(client, "/api/v1/events", 4, django_assert_num_queries)
    assert len(results) == count


@pytest.mark.parametrize("count", COUNTS)
def test_participant_list_query_count_does_not_grow(staff_user, client_for, django_assert_num_queries, count):
    from tadamon.events.domain.events import register
    from tadamon.events.tests.factories import EventFactory

    event = EventFactory(staff=[staff_user])
    for number in range(count):
        register(event, full_name=f"Itto {number}", gender="F", organization_name="Coopérative Dadès")
    # user, count, page
    results = assert_same_queries(client_for(staff_user), f"/api/v1/participants?event={event.pk}", 3,
                                  django_assert_num_queries)
    assert len(results) == count


@pytest.mark.parametrize("count", COUNTS)
def test_product_list_query_count_does_not_grow(client, django_assert_num_queries, count):
    from tadamon.market.models import Certification
    from tadamon.market.tests.factories import ProductFactory

    for number in range(count):
        product = ProductFactory()
        Certification.objects.create(organization=product.organization, product=product, kind="organic",
                                     issuer="Ecocert", number=f"B.{number}", issued_on=datetime.date(2020, 1, 1))
    # count, page, photos
    results = assert_same_queries(client, "/api/v1/products", 3, django_assert_num_queries)
    assert len(results) == count


@pytest.mark.parametrize("count", COUNTS)
def test_order_list_query_count_does_not_grow(manager_user, cooperative, client_for, django_assert_num_queries,
                                              count):
    from tadamon.market.domain.orders import BuyerDetails, place_order, verify_email
    from tadamon.market.tests.factories import ProductFactory

    oil = ProductFactory(organization=cooperative, stock=Decimal("10"))
    for number in range(count):
        verify_email(place_order(cooperative, kind="order", lines=[(oil, Decimal("1"))], language="fr",
                                 buyer=BuyerDetails(name=f"Claire {number}", email=f"claire{number}@example.org")))
    # user, count, page, lines, updates
    results = assert_same_queries(client_for(manager_user), "/api/v1/orders", 5, django_assert_num_queries)
    assert len(results) == count


@pytest.fixture
def sponsor_with(db):
    """A sponsor, one of its staff, and a function adding agreements with a party, a commitment
    and a delivery each."""
    from tadamon.partnerships.domain.commitments import record_support
    from tadamon.partnerships.tests.factories import AgreementFactory, CommitmentFactory, PartyFactory
    from tadamon.registry.models import Province

    sponsor = OrganizationFactory(kind="company")
    staff = UserFactory(username="sponsor-staff", role="staff", organization=sponsor)

    def add(count):
        for _ in range(count):
            agreement = AgreementFactory()
            agreement.provinces.add(Province.objects.get(code="MA-TIN"))
            PartyFactory(agreement=agreement, organization=sponsor, role="sponsor")
            beneficiary = PartyFactory(agreement=agreement).organization
            commitment = CommitmentFactory(agreement=agreement, debtor=sponsor, beneficiary=beneficiary,
                                           amount_mad=Decimal("1000"))
            record_support(recipient=beneficiary, provider=sponsor, kind="equipment", value_mad=Decimal("500"),
                           description="x", delivered_on=datetime.date(2026, 3, 1), commitment=commitment)
        return staff

    return add


@pytest.mark.parametrize("count", COUNTS)
def test_agreement_list_query_count_does_not_grow(sponsor_with, client_for, django_assert_num_queries, count):
    # user, count, page, provinces, amendments, parties with organisations
    results = assert_same_queries(client_for(sponsor_with(count)), "/api/v1/agreements", 7,
                                  django_assert_num_queries)
    assert len(results) == count


@pytest.mark.parametrize("count", COUNTS)
def test_commitment_list_query_count_does_not_grow(sponsor_with, client_for, django_assert_num_queries, count):
    # user, count, page
    results = assert_same_queries(client_for(sponsor_with(count)), "/api/v1/commitments", 3,
                                  django_assert_num_queries)
    assert len(results) == count


@pytest.mark.parametrize("count", COUNTS)
def test_support_list_query_count_does_not_grow(sponsor_with, client_for, django_assert_num_queries, count):
    # user, count, page
    results = assert_same_queries(client_for(sponsor_with(count)), "/api/v1/support", 3, django_assert_num_queries)
    assert len(results) == count


@pytest.mark.parametrize("count", COUNTS)
def test_name_check_query_count_does_not_grow(client, django_assert_num_queries, count):
    for number in range(count):
        OrganizationFactory(name_latin=f"Coopérative Tifawin {number}", name_ar=f"تعاونية تيفاوين {number}")
    url = "/api/v1/name-check?name=Coopérative Tifawin"
    client.get(url)  # build the index of the registered names
    # the signatures of the name indexes (organisations, provinces, communes); the index is kept between requests
    with django_assert_num_queries(3):
        response = client.get(url)
    assert len(response.json()["matches"]) == count
