from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from tadamon.common.i18n import TranslatedText
from tadamon.common.storage import private_storage
from tadamon.programmes.enums import BatchStatus


class Certificate(models.Model):
    """A completion certificate of one person, for one module or one whole phase of a programme.

    What it certifies is copied in when it is issued (names, title, hours, dates), so the document
    and its public verification page say the same thing years later, whatever the registry says then.
    """

    code = models.CharField(_("verification code"), max_length=12, unique=True, editable=False)
    programme = models.ForeignKey("programmes.Programme", on_delete=models.PROTECT, related_name="certificates",
                                  verbose_name=_("programme"))
    module = models.ForeignKey("programmes.Module", on_delete=models.PROTECT, null=True, blank=True,
                               related_name="certificates", verbose_name=_("module"))
    phase = models.ForeignKey("programmes.Phase", on_delete=models.PROTECT, null=True, blank=True,
                              related_name="certificates", verbose_name=_("phase"))
    # A course of the academy completed online (tadamon/academy): its quizzes passed.
    course = models.ForeignKey("academy.Course", on_delete=models.PROTECT, null=True, blank=True,
                               related_name="certificates", verbose_name=_("course"))
    person = models.ForeignKey("registry.Person", on_delete=models.PROTECT, related_name="certificates",
                               verbose_name=_("person"))
    organization = models.ForeignKey("registry.Organization", on_delete=models.PROTECT, related_name="certificates",
                                     verbose_name=_("organisation"))

    holder_name_ar = models.CharField(_("holder's name in Arabic"), max_length=201, blank=True)
    holder_name_latin = models.CharField(_("holder's name in Latin script"), max_length=201, blank=True)
    organization_name_ar = models.CharField(_("organisation's name in Arabic"), max_length=255, blank=True)
    organization_name_latin = models.CharField(_("organisation's name in Latin script"), max_length=255, blank=True)
    programme_name_ar = models.CharField(_("programme's name in Arabic"), max_length=200, blank=True)
    programme_name_fr = models.CharField(_("programme's name in French"), max_length=200, blank=True)
    programme_name_en = models.CharField(_("programme's name in English"), max_length=200, blank=True)
    title_ar = models.CharField(_("title in Arabic"), max_length=250, blank=True)
    title_fr = models.CharField(_("title in French"), max_length=250, blank=True)
    title_en = models.CharField(_("title in English"), max_length=250, blank=True)
    hours = models.PositiveSmallIntegerField(_("hours of training"))
    started_on = models.DateField(_("training started"))
    completed_on = models.DateField(_("training completed"))

    issued_at = models.DateTimeField(_("issued"), auto_now_add=True)
    issued_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                                  related_name="+", verbose_name=_("issued by"))
    revoked_at = models.DateTimeField(_("revoked"), null=True, blank=True)
    revoked_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                                   related_name="+", verbose_name=_("revoked by"))
    revocation_reason = models.TextField(_("reason for revoking"), blank=True)

    programme_name = TranslatedText("programme_name")
    title = TranslatedText("title")

    class Meta:
        verbose_name = _("certificate")
        verbose_name_plural = _("certificates")
        ordering = ["-issued_at", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=(models.Q(module__isnull=False, phase__isnull=True, course__isnull=True)
                           | models.Q(module__isnull=True, phase__isnull=False, course__isnull=True)
                           | models.Q(module__isnull=True, phase__isnull=True, course__isnull=False)),
                name="certificate_for_a_module_a_phase_or_a_course",
                violation_error_message=_("A certificate is for one module, one phase or one course."),
            ),
            models.UniqueConstraint(fields=["programme", "person", "module"], condition=models.Q(module__isnull=False),
                                    name="certificate_once_per_module",
                                    violation_error_message=_("This person already has this certificate.")),
            models.UniqueConstraint(fields=["programme", "person", "phase"], condition=models.Q(phase__isnull=False),
                                    name="certificate_once_per_phase",
                                    violation_error_message=_("This person already has this certificate.")),
            models.UniqueConstraint(fields=["person", "course"], condition=models.Q(course__isnull=False),
                                    name="certificate_once_per_course",
                                    violation_error_message=_("This person already has this certificate.")),
            models.CheckConstraint(
                condition=models.Q(revoked_at__isnull=True) | ~models.Q(revocation_reason=""),
                name="certificate_revocation_has_a_reason",
                violation_error_message=_("Say why the certificate is revoked."),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.display_code} — {self.holder_name}"

    @property
    def display_code(self) -> str:
        return "-".join(self.code[i:i + 4] for i in range(0, len(self.code), 4))

    @property
    def holder_name(self) -> str:
        return self.holder_name_latin or self.holder_name_ar

    @property
    def is_course_completion(self) -> bool:
        """Earned online in the academy, by passing a course's quizzes, rather than in sessions."""
        return self.course_id is not None

    @property
    def is_valid(self) -> bool:
        return self.revoked_at is None

    def get_verification_url(self) -> str:
        return reverse("public:certificate", args=[self.display_code])


class CertificateBatch(models.Model):
    """Certificates issued for everyone eligible in a session (module certificates) or in a phase
    (phase certificates), run as a background task, with one PDF of them all for printing."""

    programme = models.ForeignKey("programmes.Programme", on_delete=models.CASCADE, related_name="certificate_batches",
                                  verbose_name=_("programme"))
    session = models.ForeignKey("programmes.Session", on_delete=models.CASCADE, null=True, blank=True,
                                related_name="certificate_batches", verbose_name=_("session"))
    phase = models.ForeignKey("programmes.Phase", on_delete=models.CASCADE, null=True, blank=True,
                              related_name="certificate_batches", verbose_name=_("phase"))
    status = models.CharField(_("status"), max_length=10, choices=BatchStatus.choices, default=BatchStatus.QUEUED)
    progress_done = models.PositiveIntegerField(default=0)
    progress_total = models.PositiveIntegerField(default=0)
    issued = models.PositiveIntegerField(_("newly issued"), default=0)
    already_held = models.PositiveIntegerField(_("already held"), default=0)
    not_eligible = models.JSONField(_("not eligible"), default=list, blank=True)
    error = models.TextField(blank=True)
    # The reasons in `not_eligible` are written in the language of whoever started the batch.
    language = models.CharField(max_length=8, default="ar")
    file = models.FileField(upload_to="certificates/%Y/%m/", storage=private_storage, blank=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True,
                                   related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("certificate batch")
        verbose_name_plural = _("certificate batches")
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=(models.Q(session__isnull=False, phase__isnull=True)
                           | models.Q(session__isnull=True, phase__isnull=False)),
                name="certificate_batch_for_a_session_or_a_phase",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.session or self.phase} ({self.get_status_display()})"

    @property
    def finished(self) -> bool:
        return self.status in (BatchStatus.DONE, BatchStatus.FAILED)

    @property
    def percent(self) -> int:
        return round(100 * self.progress_done / self.progress_total) if self.progress_total else 0
