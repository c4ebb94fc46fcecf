"""Who passes the registry's named permissions added for the views, role by role."""

import pytest

from tadamon.accounts.tests.roles import role_users, who_passes

pytestmark = pytest.mark.django_db


@pytest.fixture
def users():
    return role_users()


def test_an_export_of_members_is_in_clear_for_admins_and_managers(users):
    assert who_passes(users, "registry.export_personal_data") == {"superuser", "admin", "manager", "other manager"}


def test_only_its_manager_acts_for_an_organisation_not_a_superuser(users):
    organization = users["manager"].organization
    assert who_passes(users, "registry.act_for_organization", organization) == {"manager"}


def test_members_are_imported_by_whoever_may_edit_the_organisation(users):
    organization = users["manager"].organization
    assert who_passes(users, "registry.import_members", organization) == {
        "superuser", "admin", "staff", "other staff", "staff without organisation", "manager"}
