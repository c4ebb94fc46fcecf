from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class NameRequestStatus(models.TextChoices):
    PENDING = "pending", pgettext_lazy("name request", "Pending")
    APPROVED = "approved", pgettext_lazy("name request", "Approved")
    REFUSED = "refused", pgettext_lazy("name request", "Refused")


class NameGrade(models.TextChoices):
    """How well a name tells its organisation apart, as company-name registries grade it."""

    STRONG = "strong", pgettext_lazy("name grade", "Strong")
    MEDIUM = "medium", pgettext_lazy("name grade", "Medium")
    WEAK = "weak", pgettext_lazy("name grade", "Weak")


class NameVerdict(models.TextChoices):
    CLASH = "clash", _("Clashes with a name already taken")
    CLOSE = "close", _("Close to a name already taken")
    CLEAR = "clear", _("No close name")


class SupportCategory(models.TextChoices):
    """The obstacles cooperatives raise with the institutions (article 004's closing meeting)."""

    MARKETING = "marketing", _("Marketing")
    FINANCING = "financing", _("Financing")
    LAND = "land", _("Land")
    SANITARY = "sanitary", _("Sanitary certification")
    LEGAL = "legal", _("Legal")
    COORDINATION = "coordination", _("Coordination between institutions")
    OTHER = "other", _("Other")


class SupportRequestStatus(models.TextChoices):
    OPEN = "open", pgettext_lazy("support request", "Open")
    IN_PROGRESS = "in_progress", pgettext_lazy("support request", "Answered, in progress")
    RESOLVED = "resolved", pgettext_lazy("support request", "Resolved")
    CLOSED = "closed", pgettext_lazy("support request", "Closed without solution")


class SupportEventKind(models.TextChoices):
    OPENED = "opened", _("Raised")
    ANSWERED = "answered", pgettext_lazy("support step", "Answer")
    COMMENTED = "commented", _("Comment")
    REASSIGNED = "reassigned", _("Sent to another institution")
    RESOLVED = "resolved", pgettext_lazy("support request", "Resolved")
    CLOSED = "closed", pgettext_lazy("support request", "Closed without solution")


class CallKind(models.TextChoices):
    FUNDING = "funding", _("Project funding")
    AWARD = "award", _("Award")


class ApplicationStatus(models.TextChoices):
    DRAFT = "draft", pgettext_lazy("application", "Draft")
    SUBMITTED = "submitted", pgettext_lazy("application", "Submitted")
    FUNDED = "funded", pgettext_lazy("application", "Funded")
    WAITING_LIST = "waiting", pgettext_lazy("application", "Waiting list")
    REJECTED = "rejected", pgettext_lazy("application", "Rejected")


class InspectionResult(models.TextChoices):
    COMPLIANT = "ok", _("Compliant")
    MINOR = "minor", _("Minor breaches")
    MAJOR = "major", _("Major breaches")


class AwardAudience(models.TextChoices):
    WOMEN_COOPERATIVES = "women", _("Women's cooperatives")
    YOUTH_ORGANIZATIONS = "youth", _("Youth organisations")
