"""The API's q filters (organisations and products) understand Arabic, French and English words."""

import pytest
from rest_framework.test import APIClient

from tadamon.market.tests.factories import ProductFactory
from tadamon.registry.tests.factories import OrganizationFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def catalogue(cooperative):
    ProductFactory(organization=cooperative, name_ar="تمور بوفقوس", name_fr="", name_en="")
    ProductFactory(organization=cooperative, name_ar="زعفران تالوين", name_fr="", name_en="")
    ProductFactory(organization=cooperative, name_ar="زيت أركان غذائي", name_fr="", name_en="")
    ProductFactory(organization=cooperative, name_ar="", name_fr="Tapis", name_en="")
    ProductFactory(organization=cooperative, name_ar="", name_fr="Tapis de Taznakht", name_en="")


def product_names(q: str) -> list[str]:
    results = APIClient().get("/api/v1/products", {"q": q}).json()["results"]
    return [p["name_ar"] or p["name_fr"] for p in results]


@pytest.mark.parametrize("q", ["تمر", "التمور", "بالتمور", "dattes", "dates"])
def test_products_by_arabic_singular_plural_article_french_or_english(catalogue, q):
    assert product_names(q) == ["تمور بوفقوس"]


@pytest.mark.parametrize("q, expected", [
    ("safran", ["زعفران تالوين"]), ("saffron", ["زعفران تالوين"]), ("argane", ["زيت أركان غذائي"]),
    ("زيت الأركان", ["زيت أركان غذائي"]), ("miel", []),
])
def test_products_named_in_another_language(catalogue, q, expected):
    assert product_names(q) == expected


def test_products_with_the_exact_name_first(catalogue):
    assert product_names("tapis taznakht") == ["Tapis de Taznakht"]
    assert product_names("زربية") == ["Tapis", "Tapis de Taznakht"]
    assert product_names("Tapis de Taznakht")[0] == "Tapis de Taznakht"


def test_organisations_by_the_meaning_of_their_names():
    OrganizationFactory(name_ar="تعاونية التمور أكدز", name_latin="")
    OrganizationFactory(name_ar="تعاونية الزعفران تالوين", name_latin="")
    client = APIClient()
    for q, expected in [("التمور", ["تعاونية التمور أكدز"]), ("dattes", ["تعاونية التمور أكدز"]),
                        ("saffron", ["تعاونية الزعفران تالوين"]), ("حناء", [])]:
        results = client.get("/api/v1/organizations", {"q": q}).json()["results"]
        assert [o["name_ar"] for o in results] == expected, q


def test_organisations_with_the_exact_name_first():
    for name in ("تعاونية أركان الأطلس", "أركان تعاونية", "تعاونية أركان"):
        OrganizationFactory(name_ar=name, name_latin="")
    results = APIClient().get("/api/v1/organizations", {"q": "تعاونية أركان"}).json()["results"]
    assert [o["name_ar"] for o in results] == ["تعاونية أركان", "تعاونية أركان الأطلس", "أركان تعاونية"]
