"""Orders and questions from buyers, and how they move.

A guest's order waits (UNVERIFIED) until they open the link sent to their e-mail; a signed-in
buyer's goes straight to the cooperative. The cooperative answers, confirms, ships, marks
delivered or declines with a reason; the buyer may write, cancel before confirmation and say
it arrived. Confirming reserves the stock of counted products in one conditional UPDATE per
product, so two confirmations at the same time can never take it below zero; declining a
confirmed order gives it back. Every move is one OrderUpdate, which both sides read."""

import dataclasses
import datetime
import secrets
from decimal import Decimal

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import F
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from tadamon.accounts.rules import is_buyer
from tadamon.common.attachments import Checked, store
from tadamon.common.numbers import format_decimal
from tadamon.market.enums import Availability, OrderKind, OrderStatus, amount_of
from tadamon.market.models import Order, OrderAttachment, OrderLine, OrderUpdate, Product
from tadamon.programmes.domain.certificates import CODE_ALPHABET

# A guest may have this many orders waiting for their e-mail confirmation in a day: the
# verification e-mail must not become a way to flood someone's mailbox.
UNVERIFIED_PER_EMAIL_PER_DAY = 5


@dataclasses.dataclass
class BuyerDetails:
    name: str
    email: str
    phone: str = ""
    company: str = ""
    city: str = ""
    country: str = ""
    delivery_address: str = ""


@dataclasses.dataclass(frozen=True)
class Move:
    """What a side may do to an order in some statuses, and the status it leads to (None: unchanged)."""

    name: str
    sources: tuple[str, ...]
    target: str | None
    by_buyer: bool
    needs_message: bool = False
    orders_only: bool = False


S = OrderStatus
MOVES = {move.name: move for move in (
    Move("answer", (S.SUBMITTED, S.ANSWERED), S.ANSWERED, by_buyer=False, needs_message=True),
    Move("confirm", (S.SUBMITTED, S.ANSWERED), S.CONFIRMED, by_buyer=False, orders_only=True),
    Move("ship", (S.CONFIRMED,), S.SHIPPED, by_buyer=False),
    Move("deliver", (S.SHIPPED,), S.DELIVERED, by_buyer=False),
    Move("decline", (S.SUBMITTED, S.ANSWERED, S.CONFIRMED), S.DECLINED, by_buyer=False, needs_message=True),
    Move("write", (S.SUBMITTED, S.ANSWERED, S.CONFIRMED, S.SHIPPED), None, by_buyer=True, needs_message=True),
    Move("cancel", (S.SUBMITTED, S.ANSWERED), S.CANCELLED, by_buyer=True),
    Move("received", (S.SHIPPED,), S.DELIVERED, by_buyer=True),
)}


def moves_for(order: Order, *, by_buyer: bool) -> list[Move]:
    """The moves one side may make now, in the order the page offers them."""
    return [m for m in MOVES.values() if m.by_buyer == by_buyer and order.status in m.sources
            and not (m.orders_only and order.kind != OrderKind.ORDER)]


def new_reference() -> str:
    """8 characters of Crockford base 32 (no I, L, O, U): quoted on the phone, never misread."""
    while True:
        reference = "".join(secrets.choice(CODE_ALPHABET) for _ in range(8))
        if not Order.objects.filter(reference=reference).exists():
            return reference


def check_lines(organization, lines: list[tuple[Product, Decimal]], kind: str) -> list[tuple[Product, Decimal]]:
    """The lines worth keeping (quantity > 0), or a ValidationError saying which product is wrong and why."""
    kept = [(product, quantity) for product, quantity in lines if quantity]
    if kind == OrderKind.ORDER and not kept:
        raise ValidationError(_("Give a quantity for at least one product."))
    problems = []
    for product, quantity in kept:
        name = product.name.text
        if product.organization_id != organization.pk or not product.published:
            problems.append(_("%(product)s is not sold by this cooperative.") % {"product": name})
        elif quantity < 0:
            problems.append(_("%(product)s: the quantity cannot be negative.") % {"product": name})
        elif kind == OrderKind.ORDER and product.availability == Availability.UNAVAILABLE:
            problems.append(_("%(product)s is not available at the moment.") % {"product": name})
        elif kind == OrderKind.ORDER and quantity < product.min_order:
            problems.append(_("%(product)s: the minimum order is %(minimum)s.") % {
                "product": name, "minimum": amount_of(product.min_order, product.unit)})
        elif kind == OrderKind.ORDER and product.stock is not None and quantity > product.stock:
            problems.append(_("%(product)s: only %(stock)s left.") % {
                "product": name, "stock": amount_of(product.stock, product.unit)})
    if problems:
        raise ValidationError(problems)
    return kept


