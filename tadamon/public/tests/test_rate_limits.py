"""Anonymous forms that send e-mail or create records are limited per address: beyond the rate,
the POST gets the 429 page and nothing is created or sent; reading the form stays free."""

from decimal import Decimal

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.cache import cache

from tadamon.events.models import Participant
from tadamon.events.tests.factories import EventFactory
from tadamon.market.models import Order, OrderUpdate
from tadamon.market.tests.factories import ProductFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("rate_limit_clock")]

GUEST = {"buyer_name": "Claire Martin", "buyer_email": "claire@example.org", "city": "Lyon", "country": "France"}


@pytest.fixture
def limits(settings):
    """Rates lowered for the test, counts from zero."""
    cache.clear()

    def lower(**rates):
        settings.RATE_LIMITS = {**settings.RATE_LIMITS, **rates}

    yield lower
    cache.clear()


@pytest.fixture
def oil(cooperative, manager_user):
    return ProductFactory(organization=cooperative, name_fr="Huile d'argan", price_mad=Decimal("180"),
                          min_order=Decimal("1"))


def refused(response) -> bool:
    return response.status_code == 429 and "Trop de requêtes" in response.content.decode()


def test_guest_orders_and_questions_beyond_the_rate_get_the_429_page_and_create_nothing(client, limits, oil):
    limits(order="2/h")
    url = f"/fr/products/{oil.pk}/order/"
    assert client.post(url, {**GUEST, "kind": "order", f"qty_{oil.pk}": "2"}).status_code == 302
    assert client.post(url, {**GUEST, "kind": "inquiry", "message": "Livrez-vous à Lyon ?"}).status_code == 302
    assert (Order.objects.count(), len(mail.outbox)) == (2, 2)
    response = client.post(url, {**GUEST, "kind": "inquiry", "message": "Et à Paris ?"})
    assert refused(response)
    # An hourly limit says so: wait an hour, not a minute.
    assert response["Retry-After"] == "3600" and "60 minutes" in response.content.decode()
    assert refused(client.post(url, {**GUEST, "kind": "order", f"qty_{oil.pk}": "3"}))
    assert (Order.objects.count(), len(mail.outbox)) == (2, 2)
    assert client.get(url).status_code == 200  # reading the form is not limited


def test_messages_on_an_order_beyond_the_rate_get_the_429_page_and_are_not_sent(client, limits, oil):
    limits(order_message="2/h")
    client.post(f"/fr/products/{oil.pk}/order/", {**GUEST, "kind": "order", f"qty_{oil.pk}": "2"})
    order = Order.objects.get()
    client.get(f"/fr/orders/{order.token}/")  # the e-mail's link confirms the order
    updates = OrderUpdate.objects.count()
    for text in ("Livraison avant le 10 ?", "Merci !"):
        assert client.post(f"/fr/orders/{order.token}/", {"move": "write", "message": text}).status_code == 302
    assert OrderUpdate.objects.count() == updates + 2
    sent = len(mail.outbox)
    assert refused(client.post(f"/fr/orders/{order.token}/", {"move": "write", "message": "Encore ?"}))
    assert (OrderUpdate.objects.count(), len(mail.outbox)) == (updates + 2, sent)
    assert client.get(f"/fr/orders/{order.token}/").status_code == 200


def test_buyer_sign_ups_beyond_the_rate_get_the_429_page_and_create_no_account(client, limits):
    limits(buyer_signup="2/h")
    password = "un mot de passe assez long"
    for name in ("claire", "omar"):
        response = client.post("/fr/buyers/signup/", {"name": name, "email": f"{name}@example.org",
                                                      "password": password})
        assert response.status_code == 200 and f"{name}@example.org" in response.content.decode()
    assert len(mail.outbox) == 2
    assert refused(client.post("/fr/buyers/signup/", {"name": "Zineb", "email": "zineb@example.org",
                                                      "password": password}))
    assert not get_user_model().objects.filter(username="zineb@example.org").exists() and len(mail.outbox) == 2
    assert client.get("/fr/buyers/signup/").status_code == 200


def test_event_registrations_beyond_the_rate_get_the_429_page_and_register_nobody(client, limits):
    limits(event_registration="3/h")
    fair = EventFactory()
    for n in range(3):
        response = client.post(f"/fr/events/{fair.pk}/", {"full_name": f"Visiteur {n}", "gender": "F",
                                                          "email": f"v{n}@example.ma"})
        assert response.status_code == 302
    assert Participant.objects.filter(event=fair).count() == 3 and len(mail.outbox) == 3
    assert refused(client.post(f"/fr/events/{fair.pk}/", {"full_name": "Visiteur 4", "gender": "M",
                                                          "email": "v4@example.ma"}))
    assert Participant.objects.filter(event=fair).count() == 3 and len(mail.outbox) == 3
    assert client.get(f"/fr/events/{fair.pk}/").status_code == 200


def test_each_limit_counts_its_own_form_and_each_address_its_own_requests(client, limits, oil):
    limits(order="1/h", event_registration="1/h")
    fair = EventFactory()
    assert client.post(f"/fr/products/{oil.pk}/order/", {**GUEST, "kind": "order", f"qty_{oil.pk}": "2"}
                       ).status_code == 302
    assert client.post(f"/fr/events/{fair.pk}/", {"full_name": "Itto", "gender": "F"}).status_code == 302
    assert refused(client.post(f"/fr/events/{fair.pk}/", {"full_name": "Hadda", "gender": "F"}))
    other = client.post(f"/fr/events/{fair.pk}/", {"full_name": "Hadda", "gender": "F"}, REMOTE_ADDR="192.0.2.7")
    assert other.status_code == 302 and Participant.objects.filter(event=fair).count() == 2
