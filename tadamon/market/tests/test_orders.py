import threading
import time
from decimal import Decimal

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import OperationalError, connection

from tadamon.accounts.tests.factories import UserFactory
from tadamon.market.domain import buyers
from tadamon.market.domain.orders import BuyerDetails, move, moves_for, place_order, verify_email
from tadamon.market.domain.queries.orders import orders_seen_by
from tadamon.market.enums import Availability, OrderKind, OrderStatus
from tadamon.market.models import Order, Product
from tadamon.market.tests.factories import ProductFactory
from tadamon.programmes.tests.factories import EnrolmentFactory, ProgrammeFactory

pytestmark = pytest.mark.django_db

GUEST = BuyerDetails(name="Claire Martin", email="Claire@Example.org", city="Lyon", country="France")


def order(cooperative, *lines, kind=OrderKind.ORDER, message="", user=None, language="fr", buyer=GUEST):
    return place_order(cooperative, kind=kind, lines=list(lines), buyer=buyer, message=message, user=user,
                       language=language)


@pytest.fixture
def oil(cooperative):
    return ProductFactory(organization=cooperative, name_fr="Huile d'argan", name_ar="زيت أركان", name_en="Argan oil",
                          price_mad=Decimal("180"), unit="l", min_order=Decimal("2"), stock=Decimal("10"))


def test_a_guest_order_waits_for_the_e_mail_and_only_then_reaches_the_cooperative(cooperative, oil, manager_user):
    placed = order(cooperative, (oil, Decimal("3")))
    assert placed.status == OrderStatus.UNVERIFIED and placed.buyer_email == "claire@example.org"
    assert [m.to for m in mail.outbox] == [["claire@example.org"]]
    assert f"/fr/orders/{placed.token}/" in mail.outbox[0].body and "3 litres · Huile d'argan" in mail.outbox[0].body
    assert not orders_seen_by(manager_user).exists()  # the cooperative never sees an unconfirmed address

    assert verify_email(placed) is True
    assert verify_email(Order.objects.get(pk=placed.pk)) is False  # the link opened twice counts once
    assert list(orders_seen_by(manager_user)) == [placed]
    to_cooperative = mail.outbox[1]
    assert manager_user.email in to_cooperative.to
    assert "Claire Martin" in to_cooperative.body and "أرسل" not in to_cooperative.subject
    assert f"/ar/manage/orders/{placed.pk}/" in to_cooperative.body  # Arabic first, then French
    assert f"/fr/manage/orders/{placed.pk}/" in to_cooperative.body
    assert placed.lines.get().unit_price == Decimal("180")


def test_a_signed_in_buyer_s_order_goes_straight_to_the_cooperative(cooperative, oil, manager_user):
    buyer = UserFactory(username="buyer@example.org", email="buyer@example.org", role="buyer", first_name="Omar")
    placed = order(cooperative, (oil, Decimal("2")), user=buyer,
                   buyer=BuyerDetails(name="Omar", email="buyer@example.org"))
    assert placed.status == OrderStatus.SUBMITTED and placed.buyer == buyer
    assert [m.to for m in mail.outbox] == [sorted({cooperative.email, manager_user.email} - {""})]


def test_the_lines_are_checked_and_the_reason_names_the_product(cooperative, other_cooperative, oil):
    foreign = ProductFactory(organization=other_cooperative, name_en="Dates")
    gone = ProductFactory(organization=cooperative, name_en="Saffron", availability=Availability.UNAVAILABLE)
    cases = [  # in the language of the page (English here)
        ([(oil, Decimal("1"))], "Argan oil: the minimum order is 2 litres."),
        ([(oil, Decimal("11"))], "Argan oil: only 10 litres left."),
        ([(foreign, Decimal("5"))], "Dates is not sold by this cooperative."),
        ([(gone, Decimal("5"))], "Saffron is not available at the moment."),
        ([(oil, None)], "Give a quantity for at least one product."),
    ]
    for lines, reason in cases:
        with pytest.raises(ValidationError) as error:
            order(cooperative, *lines)
        assert reason in error.value.messages
    with pytest.raises(ValidationError, match="Write your question"):
        order(cooperative, kind=OrderKind.INQUIRY)
    assert not Order.objects.exists() and not mail.outbox  # nothing half-written, nothing sent


