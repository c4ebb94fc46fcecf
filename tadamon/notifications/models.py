"""Messages sent by the platform (the log), where people want them (preferences of the people and
organisations of the registry; users carry theirs on their account) and who asked not to get a
kind of message (opt-outs, per address)."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from tadamon.common.phones import mask_phone
from tadamon.notifications.enums import Channel, MessageStatus, OptOutSource

ALL_KINDS = "*"


class ContactPreference(models.Model):
    """The channel and language of a registry person or organisation (users: on their account)."""

    person = models.OneToOneField("registry.Person", on_delete=models.CASCADE, null=True, blank=True,
                                  related_name="contact_preference", verbose_name=_("person"))
    organization = models.OneToOneField("registry.Organization", on_delete=models.CASCADE, null=True, blank=True,
                                        related_name="contact_preference", verbose_name=_("organisation"))
    channel = models.CharField(_("messages by"), max_length=10, choices=Channel.choices, default=Channel.SMS)
    language = models.CharField(_("language"), max_length=5, choices=settings.LANGUAGES, default="ar")

    class Meta:
        verbose_name = _("contact preference")
        verbose_name_plural = _("contact preferences")
        constraints = [
            models.CheckConstraint(condition=models.Q(person__isnull=True) ^ models.Q(organization__isnull=True),
                                   name="contact_preference_one_owner"),
        ]

    def __str__(self) -> str:
        return str(self.person or self.organization)


class OptOut(models.Model):
    """`address` (E.164 phone or lower-case e-mail) asked not to get `kind` (or any, ALL_KINDS)."""

    address = models.CharField(_("address"), max_length=254)
    kind = models.CharField(_("kind of message"), max_length=40)
    source = models.CharField(_("source"), max_length=10, choices=OptOutSource.choices)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("opt-out")
        verbose_name_plural = _("opt-outs")
        constraints = [models.UniqueConstraint(fields=["address", "kind"], name="optout_address_kind_unique")]

    def __str__(self) -> str:
        return f"{mask_address(self.address)} · {self.kind}"


class BulkSend(models.Model):
    """A message written by programme staff to a programme's cohort or a fair's travellers."""

    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    programme = models.ForeignKey("programmes.Programme", on_delete=models.CASCADE, null=True, blank=True,
                                  related_name="bulk_sends")
    event = models.ForeignKey("events.Event", on_delete=models.CASCADE, null=True, blank=True,
                              related_name="bulk_sends")
    text_ar = models.TextField(_("text in Arabic"), blank=True)
    text_fr = models.TextField(_("text in French"), blank=True)
    recipients = models.PositiveIntegerField(default=0)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("bulk message")
        verbose_name_plural = _("bulk messages")

    def __str__(self) -> str:
        return f"{self.programme or self.event} · {self.created_at:%Y-%m-%d %H:%M}"


class Message(models.Model):
    """One message to one address on one channel: what it said, and what became of it."""

    kind = models.CharField(_("kind of message"), max_length=40)
    channel = models.CharField(_("channel"), max_length=10, choices=Channel.choices)
    address = models.CharField(_("address"), max_length=254)
    language = models.CharField(_("language"), max_length=5)
    name = models.CharField(_("name"), max_length=200, blank=True)
    subject = models.CharField(_("subject"), max_length=255, blank=True)
    body = models.TextField(_("text"))
    parts = models.PositiveSmallIntegerField(_("SMS parts"), default=0)
    status = models.CharField(_("status"), max_length=10, choices=MessageStatus.choices, default=MessageStatus.QUEUED)
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    provider_response = models.TextField(_("provider's answer"), blank=True)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                             related_name="+")
    person = models.ForeignKey("registry.Person", on_delete=models.SET_NULL, null=True, blank=True, related_name="+")
    organization = models.ForeignKey("registry.Organization", on_delete=models.SET_NULL, null=True, blank=True,
                                     related_name="+")
    bulk = models.ForeignKey(BulkSend, on_delete=models.CASCADE, null=True, blank=True, related_name="messages")
    # What the message is about, for idempotent reminders ("session:12", "fair:3").
    topic = models.CharField(max_length=60, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    next_attempt_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("message")
        verbose_name_plural = _("messages")
        ordering = ["-created_at", "-pk"]
        indexes = [
            # Reminders: was this kind already sent about this topic to this address?
            models.Index(fields=["kind", "topic", "address"], name="message_kind_topic_idx"),
            # The admin's list, newest first.
            models.Index(fields=["-created_at"], name="message_created_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.kind} → {self.masked_address}"

    @property
    def masked_address(self) -> str:
        return mask_address(self.address)


def mask_address(address: str) -> str:
    """•••• 5678 for a phone, o•••@example.org for an e-mail."""
    if "@" in address:
        local, _at, domain = address.partition("@")
        return f"{local[:1]}•••@{domain}"
    return mask_phone(address)
