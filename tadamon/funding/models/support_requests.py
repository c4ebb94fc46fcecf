"""Obstacles a cooperative or association raises, routed to the institution in charge by a rule
table that admins edit; the institution's officers answer, send on or close them."""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from tadamon.common.attachments import Attachment
from tadamon.funding.enums import SupportCategory, SupportEventKind, SupportRequestStatus
from tadamon.registry.enums import OrganizationKind

DAYS = [MinValueValidator(1), MaxValueValidator(365)]


class RoutingRule(models.Model):
    """Which institution takes a category of request: for one province, or for every province
    without a rule of its own; and how many days it has to answer and to resolve."""

    category = models.CharField(_("category"), max_length=14, choices=SupportCategory.choices)
    province = models.ForeignKey("registry.Province", on_delete=models.CASCADE, null=True, blank=True,
                                 related_name="+", verbose_name=_("province"),
                                 help_text=_("Empty: every province without a rule of its own."))
    institution = models.ForeignKey("registry.Organization", on_delete=models.PROTECT, related_name="routing_rules",
                                    verbose_name=_("institution in charge"),
                                    limit_choices_to={"kind": OrganizationKind.PUBLIC_BODY})
    answer_within_days = models.PositiveSmallIntegerField(_("first answer within (days)"), default=10,
                                                          validators=DAYS)
    resolve_within_days = models.PositiveSmallIntegerField(_("resolution within (days)"), default=60,
                                                           validators=DAYS)

    class Meta:
        verbose_name = _("routing rule")
        verbose_name_plural = _("routing rules")
        ordering = ["category", "province__code"]
        constraints = [
            models.UniqueConstraint(fields=["category", "province"], name="one_rule_per_category_and_province",
                                    violation_error_message=_("This category already has a rule for this province.")),
            models.UniqueConstraint(fields=["category"], condition=models.Q(province__isnull=True),
                                    name="one_national_rule_per_category",
                                    violation_error_message=_("This category already has a national rule.")),
        ]

    def __str__(self) -> str:
        where = self.province.name if self.province_id else _("every province")
        return f"{self.get_category_display()} · {where} → {self.institution}"


class SupportRequest(models.Model):
    organization = models.ForeignKey("registry.Organization", on_delete=models.CASCADE,
                                     related_name="support_requests", verbose_name=_("organisation"))
    category = models.CharField(_("category"), max_length=14, choices=SupportCategory.choices)
    title = models.CharField(_("subject"), max_length=200)
    description = models.TextField(_("what stands in the way"), blank=True,
                                   help_text=_("Write it, or record a voice note below."))
    institution = models.ForeignKey("registry.Organization", on_delete=models.PROTECT, related_name="support_queue",
                                    verbose_name=_("institution in charge"))
    status = models.CharField(_("status"), max_length=12, choices=SupportRequestStatus.choices,
                              default=SupportRequestStatus.OPEN, db_index=True)
    opened_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                                  related_name="+")
    opened_at = models.DateTimeField(_("raised at"), auto_now_add=True, db_index=True)
    answer_due_at = models.DateTimeField(_("first answer due"))
    resolve_due_at = models.DateTimeField(_("resolution due"))
    first_answer_at = models.DateTimeField(_("first answer"), null=True, blank=True)
    resolved_at = models.DateTimeField(_("resolved or closed at"), null=True, blank=True)
    version = models.PositiveIntegerField(default=1, editable=False)

    class Meta:
        verbose_name = _("support request")
        verbose_name_plural = _("support requests")
        ordering = ["-opened_at", "-pk"]
        indexes = [models.Index(fields=["institution", "status", "opened_at"], name="support_queue_idx")]

    def __str__(self) -> str:
        return f"#{self.pk} · {self.title}"

    def get_absolute_url(self) -> str:
        return reverse("backoffice:support_request", args=[self.pk])

    @property
    def is_open(self) -> bool:
        return self.status in (SupportRequestStatus.OPEN, SupportRequestStatus.IN_PROGRESS)


class SupportRequestEvent(models.Model):
    """One step of a request's history: raised, answered, commented, sent on, resolved, closed."""

    request = models.ForeignKey(SupportRequest, on_delete=models.CASCADE, related_name="events")
    at = models.DateTimeField(auto_now_add=True)
    by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                           related_name="+")
    by_organization = models.ForeignKey("registry.Organization", on_delete=models.SET_NULL, null=True, blank=True,
                                        related_name="+")
    kind = models.CharField(max_length=12, choices=SupportEventKind.choices)
    message = models.TextField(blank=True)
    institution = models.ForeignKey("registry.Organization", on_delete=models.SET_NULL, null=True, blank=True,
                                    related_name="+", help_text="the institution in charge after this step")
    status = models.CharField(max_length=12, choices=SupportRequestStatus.choices)

    class Meta:
        ordering = ["at", "pk"]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} · {self.at:%Y-%m-%d %H:%M}"


class SupportRequestAttachment(Attachment):
    """A voice note or photo sent with one step of a request (raising it, a comment, an answer):
    read by whoever may read the request."""

    FOLDER = "support"

    event = models.ForeignKey(SupportRequestEvent, on_delete=models.CASCADE, related_name="attachments")

    class Meta(Attachment.Meta):
        verbose_name = _("attachment")
        verbose_name_plural = _("attachments")
