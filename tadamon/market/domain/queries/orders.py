"""The orders a back-office user reads and those of a buyer (the back office, the public site and
the API)."""

from django.db import connection
from django.db.models import QuerySet

from tadamon.accounts.rules import is_buyer, is_programme_staff
from tadamon.market.domain.products import organizations_kept_by
from tadamon.market.enums import OrderStatus
from tadamon.market.models import Order


def orders_seen_by(user) -> QuerySet:
    """The orders a back-office user may read: those of the organisations whose products they keep
    (a manager their own; programme staff the cooperatives they support; admins all). Never a
    guest's order whose e-mail is not confirmed yet."""
    seen = Order.objects.filter(status__in=OrderStatus.seen_by_cooperative())
    kept = organizations_kept_by(user)
    if is_programme_staff(user) and connection.vendor == "postgresql":
        # The organisations' ids themselves, as one array: with the nested subquery PostgreSQL
        # expected a few orders where a national programme's staff follow 120,000, and fetched them
        # one organisation at a time (2.4 s instead of a scan); as 5,000 parameters of an IN list,
        # building and quoting them took 100 ms of CPU a query (docs/performance.md, issue 26).
        ids = list(kept.values_list("pk", flat=True))
        return seen.extra(where=['"market_order"."organization_id" = ANY(%s::bigint[])'], params=[ids])
    return seen.filter(organization__in=kept)


def orders_of_buyer(user) -> QuerySet:
    if not is_buyer(user):
        return Order.objects.none()
    return Order.objects.filter(buyer=user)


def orders_awaiting_answer(organization) -> QuerySet:
    """The organisation's orders waiting for its answer (received, or answered and not yet
    confirmed or declined), oldest first: the manager's home counts them."""
    return Order.objects.filter(organization=organization, status__in=OrderStatus.open()).order_by("created_at", "pk")
