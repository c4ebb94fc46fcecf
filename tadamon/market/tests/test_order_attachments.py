"""Voice notes and photos on an order's history: the cooperative's manager answers by voice, the
buyer plays it through the order's secret link and answers with a photo; nobody else gets them."""

import io
from decimal import Decimal

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from tadamon.common.tests.audio_samples import ogg_opus
from tadamon.market.domain.orders import BuyerDetails, place_order
from tadamon.market.enums import OrderStatus
from tadamon.market.models import OrderAttachment
from tadamon.market.tests.factories import ProductFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def orders(cooperative, other_cooperative, buyer_user):
    """(an order to the cooperative, another buyer's order to the same cooperative)."""
    oil = ProductFactory(organization=cooperative, price_mad=Decimal("180"), unit="l", min_order=Decimal("1"),
                         stock=Decimal("10"))
    mine = place_order(cooperative, kind="order", lines=[(oil, Decimal("2"))], user=buyer_user, language="en",
                       buyer=BuyerDetails(name="Omar", email=buyer_user.email), message="Bonjour")
    theirs = place_order(cooperative, kind="inquiry", lines=[], language="en", message="Une question",
                         buyer=BuyerDetails(name="Claire", email="claire@example.org"))
    theirs.status = OrderStatus.SUBMITTED
    theirs.save()
    return mine, theirs


def photo():
    exif = Image.Exif()
    exif[0x8825] = {2: (33.5, 7.6, 0.0)}
    buffer = io.BytesIO()
    Image.new("RGB", (640, 480), (200, 160, 90)).save(buffer, format="JPEG", exif=exif)
    return SimpleUploadedFile("colis.jpg", buffer.getvalue(), content_type="image/jpeg")


def test_the_cooperative_answers_by_voice_and_the_buyer_plays_it_from_the_link(orders, manager_user, client_for):
    order, _other = orders
    response = client_for(manager_user).post(f"/en/manage/orders/{order.pk}/", {
        "move": "answer", "message": "",  # the voice note stands for the message
        "attach-voice": SimpleUploadedFile("answer.ogg", ogg_opus(3), content_type="audio/ogg")})
    assert response.status_code == 302
    note = OrderAttachment.objects.get()
    assert (note.kind, note.content_type, note.seconds, note.update.status) == ("voice", "audio/ogg", 3, "answered")

    client = client_for(None)
    page = client.get(f"/en/orders/{order.token}/").content.decode()
    url = f"/en/orders/{order.token}/attachments/{note.pk}/"
    assert f'<audio controls preload="none" src="{url}">' in page
    played = client.get(url)
    assert played.status_code == 200 and played.content == ogg_opus(3)
    assert played["Content-Type"] == "audio/ogg" and played["X-Content-Type-Options"] == "nosniff"
    assert played["Content-Disposition"].startswith("inline;")


def test_the_buyer_writes_with_a_photo_and_the_cooperative_sees_it_without_metadata(orders, manager_user,
                                                                                     client_for):
    order, _other = orders
    response = client_for(None).post(f"/en/orders/{order.token}/", {
        "move": "write", "message": "", "attach-photos": [photo()]})
    assert response.status_code == 302
    sent = OrderAttachment.objects.get()
    assert sent.update.by_buyer and sent.kind == "photo"
    page = client_for(manager_user).get(f"/en/manage/orders/{order.pk}/").content.decode()
    url = f"/en/manage/orders/{order.pk}/attachments/{sent.pk}/"
    assert f'<img src="{url}"' in page
    image = Image.open(io.BytesIO(client_for(manager_user).get(url).content))
    assert image.size == (640, 480) and not image.getexif()


def test_a_fake_voice_note_on_an_order_is_refused_and_nothing_moves(orders, manager_user, client_for):
    order, _other = orders
    response = client_for(manager_user).post(f"/en/manage/orders/{order.pk}/", {
        "move": "answer", "message": "Voici", "attach-voice": SimpleUploadedFile(
            "note.webm", b"<html><script>alert(1)</script></html>", content_type="audio/webm")})
    assert response.status_code == 400
    assert "This file is not a voice note we can play" in response.content.decode()
    order.refresh_from_db()
    assert order.status == OrderStatus.SUBMITTED and not OrderAttachment.objects.exists()


def test_nobody_else_plays_an_order_s_voice_note(orders, manager_user, other_manager, buyer_user, officer_user,
                                                 client_for):
    order, other = orders
    client_for(manager_user).post(f"/en/manage/orders/{order.pk}/", {
        "move": "answer", "attach-voice": SimpleUploadedFile("a.ogg", ogg_opus(1), content_type="audio/ogg")})
    note = OrderAttachment.objects.get()
    back_office = f"/en/manage/orders/{order.pk}/attachments/{note.pk}/"
    assert client_for(manager_user).get(back_office).status_code == 200
    assert client_for(None).get(back_office).status_code == 302  # to sign in
    for outsider in (other_manager, buyer_user, officer_user):
        assert client_for(outsider).get(back_office).status_code in (403, 404), outsider.username
    # The buyer of another order, with their own link: not this note.
    assert client_for(None).get(f"/en/orders/{other.token}/attachments/{note.pk}/").status_code == 404
    assert client_for(None).get(f"/en/orders/not-a-token/attachments/{note.pk}/").status_code == 404
    assert client_for(other_manager).get(f"/en/manage/orders/{other.pk}/attachments/{note.pk}/").status_code == 404
