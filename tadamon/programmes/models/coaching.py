from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords


class CoachingVisit(models.Model):
    """An individual accompaniment visit to an enrolled organisation (articles 002 and 003)."""

    enrolment = models.ForeignKey("programmes.Enrolment", on_delete=models.CASCADE, related_name="visits",
                                  verbose_name=_("enrolment"))
    visited_on = models.DateField(_("date of the visit"))
    coach = models.ForeignKey("programmes.Trainer", on_delete=models.PROTECT, related_name="visits",
                              verbose_name=_("coach"))
    topics = models.CharField(_("topics"), max_length=255)
    findings = models.TextField(_("findings"), blank=True)
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                                    related_name="+", verbose_name=_("recorded by"))
    created_at = models.DateTimeField(auto_now_add=True)

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("coaching visit")
        verbose_name_plural = _("coaching visits")
        ordering = ["enrolment", "-visited_on", "-pk"]
        indexes = [models.Index(fields=["enrolment", "visited_on"], name="visit_enrolment_date_idx")]

    def __str__(self) -> str:
        return f"{self.enrolment} — {self.visited_on}"
