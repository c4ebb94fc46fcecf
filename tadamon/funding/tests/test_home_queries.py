"""Funding's queries for the manager's home: the declaration awaited, requests answered, calls
open to the organisation."""

import datetime
from decimal import Decimal

import pytest
from django.utils import timezone

from tadamon.funding.domain.queries.calls import calls_open_to
from tadamon.funding.domain.queries.compliance import AwaitedDeclaration, declaration_awaited
from tadamon.funding.domain.queries.support_requests import answered_requests
from tadamon.funding.models import AnnualDeclaration, Application, SupportRequest
from tadamon.funding.tests.factories import make_call
from tadamon.registry.tests.factories import OrganizationFactory

pytestmark = pytest.mark.django_db


def test_the_last_year_s_declaration_is_awaited_until_filed_and_late_after_june(cooperative):
    assert declaration_awaited(cooperative, datetime.date(2026, 3, 1)) == AwaitedDeclaration(
        2025, datetime.date(2026, 6, 30), False)
    assert declaration_awaited(cooperative, datetime.date(2026, 7, 1)).late
    AnnualDeclaration.objects.create(organization=cooperative, year=2025, members_women=3, members_men=0,
                                     capital_subscribed_mad=Decimal(1000), capital_paid_mad=Decimal(1000),
                                     turnover_mad=Decimal(0), general_assembly_held=False, accounts_filed=False)
    assert declaration_awaited(cooperative, datetime.date(2026, 3, 1)) is None
    assert declaration_awaited(cooperative, datetime.date(2027, 3, 1)).year == 2026


def test_no_declaration_is_awaited_from_an_association_or_a_dissolved_cooperative(db):
    assert declaration_awaited(OrganizationFactory(kind="association"), datetime.date(2026, 3, 1)) is None
    assert declaration_awaited(OrganizationFactory(status="dissolved"), datetime.date(2026, 3, 1)) is None


def test_answered_requests_are_the_organisation_s_in_progress(cooperative, other_cooperative):
    institution = OrganizationFactory(kind="public_body")
    now = timezone.now()

    def request(organization, status):
        return SupportRequest.objects.create(organization=organization, category="legal", title="t", description="d",
                                             institution=institution, status=status, answer_due_at=now,
                                             resolve_due_at=now)

    answered = request(cooperative, "in_progress")
    for status in ("open", "resolved", "closed"):
        request(cooperative, status)
    request(other_cooperative, "in_progress")
    assert list(answered_requests(cooperative)) == [answered]


def test_calls_open_to_an_organisation_leave_out_closed_ineligible_and_applied(cooperative):
    sponsor = OrganizationFactory(kind="company")
    now = timezone.now()
    soon = make_call(sponsor, closes_at=now + datetime.timedelta(days=3))
    later = make_call(sponsor)
    drafted = make_call(sponsor, closes_at=now + datetime.timedelta(days=5))
    make_call(sponsor, kinds=["association"])  # not for cooperatives
    make_call(sponsor, opens_at=now - datetime.timedelta(days=30), closes_at=now - datetime.timedelta(days=1))
    sent = make_call(sponsor)
    Application.objects.create(call=drafted, organization=cooperative, title="Projet", status="draft")
    Application.objects.create(call=sent, organization=cooperative, title="Projet", status="submitted")
    assert calls_open_to(cooperative, now) == [soon, drafted, later]
