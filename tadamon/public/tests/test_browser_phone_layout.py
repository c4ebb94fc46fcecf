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


@pytest.mark.parametrize("language", ["ar", "fr"])
def test_a_programmes_line_over_ten_years_has_legible_year_labels(page, live_server, language):
    import datetime

    from django.utils import timezone

    from tadamon.indicators.models import ProgrammeFigures
    from tadamon.programmes.tests.factories import ProgrammeFactory

    year = timezone.localdate().year
    programme = ProgrammeFactory(start_date=datetime.date(year - 9, 1, 1), end_date=datetime.date(year, 12, 31))
    ProgrammeFigures.objects.create(programme=programme, people_trained=0, refreshed_at=timezone.now())
    page.goto(f"{live_server.url}/{language}/dashboard/programmes/{programme.pk}/")
    chart = page.locator("svg.line-chart")
    expect(chart).to_be_visible()
    # The year labels shown: inside the chart (the first and last were cut off), none touching the next.
    boxes = chart.evaluate("""svg => [...svg.querySelectorAll('text')]
        .filter(t => /^\\d{4}$/.test(t.textContent) && getComputedStyle(t).display !== 'none')
        .map(t => { const r = t.getBoundingClientRect(); return [r.left, r.right]; })""")
    frame = chart.bounding_box()
    assert len(boxes) == 5  # every other year of ten, the last one included
    assert frame["x"] <= boxes[0][0] and boxes[-1][1] <= frame["x"] + frame["width"]
    assert all(left[1] + 8 <= right[0] for left, right in zip(boxes, boxes[1:], strict=False))  # 8px apart
    assert fits_the_phone(page)
