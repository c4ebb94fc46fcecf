"""Who passes the events' named permissions, role by role (the event's staff: "staff")."""

from types import SimpleNamespace

import pytest

from tadamon.accounts.tests.roles import role_users, who_passes

pytestmark = pytest.mark.django_db

RUN_OR_READ = {"superuser", "admin", "staff", "officer"}


@pytest.fixture
def users():
    return role_users()


@pytest.fixture
def event(users):
    return SimpleNamespace(staff_ids={users["staff"].pk})


@pytest.mark.parametrize("permission", ["events.view_all_participants", "events.view_applications",
                                        "events.view_report"])
def test_the_events_staff_admins_and_officers_read_everything_of_an_event(users, event, permission):
    assert who_passes(users, permission, event) == RUN_OR_READ


def test_an_application_is_read_by_those_and_by_the_manager_of_the_organisation_that_applied(users, event):
    application = SimpleNamespace(event=event, organization_id=users["manager"].organization_id)
    assert who_passes(users, "events.view_application", application) == RUN_OR_READ | {"manager"}


@pytest.mark.parametrize("permission", ["events.apply", "events.declare_sales"])
def test_only_a_cooperatives_manager_applies_and_declares_sales_not_a_superuser(users, event, permission):
    assert who_passes(users, permission, event) == {"manager", "other manager"}


def test_only_the_events_staff_and_admins_keep_its_minutes(users, event):
    assert who_passes(users, "events.keep_minutes", event) == {"superuser", "admin", "staff"}
