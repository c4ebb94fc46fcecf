"""An enrolment's diagnoses and its profile, baseline against latest, per dimension."""

from tadamon.programmes.enums import DiagnosisRound, Dimension


def enrolment_diagnoses(enrolment) -> dict:
    """The enrolment's diagnoses (phase and round order), its baseline, its latest, and the profile:
    per dimension the baseline score, the latest one (when it is not the baseline) and the change."""
    diagnoses = list(enrolment.diagnoses.select_related("phase", "assessor").order_by("phase__number", "round"))
    baseline = next((d for d in diagnoses if d.round == DiagnosisRound.BASELINE), None)
    latest = diagnoses[-1] if diagnoses else None
    labels = dict(Dimension.choices)
    profile = []
    for dimension in Dimension.values:
        before = baseline.scores[dimension] if baseline else None
        after = latest.scores[dimension] if latest and latest is not baseline else None
        profile.append({"dimension": dimension, "label": labels[dimension], "baseline": before, "latest": after,
                        "change": after - before if after is not None and before is not None else None})
    return {"diagnoses": diagnoses, "baseline": baseline, "latest": latest, "profile": profile}
