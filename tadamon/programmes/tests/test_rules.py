"""Who passes the programmes' named permissions, role by role (the programme's staff: "staff")."""

from types import SimpleNamespace

import pytest

from tadamon.accounts.tests.roles import role_users, who_passes

pytestmark = pytest.mark.django_db

RUN_OR_READ = {"superuser", "admin", "staff", "officer"}


@pytest.fixture
def users():
    return role_users()


@pytest.fixture
def programme(users):
    return SimpleNamespace(staff_ids={users["staff"].pk})


def test_the_programmes_staff_admins_and_officers_see_every_enrolled_organisation(users, programme):
    assert who_passes(users, "programmes.view_all_enrolled", programme) == RUN_OR_READ


@pytest.mark.parametrize("permission", ["programmes.view_enrolment", "programmes.view_certificate"])
def test_an_enrolment_or_a_certificate_is_also_read_by_its_own_organisation(users, programme, permission):
    record = SimpleNamespace(programme=programme, organization_id=users["manager"].organization_id)
    assert who_passes(users, permission, record) == RUN_OR_READ | {"manager"}
