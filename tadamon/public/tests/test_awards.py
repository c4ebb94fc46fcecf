"""The awards' public pages: the awards with their editions, an edition's laureates (decided
funded only, never a rejected or waiting applicant, never a person), the link from a laureate's
page, and the back-office form that says which edition a call runs."""

import pytest
from django.urls import reverse

from tadamon.funding.domain import awards
from tadamon.funding.models import AwardEdition
from tadamon.funding.tests.factories import apply_and_decide, make_award_edition
from tadamon.registry.tests.factories import OrganizationFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def ministry(db):
    return OrganizationFactory(kind="public_body", name_latin="Ministère", name_ar="الوزارة")


@pytest.fixture
def edition(ministry):
    return make_award_edition(ministry, year=2019)


def edition_url(edition):
    return f"/en/awards/{edition.award.slug}/{edition.year}/"


def test_an_edition_lists_its_laureates_with_category_province_and_prize(client, edition, cooperative,
                                                                         other_cooperative):
    laureate = apply_and_decide(edition.call, cooperative)
    awards.place_laureate(laureate, category=edition.categories.get(), rank=1)
    apply_and_decide(edition.call, other_cooperative, outcome="rejected")
    waiting = apply_and_decide(edition.call, OrganizationFactory(name_latin="Coopérative En Attente"), outcome="waiting")
    apply_and_decide(edition.call, OrganizationFactory(name_latin="Coopérative Soumise"), outcome=None)
    response = client.get(edition_url(edition))
    content = response.content.decode()
    assert response.status_code == 200
    assert "Lalla Al Moutaaouina" in content and "2019" in content
    assert f'href="/en/organizations/{cooperative.pk}/"' in content
    assert "Coopérative des Femmes de Dadès" in content and "Tinghir" in content
    assert "Produits du terroir" in content and "50\u202f000" in content  # grouped as on every page
    for absent in ("Agdz", "En Attente", "Soumise", "JK123456", "0612345678", "Hors priorités"):
        assert absent not in content
    assert waiting.organization.name_latin not in content


def test_an_edition_not_decided_yet_lists_nobody(client, edition, cooperative):
    apply_and_decide(edition.call, cooperative, outcome=None)
    response = client.get(edition_url(edition))
    assert response.status_code == 200
    assert "Dadès" not in response.content.decode()
    assert "once the jury has decided" in response.content.decode()


def test_the_awards_page_lists_awards_and_editions(client, edition, cooperative):
    apply_and_decide(edition.call, cooperative)
    content = client.get("/en/awards/").content.decode()
    assert "Lalla Al Moutaaouina Award" in content and "For: Women&#x27;s cooperatives" in content
    assert f'href="{edition_url(edition)}"' in content and "1 laureate" in content


@pytest.mark.parametrize("url", ["/en/awards/lalla-al-moutaaouina/2018/", "/en/awards/unknown/2019/"])
def test_an_unknown_edition_is_not_found(client, edition, url):
    assert client.get(url).status_code == 404


def test_a_laureates_page_links_to_the_edition(client, edition, cooperative, other_cooperative):
    apply_and_decide(edition.call, cooperative)
    apply_and_decide(edition.call, other_cooperative, outcome="rejected")
    content = client.get(f"/en/organizations/{cooperative.pk}/").content.decode()
    assert f'<a href="{edition_url(edition)}">Laureate of Lalla Al Moutaaouina Award 2019</a>' in content
    assert "Laureate of" not in client.get(f"/en/organizations/{other_cooperative.pk}/").content.decode()


@pytest.mark.parametrize("count", [1, 3])
def test_edition_page_query_count_does_not_grow(client, django_assert_num_queries, edition, count):
    for number in range(count):
        application = apply_and_decide(edition.call, OrganizationFactory())
        awards.place_laureate(application, category=edition.categories.get(), rank=number + 1)
    client.get(edition_url(edition))
    with django_assert_num_queries(2):  # the edition with its award and call, the laureates
        response = client.get(edition_url(edition))
    assert len(response.context["laureates"]) == count


@pytest.mark.parametrize("count", [1, 3])
def test_awards_page_query_count_does_not_grow(client, django_assert_num_queries, ministry, count):
    for year in range(2019, 2019 + count):
        apply_and_decide(make_award_edition(ministry, year=year).call, OrganizationFactory())
    client.get("/en/awards/")
    with django_assert_num_queries(2):  # the awards, their editions with the laureates counted
        response = client.get("/en/awards/")
    assert response.status_code == 200


def test_who_runs_the_call_sets_its_edition(client_for, edition, admin_user, manager_user):
    url = reverse("backoffice:call_award", args=[edition.call.pk])
    data = {"award-award": edition.award.pk, "award-year": 2021}
    assert client_for(manager_user).post(url, data).status_code in (403, 404)
    assert AwardEdition.objects.get().year == 2019
    response = client_for(admin_user).post(url, data)
    assert response.status_code == 302
    assert AwardEdition.objects.get().year == 2021
    page = client_for(admin_user).get(reverse("backoffice:call", args=[edition.call.pk])).content.decode()
    assert "Lalla Al Moutaaouina Award 2021" in page
    client_for(admin_user).post(url, {"award-award": "", "award-year": ""})
    assert not AwardEdition.objects.exists()