def test_a_question_needs_no_product_and_cannot_be_confirmed(cooperative, manager_user):
    question = order(cooperative, kind=OrderKind.INQUIRY, message="Livrez-vous à Lyon ?")
    verify_email(question)
    assert [m.name for m in moves_for(question, by_buyer=False)] == ["answer", "decline"]
    with pytest.raises(ValidationError, match="cannot be changed that way"):
        move(question, "confirm", user=manager_user, by_buyer=False)
    move(question, "answer", user=manager_user, by_buyer=False, message="Oui, par transporteur.")
    assert question.status == OrderStatus.ANSWERED
    assert "Oui, par transporteur." in mail.outbox[-1].body and mail.outbox[-1].to == ["claire@example.org"]


def test_the_whole_workflow_reserves_stock_and_both_sides_see_each_step(cooperative, oil, manager_user):
    placed = order(cooperative, (oil, Decimal("4")))
    verify_email(placed)
    with pytest.raises(ValidationError, match="Write a message"):
        move(placed, "answer", user=manager_user, by_buyer=False)
    move(placed, "confirm", user=manager_user, by_buyer=False, message="Prêt jeudi.")
    oil.refresh_from_db()
    assert oil.stock == Decimal("6") and oil.version == 2  # a stale product form is refused, not applied
    move(placed, "write", by_buyer=True, message="Merci !")
    move(placed, "ship", user=manager_user, by_buyer=False)
    move(placed, "received", by_buyer=True)
    assert Order.objects.get(pk=placed.pk).status == OrderStatus.DELIVERED
    history = list(placed.updates.values_list("status", "by_buyer", "message"))
    assert history == [("unverified", True, ""), ("submitted", True, ""),
                       ("confirmed", False, "Prêt jeudi."), ("", True, "Merci !"), ("shipped", False, ""),
                       ("delivered", True, "")]
    assert moves_for(placed, by_buyer=True) == [] and moves_for(placed, by_buyer=False) == []


def test_declining_needs_a_reason_and_gives_the_reserved_stock_back(cooperative, oil, manager_user):
    placed = order(cooperative, (oil, Decimal("4")))
    verify_email(placed)
    move(placed, "confirm", user=manager_user, by_buyer=False)
    with pytest.raises(ValidationError, match="Say why"):
        move(placed, "decline", user=manager_user, by_buyer=False, message="  ")
    move(placed, "decline", user=manager_user, by_buyer=False, message="Récolte perdue.")
    oil.refresh_from_db()
    assert oil.stock == Decimal("10")


def test_each_side_makes_only_its_own_moves(cooperative, oil, manager_user):
    placed = order(cooperative, (oil, Decimal("2")))
    verify_email(placed)
    with pytest.raises(PermissionDenied):
        move(placed, "confirm", by_buyer=True)
    with pytest.raises(PermissionDenied):
        move(placed, "cancel", user=manager_user, by_buyer=False)
    move(placed, "cancel", by_buyer=True)
    with pytest.raises(ValidationError, match="“Cancelled by the buyer”"):
        move(placed, "confirm", user=manager_user, by_buyer=False)


def test_a_confirmation_short_of_stock_takes_nothing(cooperative, oil, manager_user):
    honey = ProductFactory(organization=cooperative, name_fr="Miel", unit="kg", stock=Decimal("5"))
    first, second = order(cooperative, (oil, Decimal("8"))), order(cooperative, (oil, Decimal("3")), (honey, 2))
    for placed in (first, second):
        verify_email(placed)
    move(first, "confirm", user=manager_user, by_buyer=False)
    with pytest.raises(ValidationError) as error:
        move(second, "confirm", user=manager_user, by_buyer=False)
    # The product named in the language of the page confirming (English here), not the one it was ordered in.
    assert error.value.messages == ["Argan oil: 3 litres ordered, only 2 left."]
    assert {p.name_fr: p.stock for p in Product.objects.filter(pk__in=[oil.pk, honey.pk])} == {
        "Huile d'argan": Decimal("2"), "Miel": Decimal("5")}  # the honey line was undone with the rest
    assert Order.objects.get(pk=second.pk).status == OrderStatus.SUBMITTED


