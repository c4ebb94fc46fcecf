import pytest

from tadamon.accounts.enums import Role
from tadamon.accounts.tests.factories import UserFactory
from tadamon.events.tests.factories import EventFactory
from tadamon.programmes.tests.factories import ProgrammeFactory

pytestmark = pytest.mark.django_db


def test_only_those_who_run_a_programme_or_an_event_may_message_its_people(
        admin_user, staff_user, manager_user, officer_user, buyer_user):
    other_staff = UserFactory(username="other-staff", role=Role.STAFF)
    programme, event = ProgrammeFactory(staff=[staff_user]), EventFactory(staff=[staff_user])
    expected = {admin_user: True, staff_user: True, other_staff: False, manager_user: False, officer_user: False,
                buyer_user: False}
    for user, allowed in expected.items():
        assert user.has_perm("notifications.message_programme", programme) is allowed, user
        assert user.has_perm("notifications.message_event", event) is allowed, user
