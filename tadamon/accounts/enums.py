from django.db import models
from django.utils.translation import gettext_lazy as _


class Role(models.TextChoices):
    ADMIN = "admin", _("Platform administrator")
    STAFF = "staff", _("Programme staff")
    MANAGER = "manager", _("Cooperative manager")
    OFFICER = "officer", _("Institution officer")
    BUYER = "buyer", _("Buyer")
    MEMBER = "member", _("Cooperative member")


class AuditAction(models.TextChoices):
    SIGN_IN = "sign_in", _("Sign-in")
    SIGN_IN_FAILED = "sign_in_failed", _("Failed sign-in")
    SIGN_OUT = "sign_out", _("Sign-out")
    EXPORT = "export", _("Export")
    EXPORT_PERSONAL = "export_personal", _("Export of personal data")
    IMPORT = "import", _("Import")
    DELETE = "delete", _("Deletion")
    PERMISSION_CHANGE = "permission_change", _("Permission change")


class ClaimStatus(models.TextChoices):
    PENDING = "pending", _("Waiting for a decision")
    APPROVED = "approved", _("Approved")
    REFUSED = "refused", _("Refused")


class InvitedAs(models.TextChoices):
    """What an invitation makes of the person who accepts it."""

    MANAGER = "manager", _("Manages the cooperative")
    MEMBER = "member", _("Member with an account")


class FieldActionKind(models.TextChoices):
    """What a field device queues while offline and sends when the connection returns."""

    ATTENDANCE = "attendance", _("Attendance")
    CHECK_IN = "check_in", _("Check-in")
    VISIT = "visit", _("Coaching visit")
    DIAGNOSIS = "diagnosis", _("Needs diagnosis")


class FieldOutcome(models.TextChoices):
    DONE = "done", _("Recorded")
    CONFLICT = "conflict", _("Conflict")
    REFUSED = "refused", _("Refused")