def test_products_whose_stock_is_not_counted_confirm_freely(cooperative, manager_user):
    carpet = ProductFactory(organization=cooperative, name_fr="Tapis", unit="piece", stock=None)
    placed = order(cooperative, (carpet, Decimal("30")))
    verify_email(placed)
    move(placed, "confirm", user=manager_user, by_buyer=False)
    carpet.refresh_from_db()
    assert carpet.stock is None and placed.status == OrderStatus.CONFIRMED


def test_a_guest_cannot_flood_an_inbox_with_confirmation_e_mails(cooperative, oil):
    for _ in range(5):
        order(cooperative, (oil, Decimal("2")))
    with pytest.raises(ValidationError, match="Several orders already wait"):
        order(cooperative, (oil, Decimal("2")))
    assert len(mail.outbox) == 5


def test_staff_follow_the_orders_of_the_cooperatives_they_support(cooperative, other_cooperative, oil, staff_user,
                                                                  admin_user):
    EnrolmentFactory(programme=ProgrammeFactory(staff=[staff_user]), organization=cooperative)
    mine = order(cooperative, (oil, Decimal("2")))
    theirs = order(other_cooperative, (ProductFactory(organization=other_cooperative), Decimal("1")))
    for placed in (mine, theirs):
        verify_email(placed)
    assert list(orders_seen_by(staff_user)) == [mine]
    assert set(orders_seen_by(admin_user)) == {mine, theirs}


def test_a_buyer_account_is_opened_by_its_link_and_gathers_the_guest_orders(cooperative, oil):
    placed = order(cooperative, (oil, Decimal("2")))
    verify_email(placed)
    waiting = order(cooperative, (oil, Decimal("2")))  # never confirmed: not proven to be theirs
    user = buyers.sign_up(name="Claire", email="claire@example.org", password="long enough pass", language="fr")
    assert not user.is_active and "/fr/buyers/activate/" in mail.outbox[-1].body
    again = buyers.sign_up(name="Claire M.", email="claire@example.org", password="another long one", language="fr")
    assert again.pk == user.pk and again.first_name == "Claire M."  # signing up twice sends a new link
    assert buyers.activate(again) == 1
    assert list(Order.objects.filter(buyer=again)) == [placed] and waiting.buyer is None


@pytest.mark.transactional
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_confirmations_at_the_same_time_never_take_the_stock_below_zero(cooperative, manager_user):
    """Five buyers want 3 litres each of the 10 left; the manager's five confirmations race."""
    oil = ProductFactory(organization=cooperative, name_fr="Huile", unit="l", min_order=1, stock=Decimal("10"))
    placed = [order(cooperative, (oil, Decimal("3")), buyer=BuyerDetails(name=f"B{i}", email=f"b{i}@example.org"))
              for i in range(5)]
    for each in placed:
        verify_email(each)
    results, barrier = [], threading.Barrier(len(placed))

    def confirm(target):
        barrier.wait()
        try:
            for _attempt in range(100):
                try:
                    move(Order.objects.get(pk=target.pk), "confirm", user=manager_user, by_buyer=False)
                    results.append("confirmed")
                    return
                except ValidationError:
                    results.append("short")
                    return
                except OperationalError:  # SQLite's shared in-memory test database: table locked, retry
                    time.sleep(0.01)
        finally:
            connection.close()

    threads = [threading.Thread(target=confirm, args=(each,)) for each in placed]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    oil.refresh_from_db()
    assert sorted(results) == ["confirmed"] * 3 + ["short"] * 2
    assert oil.stock == Decimal("1")
    assert Order.objects.filter(status=OrderStatus.CONFIRMED).count() == 3
