import re
from decimal import Decimal

import pytest
from django.core import mail

from tadamon.market.enums import OrderStatus
from tadamon.market.models import Order
from tadamon.market.tests.factories import ProductFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def products(cooperative, other_cooperative):
    oil = ProductFactory(organization=cooperative, name_fr="Huile d'argan", name_ar="زيت أركان", unit="l",
                         price_mad=Decimal("180"), min_order=Decimal("2"), stock=Decimal("10"))
    soap = ProductFactory(organization=cooperative, name_fr="Savon", name_ar="صابون", unit="piece",
                          price_mad=Decimal("25"))
    elsewhere = ProductFactory(organization=other_cooperative, name_fr="Dattes", name_ar="تمر")
    return oil, soap, elsewhere


GUEST = {"kind": "order", "buyer_name": "Claire Martin", "buyer_email": "claire@example.org", "city": "Lyon",
         "country": "France", "message": "Pour une épicerie fine."}


def link_in(message) -> str:
    return re.search(r"https?://\S+", message.body).group(0).split("8000", 1)[-1]


def test_the_order_form_lists_the_cooperative_s_products_only(client, products):
    oil, soap, elsewhere = products
    page = client.get(f"/fr/products/{oil.pk}/order/").content.decode()
    assert "Huile d&#x27;argan" in page and "Savon" in page and "Dattes" not in page
    assert f'name="qty_{oil.pk}" value="2"' in page  # the chosen product starts at its minimum order


def test_a_guest_orders_confirms_their_e_mail_and_follows_the_answer(client, products, manager_user):
    oil, soap, _elsewhere = products
    response = client.post(f"/fr/products/{oil.pk}/order/", {**GUEST, f"qty_{oil.pk}": "3", f"qty_{soap.pk}": "10"})
    assert response["Location"] == "/fr/orders/sent/"
    assert "claire@example.org" in client.get("/fr/orders/sent/").content.decode()
    order = Order.objects.get()
    assert order.status == OrderStatus.UNVERIFIED and order.total == Decimal("790")
    assert order.lines.count() == 2 and order.language == "fr"

    page = client.get(link_in(mail.outbox[0]))  # opening the e-mail's link confirms the address
    order.refresh_from_db()
    assert order.status == OrderStatus.SUBMITTED and "790,00\u00a0MAD" in page.content.decode()
    assert manager_user.email in mail.outbox[1].to

    refused = client.post(f"/fr/orders/{order.token}/", {"move": "write", "message": ""})
    assert refused.status_code == 400
    client.post(f"/fr/orders/{order.token}/", {"move": "write", "message": "Livraison possible avant le 10 ?"})
    assert order.updates.last().message == "Livraison possible avant le 10 ?"
    client.post(f"/fr/orders/{order.token}/", {"move": "cancel"})
    order.refresh_from_db()
    assert order.status == OrderStatus.CANCELLED


def test_a_wrong_order_keeps_everything_typed_and_says_which_product(client, products):
    oil, _soap, elsewhere = products
    response = client.post(f"/fr/products/{oil.pk}/order/", {**GUEST, f"qty_{oil.pk}": "1",
                                                             "buyer_email": "claire@example"})
    page = response.content.decode()
    assert response.status_code == 200 and not Order.objects.exists() and not mail.outbox
    assert 'value="Claire Martin"' in page and "Pour une épicerie fine." in page
    response = client.post(f"/fr/products/{oil.pk}/order/", {**GUEST, f"qty_{oil.pk}": "1"})
    assert "minimum" in response.content.decode() and not Order.objects.exists()
    # A product of another cooperative cannot be slipped into the order.
    client.post(f"/fr/products/{oil.pk}/order/", {**GUEST, f"qty_{oil.pk}": "2", f"qty_{elsewhere.pk}": "5"})
    assert list(Order.objects.get().lines.values_list("product_id", flat=True)) == [oil.pk]


def test_an_order_page_is_only_reachable_with_its_secret_link(client, products):
    oil = products[0]
    client.post(f"/fr/products/{oil.pk}/order/", {**GUEST, f"qty_{oil.pk}": "2"})
    order = Order.objects.get()
    assert client.get(f"/fr/orders/{order.reference}/").status_code == 404
    assert client.get(f"/fr/orders/{order.token[:-1]}x/").status_code == 404
    assert client.post(f"/fr/orders/{order.token}/", {"move": "confirm"}).status_code == 404  # not the buyer's move


def test_unpublished_products_cannot_be_ordered(client, products):
    oil = products[0]
    oil.published = False
    oil.save()
    assert client.get(f"/fr/products/{oil.pk}/order/").status_code == 404


def test_a_buyer_signs_up_opens_the_link_and_orders_without_confirming_again(client, products, manager_user):
    oil = products[0]
    client.post(f"/fr/products/{oil.pk}/order/", {**GUEST, f"qty_{oil.pk}": "2"})
    client.get(link_in(mail.outbox[0]))  # a guest order from the same address, confirmed
    weak = client.post("/fr/buyers/signup/", {"name": "Claire", "email": "claire@example.org", "password": "123"})
    assert weak.status_code == 200 and "Claire" in weak.content.decode()
    client.post("/fr/buyers/signup/", {"name": "Claire", "email": "Claire@example.org",
                                       "password": "un mot de passe assez long"})
    activation = link_in(mail.outbox[-1])
    response = client.get(activation)
    assert response["Location"] == "/fr/orders/"
    assert client.get(activation).status_code == 400  # a link works once
    listing = client.get("/fr/orders/").content.decode()
    assert Order.objects.get().reference in listing

    sent = len(mail.outbox)
    response = client.post(f"/fr/products/{oil.pk}/order/", {"kind": "order", f"qty_{oil.pk}": "4"})
    order = Order.objects.latest("pk")
    assert response["Location"] == f"/fr/orders/{order.token}/" and order.status == OrderStatus.SUBMITTED
    assert order.buyer_email == "claire@example.org" and mail.outbox[sent].to != ["claire@example.org"]
    assert client.get("/fr/manage/").status_code == 302  # a buyer has no back office: sent to their orders


def test_lost_links_are_sent_again_without_telling_who_ordered(client, products):
    oil = products[0]
    client.post(f"/fr/products/{oil.pk}/order/", {**GUEST, f"qty_{oil.pk}": "2"})
    client.get(link_in(mail.outbox[0]))
    unknown = client.post("/fr/orders/", {"email": "nobody@example.org"}, follow=True).content.decode()
    known = client.post("/fr/orders/", {"email": "claire@example.org"}, follow=True).content.decode()
    def said(page):
        return re.findall(r'<p class="message[^"]*" role="status">(.*?)</p>', page)

    assert said(unknown) == said(known) and len(said(known)) == 1
    assert Order.objects.get().token in mail.outbox[-1].body and mail.outbox[-1].to == ["claire@example.org"]
