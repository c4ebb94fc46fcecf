"""Calls for projects and awards, the applications organisations send, their review by several
evaluators, and the grants (with tranches and reports) the funded ones become."""

from django.conf import settings
from django.core.validators import MinValueValidator
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from tadamon.common.i18n import TranslatedText
from tadamon.common.numbers import format_date, format_money
from tadamon.common.storage import private_storage
from tadamon.funding.enums import ApplicationStatus, CallKind

MONEY = {"max_digits": 14, "decimal_places": 2, "validators": [MinValueValidator(0)]}


class Call(models.Model):
    kind = models.CharField(_("kind"), max_length=8, choices=CallKind.choices)
    title_ar = models.CharField(_("title in Arabic"), max_length=250, blank=True)
    title_fr = models.CharField(_("title in French"), max_length=250, blank=True)
    title_en = models.CharField(_("title in English"), max_length=250, blank=True)
    description = models.TextField(_("description"), blank=True)
    sponsor = models.ForeignKey("registry.Organization", on_delete=models.PROTECT, related_name="calls",
                                verbose_name=_("run by"))
    opens_at = models.DateTimeField(_("opens at"))
    closes_at = models.DateTimeField(_("deadline"))
    budget_mad = models.DecimalField(_("budget (MAD)"), **MONEY)
    max_amount_mad = models.DecimalField(_("most per application (MAD)"), null=True, blank=True, **MONEY)
    # Eligibility. Empty means no restriction.
    kinds = models.JSONField(_("kinds of organisation"), default=list, blank=True)
    provinces = models.ManyToManyField("registry.Province", blank=True, related_name="+",
                                       verbose_name=_("provinces"))
    women_only = models.BooleanField(_("women's organisations only"), default=False)
    youth_only = models.BooleanField(_("youth organisations only"), default=False)
    min_age_years = models.PositiveSmallIntegerField(_("created at least (years ago)"), null=True, blank=True)
    max_age_years = models.PositiveSmallIntegerField(_("created at most (years ago)"), null=True, blank=True)
    documents_required = models.JSONField(_("documents required"), default=list, blank=True,
                                          help_text=_("One name per document, e.g. statutes, budget, last accounts."))
    evaluators = models.ManyToManyField(settings.AUTH_USER_MODEL, blank=True, related_name="calls_to_evaluate",
                                        verbose_name=_("evaluators"))

    title = TranslatedText("title")

    class Meta:
        verbose_name = _("call")
        verbose_name_plural = _("calls")
        ordering = ["-closes_at"]
        constraints = [
            models.CheckConstraint(condition=models.Q(closes_at__gt=models.F("opens_at")),
                                   name="call_closes_after_it_opens",
                                   violation_error_message=_("The deadline comes before the opening.")),
        ]

    def __str__(self) -> str:
        return self.title.text

    def get_absolute_url(self) -> str:
        return reverse("backoffice:call", args=[self.pk])


class Criterion(models.Model):
    call = models.ForeignKey(Call, on_delete=models.CASCADE, related_name="criteria")
    name_ar = models.CharField(_("name in Arabic"), max_length=150, blank=True)
    name_fr = models.CharField(_("name in French"), max_length=150, blank=True)
    weight = models.PositiveSmallIntegerField(_("weight"), default=1, validators=[MinValueValidator(1)])
    max_score = models.PositiveSmallIntegerField(_("highest score"), default=10, validators=[MinValueValidator(1)])

    name = TranslatedText("name")

    class Meta:
        verbose_name = _("criterion")
        verbose_name_plural = _("criteria")
        ordering = ["call", "pk"]

    def __str__(self) -> str:
        return f"{self.name.text} (×{self.weight})"


class Application(models.Model):
    call = models.ForeignKey(Call, on_delete=models.PROTECT, related_name="applications")
    organization = models.ForeignKey("registry.Organization", on_delete=models.PROTECT,
                                     related_name="applications", verbose_name=_("organisation"))
    title = models.CharField(_("project"), max_length=250)
    summary = models.TextField(_("summary"), blank=True)
    status = models.CharField(_("status"), max_length=12, choices=ApplicationStatus.choices,
                              default=ApplicationStatus.DRAFT, db_index=True)
    submitted_at = models.DateTimeField(_("submitted at"), null=True, blank=True)
    decided_at = models.DateTimeField(_("decided at"), null=True, blank=True)
    decided_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                                   related_name="+")
    decision_reason = models.TextField(_("reason"), blank=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                                   related_name="+")
    version = models.PositiveIntegerField(default=1, editable=False)

    class Meta:
        verbose_name = _("application")
        verbose_name_plural = _("applications")
        ordering = ["call", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["call", "organization"], name="one_application_per_call",
                                    violation_error_message=_("This organisation already applied to this call.")),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("backoffice:application", args=[self.pk])

    @property
    def requested_mad(self):
        return sum((line.amount_mad for line in self.budget_lines.all()), start=0)


