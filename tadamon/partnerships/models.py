"""Partnership agreements (conventions), the commitments each party made in them, and every
piece of support actually delivered to an organisation, against a commitment or a programme."""

from django.conf import settings
from django.core.validators import MinValueValidator
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from tadamon.common.i18n import TranslatedText
from tadamon.common.storage import private_storage
from tadamon.partnerships.enums import PartyRole, SupportKind

MONEY = {"max_digits": 14, "decimal_places": 2, "validators": [MinValueValidator(0)]}


class Agreement(models.Model):
    """A partnership agreement between two or more parties. Its changes are kept (history) and
    its signed amendments listed."""

    reference = models.CharField(_("reference"), max_length=60, unique=True)
    title_ar = models.CharField(_("title in Arabic"), max_length=250, blank=True)
    title_fr = models.CharField(_("title in French"), max_length=250, blank=True)
    title_en = models.CharField(_("title in English"), max_length=250, blank=True)
    signed_on = models.DateField(_("signed on"))
    starts_on = models.DateField(_("starts on"))
    ends_on = models.DateField(_("ends on"))
    provinces = models.ManyToManyField("registry.Province", related_name="agreements", blank=True,
                                       verbose_name=_("territories (provinces)"))
    objectives = models.TextField(_("objectives"), blank=True)
    budget_mad = models.DecimalField(_("total budget (MAD)"), **MONEY)
    document = models.FileField(_("signed document"), upload_to="agreements/%Y/", storage=private_storage,
                                blank=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                                   related_name="+")
    version = models.PositiveIntegerField(default=1, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)

    history = HistoricalRecords(excluded_fields=["version"])
    title = TranslatedText("title")

    class Meta:
        verbose_name = _("partnership agreement")
        verbose_name_plural = _("partnership agreements")
        ordering = ["-signed_on", "reference"]
        constraints = [
            models.CheckConstraint(condition=~models.Q(title_ar="", title_fr="", title_en=""),
                                   name="agreement_has_a_title",
                                   violation_error_message=_("Give the agreement a title in at least one language.")),
            models.CheckConstraint(condition=models.Q(ends_on__gte=models.F("starts_on")),
                                   name="agreement_ends_after_it_starts",
                                   violation_error_message=_("The agreement ends before it starts.")),
        ]

    def __str__(self) -> str:
        return f"{self.reference} · {self.title.text}"

    def get_absolute_url(self) -> str:
        return reverse("backoffice:agreement", args=[self.pk])


class AgreementParty(models.Model):
    """A signatory of an agreement, its role and what it brings (money, and in kind at a value)."""

    agreement = models.ForeignKey(Agreement, on_delete=models.CASCADE, related_name="parties",
                                  verbose_name=_("agreement"))
    organization = models.ForeignKey("registry.Organization", on_delete=models.PROTECT,
                                     related_name="agreement_parts", verbose_name=_("organisation"))
    role = models.CharField(_("role"), max_length=12, choices=PartyRole.choices)
    contribution_money_mad = models.DecimalField(_("contribution in money (MAD)"), default=0, **MONEY)
    contribution_in_kind = models.CharField(_("contribution in kind"), max_length=250, blank=True)
    contribution_in_kind_mad = models.DecimalField(_("value of the contribution in kind (MAD)"), default=0, **MONEY)

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("party")
        verbose_name_plural = _("parties")
        ordering = ["agreement", "role", "pk"]
        constraints = [models.UniqueConstraint(fields=["agreement", "organization"], name="agreement_party_once",
                                               violation_error_message=_("This organisation is already a party."))]

    def __str__(self) -> str:
        return f"{self.organization} ({self.get_role_display()})"


class Amendment(models.Model):
    """A signed amendment (avenant) to an agreement."""

    agreement = models.ForeignKey(Agreement, on_delete=models.CASCADE, related_name="amendments",
                                  verbose_name=_("agreement"))
    number = models.PositiveSmallIntegerField(_("number"))
    signed_on = models.DateField(_("signed on"))
    summary = models.TextField(_("what it changes"))
    document = models.FileField(_("signed document"), upload_to="agreements/%Y/", storage=private_storage,
                                blank=True)

    class Meta:
        verbose_name = _("amendment")
        verbose_name_plural = _("amendments")
        ordering = ["agreement", "number"]
        constraints = [models.UniqueConstraint(fields=["agreement", "number"], name="amendment_number_once")]

    def __str__(self) -> str:
        return f"{self.agreement.reference} / {self.number}"


