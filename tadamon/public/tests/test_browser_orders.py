"""Buying in a real browser, in Arabic on a phone: search the catalogue, order as a guest, open
the e-mail's link, and the cooperative's manager confirms from their phone."""

import re
from decimal import Decimal

import pytest
from django.core import mail
from playwright.sync_api import expect

from tadamon.common.testing import sign_in
from tadamon.market.models import Order, Product
from tadamon.market.tests.factories import ProductFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def fits_the_phone(page) -> bool:
    return page.evaluate("document.documentElement.scrollWidth") <= 390


def test_a_buyer_finds_argan_oil_orders_it_in_arabic_and_the_manager_confirms(page, live_server, cooperative,
                                                                              manager_user):
    oil = ProductFactory(organization=cooperative, name_ar="زيت أركان تجميلي", name_fr="Huile d'argan cosmétique",
                         search_text="زيت اركان تجميلي | huile d'argan cosmetique", unit="l",
                         price_mad=Decimal("180"), min_order=Decimal("1"), stock=Decimal("12"))
    ProductFactory(organization=cooperative, name_ar="كسكس الشعير", name_fr="Couscous d'orge",
                   search_text="كسكس الشعير | couscous d'orge")

    page.goto(f"{live_server.url}/ar/products/")
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    page.type("#id_q", "أركان", delay=30)  # live results, no Enter
    expect(page.locator("#results .product-card")).to_have_count(1)
    page.click("#results .product-card h2 a")
    expect(page.locator("h1")).to_have_text("زيت أركان تجميلي")
    page.click("text=طلب الشراء")

    expect(page.locator("h1")).to_contain_text("الطلب من")
    assert fits_the_phone(page)
    page.fill(f"#id_qty_{oil.pk}", "3")
    page.fill("#id_buyer_name", "سلمى بنعلي")
    page.fill("#id_buyer_email", "salma@example.ma")
    page.fill("#id_city", "الدار البيضاء")
    page.click("main button[type=submit]")
    expect(page.locator("h1")).to_have_text("تحقق(ي) من بريدك الإلكتروني")

    link = re.search(r"https?://\S+", mail.outbox[-1].body).group(0)
    page.goto(live_server.url + link.split("8000", 1)[-1])
    expect(page.locator(".message.success")).to_contain_text("تم تأكيد بريدك الإلكتروني: وصلت رسالتك (طلبية) إلى تعاونية نساء دادس")
    # In the buyer's words: sent, waiting for the answer (not "مستلمة", read as "delivered").
    expect(page.locator("main .badge").first).to_have_text("أُرسلت، في انتظار ردّ التعاونية")
    expect(page.locator(".order-lines tfoot")).to_contain_text("540,00")
    assert fits_the_phone(page)
    # The buyer writes from the order's page: the browser's own POST passes the CSRF origin check (a
    # page that sent no referrer made Chromium send "Origin: null", and every button was refused).
    page.fill("#id_message", "هل يمكن التوصيل يوم الجمعة؟")
    page.click("button[value=write]")
    expect(page.locator(".timeline li").last).to_contain_text("هل يمكن التوصيل يوم الجمعة؟")

    sign_in(page, live_server, "manager")
    order = Order.objects.get()
    page.goto(f"{live_server.url}/ar/manage/orders/{order.pk}/")
    assert fits_the_phone(page)
    page.fill("#id_message", "جاهزة يوم الخميس")
    page.click("button[value=confirm]")
    expect(page.locator(".message.success")).to_contain_text("أكّدت التعاونية الطلبية")
    expect(page.locator(".timeline li").last).to_contain_text("جاهزة يوم الخميس")
    assert Product.objects.get(pk=oil.pk).stock == Decimal("9")
