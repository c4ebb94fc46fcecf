import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from tadamon.programmes.domain.programmes import change_status, create_programme, enrol
from tadamon.programmes.domain.queries.programmes import enrolment_breakdown, programmes_for, with_figures
from tadamon.programmes.models import Enrolment, Programme
from tadamon.programmes.tests.factories import EnrolmentFactory, ProgrammeFactory
from tadamon.registry.tests.factories import OrganizationFactory

pytestmark = pytest.mark.django_db


def test_create_programme_puts_its_creator_on_the_staff_and_numbers_the_phases(staff_user):
    programme = create_programme(
        fields={"name_fr": "Cooper UP", "name_ar": "كوبر أب"}, relations={}, user=staff_user,
        phases=[{"name_fr": "Diagnostic et formation"}, {"name_fr": "Stratégie, marketing, financement"}],
    )
    assert list(programme.staff.all()) == [staff_user]
    assert [(p.number, p.name_fr) for p in programme.phases.all()] == [
        (1, "Diagnostic et formation"), (2, "Stratégie, marketing, financement")]


def test_a_programme_needs_a_name_and_dates_in_order(staff_user):
    from datetime import date

    with pytest.raises(ValidationError) as error:
        create_programme(fields={"start_date": date(2024, 5, 1), "end_date": date(2024, 1, 1)},
                         relations={}, phases=[], user=staff_user)
    assert "Give the programme a name in at least one language." in str(error.value)
    assert "The end date is before the start date." in str(error.value)
    assert Programme.objects.count() == 0


def test_name_falls_back_to_another_language_and_says_so():
    programme = ProgrammeFactory(name_fr="Cooper UP", name_ar="")
    with translation.override("ar"):
        assert (programme.name.text, programme.name.language, programme.name.is_fallback) == ("Cooper UP", "fr", True)
    with translation.override("fr"):
        assert programme.name.is_fallback is False


def test_enrol_puts_the_organisation_in_the_first_phase():
    programme = ProgrammeFactory()
    enrolment = enrol(programme, OrganizationFactory())
    assert (enrolment.phase.number, enrolment.status) == (1, "enrolled")


def test_an_organisation_is_enrolled_once_per_programme():
    programme, organization = ProgrammeFactory(), OrganizationFactory()
    enrol(programme, organization)
    with pytest.raises(ValidationError, match="already in the programme"):
        enrol(programme, organization)


def test_only_social_economy_organisations_can_be_enrolled():
    with pytest.raises(ValidationError, match="Only cooperatives"):
        enrol(ProgrammeFactory(), OrganizationFactory(kind="company"))


def test_withdrawal_needs_a_reason_and_keeps_it():
    enrolment = EnrolmentFactory()
    with pytest.raises(ValidationError) as error:
        change_status(enrolment, status="withdrawn", reason="  ")
    assert error.value.message_dict == {"withdrawal_reason": ["Say why the organisation withdrew."]}
    change_status(enrolment, status="withdrawn", reason="The president moved away")
    enrolment.refresh_from_db()
    assert (enrolment.status, enrolment.withdrawal_reason) == ("withdrawn", "The president moved away")


def test_status_follows_the_workflow():
    enrolment = EnrolmentFactory(status="invited")
    with pytest.raises(ValidationError, match="cannot go from “Invited” to “Completed”"):
        change_status(enrolment, status="completed")
    for status in ("enrolled", "active", "completed"):
        change_status(enrolment, status=status)
    with pytest.raises(ValidationError):
        change_status(enrolment, status="active")
    assert Enrolment.objects.get().status == "completed"


def test_a_withdrawn_organisation_can_come_back_and_its_reason_is_cleared():
    enrolment = EnrolmentFactory()
    change_status(enrolment, status="withdrawn", reason="No time this year")
    enrolment = change_status(enrolment, status="enrolled")
    assert (enrolment.status, enrolment.withdrawal_reason) == ("enrolled", "")


def test_moving_to_a_phase_of_another_programme_is_refused():
    enrolment = EnrolmentFactory()
    other_phase = ProgrammeFactory().phases.first()
    with pytest.raises(ValidationError):
        change_status(enrolment, status="active", phase=other_phase)


def test_staff_list_only_their_programmes(staff_user, officer_user, admin_user, manager_user, cooperative):
    mine = ProgrammeFactory(staff=[staff_user])
    other = ProgrammeFactory()
    EnrolmentFactory(programme=other, organization=cooperative)
    assert list(programmes_for(staff_user)) == [mine]
    assert set(programmes_for(officer_user)) == set(programmes_for(admin_user)) == {mine, other}
    assert list(programmes_for(manager_user)) == [other]


def test_figures_count_enrolments_by_status():
    programme = ProgrammeFactory()
    for status in ("enrolled", "active", "completed", "invited"):
        EnrolmentFactory(programme=programme, status=status)
    EnrolmentFactory(programme=programme, status="withdrawn", withdrawal_reason="x")
    figures = with_figures(Programme.objects.filter(pk=programme.pk)).get()
    assert (figures.enrolled, figures.invited, figures.withdrawn) == (3, 1, 1)
    breakdown = enrolment_breakdown(programme)
    assert [(value, n) for value, _label, n in breakdown["by_status"]] == [
        ("invited", 1), ("enrolled", 1), ("active", 1), ("completed", 1), ("withdrawn", 1)]
    assert breakdown["by_province"][0]["n"] == 3
