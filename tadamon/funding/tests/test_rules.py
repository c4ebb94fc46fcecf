"""Who passes the funding app's named permissions, role by role."""

from types import SimpleNamespace

import pytest

from tadamon.accounts.tests.roles import role_users, who_passes
from tadamon.funding.tests.factories import make_call

pytestmark = pytest.mark.django_db


@pytest.fixture
def users():
    return role_users()


@pytest.mark.parametrize("permission", ["funding.apply_to_call", "funding.open_support_request",
                                        "funding.file_declaration"])
def test_only_a_manager_acts_for_their_organisation_not_a_superuser(users, permission):
    assert who_passes(users, permission) == {"manager", "other manager"}


def test_only_the_grantees_manager_reports_on_a_grant(users):
    grant = SimpleNamespace(application=SimpleNamespace(organization_id=users["manager"].organization_id))
    assert who_passes(users, "funding.report_on_grant", grant) == {"manager"}


def test_a_review_is_its_evaluators_only_whatever_the_role(users):
    assert who_passes(users, "funding.review", SimpleNamespace(evaluator_id=users["officer"].pk)) == {"officer"}


def test_a_call_is_seen_by_admins_managers_and_the_staff_of_the_organisation_running_it(users):
    call = make_call(users["staff"].organization)
    assert who_passes(users, "funding.view_call", call) == {"superuser", "admin", "staff", "other staff", "manager",
                                                             "other manager"}
    call.evaluators.add(users["officer"])
    assert "officer" in who_passes(users, "funding.view_call", call)


def test_programme_staff_open_a_call_only_for_an_organisation(users):
    assert who_passes(users, "funding.add_call") == {"superuser", "admin", "staff", "other staff"}


def test_an_admin_chooses_the_office_of_a_name_request_an_officer_files_with_their_own(users):
    assert who_passes(users, "funding.choose_name_request_office") == {"superuser", "admin"}
