"""The orders a back-office user reads and those of a buyer (the back office, the public site and
the API)."""

from django.db.models import QuerySet

from tadamon.accounts.rules import is_buyer
from tadamon.market.domain.products import organizations_kept_by
from tadamon.market.enums import OrderStatus
from tadamon.market.models import Order


def orders_seen_by(user) -> QuerySet:
    """The orders a back-office user may read: those of the organisations whose products they keep
    (a manager their own; programme staff the cooperatives they support; admins all). Never a
    guest's order whose e-mail is not confirmed yet."""
    return Order.objects.filter(organization__in=organizations_kept_by(user),
                                status__in=OrderStatus.seen_by_cooperative())


def orders_of_buyer(user) -> QuerySet:
    if not is_buyer(user):
        return Order.objects.none()
    return Order.objects.filter(buyer=user)


def orders_awaiting_answer(organization) -> QuerySet:
    """The organisation's orders waiting for its answer (received, or answered and not yet
    confirmed or declined), oldest first: the manager's home counts them."""
    return Order.objects.filter(organization=organization, status__in=OrderStatus.open()).order_by("created_at", "pk")
