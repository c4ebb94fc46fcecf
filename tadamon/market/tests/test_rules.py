"""Who passes the market's named permissions added for the views, role by role."""

import pytest

from tadamon.accounts.tests.roles import role_users, who_passes

pytestmark = pytest.mark.django_db


def test_only_a_buyer_account_follows_its_own_orders_not_a_superuser():
    assert who_passes(role_users(), "market.follow_own_orders") == {"buyer"}
