"""The demo's national awards, loaded on a few cooperatives (not the whole demo: it takes half a
minute, and test_demo.py loads it)."""

import datetime

import pytest
from django.utils import timezone

from tadamon.accounts.enums import Role
from tadamon.accounts.tests.factories import UserFactory
from tadamon.demo.awards import load_awards
from tadamon.demo.calls import _award
from tadamon.funding.domain.queries.awards import awards_of, edition_laureates
from tadamon.funding.models import Application, Award
from tadamon.registry.tests.factories import OrganizationFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def users(cooperative):
    ministry = OrganizationFactory(kind="public_body", acronym="MTAESS", name_latin="Ministère")
    OrganizationFactory.create_batch(4, is_women=True, creation_date=datetime.date(2015, 1, 1))
    OrganizationFactory.create_batch(4, is_youth=True, creation_date=datetime.date(2015, 1, 1))
    _award(ministry, timezone.now(), "Prix national du meilleur projet de coopérative féminine", "", women_only=True)
    return {"admin": UserFactory(role=Role.ADMIN, is_superuser=True),
            "manager": UserFactory(role=Role.MANAGER, organization=cooperative)}


def test_the_demo_has_both_awards_with_last_years_laureates(users, cooperative):
    assert load_awards(users) == 3  # this year's women's edition (its call exists here), last year's two
    assert load_awards(users) == 0  # loaded once
    women, youth = Award.objects.order_by("pk")
    assert (women.slug, women.name_ar, youth.name_ar) == ("lalla-al-moutaaouina", "جائزة للا المتعاونة",
                                                           "جائزة الجيل المتضامن")
    this_year, last_year = women.editions.order_by("-year")
    assert this_year.call.title_fr == "Prix national du meilleur projet de coopérative féminine"
    assert edition_laureates(this_year) == []
    laureates = edition_laureates(last_year)
    assert len(laureates) == 3 and laureates[0].organization == cooperative
    assert laureates[0].award_placement.rank == 1 and laureates[0].award_placement.category.name_fr
    assert last_year.call.closes_at.year == last_year.year == this_year.year - 1
    assert Application.objects.filter(call=last_year.call, status="rejected").exists()
    assert [a.call.award_edition for a in awards_of(cooperative)] == [last_year]
    assert len(edition_laureates(youth.editions.get())) == 3
