"""The role predicates' own permissions, and the superuser rule of `User.has_perm`."""

import pytest

from tadamon.accounts.rules import DECIDED_BY_RULE_ALONE
from tadamon.accounts.tests.roles import role_users, who_passes

pytestmark = pytest.mark.django_db


@pytest.fixture
def users():
    return role_users()


def test_only_admins_see_the_link_to_the_administration(users):
    assert who_passes(users, "accounts.open_admin_site") == {"superuser", "admin"}


def test_a_superuser_still_passes_the_other_permissions_and_djangos_own(users):
    superuser = users["superuser"]
    assert superuser.has_perm("events.change_event", None)
    assert superuser.has_perm("registry.delete_organization")  # a model permission, for the Django admin


def test_acting_for_an_organisation_is_decided_by_the_rule_for_every_user():
    assert {"events.apply", "events.declare_sales", "funding.apply_to_call", "funding.open_support_request",
            "funding.file_declaration", "funding.report_on_grant", "funding.review",
            "registry.act_for_organization", "market.follow_own_orders"} <= DECIDED_BY_RULE_ALONE


def test_an_inactive_manager_acts_for_no_organisation(users):
    manager = users["manager"]
    manager.is_active = False
    assert not manager.has_perm("funding.apply_to_call")
