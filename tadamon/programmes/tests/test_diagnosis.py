import datetime

import pytest
from django.core.exceptions import ValidationError

from tadamon.programmes.domain.diagnosis import cohort_profile, recommendations, record_diagnosis
from tadamon.programmes.domain.queries.diagnoses import enrolment_diagnoses
from tadamon.programmes.enums import Dimension
from tadamon.programmes.models import PlanAction
from tadamon.programmes.questionnaire import QUESTIONS, scores_from
from tadamon.programmes.tests.factories import EnrolmentFactory

pytestmark = pytest.mark.django_db
DAY = datetime.date(2024, 3, 1)


def answers(default=2, **by_dimension):
    """Every question answered `default`, except the dimensions given."""
    return {q.code: by_dimension.get(q.dimension, default) for q in QUESTIONS}


def test_scores_are_points_out_of_the_maximum_per_dimension():
    scores = scores_from(answers(default=2, finance=0, marketing=1))
    assert (scores["governance"], scores["finance"], scores["marketing"]) == (100, 0, 50)


def test_an_incomplete_questionnaire_is_refused_and_names_what_is_missing():
    incomplete = answers()
    del incomplete["fin_bank_account"]
    incomplete["dig_phone"] = "7"
    with pytest.raises(ValidationError) as error:
        record_diagnosis(EnrolmentFactory(), round="baseline", answers=incomplete, done_on=DAY)
    message = str(error.value)
    assert "Does the organisation have a bank account in its name?" in message
    assert "Do the managers use a smartphone" in message


def test_baseline_recommends_modules_for_weak_dimensions_and_seeds_the_plan():
    enrolment = EnrolmentFactory()
    diagnosis = record_diagnosis(enrolment, round="baseline", answers=answers(finance=0, certification=1),
                                 done_on=DAY)
    weak = [(r["dimension"], r["score"], sorted(m.code for m in r["modules"])) for r in recommendations(diagnosis)]
    assert weak == [("finance", 0, ["bookkeeping", "cost-price"])]  # certification at 50 is not weak
    actions = PlanAction.objects.filter(enrolment=enrolment).order_by("module__code")
    assert [(a.module.code, a.due_date) for a in actions] == [
        ("bookkeeping", datetime.date(2024, 5, 30)), ("cost-price", datetime.date(2024, 5, 30))]
    assert actions[0].objective == "Raise “Finance and accounting” from 0 to at least 50"


def test_end_of_phase_diagnosis_does_not_seed_a_second_plan():
    enrolment = EnrolmentFactory()
    record_diagnosis(enrolment, round="baseline", answers=answers(finance=0), done_on=DAY)
    record_diagnosis(enrolment, round="end_of_phase", answers=answers(finance=1), done_on=DAY)
    assert PlanAction.objects.count() == 2


def test_the_same_round_cannot_be_recorded_twice():
    enrolment = EnrolmentFactory()
    record_diagnosis(enrolment, round="baseline", answers=answers(), done_on=DAY)
    with pytest.raises(ValidationError, match="already been recorded"):
        record_diagnosis(enrolment, round="baseline", answers=answers(), done_on=DAY)


def test_cohort_profile_averages_baselines_weakest_first():
    first = EnrolmentFactory()
    second = EnrolmentFactory(programme=first.programme)
    record_diagnosis(first, round="baseline", answers=answers(marketing=0, digital=1), done_on=DAY)
    record_diagnosis(second, round="baseline", answers=answers(marketing=1, digital=1), done_on=DAY)
    record_diagnosis(second, round="end_of_phase", answers=answers(marketing=2), done_on=DAY)  # not a baseline
    profile = cohort_profile(first.programme)
    assert profile["diagnosed"] == 2
    assert [(d, score) for d, _label, score in profile["dimensions"][:2]] == [("marketing", 25), ("digital", 50)]


def test_enrolment_profile_shows_the_change_from_baseline_to_latest():
    enrolment = EnrolmentFactory()
    assert [row["change"] for row in enrolment_diagnoses(enrolment)["profile"]] == [None] * len(Dimension.values)
    record_diagnosis(enrolment, round="baseline", answers=answers(finance=0), done_on=DAY)
    only = enrolment_diagnoses(enrolment)
    finance = next(row for row in only["profile"] if row["dimension"] == "finance")
    assert (finance["baseline"], finance["latest"], finance["change"]) == (0, None, None)
    record_diagnosis(enrolment, round="end_of_phase", answers=answers(finance=1), done_on=DAY)
    both = enrolment_diagnoses(enrolment)
    finance = next(row for row in both["profile"] if row["dimension"] == "finance")
    assert (finance["label"], finance["baseline"], finance["latest"], finance["change"]) == (
        "Finance and accounting", 0, 50, 50)
    assert [d.round for d in both["diagnoses"]] == ["baseline", "end_of_phase"]
    assert (both["baseline"].round, both["latest"].round) == ("baseline", "end_of_phase")
