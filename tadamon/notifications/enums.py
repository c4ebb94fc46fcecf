from django.db import models
from django.utils.translation import gettext_lazy as _


class Channel(models.TextChoices):
    """Where a person reads their messages. Rural managers and members read SMS and WhatsApp."""

    SMS = "sms", _("SMS")
    WHATSAPP = "whatsapp", _("WhatsApp")
    EMAIL = "email", _("E-mail")


class MessageStatus(models.TextChoices):
    QUEUED = "queued", _("Queued")
    SENT = "sent", _("Sent")
    FAILED = "failed", _("Failed")
    SKIPPED = "skipped", _("Not sent (opted out)")


class OptOutSource(models.TextChoices):
    LINK = "link", _("Link in a message")
    REPLY = "reply", _("STOP reply")
    ADMIN = "admin", _("Administrator")
