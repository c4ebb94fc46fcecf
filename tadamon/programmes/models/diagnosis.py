from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from tadamon.common.i18n import TranslatedText
from tadamon.programmes.enums import ActionStatus, DiagnosisRound, Dimension


class Module(models.Model):
    """A training module of the catalogue; the dimension it strengthens drives recommendations."""

    code = models.SlugField(_("code"), max_length=40, unique=True)
    name_ar = models.CharField(_("name in Arabic"), max_length=200, blank=True)
    name_fr = models.CharField(_("name in French"), max_length=200, blank=True)
    name_en = models.CharField(_("name in English"), max_length=200, blank=True)
    dimension = models.CharField(_("dimension"), max_length=20, choices=Dimension.choices)
    hours = models.PositiveSmallIntegerField(_("duration in hours"), default=6)

    name = TranslatedText("name")

    class Meta:
        verbose_name = _("training module")
        verbose_name_plural = _("training modules")
        ordering = ["dimension", "code"]

    def __str__(self) -> str:
        return self.name.text


class Diagnosis(models.Model):
    """One needs diagnosis of an enrolled organisation: answers and the dimension scores they give."""

    enrolment = models.ForeignKey("programmes.Enrolment", on_delete=models.CASCADE, related_name="diagnoses",
                                  verbose_name=_("enrolment"))
    phase = models.ForeignKey("programmes.Phase", on_delete=models.PROTECT, related_name="diagnoses",
                              verbose_name=_("phase"))
    round = models.CharField(_("round"), max_length=12, choices=DiagnosisRound.choices,
                             default=DiagnosisRound.BASELINE)
    done_on = models.DateField(_("date"))
    assessor = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                                 related_name="+", verbose_name=_("assessor"))
    answers = models.JSONField(_("answers"), default=dict)
    notes = models.TextField(_("notes"), blank=True)
    # One column per dimension (0–100) so cohort averages are one aggregate query.
    score_governance = models.PositiveSmallIntegerField(default=0)
    score_finance = models.PositiveSmallIntegerField(default=0)
    score_legal = models.PositiveSmallIntegerField(default=0)
    score_marketing = models.PositiveSmallIntegerField(default=0)
    score_production = models.PositiveSmallIntegerField(default=0)
    score_certification = models.PositiveSmallIntegerField(default=0)
    score_digital = models.PositiveSmallIntegerField(default=0)
    created_at = models.DateTimeField(auto_now_add=True)

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("needs diagnosis")
        verbose_name_plural = _("needs diagnoses")
        ordering = ["enrolment", "phase__number", "round"]
        constraints = [
            models.UniqueConstraint(fields=["enrolment", "phase", "round"], name="diagnosis_once_per_round",
                                    violation_error_message=_("This diagnosis has already been recorded.")),
        ]

    def __str__(self) -> str:
        return f"{self.enrolment} — {self.get_round_display()}"

    @property
    def scores(self) -> dict[str, int]:
        return {dimension: getattr(self, f"score_{dimension}") for dimension in Dimension.values}


class PlanAction(models.Model):
    """One action of an organisation's development plan, seeded from a diagnosis, followed by coaching."""

    enrolment = models.ForeignKey("programmes.Enrolment", on_delete=models.CASCADE, related_name="plan_actions",
                                  verbose_name=_("enrolment"))
    diagnosis = models.ForeignKey(Diagnosis, on_delete=models.SET_NULL, null=True, blank=True,
                                  related_name="plan_actions", verbose_name=_("from diagnosis"))
    dimension = models.CharField(_("dimension"), max_length=20, choices=Dimension.choices)
    objective = models.CharField(_("objective"), max_length=255)
    action = models.CharField(_("action"), max_length=255)
    module = models.ForeignKey(Module, on_delete=models.SET_NULL, null=True, blank=True, related_name="+",
                               verbose_name=_("training module"))
    visit = models.ForeignKey("programmes.CoachingVisit", on_delete=models.SET_NULL, null=True, blank=True,
                              related_name="follow_ups", verbose_name=_("from coaching visit"))
    owner = models.CharField(_("owner"), max_length=120, blank=True,
                             help_text=_("Who in the organisation carries the action."))
    due_date = models.DateField(_("due date"), null=True, blank=True)
    status = models.CharField(_("status"), max_length=12, choices=ActionStatus.choices, default=ActionStatus.PLANNED)

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("plan action")
        verbose_name_plural = _("development plan")
        ordering = ["enrolment", "due_date", "pk"]
        indexes = [
            # Overdue actions of a programme: open actions by due date.
            models.Index(fields=["status", "due_date"], name="planaction_status_due_idx"),
        ]

    def __str__(self) -> str:
        return self.action
