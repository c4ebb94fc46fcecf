"""The catalogue's search as people type it: Arabic with or without the article, singular or
plural, and the same product named in French or English."""

import pytest

from tadamon.market.domain.catalogue import CatalogueFilters
from tadamon.market.domain.queries.catalogue import catalogue
from tadamon.market.models import Product
from tadamon.market.tests.factories import ProductFactory

pytestmark = pytest.mark.django_db

# (Arabic, French, English): some named in Arabic only, as many cooperatives write them.
NAMES = {
    "dates": ("تمور بوفقوس", "", ""),
    "medjool": ("تمور المجهول", "Dattes Mejhoul", "Medjool dates"),
    "saffron": ("زعفران تالوين", "", ""),
    "argan oil": ("زيت أركان غذائي", "", ""),
    "olive oil": ("زيت الزيتون البكر", "Huile d'olive vierge extra", ""),
    "olives": ("زيتون أسود", "", ""),
    "carpet": ("زربية تازناخت", "", ""),
    "tagine": ("طاجين فخاري", "", ""),
    "honey": ("عسل الزعتر", "Miel de thym", "Thyme honey"),
    "amlou": ("", "Amlou", ""),
}


@pytest.fixture
def products(cooperative):
    return {key: ProductFactory(organization=cooperative, name_ar=ar, name_fr=fr, name_en=en, search_text="")
            for key, (ar, fr, en) in NAMES.items()}


def found(products, q, **filters) -> set[str]:
    by_pk = {p.pk: key for key, p in products.items()}
    return {by_pk[pk] for pk in catalogue(CatalogueFilters(q=q, **filters)).values_list("pk", flat=True)}


@pytest.mark.parametrize("q", ["تمر", "تمور", "التمور", "بالتمور", "والتمور", "تمرة", "dattes", "dates", "Dattes"])
def test_dates_in_any_form_find_every_date_product(products, q):
    assert found(products, q) == {"dates", "medjool"}


@pytest.mark.parametrize("q, expected", [
    ("الزعفران", {"saffron"}), ("زعفران", {"saffron"}), ("safran", {"saffron"}), ("saffron", {"saffron"}),
    ("زيت الأركان", {"argan oil"}), ("argane", {"argan oil"}), ("huile d'argan", {"argan oil"}),
    ("أرگان", {"argan oil"}), ("زيوت", {"argan oil", "olive oil"}), ("oil", {"argan oil", "olive oil"}),
    ("زيتون", {"olive oil", "olives"}), ("tapis", {"carpet"}), ("carpet", {"carpet"}), ("زرابي", {"carpet"}),
    ("طواجين", {"tagine"}), ("tajine", {"tagine"}), ("medjool", {"medjool"}), ("المجهول", {"medjool"}),
    ("miel", {"honey"}), ("العسل", {"honey"}), ("أملو", {"amlou"}),
])
def test_the_same_product_in_arabic_french_and_english(products, q, expected):
    assert found(products, q) == expected


@pytest.mark.parametrize("q", ["dattes d'olive", "زيت التمر", "couscous", "Taznakht safran", "ملوخية"])
def test_a_query_that_names_nothing_sold_finds_nothing(products, q):
    assert found(products, q) == set()


def test_a_word_being_typed_still_finds_by_its_letters(products):
    assert found(products, "arg") == set()  # the Arabic-only argan oil has no Latin letters
    assert found(products, "Mejh") == {"medjool"} and found(products, "تازنا") == {"carpet"}


def test_the_exact_name_comes_first_then_the_words_in_order(cooperative):
    for ar in ("زيت أركان للتجميل", "أركان زيت", "زيت أركان"):
        ProductFactory(organization=cooperative, name_ar=ar, name_fr="", name_en="")
    ranked = [p.name_ar for p in catalogue(CatalogueFilters(q="زيت أركان"))]
    assert ranked == ["زيت أركان", "زيت أركان للتجميل", "أركان زيت"]


def test_another_sort_asked_for_is_kept(cooperative):
    ProductFactory(organization=cooperative, name_ar="تمور", name_fr="", price_mad=90)
    ProductFactory(organization=cooperative, name_ar="تمور المجهول", name_fr="", price_mad=50)
    assert [p.name_ar for p in catalogue(CatalogueFilters(q="تمور", sort="price"))] == ["تمور المجهول", "تمور"]


def test_renaming_a_product_changes_what_finds_it(products):
    product = products["amlou"]
    product.name_fr = "Huile de cactus"
    product.save(update_fields=["name_fr"])
    assert Product.objects.get(pk=product.pk).search_terms.count("~cactus") == 1
    assert found(products, "صبار") == {"amlou"} and found(products, "amlou") == set()


def test_the_public_catalogue_finds_arabic_names_from_french(client, products):
    page = client.get("/fr/products/", {"q": "dattes"}).content.decode()
    assert "تمور بوفقوس" in page and "زعفران تالوين" not in page
