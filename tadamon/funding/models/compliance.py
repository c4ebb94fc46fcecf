"""Compliance under Law 112.12: each cooperative's annual declaration, and the inspections the
supervising office plans and records, with their findings and follow-up."""

from django.conf import settings
from django.core.validators import MinValueValidator
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from tadamon.funding.enums import InspectionResult

MONEY = {"max_digits": 14, "decimal_places": 2, "validators": [MinValueValidator(0)]}

# What an inspector checks (Law 112.12): the item's key and its label.
CHECKLIST = [
    ("general_assembly", _("General assembly held within six months of the year's end")),
    ("accounts_filed", _("Accounts approved and filed")),
    ("registers_kept", _("Registers kept (members, deliberations, inventory)")),
    ("members_list", _("Members' list up to date")),
    ("capital_paid", _("Capital subscribed paid up as the statutes say")),
    ("board_renewed", _("Board elected and renewed on time")),
    ("reserves", _("Legal reserve funded")),
]


class AnnualDeclaration(models.Model):
    organization = models.ForeignKey("registry.Organization", on_delete=models.CASCADE, related_name="declarations",
                                     verbose_name=_("organisation"))
    year = models.PositiveSmallIntegerField(_("year"))
    members_women = models.PositiveIntegerField(_("women members"))
    members_men = models.PositiveIntegerField(_("men members"))
    capital_subscribed_mad = models.DecimalField(_("capital subscribed (MAD)"), **MONEY)
    capital_paid_mad = models.DecimalField(_("capital paid (MAD)"), **MONEY)
    turnover_mad = models.DecimalField(_("turnover (MAD)"), **MONEY)
    general_assembly_held = models.BooleanField(_("general assembly held"))
    general_assembly_on = models.DateField(_("date of the general assembly"), null=True, blank=True)
    accounts_filed = models.BooleanField(_("accounts filed"))
    filed_at = models.DateTimeField(_("filed at"), auto_now=True)
    filed_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                                 related_name="+")

    class Meta:
        verbose_name = _("annual declaration")
        verbose_name_plural = _("annual declarations")
        ordering = ["organization", "-year"]
        constraints = [
            models.UniqueConstraint(fields=["organization", "year"], name="one_declaration_per_year",
                                    violation_error_message=_("This year's declaration was already filed.")),
            models.CheckConstraint(condition=models.Q(capital_paid_mad__lte=models.F("capital_subscribed_mad")),
                                   name="capital_paid_within_subscribed",
                                   violation_error_message=_("The capital paid is more than the capital subscribed.")),
        ]

    def __str__(self) -> str:
        return f"{self.organization} · {self.year}"


class DeclarationReminder(models.Model):
    """When a cooperative was reminded of a missing declaration: at most one reminder a month."""

    organization = models.ForeignKey("registry.Organization", on_delete=models.CASCADE, related_name="+")
    year = models.PositiveSmallIntegerField()
    sent_on = models.DateField()

    class Meta:
        ordering = ["-sent_on"]
        indexes = [models.Index(fields=["organization", "year", "-sent_on"], name="declaration_reminder_idx")]

    def __str__(self) -> str:
        return f"{self.organization_id} · {self.year} · {self.sent_on}"


class Inspection(models.Model):
    organization = models.ForeignKey("registry.Organization", on_delete=models.CASCADE, related_name="inspections",
                                     verbose_name=_("organisation"))
    authority = models.ForeignKey("registry.Organization", on_delete=models.PROTECT, related_name="+",
                                  verbose_name=_("inspecting office"))
    planned_on = models.DateField(_("planned on"))
    reason = models.CharField(_("why now"), max_length=250, blank=True)
    inspector = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                                  related_name="+", verbose_name=_("inspector"))
    done_on = models.DateField(_("done on"), null=True, blank=True)
    checklist = models.JSONField(_("checklist"), default=dict, blank=True)
    result = models.CharField(_("result"), max_length=8, choices=InspectionResult.choices, blank=True)
    notes = models.TextField(_("notes"), blank=True)
    follow_up_due = models.DateField(_("follow-up due"), null=True, blank=True)

    class Meta:
        verbose_name = _("inspection")
        verbose_name_plural = _("inspections")
        ordering = ["-planned_on", "-pk"]

    def __str__(self) -> str:
        return f"{self.organization} · {self.planned_on}"

    def get_absolute_url(self) -> str:
        return reverse("backoffice:inspection", args=[self.pk])


class Finding(models.Model):
    inspection = models.ForeignKey(Inspection, on_delete=models.CASCADE, related_name="findings")
    description = models.CharField(_("finding"), max_length=300)
    resolved_on = models.DateField(_("resolved on"), null=True, blank=True)

    class Meta:
        ordering = ["inspection", "pk"]

    def __str__(self) -> str:
        return self.description
