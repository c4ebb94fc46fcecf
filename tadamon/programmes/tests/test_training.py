import datetime

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from tadamon.programmes.domain import page_figures
from tadamon.programmes.domain.training import mark_attendance, register, schedule_session, training_figures
from tadamon.programmes.models import Module, Registration, Session
from tadamon.programmes.tests.factories import EnrolmentFactory, ProgrammeFactory, TrainerFactory
from tadamon.registry.models import Province
from tadamon.registry.tests.factories import MembershipFactory

pytestmark = pytest.mark.django_db


def at(day, hour):
    return timezone.make_aware(datetime.datetime(2024, 3, day, hour))


def schedule(programme, trainers, start, end, capacity=20):
    return schedule_session(programme=programme, trainers=trainers, fields={
        "phase": programme.phases.first(), "module": Module.objects.get(code="bookkeeping"), "place": "Ouarzazate",
        "province": Province.objects.get(code="MA-OUA"), "starts_at": start, "ends_at": end, "capacity": capacity})


def test_a_trainer_cannot_teach_two_overlapping_sessions():
    programme, trainer = ProgrammeFactory(), TrainerFactory(name="Yasmina")
    schedule(programme, [trainer], at(4, 9), at(4, 12))
    with pytest.raises(ValidationError) as error:
        schedule(ProgrammeFactory(), [trainer, TrainerFactory()], at(4, 11), at(4, 15))
    assert "from 2024-03-04 09:00 to 12:00: Yasmina." in str(error.value)
    schedule(programme, [trainer], at(4, 12), at(4, 16))  # back to back is fine
    assert Session.objects.count() == 2


def test_a_session_must_end_after_it_starts_and_have_a_trainer():
    programme = ProgrammeFactory()
    with pytest.raises(ValidationError, match="end after it starts"):
        schedule(programme, [TrainerFactory()], at(4, 12), at(4, 9))
    with pytest.raises(ValidationError, match="at least one trainer"):
        schedule(programme, [], at(4, 9), at(4, 12))


def test_registration_never_exceeds_capacity():
    enrolment = EnrolmentFactory()
    session = schedule(enrolment.programme, [TrainerFactory()], at(4, 9), at(4, 12), capacity=2)
    members = [MembershipFactory(organization=enrolment.organization) for _ in range(3)]
    register(session, members[0])
    register(session, members[1])
    with pytest.raises(ValidationError, match="The session is full"):
        register(session, members[2])
    assert Registration.objects.count() == 2


def test_only_members_of_organisations_taking_part_can_register():
    enrolment = EnrolmentFactory(status="withdrawn", withdrawal_reason="moved")
    session = schedule(enrolment.programme, [TrainerFactory()], at(4, 9), at(4, 12))
    with pytest.raises(ValidationError, match="Only current members"):
        register(session, MembershipFactory(organization=enrolment.organization))
    with pytest.raises(ValidationError, match="Only current members"):
        register(session, MembershipFactory())  # an organisation outside the programme


def test_a_person_registers_once_per_session():
    enrolment = EnrolmentFactory()
    session = schedule(enrolment.programme, [TrainerFactory()], at(4, 9), at(4, 12))
    membership = MembershipFactory(organization=enrolment.organization)
    register(session, membership)
    with pytest.raises(ValidationError, match="already registered"):
        register(session, membership)


def test_attendance_changed_after_the_session_is_a_logged_late_correction(staff_user):
    enrolment = EnrolmentFactory()
    session = schedule(enrolment.programme, [TrainerFactory()], at(4, 9), at(4, 12))
    registration = register(session, MembershipFactory(organization=enrolment.organization))
    registration = mark_attendance(registration, attended=True, user=staff_user)  # now is after the session
    assert registration.late_correction is False  # first marking is not a correction
    registration = mark_attendance(registration, attended=False, user=staff_user)
    assert registration.late_correction is True
    assert [h.attended for h in registration.history.order_by("history_date")] == [None, True, False]
    assert registration.history.latest("history_date").history_user == staff_user


