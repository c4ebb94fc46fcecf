"""The messages of an order: the guest's confirmation link; to the cooperative, what the buyer did
(by e-mail in Arabic and French, like every message to a cooperative, or on its managers' channel);
to the buyer, what the cooperative did, in the language they ordered in. Each carries the link to
the order's page. All go through tadamon.notifications."""

from functools import partial

from django.conf import settings
from django.urls import reverse
from django.utils import translation
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from tadamon.market.enums import OrderStatus
from tadamon.market.models import Order, OrderUpdate
from tadamon.notifications import Recipient, notify
from tadamon.notifications.kinds import InLanguage


def buyer_link(order: Order) -> str:
    with translation.override(order.language):
        return settings.SITE_URL.rstrip("/") + reverse("public:order", args=[order.token])


def cooperative_link(order: Order, language: str) -> str:
    with translation.override(language):
        return settings.SITE_URL.rstrip("/") + reverse("backoffice:order", args=[order.pk])


def _lines(order: Order) -> str:
    return "\n".join(f"- {line.quantity_shown} · {line.product_name}"
                     for line in order.lines.all())


def send_verification(order: Order) -> int:
    with translation.override(order.language):
        subject = _("Confirm your e-mail to send your order %(reference)s") % {"reference": order.reference}
        body = _("Hello %(name)s,\n\nTo send your %(kind)s to %(organization)s, open this link:\n%(url)s\n\n"
                 "%(lines)s\n\nIf you did not write to them, ignore this e-mail: nothing will be sent.\n\nTadamon") % {
            "name": order.buyer_name, "kind": order.get_kind_display().lower(), "organization": order.organization,
            "url": buyer_link(order), "lines": _lines(order)}
    return len(notify("order_verification", _buyer(order), {"subject": subject, "text": body}))


def _buyer(order: Order) -> Recipient:
    return Recipient(email=order.buyer_email, language=order.language, channel="email", name=order.buyer_name)


def _what_happened(update: OrderUpdate, *, to_buyer: bool = False) -> str:
    order = update.order
    if update.status == OrderStatus.SUBMITTED and not to_buyer:
        return _("%(buyer)s sent %(organization)s a new %(kind)s.") % {
            "buyer": order.buyer_name, "organization": order.organization, "kind": order.get_kind_display().lower()}
    if update.status:
        return _("Order %(reference)s is now: %(status)s.") % {
            "reference": order.reference,
            "status": update.status_for_buyer() if to_buyer else update.get_status_display()}
    return _("New message about order %(reference)s.") % {"reference": order.reference}


def send_notice(update: OrderUpdate) -> int:
    """Tell the other side about an update."""
    order = update.order
    if update.by_buyer:
        kind = "order_received" if update.status == OrderStatus.SUBMITTED else "order_update"
        return len(notify(kind, order.organization, {
            "subject": InLanguage(lambda: _("Order %(reference)s: %(what)s") % {
                "reference": order.reference, "what": _what_happened(update)}),
            "text": InLanguage(partial(_to_cooperative, update)),
            "sms": InLanguage(lambda: f"{_what_happened(update)} {cooperative_link(order, get_language())}"),
        }))
    with translation.override(order.language):
        what = _what_happened(update, to_buyer=True)
        subject = _("Order %(reference)s: %(what)s") % {"reference": order.reference, "what": what}
        body = "\n\n".join(filter(None, [
            _("Hello %(name)s,") % {"name": order.buyer_name}, what,
            _("%(organization)s wrote:\n%(message)s") % {"organization": order.organization, "message": update.message}
            if update.message else "", _("Your order and its history:\n%(url)s") % {"url": buyer_link(order)},
            "Tadamon"]))
    return len(notify("order_update", _buyer(order), {"subject": subject, "text": body}))


def _to_cooperative(update: OrderUpdate) -> str:
    order = update.order
    return "\n".join(filter(None, [_what_happened(update), update.message, _lines(order),
                                   cooperative_link(order, get_language())]))


def send_order_links(email: str) -> int:
    """The links to the orders sent from an address (confirmed ones only), to that address."""
    orders = list(Order.objects.filter(buyer_email=email).exclude(status=OrderStatus.UNVERIFIED)
                  .select_related("organization")[:50])
    if not orders:
        return 0
    text = "\n\n".join(
        [_("The links to your orders:")]
        + [f"{o.reference} · {o.organization} · {o.status_for_buyer()}\n{buyer_link(o)}" for o in orders])
    language = get_language() or "fr"
    return len(notify("order_links", Recipient(email=email, language=language, channel="email"),
                      {"subject": _("Your orders on Tadamon"), "text": text}))
