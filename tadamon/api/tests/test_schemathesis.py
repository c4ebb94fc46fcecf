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
    from tadamon.events.tests.factories import EventFactory
    from tadamon.market.tests.factories import ProductFactory
    from tadamon.programmes.tests.factories import ProgrammeFactory
    from tadamon.registry.tests.factories import MembershipFactory, OrganizationFactory

    for _ in range(3):
        MembershipFactory(organization=OrganizationFactory())
    ProductFactory()
    EventFactory()
    ProgrammeFactory()


@pytest.mark.django_db
@schema.parametrize()
@settings(max_examples=25, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                                 HealthCheck.filter_too_much])
def test_the_api_keeps_to_its_schema(case, some_records):
    case.call_and_validate(checks=[not_a_server_error, content_type_conformance, response_schema_conformance])
