"""Who passes the partnerships' named permissions added for the views, role by role."""

import pytest

from tadamon.accounts.tests.roles import role_users, who_passes

pytestmark = pytest.mark.django_db


@pytest.fixture
def users():
    return role_users()


def test_a_portfolio_is_read_by_admins_and_the_staff_and_officers_of_an_organisation(users):
    assert who_passes(users, "partnerships.view_a_portfolio") == {"superuser", "admin", "staff", "other staff",
                                                                  "officer"}


def test_only_an_admin_reads_any_organisations_portfolio(users):
    assert who_passes(users, "partnerships.view_any_portfolio") == {"superuser", "admin"}
