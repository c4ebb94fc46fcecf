from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from tadamon.programmes.enums import TrainerKind


class Trainer(models.Model):
    """Who teaches a session: sponsor's or NGO's staff, or a volunteer expert (article 003)."""

    name = models.CharField(_("name"), max_length=150)
    kind = models.CharField(_("kind"), max_length=15, choices=TrainerKind.choices)
    organization = models.ForeignKey("registry.Organization", on_delete=models.SET_NULL, null=True, blank=True,
                                     related_name="trainers", verbose_name=_("organisation"))
    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                                related_name="trainer", verbose_name=_("account"))

    class Meta:
        verbose_name = _("trainer")
        verbose_name_plural = _("trainers")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class Session(models.Model):
    programme = models.ForeignKey("programmes.Programme", on_delete=models.CASCADE, related_name="sessions",
                                  verbose_name=_("programme"))
    phase = models.ForeignKey("programmes.Phase", on_delete=models.PROTECT, related_name="sessions",
                              verbose_name=_("phase"))
    module = models.ForeignKey("programmes.Module", on_delete=models.PROTECT, related_name="sessions",
                               verbose_name=_("module"))
    place = models.CharField(_("place"), max_length=200)
    province = models.ForeignKey("registry.Province", on_delete=models.PROTECT, related_name="sessions",
                                 verbose_name=_("province"))
    starts_at = models.DateTimeField(_("starts"))
    ends_at = models.DateTimeField(_("ends"))
    capacity = models.PositiveSmallIntegerField(_("capacity"))
    trainers = models.ManyToManyField(Trainer, related_name="sessions", verbose_name=_("trainers"))

    class Meta:
        verbose_name = _("training session")
        verbose_name_plural = _("training sessions")
        ordering = ["starts_at", "pk"]
        indexes = [
            # A trainer's overlapping sessions, and a programme's sessions by date.
            models.Index(fields=["programme", "starts_at"], name="session_programme_start_idx"),
        ]
        constraints = [
            models.CheckConstraint(condition=models.Q(ends_at__gt=models.F("starts_at")), name="session_ends_after_start",
                                   violation_error_message=_("A session must end after it starts.")),
            models.CheckConstraint(condition=models.Q(capacity__gt=0), name="session_has_capacity",
                                   violation_error_message=_("The capacity must be at least 1.")),
        ]

    def __str__(self) -> str:
        return f"{self.module} — {self.place}"


class Registration(models.Model):
    """A person registered for a session; `attended` is None until attendance is taken."""

    session = models.ForeignKey(Session, on_delete=models.CASCADE, related_name="registrations",
                                verbose_name=_("session"))
    person = models.ForeignKey("registry.Person", on_delete=models.PROTECT, related_name="registrations",
                               verbose_name=_("person"))
    organization = models.ForeignKey("registry.Organization", on_delete=models.PROTECT, related_name="+",
                                     verbose_name=_("organisation"))
    attended = models.BooleanField(_("attended"), null=True, blank=True)
    marked_at = models.DateTimeField(_("attendance taken"), null=True, blank=True)
    marked_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                                  related_name="+", verbose_name=_("taken by"))
    late_correction = models.BooleanField(_("corrected after the session"), default=False)

    # Every change of attendance, late corrections included, is kept with who made it.
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("registration")
        verbose_name_plural = _("registrations")
        ordering = ["session", "person__last_name_latin", "pk"]
        indexes = [
            # People trained per programme: attended registrations joined through their session.
            models.Index(fields=["session", "attended"], name="registration_session_att_idx"),
        ]
        constraints = [
            models.UniqueConstraint(fields=["session", "person"], name="registration_once_per_session",
                                    violation_error_message=_("This person is already registered.")),
        ]

    def __str__(self) -> str:
        return f"{self.person} — {self.session}"