class Commitment(models.Model):
    """What one party owes, to whom, by when: an amount, a deliverable, a quantity. Its status is
    derived (see domain.commitments.status_expression): from the support delivered against it,
    its due date, and whether it was marked done or cancelled."""

    agreement = models.ForeignKey(Agreement, on_delete=models.CASCADE, related_name="commitments",
                                  verbose_name=_("agreement"))
    debtor = models.ForeignKey("registry.Organization", on_delete=models.PROTECT, related_name="commitments_owed",
                               verbose_name=_("who owes it"))
    beneficiary = models.ForeignKey("registry.Organization", on_delete=models.PROTECT, null=True, blank=True,
                                    related_name="commitments_received", verbose_name=_("to whom"),
                                    help_text=_("Empty when it is owed to all the agreement's beneficiaries."))
    deliverable = models.CharField(_("what"), max_length=250)
    amount_mad = models.DecimalField(_("amount or value (MAD)"), null=True, blank=True, **MONEY)
    quantity = models.DecimalField(_("quantity"), max_digits=12, decimal_places=2, null=True, blank=True,
                                   validators=[MinValueValidator(0)])
    unit = models.CharField(_("unit"), max_length=30, blank=True, help_text=_("e.g. sewing machines, kg, days"))
    due_on = models.DateField(_("due by"))
    done_on = models.DateField(_("marked done on"), null=True, blank=True,
                               help_text=_("For a deliverable that no amount or quantity measures."))
    cancelled_on = models.DateField(_("cancelled on"), null=True, blank=True)
    cancel_reason = models.TextField(_("why it was cancelled"), blank=True)
    late_notice_sent_on = models.DateField(null=True, blank=True, editable=False)  # both sides told, once

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("commitment")
        verbose_name_plural = _("commitments")
        ordering = ["agreement", "due_on", "pk"]
        indexes = [models.Index(fields=["due_on"], name="commitment_due_idx")]
        constraints = [
            models.CheckConstraint(condition=models.Q(cancelled_on__isnull=True) | ~models.Q(cancel_reason=""),
                                   name="commitment_cancelled_with_reason",
                                   violation_error_message=_("Say why the commitment is cancelled.")),
        ]

    def __str__(self) -> str:
        return self.deliverable


class Support(models.Model):
    """One piece of support delivered to an organisation: money, something in kind or a service,
    with its value and evidence; recorded against a commitment, a programme, or both. Totals count
    it once whatever it is linked to."""

    recipient = models.ForeignKey("registry.Organization", on_delete=models.PROTECT, related_name="support_received",
                                  verbose_name=_("given to"))
    provider = models.ForeignKey("registry.Organization", on_delete=models.PROTECT, related_name="support_given",
                                 verbose_name=_("given by"))
    commitment = models.ForeignKey(Commitment, on_delete=models.PROTECT, null=True, blank=True,
                                   related_name="deliveries", verbose_name=_("commitment"))
    programme = models.ForeignKey("programmes.Programme", on_delete=models.PROTECT, null=True, blank=True,
                                  related_name="support", verbose_name=_("programme"))
    kind = models.CharField(_("kind"), max_length=16, choices=SupportKind.choices)
    nature = models.CharField(max_length=8, editable=False, db_index=True)  # money, in kind, service: from kind
    description = models.CharField(_("description"), max_length=250)
    quantity = models.DecimalField(_("quantity"), max_digits=12, decimal_places=2, null=True, blank=True,
                                   validators=[MinValueValidator(0)])
    unit = models.CharField(_("unit"), max_length=30, blank=True)
    value_mad = models.DecimalField(_("value (MAD)"), **MONEY)
    people = models.PositiveIntegerField(_("people reached"), null=True, blank=True,
                                         help_text=_("For transport, lodging, training seats: how many people."))
    delivered_on = models.DateField(_("delivered on"))
    evidence = models.FileField(_("evidence (receipt, photo, signed delivery note)"), upload_to="support/%Y/",
                                storage=private_storage, blank=True)
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                                    related_name="+")
    recorded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("support delivered")
        verbose_name_plural = _("support delivered")
        ordering = ["-delivered_on", "-pk"]
        indexes = [models.Index(fields=["provider", "delivered_on"], name="support_provider_date_idx"),
                   models.Index(fields=["recipient", "delivered_on"], name="support_recipient_date_idx")]
        constraints = [
            models.CheckConstraint(condition=models.Q(commitment__isnull=False) | models.Q(programme__isnull=False),
                                   name="support_against_commitment_or_programme",
                                   violation_error_message=_("Record the support against a commitment or a "
                                                             "programme.")),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} · {self.recipient} · {self.delivered_on}"

    def save(self, *args, **kwargs):
        self.nature = SupportKind.nature_of(self.kind)
        super().save(*args, **kwargs)