class BudgetLine(models.Model):
    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="budget_lines")
    label = models.CharField(_("budget line"), max_length=200)
    amount_mad = models.DecimalField(_("amount (MAD)"), **MONEY)

    class Meta:
        ordering = ["application", "pk"]

    def __str__(self) -> str:
        return f"{self.label}: {self.amount_mad}"


class ApplicationDocument(models.Model):
    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="documents")
    name = models.CharField(_("document"), max_length=150)
    file = models.FileField(_("file"), upload_to="applications/%Y/", storage=private_storage)
    uploaded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["application", "name"]

    def __str__(self) -> str:
        return self.name


class Review(models.Model):
    """One evaluator's review of one application: a score per criterion with comments, or a
    declared conflict of interest that takes them off it."""

    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="reviews")
    evaluator = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="reviews")
    conflict = models.BooleanField(_("conflict of interest"), default=False)
    conflict_note = models.CharField(_("conflict declared"), max_length=250, blank=True)
    submitted_at = models.DateTimeField(_("submitted at"), null=True, blank=True)

    class Meta:
        ordering = ["application", "pk"]
        constraints = [models.UniqueConstraint(fields=["application", "evaluator"], name="one_review_per_evaluator")]

    def __str__(self) -> str:
        return f"{self.application} · {self.evaluator}"

    def get_absolute_url(self) -> str:
        return reverse("backoffice:review", args=[self.pk])


class Score(models.Model):
    review = models.ForeignKey(Review, on_delete=models.CASCADE, related_name="scores")
    criterion = models.ForeignKey(Criterion, on_delete=models.CASCADE, related_name="+")
    score = models.PositiveSmallIntegerField(_("score"))
    comment = models.TextField(_("comment"), blank=True)

    class Meta:
        ordering = ["review", "criterion"]
        constraints = [models.UniqueConstraint(fields=["review", "criterion"], name="one_score_per_criterion")]

    def __str__(self) -> str:
        return f"{self.criterion}: {self.score}"


class Grant(models.Model):
    application = models.OneToOneField(Application, on_delete=models.PROTECT, related_name="grant")
    amount_mad = models.DecimalField(_("amount granted (MAD)"), **MONEY)
    awarded_at = models.DateTimeField(_("awarded at"), auto_now_add=True)
    version = models.PositiveIntegerField(default=1, editable=False)

    class Meta:
        verbose_name = _("grant")
        verbose_name_plural = _("grants")
        ordering = ["-awarded_at"]

    def __str__(self) -> str:
        return f"{self.application} · {format_money(self.amount_mad)}"

    def get_absolute_url(self) -> str:
        return reverse("backoffice:grant", args=[self.pk])


class Tranche(models.Model):
    grant = models.ForeignKey(Grant, on_delete=models.CASCADE, related_name="tranches")
    amount_mad = models.DecimalField(_("amount (MAD)"), max_digits=14, decimal_places=2,
                                     validators=[MinValueValidator(1)])
    condition = models.CharField(_("condition"), max_length=250, blank=True)
    due_on = models.DateField(_("due on"))
    paid_on = models.DateField(_("paid on"), null=True, blank=True)

    class Meta:
        verbose_name = _("tranche")
        verbose_name_plural = _("tranches")
        ordering = ["grant", "due_on", "pk"]

    def __str__(self) -> str:
        return f"{format_money(self.amount_mad)} · {format_date(self.due_on, 'short')}"


class GrantReport(models.Model):
    grant = models.ForeignKey(Grant, on_delete=models.CASCADE, related_name="reports")
    title = models.CharField(_("report"), max_length=200)
    file = models.FileField(_("file"), upload_to="grant-reports/%Y/", storage=private_storage)
    submitted_at = models.DateTimeField(auto_now_add=True)
    submitted_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")

    class Meta:
        ordering = ["grant", "-submitted_at"]

    def __str__(self) -> str:
        return self.title


