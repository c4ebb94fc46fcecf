"""The back office on a phone (390 px, conftest's `page`): the tables a manager needs become cards, so an
order's status and amount, a member's ID card and a support request's due date stay on the screen, and a
refused confirmation (stock too low) is brought into view rather than left below it."""

from decimal import Decimal

import pytest
from playwright.sync_api import expect

from tadamon.common.testing import sign_in
from tadamon.market.domain.orders import BuyerDetails, place_order, verify_email
from tadamon.market.models import Product
from tadamon.market.tests.factories import ProductFactory
from tadamon.programmes.tests.factories import EnrolmentFactory, ProgrammeFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

PHONE_WIDTH = 390


def fits_the_phone(page) -> bool:
    return page.evaluate("document.documentElement.scrollWidth") <= PHONE_WIDTH


def within_the_screen(locator) -> bool:
    """The element's box lies across the phone's width (not scrolled off sideways)."""
    box = locator.bounding_box()
    return box is not None and box["x"] >= 0 and box["x"] + box["width"] <= PHONE_WIDTH


def in_view(page, locator) -> bool:
    box = locator.bounding_box()
    height = page.evaluate("innerHeight")
    return box is not None and 0 <= box["y"] < height


@pytest.fixture
def big_order(cooperative):
    oil = ProductFactory(organization=cooperative, name_ar="زيت أركان", name_fr="Huile d'argan", unit="l",
                         price_mad=Decimal("180"), min_order=Decimal("1"), stock=Decimal("20"))
    order = place_order(cooperative, kind="order", lines=[(oil, Decimal("12"))], language="ar", notify=False,
                        buyer=BuyerDetails(name="Hanna Schmidt", email="hanna@example.de", city="Köln"))
    verify_email(order, notify=False)
    return order, oil


@pytest.mark.parametrize("language", ["ar", "fr"])
def test_the_orders_status_and_amount_stay_on_a_phones_screen(page, live_server, manager_user, big_order, language):
    sign_in(page, live_server, "manager", language)
    page.goto(f"{live_server.url}/{language}/manage/orders/")
    status, amount = page.locator(".order-status").first, page.locator(".order-amount").first
    expect(amount).to_contain_text("2")  # 12 l at 180: 2 160
    assert fits_the_phone(page)
    assert within_the_screen(status) and within_the_screen(amount)


def test_a_members_id_card_stays_on_a_phones_screen(page, live_server, manager_user, cooperative):
    sign_in(page, live_server, "manager", "ar")
    page.goto(f"{live_server.url}/ar/manage/organizations/{cooperative.pk}/")
    card = page.locator("table.members td.personal", has_text="JK123456")
    expect(card).to_have_count(1)
    assert fits_the_phone(page)
    card.scroll_into_view_if_needed()
    assert within_the_screen(card)


def test_a_refused_confirmation_is_brought_into_view(page, live_server, manager_user, big_order):
    order, oil = big_order
    Product.objects.filter(pk=oil.pk).update(stock=Decimal("5"))  # sold meanwhile elsewhere
    sign_in(page, live_server, "manager", "fr")
    page.goto(f"{live_server.url}/fr/manage/orders/{order.pk}/")
    page.click("button[value=confirm]")
    summary = page.locator(".error-summary")
    expect(summary).to_contain_text("5")
    expect(summary).to_be_focused()
    assert in_view(page, summary)
    assert fits_the_phone(page)


def test_a_long_programme_page_has_its_sections_one_tap_away(page, live_server, staff_user):
    programme = ProgrammeFactory(staff=[staff_user])
    EnrolmentFactory.create_batch(12, programme=programme)  # a page longer than the screen
    sign_in(page, live_server, "staff", "ar")
    page.goto(f"{live_server.url}/ar/manage/programmes/{programme.pk}/")
    nav = page.locator("nav.section-nav")
    expect(nav.locator("a[href='#enrolments']")).to_be_visible()
    page.click("nav.section-nav a[href='#enrolments']")
    assert in_view(page, page.locator("#enrolments"))
    assert fits_the_phone(page)
