"""The partnership endpoints: each party reads what concerns it, a cooperative only its own
commitments and support, a sponsor only its portfolio; statuses as on the pages."""

import pytest
from django.core.management import call_command

from tadamon.accounts.tests.factories import UserFactory
from tadamon.partnerships.tests.factories import AgreementFactory, CommitmentFactory, PartyFactory, sponsor_books
from tadamon.registry.tests.factories import OrganizationFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def users(admin_user, other_manager, buyer_user):
    sponsor, argan_coop, dates_coop = sponsor_books()
    elsewhere = AgreementFactory(title_fr="Autre sponsor")
    other_sponsor = OrganizationFactory(kind="company")
    PartyFactory(agreement=elsewhere, organization=other_sponsor, role="sponsor")
    PartyFactory(agreement=elsewhere, organization=other_manager.organization, role="beneficiary")
    CommitmentFactory(agreement=elsewhere, debtor=other_sponsor, beneficiary=other_manager.organization)
    return {
        "admin": admin_user,
        "sponsor_staff": UserFactory(username="sponsor-staff", role="staff", organization=sponsor),
        "argan_manager": UserFactory(username="argan", role="manager", organization=argan_coop),
        "dates_manager": UserFactory(username="dates", role="manager", organization=dates_coop),
        "other_manager": other_manager,
        "other_staff": UserFactory(username="other-staff", role="staff", organization=OrganizationFactory()),
        "buyer": buyer_user,
    }


# (agreements, commitments, support) each caller reads.
EXPECTED = {
    "admin": (2, 5, 4),
    "sponsor_staff": (1, 4, 3),  # its agreement, its commitments, the support it gave
    "argan_manager": (1, 3, 3),  # its machines, the two owed to all; all it received, from either sponsor
    "dates_manager": (1, 3, 1),
    "other_manager": (1, 1, 0),
    "other_staff": (0, 0, 0),
    "buyer": (0, 0, 0),
}


@pytest.mark.parametrize("role", EXPECTED)
def test_each_caller_reads_only_what_concerns_it(role, users, client_for):
    client = client_for(users[role])
    counts = tuple(client.get(f"/api/v1/{what}").json()["count"] for what in ("agreements", "commitments", "support"))
    assert counts == EXPECTED[role]


def test_anonymous_callers_are_refused(client):
    for what in ("agreements", "commitments", "support"):
        assert client.get(f"/api/v1/{what}").status_code in (401, 403)


def test_a_cooperative_never_reads_another_cooperative_s_commitment(users, client_for):
    dates_only = users["dates_manager"].organization.commitments_received.get()
    assert client_for(users["dates_manager"]).get(f"/api/v1/commitments/{dates_only.pk}").status_code == 200
    assert client_for(users["argan_manager"]).get(f"/api/v1/commitments/{dates_only.pk}").status_code == 404


def test_commitments_carry_their_status_and_deliveries(users, client_for):
    client = client_for(users["sponsor_staff"])
    late = client.get("/api/v1/commitments?status=late").json()["results"]
    assert [(c["deliverable"], c["beneficiary"]["id"]) for c in late] == [
        ("Chambre froide", users["dates_manager"].organization_id)]
    delivered = client.get("/api/v1/commitments?status=delivered").json()["results"]
    assert [(c["delivered_mad"], c["deliveries_count"]) for c in delivered] == [("50000.00", 2)]
    agreement = client.get("/api/v1/agreements").json()["results"][0]
    assert sorted(p["role"] for p in agreement["parties"]) == ["beneficiary", "beneficiary", "sponsor"]
    support = client.get("/api/v1/support?year=2025").json()["results"]
    assert [(s["kind"], s["nature"], s["people"], s["has_evidence"]) for s in support] == [
        ("training", "service", 12, False)]


def test_the_schema_describes_the_partnership_endpoints_without_warnings(client):
    paths = client.get("/api/v1/openapi.json").json()["paths"]
    for path in ("/api/v1/agreements", "/api/v1/commitments/{id}", "/api/v1/support"):
        assert path in paths
    call_command("spectacular", "--validate", "--fail-on-warn", "--file", "/dev/null")
