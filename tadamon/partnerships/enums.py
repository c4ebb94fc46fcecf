from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class PartyRole(models.TextChoices):
    SPONSOR = "sponsor", _("Sponsor")
    IMPLEMENTER = "implementer", _("Implementing partner (NGO)")
    BENEFICIARY = "beneficiary", _("Beneficiary (cooperative or association)")
    COUNCIL = "council", _("Elected council")
    PUBLIC_BODY = "public_body", _("Public body")


class SupportKind(models.TextChoices):
    """What was given. The first word of each group says how it is counted: money, in kind, service."""

    GRANT_TRANCHE = "grant_tranche", _("Grant tranche")
    PAYMENT = "payment", _("Direct payment")
    EQUIPMENT = "equipment", _("Equipment")
    RAW_MATERIALS = "raw_materials", _("Raw materials")
    PREMISES = "premises", _("Premises fitted out")
    TRANSPORT = "transport", _("Transport")
    LODGING = "lodging", _("Lodging")
    COACHING = "coaching", _("Coaching days")
    TRAINING = "training", _("Training seats")
    OTHER = "other", _("Other")

    @classmethod
    def nature_of(cls, kind: str) -> str:
        if kind in (cls.GRANT_TRANCHE, cls.PAYMENT):
            return SupportNature.MONEY
        if kind in (cls.COACHING, cls.TRAINING):
            return SupportNature.SERVICE
        return SupportNature.IN_KIND


class SupportNature(models.TextChoices):
    MONEY = "money", _("Money")
    IN_KIND = "in_kind", _("In kind")
    SERVICE = "service", _("Services")


class CommitmentStatus(models.TextChoices):
    PLANNED = "planned", pgettext_lazy("commitment", "Planned")
    IN_PROGRESS = "in_progress", pgettext_lazy("commitment", "In progress")
    DELIVERED = "delivered", pgettext_lazy("commitment", "Delivered")
    LATE = "late", pgettext_lazy("commitment", "Late")
    CANCELLED = "cancelled", pgettext_lazy("commitment", "Cancelled")
