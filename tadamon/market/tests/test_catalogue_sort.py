"""The catalogue sorted by name sorts the names the page shows: the Arabic ones on an Arabic page,
the French ones on a French page, a product with no name in that language by the name it shows."""

import pytest
from django.utils import translation

from tadamon.market.domain.catalogue import CatalogueFilters
from tadamon.market.domain.queries.catalogue import catalogue
from tadamon.market.tests.factories import ProductFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def products(cooperative):
    # Couscous comes first in French, last in Arabic (كسكس: ك after ت ز ع).
    for ar, fr in (("عسل الزعتر", "Miel de thym"), ("كسكس بالشعير", "Couscous d'orge"),
                   ("تمور المجهول", "Dattes Mejhoul"), ("", "Amlou"), ("زعفران تالوين", "")):
        ProductFactory(organization=cooperative, name_ar=ar, name_fr=fr, name_en="")


def names(language: str) -> list[str]:
    with translation.override(language):
        return [p.name.text for p in catalogue(CatalogueFilters(sort="name"))]


def test_an_arabic_page_sorts_the_arabic_names(products):
    # Amlou has no Arabic name: it shows, and sorts, as Amlou (Latin letters before Arabic ones).
    assert names("ar") == ["Amlou", "تمور المجهول", "زعفران تالوين", "عسل الزعتر", "كسكس بالشعير"]


def test_a_french_page_sorts_the_french_names(products):
    # The saffron has no French name: it shows, and sorts, in Arabic (after the Latin letters).
    assert names("fr") == ["Amlou", "Couscous d'orge", "Dattes Mejhoul", "Miel de thym", "زعفران تالوين"]


def test_the_default_sort_is_by_name(products):
    with translation.override("ar"):
        default = [p.pk for p in catalogue(CatalogueFilters())]
    with translation.override("ar"):
        assert default == [p.pk for p in catalogue(CatalogueFilters(sort="name"))]
