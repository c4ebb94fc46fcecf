import pytest
from rest_framework.test import APIClient

from tadamon.market.tests.factories import ProductFactory
from tadamon.registry.models import Province
from tadamon.registry.tests.factories import OrganizationFactory

pytestmark = pytest.mark.django_db


def test_anyone_lists_published_products_with_the_catalogues_filters(cooperative, django_assert_max_num_queries):
    ProductFactory(organization=cooperative, name_fr="Huile d'argan", search_text="huile d'argan")
    ProductFactory(organization=OrganizationFactory(province=Province.objects.get(code="MA-CAS")),
                   name_fr="Savon", search_text="savon")
    ProductFactory(organization=cooperative, name_fr="Brouillon", published=False, search_text="brouillon")
    client = APIClient()
    data = client.get("/api/v1/products").json()
    assert [p["name_fr"] for p in data["results"]] == ["Huile d'argan", "Savon"]
    women = client.get("/api/v1/products", {"women": "true", "region": "MA-08"}).json()["results"]
    assert [p["name_fr"] for p in women] == ["Huile d'argan"]
    detail = women[0]
    assert detail["province"]["code"] == "MA-TIN" and detail["women"] is True and "stock" not in detail
    assert detail["url"].endswith(f"/products/{detail['id']}/")
    with django_assert_max_num_queries(4):  # count, page, photos: not one query per product
        client.get("/api/v1/products")