@transaction.atomic
def place_order(organization, *, kind: str, lines: list[tuple[Product, Decimal]], buyer: BuyerDetails,
                message: str = "", user=None, language: str = "ar", notify: bool = True) -> Order:
    """Record an order or a question. A signed-in buyer's is sent at once; a guest's waits for
    their e-mail and sends them the link. `notify=False` records without e-mailing anyone (for
    orders taken over from elsewhere, and the demo)."""
    from tadamon.market import tasks

    lines = check_lines(organization, lines, kind)
    if kind == OrderKind.INQUIRY and not message.strip():
        raise ValidationError({"message": _("Write your question.")})
    email = buyer.email.strip().lower()
    signed_in = user is not None and is_buyer(user)
    if not signed_in:
        since = timezone.now() - datetime.timedelta(days=1)
        waiting = Order.objects.filter(buyer_email=email, status=OrderStatus.UNVERIFIED, created_at__gte=since)
        if waiting.count() >= UNVERIFIED_PER_EMAIL_PER_DAY:
            raise ValidationError({"buyer_email": _(
                "Several orders already wait for this address to be confirmed. Open the link we sent "
                "to it, then order again.")})
    order = Order(
        reference=new_reference(), token=secrets.token_urlsafe(32), organization=organization, kind=kind,
        status=OrderStatus.SUBMITTED if signed_in else OrderStatus.UNVERIFIED, buyer=user if signed_in else None,
        buyer_name=buyer.name.strip(), buyer_email=email, buyer_phone=buyer.phone.strip(),
        buyer_company=buyer.company.strip(), city=buyer.city.strip(), country=buyer.country.strip(),
        delivery_address=buyer.delivery_address.strip(), message=message.strip(), language=language,
        email_verified_at=timezone.now() if signed_in else None)
    order.full_clean()
    order.save()
    with translation.override(language):  # the name as the buyer read it
        OrderLine.objects.bulk_create([
            OrderLine(order=order, product=product, product_name=product.name.text[:150], quantity=quantity,
                      unit=product.unit, unit_price=product.price_mad) for product, quantity in lines])
    update = OrderUpdate.objects.create(order=order, status=order.status, by_buyer=True,
                                        author=user if signed_in else None, message=order.message)
    if notify and signed_in:
        tasks.send_order_notice.enqueue(update.pk)
    elif notify:
        tasks.send_order_verification.enqueue(order.pk)
    return order


@transaction.atomic
def verify_email(order: Order, *, notify: bool = True) -> bool:
    """The guest opened the link sent to their e-mail: the order goes to the cooperative.
    True the first time, False when it was already verified."""
    from tadamon.market import tasks

    locked = Order.objects.select_for_update().get(pk=order.pk)
    if locked.status != OrderStatus.UNVERIFIED:
        return False
    now = timezone.now()
    Order.objects.filter(pk=order.pk).update(status=OrderStatus.SUBMITTED, email_verified_at=now, updated_at=now)
    # No message: the status says it, in the reader's language.
    update = OrderUpdate.objects.create(order=order, status=OrderStatus.SUBMITTED, by_buyer=True)
    order.status, order.email_verified_at = OrderStatus.SUBMITTED, now
    if notify:
        tasks.send_order_notice.enqueue(update.pk)
    return True


def _reserve_stock(order: Order) -> None:
    """Take each counted product's quantity off its stock, in product order (so two confirmations
    lock rows in the same order and cannot deadlock). The UPDATE only matches while enough is
    left; PostgreSQL re-checks that condition after waiting for a concurrent confirmation."""
    problems = []
    for line in order.lines.filter(product__isnull=False).select_related("product").order_by("product_id"):
        taken = Product.objects.filter(pk=line.product_id, stock__gte=line.quantity).update(
            stock=F("stock") - line.quantity, version=F("version") + 1)
        if not taken:
            left = Product.objects.filter(pk=line.product_id).values_list("stock", flat=True).first()
            if left is not None:
                problems.append(_("%(product)s: %(quantity)s ordered, only %(stock)s left.") % {
                    # The product's name in the language of the person confirming, not the one ordered in.
                    "product": line.product.name.text, "quantity": amount_of(line.quantity, line.unit),
                    "stock": format_decimal(left)})
    if problems:
        raise ValidationError(problems)  # the atomic block of the caller undoes the lines already taken


def _release_stock(order: Order) -> None:
    for line in order.lines.filter(product__isnull=False).order_by("product_id"):
        Product.objects.filter(pk=line.product_id, stock__isnull=False).update(
            stock=F("stock") + line.quantity, version=F("version") + 1)


@transaction.atomic
def move(order: Order, name: str, *, user=None, by_buyer: bool, message: str = "", notify: bool = True,
         attachments: list[Checked] = ()) -> Order:
    """Make the move `name` on the order, as the buyer or as the cooperative; refuse with a reason
    a move the order's current status does not allow (for instance when someone else moved it first).
    A voice note or photos sent with it (checked already: common/attachment_forms.py) may stand
    for the message."""
    from tadamon.market import tasks

    action = MOVES.get(name)
    if action is None or action.by_buyer != by_buyer:
        raise PermissionDenied
    current = Order.objects.select_for_update().get(pk=order.pk)
    if current.status not in action.sources or (action.orders_only and current.kind != OrderKind.ORDER):
        raise ValidationError(_("This order is now “%(status)s”: it cannot be changed that way any more. "
                                "Its history below shows what happened.") % {"status": current.get_status_display()})
    message = message.strip()
    if action.needs_message and not message and not attachments:
        raise ValidationError({"message": _("Write a message.") if name in ("answer", "write")
                               else _("Say why, so the buyer understands.")})
    if name == "confirm":
        _reserve_stock(current)
    elif name == "decline" and current.status == OrderStatus.CONFIRMED:
        _release_stock(current)
    if action.target:
        Order.objects.filter(pk=order.pk).update(status=action.target, updated_at=timezone.now())
        order.status = action.target
    update = OrderUpdate.objects.create(order=order, status=action.target or "", by_buyer=by_buyer,
                                        author=user if user is not None and user.is_authenticated else None,
                                        message=message)
    store(OrderAttachment, list(attachments), update=update)
    if notify:
        tasks.send_order_notice.enqueue(update.pk)
    return order


@transaction.atomic
def attach_guest_orders(user) -> int:
    """A buyer who just confirmed their account's e-mail gets the orders they sent as a guest from
    the same address (those confirmed by e-mail only: the address is proven either way)."""
    return Order.objects.filter(buyer=None, buyer_email=user.email.lower(), email_verified_at__isnull=False).update(
        buyer=user)
