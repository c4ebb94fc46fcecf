"""The market's queries for the manager's home: orders waiting for an answer, certifications to renew."""

import datetime

import pytest

from tadamon.market.domain.queries.certifications import certifications_to_renew
from tadamon.market.domain.queries.orders import orders_awaiting_answer
from tadamon.market.models import Certification, Order

pytestmark = pytest.mark.django_db
TODAY = datetime.date(2026, 3, 1)


def test_orders_awaiting_answer_are_the_received_and_answered_of_that_organisation(cooperative, other_cooperative):
    def order(organization, status):
        n = Order.objects.count()
        return Order.objects.create(reference=f"R{n}", token=f"t{n}", organization=organization, status=status,
                                    buyer_name="Omar", buyer_email="omar@example.org")

    waiting = [order(cooperative, "submitted"), order(cooperative, "answered")]
    for status in ("unverified", "confirmed", "shipped", "delivered", "declined", "cancelled"):
        order(cooperative, status)
    order(other_cooperative, "submitted")
    assert list(orders_awaiting_answer(cooperative)) == waiting


def test_certifications_to_renew_are_the_expired_and_those_expiring_within_60_days(cooperative, other_cooperative):
    def certification(organization, issued_days_ago, expires_in):
        return Certification.objects.create(
            organization=organization, kind="organic", issuer="Ecocert", number=f"{issued_days_ago}/{expires_in}",
            issued_on=TODAY - datetime.timedelta(days=issued_days_ago),
            expires_on=None if expires_in is None else TODAY + datetime.timedelta(days=expires_in))

    expired, expiring, last_day = certification(cooperative, 400, -3), certification(cooperative, 300, 10), \
        certification(cooperative, 300, 60)
    certification(cooperative, 300, 61)  # valid beyond the warning period
    certification(cooperative, 300, None)  # never expires
    certification(cooperative, -5, 30)  # not issued yet
    certification(other_cooperative, 300, 10)
    assert list(certifications_to_renew(cooperative, TODAY)) == [expired, expiring, last_day]
