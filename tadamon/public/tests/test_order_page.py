"""The buyer's order page: cancelling is asked twice without JavaScript (the button that cancels is
inside a <details>), and the message typed goes with it; in Arabic, no two statuses read alike."""

import re

import pytest
from django.utils import translation

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
