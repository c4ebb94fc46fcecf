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
