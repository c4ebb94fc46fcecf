"""The public pages on a phone (390 px, conftest's `page`): filtering the catalogue brings its results
into view (the filters fill the screen, the results used to land below it), and the crossed table of
open data becomes cards, each value beside its column's name, no wider than the screen."""

from decimal import Decimal

import pytest
from playwright.sync_api import expect

from tadamon.market.tests.factories import ProductFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def fits_the_phone(page) -> bool:
    return page.evaluate("document.documentElement.scrollWidth") <= 390


def test_filtering_the_catalogue_brings_the_results_into_view(page, live_server, cooperative, other_cooperative):
    ProductFactory(organization=cooperative, name_ar="زيت أركان", name_fr="Huile d'argan", price_mad=Decimal("180"))
    ProductFactory(organization=other_cooperative, name_ar="تمر المجهول", name_fr="Dattes Mejhoul")
    page.goto(f"{live_server.url}/fr/products/")
    page.click("details.more-filters summary")
    page.check("#id_women")  # the Dadès cooperative is a women's one
    count = page.locator("#results .result-count").first
    expect(page.locator("#results .product-card")).to_have_count(1)
    expect(count).to_be_focused()
    box = count.bounding_box()
    assert 0 <= box["y"] < page.evaluate("innerHeight")
    assert fits_the_phone(page)


@pytest.mark.parametrize("language", ["ar", "fr"])
def test_the_crossed_table_is_cards_no_wider_than_the_phone(page, live_server, language):
    page.goto(f"{live_server.url}/{language}/open-data/pivot/?indicator=cooperatives&rows=region&columns=year")
    cells = page.locator("table.pivot tbody td")
    expect(cells.first).to_have_attribute("data-label", "2010")  # named by its column, the year
    assert fits_the_phone(page)
    first = cells.first.bounding_box()
    assert first["x"] >= 0 and first["x"] + first["width"] <= 390
