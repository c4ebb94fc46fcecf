"""The buyer's order page: cancelling is asked twice without JavaScript (the button that cancels is
inside a <details>), and the message typed goes with it; in Arabic, no two statuses read alike."""

import re

import pytest
from django.utils import translation

from tadamon.market.domain.orders import move
from tadamon.market.enums import OrderStatus
from tadamon.market.models import Order
from tadamon.market.tests.factories import ProductFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def order(client, cooperative):
    oil = ProductFactory(organization=cooperative, name_fr="Huile d'argan", name_ar="زيت أركان", unit="l")
    client.post(f"/fr/products/{oil.pk}/order/", {
        "kind": "order", "buyer_name": "Claire Martin", "buyer_email": "claire@example.org", "city": "Lyon",
        "country": "France", "message": "Pour une épicerie fine.", f"qty_{oil.pk}": str(oil.min_order or 1)})
    order = Order.objects.get()
    Order.objects.filter(pk=order.pk).update(status=OrderStatus.SUBMITTED)
    return order


def test_cancelling_is_confirmed_in_a_second_step_and_keeps_the_message(client, order):
    page = client.get(f"/ar/orders/{order.token}/").content.decode()
    folded = re.search(r'<details class="confirm">.*?</details>', page, re.S)
    assert folded and 'name="move" value="cancel"' in folded.group(0)
    assert page.count('value="cancel"') == 1  # no cancel button outside the confirmation
    assert '<meta name="referrer"' not in page
    client.post(f"/fr/orders/{order.token}/", {"move": "cancel", "message": "Plus besoin, merci."})
    order.refresh_from_db()
    assert order.status == OrderStatus.CANCELLED
    assert order.updates.last().message == "Plus besoin, merci."


def test_order_statuses_cannot_be_confused_in_arabic():
    with translation.override("ar"):
        labels = {status: str(status.label) for status in OrderStatus}
    assert len(set(labels.values())) == len(labels)
    # "مستلمة" (received) and "مسلّمة" (delivered) read alike; "مرسلة" reads as "sent".
    assert labels[OrderStatus.SUBMITTED] != "مستلمة" and labels[OrderStatus.DELIVERED] != "مسلّمة"
    assert labels[OrderStatus.SHIPPED] != "مرسلة"


def test_the_buyer_reads_statuses_from_where_they_stand_and_is_told_what_a_click_did(
        client, client_for, manager_user, order, mailoutbox):
    move(order, "confirm", user=manager_user, by_buyer=False)
    mailoutbox.clear()
    move(order, "ship", user=manager_user, by_buyer=False)
    # The e-mail speaks the order's language (French here) and the buyer's words.
    assert f"La commande {order.reference} est maintenant : En route vers vous." in mailoutbox[-1].body

    page = client.get(f"/en/orders/{order.token}/").content.decode()
    assert '<span class="badge status-shipped">On its way to you</span>' in page
    # "I received it" is a form of its own, before the message's form, not one of its buttons.
    received = page[page.index('<section class="narrow received-box"'):]
    received = received[:received.index("</section>")]
    assert 'value="received"' in received and "Has the order reached you?" in received
    assert page.count('value="received"') == 1
    assert "Confirmed by the cooperative" in page  # the history, in the buyer's words too

    response = client.post(f"/en/orders/{order.token}/", {"move": "received", "message": ""}, follow=True)
    page = response.content.decode()
    assert "Thank you: the order is marked as delivered to you, and the cooperative is told." in page
    assert '<span class="badge status-delivered">Delivered to you</span>' in page
    order.refresh_from_db()
    assert order.status == OrderStatus.DELIVERED
    # The cooperative keeps its own words for the same order.
    staff_page = client_for(manager_user).get(f"/en/manage/orders/{order.pk}/").content.decode()
    assert '<span class="badge status-delivered">Delivered</span>' in staff_page
    assert "Delivered to you" not in staff_page


def test_a_cancelled_order_reads_you_cancelled_it_to_the_buyer(client, order):
    response = client.post(f"/en/orders/{order.token}/", {"move": "cancel", "message": ""}, follow=True)
    page = response.content.decode()
    assert "Your order is cancelled: the cooperative is told." in page
    assert "You cancelled it" in page and "Cancelled by the buyer" not in page


def test_every_status_has_words_for_the_buyer_unlike_the_cooperatives():
    for language in ("ar", "fr", "zgh"):
        with translation.override(language):
            for status in OrderStatus:
                assert OrderStatus.for_buyer(status), (language, status)
            assert str(OrderStatus.for_buyer(OrderStatus.CANCELLED)) != str(OrderStatus.CANCELLED.label)
