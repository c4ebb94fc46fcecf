from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext, pgettext_lazy


class Unit(models.TextChoices):
    KG = "kg", _("kilogram")
    GRAM = "g", _("gram")
    LITRE = "l", _("litre")
    PIECE = "piece", _("piece")
    BOX = "box", _("box")
    M2 = "m2", _("square metre")


def amount_of(quantity, unit: str) -> str:
    """A quantity with its unit as the reader's language writes it: "6 litres", "6 لترات", "1,5 kg"
    reads "1,5 kilogramme" (French takes the singular below 2). The number goes through the one
    formatting layer (tadamon.common.numbers)."""
    from tadamon.common.numbers import format_decimal

    number = format_decimal(quantity)
    # Plural forms are chosen on whole numbers; a fraction reads as French "1,5 litre" and Arabic "1,5 لتر".
    count = int(quantity) if quantity == int(quantity) else (1 if quantity < 2 else 100)
    forms = {
        Unit.KG: lambda: ngettext("%(n)s kilogram", "%(n)s kilograms", count),
        Unit.GRAM: lambda: ngettext("%(n)s gram", "%(n)s grams", count),
        Unit.LITRE: lambda: ngettext("%(n)s litre", "%(n)s litres", count),
        Unit.PIECE: lambda: ngettext("%(n)s piece", "%(n)s pieces", count),
        Unit.BOX: lambda: ngettext("%(n)s box", "%(n)s boxes", count),
        Unit.M2: lambda: ngettext("%(n)s square metre", "%(n)s square metres", count),
    }
    return forms[unit]() % {"n": number} if unit in forms else f"{number} {unit}"


class Availability(models.TextChoices):
    IN_STOCK = "in_stock", _("In stock")
    ON_ORDER = "on_order", _("Made to order")
    SEASONAL = "seasonal", _("In season only")
    UNAVAILABLE = "unavailable", _("Unavailable")


class CertificationType(models.TextChoices):
    ONSSA_AUTHORISATION = "onssa_authorisation", _("ONSSA sanitary authorisation")
    ONSSA_APPROVAL = "onssa_approval", _("ONSSA sanitary approval")
    ORGANIC = "organic", _("Organic")
    ORIGIN = "origin", _("Protected origin label (PGI, PDO, agricultural label)")
    FAIR_TRADE = "fair_trade", _("Fair trade")
    ISO = "iso", _("ISO")
    OTHER = "other", _("Other")


class CertificationStatus(models.TextChoices):
    NOT_YET_VALID = "not_yet_valid", _("Not yet valid")
    VALID = "valid", _("Valid")
    EXPIRING = "expiring", _("Expires soon")
    EXPIRED = "expired", _("Expired")


class OrderKind(models.TextChoices):
    ORDER = "order", _("Order")
    INQUIRY = "inquiry", _("Question")


class OrderStatus(models.TextChoices):
    """Both sides read these (the buyer's page and e-mails, the cooperative's back office): each says
    who did what, so that no two read alike (in Arabic, "received" and "delivered" did)."""

    UNVERIFIED = "unverified", _("Waiting for the buyer to confirm their e-mail")
    SUBMITTED = "submitted", pgettext_lazy("order status", "Received")
    ANSWERED = "answered", pgettext_lazy("order status", "Answered")
    CONFIRMED = "confirmed", pgettext_lazy("order status", "Confirmed")
    SHIPPED = "shipped", pgettext_lazy("order status", "Shipped")
    DELIVERED = "delivered", pgettext_lazy("order status", "Delivered")
    DECLINED = "declined", pgettext_lazy("order status", "Declined")
    CANCELLED = "cancelled", _("Cancelled by the buyer")

    @classmethod
    def for_buyer(cls, status: str) -> str:
        """The status as the buyer reads it, said from where they stand ("On its way to you", "You
        cancelled it"): the labels above are the cooperative's words and name the buyer as a third person."""
        return BUYER_STATUS_LABELS.get(status, "")

    @classmethod
    def open(cls) -> list[str]:
        """Waiting for the cooperative: received or answered, not yet confirmed or declined."""
        return [cls.SUBMITTED, cls.ANSWERED]

    @classmethod
    def seen_by_cooperative(cls) -> list[str]:
        return [s for s in cls.values if s != cls.UNVERIFIED]


BUYER_STATUS_LABELS = {
    OrderStatus.UNVERIFIED: _("Not sent yet: confirm your e-mail address"),
    OrderStatus.SUBMITTED: _("Sent, waiting for the cooperative's answer"),
    OrderStatus.ANSWERED: _("The cooperative answered"),
    OrderStatus.CONFIRMED: _("Confirmed by the cooperative"),
    OrderStatus.SHIPPED: _("On its way to you"),
    OrderStatus.DELIVERED: _("Delivered to you"),
    OrderStatus.DECLINED: _("Declined by the cooperative"),
    OrderStatus.CANCELLED: _("You cancelled it"),
}
