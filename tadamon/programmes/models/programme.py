from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from tadamon.common.i18n import TranslatedText
from tadamon.programmes.enums import EnrolmentStatus


class Programme(models.Model):
    """A capacity-building programme (Cooper UP, Mourafaka...), run by staff for its sponsors."""

    name_ar = models.CharField(_("name in Arabic"), max_length=200, blank=True)
    name_fr = models.CharField(_("name in French"), max_length=200, blank=True)
    name_en = models.CharField(_("name in English"), max_length=200, blank=True)
    description_ar = models.TextField(_("description in Arabic"), blank=True)
    description_fr = models.TextField(_("description in French"), blank=True)
    description_en = models.TextField(_("description in English"), blank=True)
    sponsors = models.ManyToManyField("registry.Organization", related_name="sponsored_programmes",
                                      verbose_name=_("sponsors"), blank=True)
    partners = models.ManyToManyField("registry.Organization", related_name="implemented_programmes",
                                      verbose_name=_("implementing partners"), blank=True)
    provinces = models.ManyToManyField("registry.Province", related_name="programmes",
                                       verbose_name=_("target provinces"), blank=True)
    staff = models.ManyToManyField(settings.AUTH_USER_MODEL, related_name="programmes",
                                   verbose_name=_("programme staff"), blank=True,
                                   help_text=_("The programme staff who may manage this programme."))
    start_date = models.DateField(_("start date"), null=True, blank=True)
    end_date = models.DateField(_("end date"), null=True, blank=True)
    target_organizations = models.PositiveIntegerField(_("target: organisations enrolled"), null=True, blank=True)
    target_people_trained = models.PositiveIntegerField(_("target: people trained"), null=True, blank=True)
    target_sessions = models.PositiveIntegerField(_("target: sessions held"), null=True, blank=True)
    planned_visits = models.PositiveSmallIntegerField(
        _("coaching visits planned per organisation"), null=True, blank=True,
        help_text=_("e.g. 12 over two years for the Mourafaka programme"))
    version = models.PositiveIntegerField(default=1, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)

    history = HistoricalRecords(m2m_fields=[sponsors, partners, provinces, staff], excluded_fields=["version"])

    name = TranslatedText("name")
    description = TranslatedText("description")

    class Meta:
        verbose_name = _("programme")
        verbose_name_plural = _("programmes")
        ordering = ["-start_date", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(name_ar="", name_fr="", name_en=""), name="programme_has_a_name",
                violation_error_message=_("Give the programme a name in at least one language."),
            ),
            models.CheckConstraint(
                condition=models.Q(end_date__isnull=True) | models.Q(start_date__isnull=True)
                | models.Q(end_date__gte=models.F("start_date")),
                name="programme_ends_after_it_starts",
                violation_error_message=_("The end date is before the start date."),
            ),
        ]

    def __str__(self) -> str:
        return self.name.text

    def get_absolute_url(self) -> str:
        return reverse("backoffice:programme", args=[self.pk])


class Phase(models.Model):
    programme = models.ForeignKey(Programme, on_delete=models.CASCADE, related_name="phases",
                                  verbose_name=_("programme"))
    number = models.PositiveSmallIntegerField(_("number"))
    name_ar = models.CharField(_("name in Arabic"), max_length=200, blank=True)
    name_fr = models.CharField(_("name in French"), max_length=200, blank=True)
    name_en = models.CharField(_("name in English"), max_length=200, blank=True)
    start_date = models.DateField(_("start date"), null=True, blank=True)
    end_date = models.DateField(_("end date"), null=True, blank=True)

    name = TranslatedText("name")

    class Meta:
        verbose_name = _("phase")
        verbose_name_plural = _("phases")
        ordering = ["programme", "number"]
        constraints = [models.UniqueConstraint(fields=["programme", "number"], name="phase_number_unique")]

    def __str__(self) -> str:
        return f"{self.number}. {self.name.text}"


class Enrolment(models.Model):
    """An organisation taking part in a programme, in a phase, with where it stands."""

    programme = models.ForeignKey(Programme, on_delete=models.CASCADE, related_name="enrolments",
                                  verbose_name=_("programme"))
    phase = models.ForeignKey(Phase, on_delete=models.PROTECT, related_name="enrolments", verbose_name=_("phase"))
    organization = models.ForeignKey("registry.Organization", on_delete=models.PROTECT, related_name="enrolments",
                                     verbose_name=_("organisation"))
    status = models.CharField(_("status"), max_length=10, choices=EnrolmentStatus.choices,
                              default=EnrolmentStatus.ENROLLED)
    withdrawal_reason = models.TextField(_("reason for withdrawal"), blank=True)
    status_changed_at = models.DateTimeField(_("status changed"), auto_now_add=True)
    created_at = models.DateTimeField(auto_now_add=True)

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("enrolment")
        verbose_name_plural = _("enrolments")
        ordering = ["programme", "organization__name_latin"]
        indexes = [
            # The programme page counts and lists enrolments by status.
            models.Index(fields=["programme", "status"], name="enrolment_programme_status_idx"),
        ]
        constraints = [
            models.UniqueConstraint(fields=["programme", "organization"], name="enrolment_once_per_programme",
                                    violation_error_message=_("This organisation is already in the programme.")),
            models.CheckConstraint(
                condition=~models.Q(status=EnrolmentStatus.WITHDRAWN) | ~models.Q(withdrawal_reason=""),
                name="enrolment_withdrawal_has_a_reason",
                violation_error_message=_("Say why the organisation withdrew."),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.organization} — {self.programme}"
