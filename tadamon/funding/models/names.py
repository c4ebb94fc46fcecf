"""Name-certificate requests: founders ask the cooperative development office for the name of
a cooperative to be formed; an officer checks it against every name already taken and decides."""

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from tadamon.common.i18n import localized
from tadamon.common.validators import validate_name_has_letters
from tadamon.funding.enums import NameGrade, NameRequestStatus, NameVerdict
from tadamon.registry.enums import OrganizationKind
from tadamon.registry.models.organization import phone_validator


class NameRequest(models.Model):
    reference = models.CharField(_("reference"), max_length=20, unique=True, editable=False)
    name_ar = models.CharField(_("name in Arabic"), max_length=200, blank=True, validators=[validate_name_has_letters])
    name_latin = models.CharField(_("name in Latin script"), max_length=200, blank=True,
                                  validators=[validate_name_has_letters])
    kind = models.CharField(_("kind"), max_length=12, choices=OrganizationKind.choices,
                            default=OrganizationKind.COOPERATIVE)
    province = models.ForeignKey("registry.Province", on_delete=models.PROTECT, related_name="name_requests",
                                 verbose_name=_("province"))
    authority = models.ForeignKey("registry.Organization", on_delete=models.PROTECT, related_name="name_requests",
                                  verbose_name=_("office in charge"),
                                  limit_choices_to={"kind": OrganizationKind.PUBLIC_BODY})
    # The founder who asks: personal data, shown only to the office in charge and admins.
    applicant_name = models.CharField(_("applicant's name"), max_length=150)
    applicant_phone = models.CharField(_("applicant's phone"), max_length=20, blank=True,
                                       validators=[phone_validator])
    applicant_email = models.EmailField(_("applicant's e-mail"), blank=True)

    status = models.CharField(_("status"), max_length=10, choices=NameRequestStatus.choices,
                              default=NameRequestStatus.PENDING, db_index=True)
    submitted_at = models.DateTimeField(_("submitted at"), auto_now_add=True, db_index=True)
    submitted_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                                     related_name="+")
    # What the check found, kept as it was when the officer decided: the evidence of the decision.
    grade = models.CharField(_("distinctiveness"), max_length=6, choices=NameGrade.choices, blank=True)
    verdict = models.CharField(_("check"), max_length=5, choices=NameVerdict.choices, blank=True)
    evidence = models.JSONField(_("closest names"), default=dict, blank=True)
    decided_at = models.DateTimeField(_("decided at"), null=True, blank=True)
    decided_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                                   related_name="+", verbose_name=_("decided by"))
    decision_reason = models.TextField(_("reason"), blank=True)

    class Meta:
        verbose_name = _("name-certificate request")
        verbose_name_plural = _("name-certificate requests")
        ordering = ["-submitted_at", "-pk"]
        constraints = [
            models.CheckConstraint(condition=~models.Q(name_ar="", name_latin=""), name="name_request_has_a_name",
                                   violation_error_message=_("Give the name in Arabic, in Latin script, or both.")),
        ]
        indexes = [models.Index(fields=["authority", "status", "-submitted_at"], name="name_request_queue_idx")]

    def __str__(self) -> str:
        return f"{self.reference} · {self.name_ar or self.name_latin}"

    def get_absolute_url(self) -> str:
        return reverse("backoffice:name_request", args=[self.pk])

    @property
    def names(self) -> str:
        return " · ".join(n for n in (self.name_ar, self.name_latin) if n)

    @property
    def display_name(self) -> str:
        """The proposed name in the page's script when it was given in it: the Latin one on a French page."""
        return localized(self.name_ar, self.name_latin)

    @property
    def other_name(self) -> str:
        return self.name_latin if self.display_name == self.name_ar else self.name_ar
