"""The events API counts a fair's selected exhibitors and lists them on the detail: organisation,
province, sector, stand and public page, never a person."""

import pytest
from rest_framework.test import APIClient

from tadamon.events.tests.exhibitor_factories import fair_with_exhibitors
from tadamon.events.tests.factories import EventFactory
from tadamon.market.tests.factories import ProductFactory

pytestmark = pytest.mark.django_db


def test_the_events_list_and_detail_count_the_selected_exhibitors_only():
    fair = fair_with_exhibitors(3)
    EventFactory(name_fr="Sans exposant")
    listed = {e["id"]: e["exhibitors"] for e in APIClient().get("/api/v1/events").json()["results"]}
    assert sorted(listed.values()) == [0, 3] and listed[fair.pk] == 3
    detail = APIClient().get(f"/api/v1/events/{fair.pk}").json()
    assert detail["exhibitors"] == 3 and len(detail["exhibitor_list"]) == 3
    assert detail["registered"] == 6  # the selected exhibitors' travelling members (a join would multiply)


def test_the_detail_lists_each_exhibitor_with_its_stand_and_page_and_no_person():
    fair = fair_with_exhibitors(1)
    application = fair.applications.select_related("organization", "stand").get(status="selected")
    organization = application.organization
    detail = APIClient().get(f"/api/v1/events/{fair.pk}").json()
    assert detail["exhibitor_list"] == [{
        "organization": organization.pk, "name_ar": organization.name_ar, "name_latin": organization.name_latin,
        "acronym": "", "province": "MA-OUA", "sector": "argan", "stand": "Hall A 1",
        "url": f"http://testserver/ar/organizations/{organization.pk}/"}]
    person = application.travellers.select_related("person").first().person
    assert person.last_name_latin not in str(detail) and "en attente" not in str(detail)


@pytest.mark.parametrize("count", [1, 3])
def test_event_detail_query_count_does_not_grow_with_exhibitors(django_assert_num_queries, count):
    fair = fair_with_exhibitors(count)
    client = APIClient()
    client.get(f"/api/v1/events/{fair.pk}")
    # event with its counts, organisers, partners, exhibitors (organisation, province, sector, stand)
    with django_assert_num_queries(4):
        data = client.get(f"/api/v1/events/{fair.pk}").json()
    assert len(data["exhibitor_list"]) == count


def test_the_products_api_filters_by_event():
    fair = fair_with_exhibitors(1)
    shown = ProductFactory(organization=fair.applications.get(status="selected").organization, published=True)
    ProductFactory(published=True)
    data = APIClient().get("/api/v1/products", {"event": fair.pk}).json()
    assert [p["id"] for p in data["results"]] == [shown.pk]
