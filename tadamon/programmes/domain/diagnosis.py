"""Needs diagnosis: record answers, score them, recommend modules, seed the development plan."""

from datetime import timedelta

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Avg, Count
from django.utils.translation import gettext as _

from tadamon.programmes.enums import DiagnosisRound, Dimension
from tadamon.programmes.models import Diagnosis, Enrolment, Module, PlanAction
from tadamon.programmes.questionnaire import ANSWERS, QUESTIONS, WEAK_BELOW, scores_from
from tadamon.registry.domain import validate_and_save

PLAN_HORIZON = timedelta(days=90)


def clean_answers(answers: dict) -> dict[str, int]:
    """Every question answered with 0, 1 or 2, or a ValidationError naming the missing ones."""
    cleaned, missing = {}, []
    for question in QUESTIONS:
        value = answers.get(question.code)
        try:
            value = int(value)
        except (TypeError, ValueError):
            value = None
        if value not in ANSWERS:
            missing.append(question.text)
        else:
            cleaned[question.code] = value
    if missing:
        raise ValidationError(_("Answer every question. Missing: %(questions)s") % {"questions": " · ".join(missing)})
    return cleaned


@transaction.atomic
def record_diagnosis(enrolment: Enrolment, *, round: str, answers: dict, done_on, user=None, notes: str = "",
                     phase=None) -> Diagnosis:
    """Save a diagnosis for the enrolment's current phase; a baseline seeds the development plan."""
    answers = clean_answers(answers)
    scores = {f"score_{dimension}": score for dimension, score in scores_from(answers).items()}
    diagnosis = validate_and_save(
        Diagnosis(enrolment=enrolment, phase=phase or enrolment.phase, round=round, done_on=done_on,
                  assessor=user if user is not None and user.is_authenticated else None,
                  answers=answers, notes=notes, **scores),
        user=user,
    )
    if round == DiagnosisRound.BASELINE:
        seed_plan(diagnosis, user=user)
    return diagnosis


def weak_dimensions(scores: dict[str, int]) -> list[tuple[str, str, int]]:
    """(dimension, label, score) under the threshold, weakest first."""
    labels = dict(Dimension.choices)
    weak = [(d, str(labels[d]), s) for d, s in scores.items() if s < WEAK_BELOW]
    return sorted(weak, key=lambda item: (item[2], Dimension.values.index(item[0])))


def recommendations(diagnosis: Diagnosis) -> list[dict]:
    """The modules to follow, for each weak dimension of the diagnosis."""
    weak = weak_dimensions(diagnosis.scores)
    modules: dict[str, list[Module]] = {}
    for module in Module.objects.filter(dimension__in=[d for d, _label, _score in weak]):
        modules.setdefault(module.dimension, []).append(module)
    return [{"dimension": d, "label": label, "score": score, "modules": modules.get(d, [])} for d, label, score in weak]


def seed_plan(diagnosis: Diagnosis, *, user=None) -> list[PlanAction]:
    """One plan action per recommended module, due within three months; written in the language
    of the person recording the diagnosis (it is their text from then on)."""
    actions = []
    for recommendation in recommendations(diagnosis):
        for module in recommendation["modules"]:
            actions.append(validate_and_save(PlanAction(
                enrolment=diagnosis.enrolment, diagnosis=diagnosis, dimension=recommendation["dimension"],
                objective=_("Raise “%(dimension)s” from %(score)d to at least %(target)d") % {
                    "dimension": recommendation["label"], "score": recommendation["score"], "target": WEAK_BELOW},
                action=_("Follow the module “%(module)s”") % {"module": module.name.text},
                module=module, due_date=diagnosis.done_on + PLAN_HORIZON,
            ), user=user))
    return actions


def update_plan_action(action: PlanAction, *, fields: dict, user=None) -> PlanAction:
    return validate_and_save(action, fields=fields, user=user)


def cohort_profile(programme) -> dict:
    """Average baseline score per dimension over the programme's diagnosed organisations, weakest
    first, in one query."""
    aggregates = Diagnosis.objects.filter(enrolment__programme=programme, round=DiagnosisRound.BASELINE).aggregate(
        diagnosed=Count("enrolment", distinct=True),
        **{dimension: Avg(f"score_{dimension}") for dimension in Dimension.values},
    )
    labels = dict(Dimension.choices)
    rows = [(d, labels[d], round(aggregates[d])) for d in Dimension.values if aggregates[d] is not None]
    return {"diagnosed": aggregates["diagnosed"], "dimensions": sorted(rows, key=lambda row: row[2])}
