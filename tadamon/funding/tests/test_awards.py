"""Awards: an edition runs through one award call, a year at most once per award; its laureates
are the call's applications decided funded, with a place (category, rank) only for them."""

import pytest
from django.core.exceptions import ValidationError

from tadamon.funding.domain import awards
from tadamon.funding.domain.queries.awards import awards_of, awards_with_editions, edition_laureates
from tadamon.funding.models import AwardCategory, AwardEdition, AwardPlacement
from tadamon.funding.tests.factories import apply_and_decide, make_award_edition, make_call
from tadamon.registry.tests.factories import OrganizationFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def ministry(db):
    return OrganizationFactory(kind="public_body", name_latin="Ministère", name_ar="الوزارة")


def test_only_an_award_call_runs_an_edition(ministry):
    edition = make_award_edition(ministry)
    funding_call = make_call(ministry)
    with pytest.raises(ValidationError, match="Only an award call"):
        awards.set_edition(funding_call, award=edition.award, year=2020)


def test_an_award_has_one_edition_a_year(ministry):
    edition = make_award_edition(ministry, year=2019)
    other_call = make_call(ministry, kind="award")
    with pytest.raises(ValidationError, match="already has an edition that year"):
        awards.set_edition(other_call, award=edition.award, year=2019)
    assert awards.set_edition(other_call, award=edition.award, year=2020).year == 2020


def test_setting_no_award_removes_the_edition_and_its_places(ministry, cooperative):
    edition = make_award_edition(ministry)
    application = apply_and_decide(edition.call, cooperative)
    awards.place_laureate(application, category=edition.categories.get(), rank=1)
    assert awards.set_edition(edition.call, award=None, year=None) is None
    assert not AwardEdition.objects.exists() and not AwardPlacement.objects.exists()
    assert not AwardCategory.objects.exists()


def test_changing_the_year_keeps_the_edition(ministry):
    edition = make_award_edition(ministry, year=2019)
    again = awards.set_edition(edition.call, award=edition.award, year=2021)
    assert again.pk == edition.pk and again.year == 2021


@pytest.mark.parametrize("outcome", ["waiting", "rejected", None])
def test_only_a_funded_application_has_a_place(ministry, cooperative, outcome):
    edition = make_award_edition(ministry)
    application = apply_and_decide(edition.call, cooperative, outcome=outcome)
    with pytest.raises(ValidationError, match="Only a laureate"):
        awards.place_laureate(application, category=None, rank=1)


def test_a_place_is_in_one_of_the_editions_categories(ministry, cooperative):
    edition = make_award_edition(ministry, year=2019)
    other = make_award_edition(ministry, year=2020, categories=("Artisanat",))
    application = apply_and_decide(edition.call, cooperative)
    with pytest.raises(ValidationError, match="another edition"):
        awards.place_laureate(application, category=other.categories.get(), rank=1)
    placement = awards.place_laureate(application, category=edition.categories.get(), rank=2)
    assert (placement.category.name_fr, placement.rank) == ("Produits du terroir", 2)


def test_laureates_are_the_decided_funded_applications_only(ministry, cooperative, other_cooperative):
    edition = make_award_edition(ministry)
    laureate = apply_and_decide(edition.call, cooperative)
    apply_and_decide(edition.call, other_cooperative, outcome="rejected")
    apply_and_decide(edition.call, OrganizationFactory(), outcome="waiting")
    apply_and_decide(edition.call, OrganizationFactory(), outcome=None)
    dissolved = OrganizationFactory(status="dissolved")
    apply_and_decide(edition.call, dissolved)
    assert [a.pk for a in edition_laureates(edition)] == [laureate.pk]
    assert awards_of(cooperative) == [laureate] and awards_of(other_cooperative) == []
    assert awards_with_editions().get().editions.all()[0].laureate_count == 1


def test_laureates_come_by_category_then_rank(ministry):
    edition = make_award_edition(ministry, categories=("Produits du terroir", "Artisanat"))
    terroir, crafts = edition.categories.all()
    first, second, third = (apply_and_decide(edition.call, OrganizationFactory()) for _ in range(3))
    awards.place_laureate(first, category=crafts, rank=1)
    awards.place_laureate(second, category=terroir, rank=2)
    awards.place_laureate(third, category=terroir, rank=1)
    assert [a.pk for a in edition_laureates(edition)] == [third.pk, second.pk, first.pk]
