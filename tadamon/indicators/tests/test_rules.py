"""Who passes the indicators' named permissions, role by role."""

import pytest

from tadamon.accounts.tests.roles import role_users, who_passes

pytestmark = pytest.mark.django_db


@pytest.fixture
def users():
    return role_users()


def test_everyone_signed_in_or_not_reads_the_figures(users):
    assert who_passes(users, "indicators.view_figures") == set(users)
