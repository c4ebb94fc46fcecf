"""The API against its own OpenAPI schema (/api/v1/openapi.json), with Schemathesis: for every
operation, requests generated from the schema, valid and invalid, anonymous and on demo-like
data, never get a server error, and every response's status, content type and body match
what the schema says."""

import pytest
import schemathesis
from django.core.wsgi import get_wsgi_application
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import content_type_conformance, response_schema_conformance

schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", get_wsgi_application())


@pytest.fixture(autouse=True)
def one_connection_for_the_whole_test():
    """Schemathesis calls the WSGI application itself, not Django's test client: like the test
    client, keep Django from closing the database connection after each request, which would
    end the test's transaction (PostgreSQL; SQLite's in-memory database ignores the close)."""
    from django.core.signals import request_finished, request_started
    from django.db import close_old_connections

    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@pytest.fixture
def some_records(db):
    """A few records of each kind the API lists, so detail and filter requests find something."""
    from tadamon.events.tests.exhibitor_factories import fair_with_exhibitors
    from tadamon.events.tests.factories import EventFactory
    from tadamon.market.tests.factories import ProductFactory
    from tadamon.programmes.tests.factories import ProgrammeFactory
    from tadamon.registry.tests.factories import MembershipFactory, OrganizationFactory

    for _ in range(3):
        MembershipFactory(organization=OrganizationFactory())
    ProductFactory()
    EventFactory()
    fair_with_exhibitors(1)  # the detail's exhibitor_list against its schema
    ProgrammeFactory()


@pytest.mark.django_db
@schema.parametrize()
@settings(max_examples=25, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                                 HealthCheck.filter_too_much])
def test_the_api_keeps_to_its_schema(case, some_records):
    case.call_and_validate(checks=[not_a_server_error, content_type_conformance, response_schema_conformance])


# --- Signed in ----------------------------------------------------------------------------------
# The endpoints that only signed-in callers reach, fuzzed as the roles that use them: their
# writes too (attendance, registration, check-in, order moves), with a real session and CSRF
# token as a browser sends them.
PRIVATE = "^/api/v1/(orders|registrations|participants|commitments|support|sessions|agreements)"
signed_in_schema = schema.include(path_regex=PRIVATE)


@pytest.fixture
def private_records(db, staff_user, manager_user, admin_user, cooperative):
    """For each role, something of its own behind each private endpoint: the staff member's
    programme with a session and its register, and their event with a participant; an order to
    the manager's cooperative; an agreement with commitments and support to that cooperative."""
    from decimal import Decimal

    from tadamon.events.domain.events import register as register_participant
    from tadamon.events.tests.factories import EventFactory
    from tadamon.market.domain.orders import BuyerDetails, place_order
    from tadamon.market.tests.factories import ProductFactory
    from tadamon.partnerships.domain.commitments import record_support
    from tadamon.partnerships.tests.factories import CommitmentFactory, PartyFactory
    from tadamon.programmes.domain.training import register
    from tadamon.programmes.tests.factories import EnrolmentFactory, ProgrammeFactory, make_session

    programme = ProgrammeFactory(staff=[staff_user])
    EnrolmentFactory(programme=programme, organization=cooperative)
    register(make_session(programme), cooperative.memberships.first())
    event = EventFactory(staff=[staff_user])
    register_participant(event, full_name="Fatima Aït Ali", gender="F")
    product = ProductFactory(organization=cooperative)
    place_order(cooperative, kind="order", lines=[(product, Decimal("1"))],
                buyer=BuyerDetails(name="Omar", email="buyer@example.org"), message="", user=None)
    commitment = CommitmentFactory(beneficiary=cooperative, amount_mad=Decimal("1000"))
    PartyFactory(agreement=commitment.agreement, organization=cooperative)
    PartyFactory(agreement=commitment.agreement, organization=commitment.debtor, role="sponsor")
    record_support(recipient=cooperative, provider=commitment.debtor, kind="equipment", value_mad=Decimal("500"),
                   description="x", delivered_on=commitment.agreement.starts_on, commitment=commitment)
    return {"staff": staff_user, "manager": manager_user, "admin": admin_user}


def signed_in(client, user) -> dict:
    """What a signed-in browser sends, as keyword arguments of Case.call: its session cookie, and
    the CSRF token (cookie and header) that Django checks on every write."""
    from django.middleware.csrf import _get_new_csrf_string

    client.force_login(user)
    token = _get_new_csrf_string()
    return {"cookies": {"sessionid": client.cookies["sessionid"].value, "csrftoken": token},
            "headers": {"X-CSRFToken": token}}


@pytest.mark.django_db
@pytest.mark.parametrize("role", ["staff", "manager", "admin"])
@signed_in_schema.parametrize()
@settings(max_examples=15, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                                 HealthCheck.filter_too_much])
def test_the_private_api_keeps_to_its_schema_for_each_role(case, role, private_records, client):
    case.call_and_validate(**signed_in(client, private_records[role]),
                           checks=[not_a_server_error, content_type_conformance, response_schema_conformance])


def test_the_fuzzing_headers_really_sign_in_and_pass_csrf(private_records, client):
    """Without this, a broken session or CSRF header would leave the fuzzing above meeting 403s only."""
    from tadamon.programmes.models import Registration

    registration = Registration.objects.get()
    operation = signed_in_schema["/api/v1/registrations/{id}"]["PATCH"]
    case = signed_in_schema.make_case(operation=operation, path_parameters={"id": registration.pk},
                                      body={"attended": True}, media_type="application/json")
    response = case.call(**signed_in(client, private_records["staff"]))
    assert response.status_code == 200, response.text
    registration.refresh_from_db()
    assert registration.attended is True