def test_training_figures_count_distinct_people_present_by_gender():
    enrolment = EnrolmentFactory()
    programme = enrolment.programme
    first = schedule(programme, [TrainerFactory()], at(4, 9), at(4, 12))
    second = schedule(programme, [TrainerFactory()], at(5, 9), at(5, 12))
    this_year = timezone.localdate().year
    woman = MembershipFactory(organization=enrolment.organization, person__gender="F",
                              person__birth_year=this_year - 23)
    man = MembershipFactory(organization=enrolment.organization, person__gender="M", person__birth_year=None)
    for session in (first, second):
        mark_attendance(register(session, woman), attended=True)
    mark_attendance(register(first, man), attended=False)
    figures = training_figures(programme)
    bands = {band: n for band, _label, n in figures.pop("by_age_band")}
    assert figures == {"people_trained": 1, "women_trained": 1, "men_trained": 0, "sessions_held": 2,
                       "attendance_rate": 67}
    assert bands == {"under_25": 1, "25_34": 0, "35_44": 0, "45_54": 0, "55_plus": 0, "unknown": 0}
    mark_attendance(Registration.objects.get(session=first, person=man.person), attended=True)
    bands = {band: n for band, _label, n in training_figures(programme)["by_age_band"]}
    assert (bands["under_25"], bands["unknown"]) == (1, 1)


def test_the_programme_pages_figures_are_kept_until_attendance_or_sessions_change(django_assert_num_queries):
    enrolment = EnrolmentFactory()
    programme = enrolment.programme
    first = schedule(programme, [TrainerFactory()], at(4, 9), at(4, 12))
    woman, other = (MembershipFactory(organization=enrolment.organization, person__gender="F") for _ in range(2))
    mark_attendance(register(first, woman), attended=True)
    assert page_figures.training(programme)["people_trained"] == 1
    with django_assert_num_queries(0):  # kept
        assert page_figures.training(programme)["people_trained"] == 1

    marked = register(first, other)  # a registration saved, then attendance marked: each forgets
    assert page_figures.training(programme)["attendance_rate"] == 100
    mark_attendance(marked, attended=True)
    assert page_figures.training(programme)["people_trained"] == 2

    Registration.objects.get(pk=marked.pk).delete()  # loaded without its session
    assert page_figures.training(programme)["people_trained"] == 1
    schedule(programme, [TrainerFactory()], at(6, 9), at(6, 12))
    assert page_figures.training(programme)["sessions_held"] == 2
    first.delete()
    assert page_figures.training(programme) == training_figures(programme)
    assert page_figures.training(programme)["sessions_held"] == 1


def test_the_enrolments_breakdown_is_kept_until_an_enrolment_changes(django_assert_num_queries):
    from tadamon.programmes.domain.programmes import change_status, enrol
    from tadamon.registry.tests.factories import OrganizationFactory

    enrolment = EnrolmentFactory()
    programme = enrolment.programme

    def by_status():
        return {value: n for value, _label, n in page_figures.enrolments(programme)["by_status"] if n}

    before = by_status()
    with django_assert_num_queries(0):
        assert by_status() == before
    enrol(programme, OrganizationFactory(), status="invited")
    assert sum(by_status().values()) == sum(before.values()) + 1
    change_status(enrolment, status="withdrawn", reason="Moved away")
    assert by_status().get("withdrawn") == 1


def test_one_programmes_change_leaves_anothers_figures_kept(django_assert_num_queries):
    one, two = EnrolmentFactory(), EnrolmentFactory()
    page_figures.training(two.programme)
    session = schedule(one.programme, [TrainerFactory()], at(4, 9), at(4, 12))
    mark_attendance(register(session, MembershipFactory(organization=one.organization)), attended=True)
    with django_assert_num_queries(0):
        page_figures.training(two.programme)
