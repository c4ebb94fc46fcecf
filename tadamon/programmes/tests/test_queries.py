import pytest

from tadamon.programmes.domain.queries.sessions import sessions_with_attendance
from tadamon.programmes.models import Session
from tadamon.programmes.tests.factories import EnrolmentFactory, make_session, trained
from tadamon.registry.tests.factories import MembershipFactory

pytestmark = pytest.mark.django_db


def test_sessions_with_attendance_count_registered_and_present_per_session():
    enrolment = EnrolmentFactory()
    morning = make_session(enrolment.programme, start_hour=9, end_hour=12)
    afternoon = make_session(enrolment.programme, start_hour=14, end_hour=17)
    present, absent = (MembershipFactory(organization=enrolment.organization) for _ in range(2))
    trained(morning, present)
    trained(morning, absent, attended=False)
    rows = sessions_with_attendance(Session.objects.filter(programme=enrolment.programme)).order_by("starts_at")
    assert [(s.registered, s.present) for s in rows] == [(2, 1), (0, 0)]
    assert afternoon.pk == rows[1].pk
