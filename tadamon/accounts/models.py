import hashlib
import secrets
from datetime import timedelta

import rules
from django.conf import settings
from django.contrib.auth.models import AbstractUser
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_otp.models import CooldownMixin, SideChannelDevice, ThrottlingMixin

from tadamon.accounts.enums import AuditAction, ClaimStatus, FieldActionKind, FieldOutcome, InvitedAs, Role
from tadamon.accounts.rules import DECIDED_BY_RULE_ALONE
from tadamon.common.i18n import localized
from tadamon.notifications.enums import Channel
from tadamon.registry.enums import MemberRole


class User(AbstractUser):
    """A person who signs in. `role` says what they do; `organization` scopes it:
    the cooperative a manager runs, the sponsor or NGO a staff member works for,
    the public body an officer represents. Buyers sign up themselves and have no organisation;
    other visitors have no account."""

    role = models.CharField(_("role"), max_length=10, choices=Role.choices, default=Role.MANAGER)
    organization = models.ForeignKey(
        "registry.Organization", on_delete=models.PROTECT, null=True, blank=True,
        related_name="users", verbose_name=_("organisation"),
    )
    preferred_language = models.CharField(
        _("preferred language"), max_length=5, choices=settings.LANGUAGES, default="ar"
    )
    # A mobile in E.164 (tadamon.common.phones): signs in with a one-time code sent to it.
    phone = models.CharField(_("mobile phone"), max_length=16, null=True, blank=True, unique=True)
    preferred_channel = models.CharField(
        _("messages by"), max_length=10, choices=Channel.choices, default=Channel.SMS,
    )
    # A member's own account is tied to the person in the registry (their trainings, certificates...).
    person = models.OneToOneField(
        "registry.Person", on_delete=models.SET_NULL, null=True, blank=True,
        related_name="account", verbose_name=_("member"),
    )
    # The office a manager holds in the cooperative's board (president, treasurer, secretary...).
    position = models.CharField(_("position"), max_length=20, blank=True, choices=MemberRole.choices)
    # The name in Arabic script beside first and last name (in Latin script): pages show the one of
    # their language (`get_full_name`).
    name_ar = models.CharField(_("name in Arabic"), max_length=150, blank=True)

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")

    def get_full_name(self) -> str:
        """The name as the page's language writes it, when the person gave it in both scripts."""
        return localized(self.name_ar, super().get_full_name())

    def clean(self):
        super().clean()
        if self.role in (Role.MANAGER, Role.OFFICER, Role.MEMBER) and not self.organization_id:
            raise ValidationError({"organization": _("A manager or an officer must belong to an organisation.")})

    def has_perm(self, perm, obj=None) -> bool:
        """As Django's, except that the permissions of acting for an organisation are decided by their
        rule for superusers too (`tadamon.accounts.rules.add_acting_perm`)."""
        if perm in DECIDED_BY_RULE_ALONE:
            return self.is_active and rules.has_perm(perm, self, obj)
        return super().has_perm(perm, obj)

    @property
    def is_platform_admin(self) -> bool:
        return self.is_active and (self.is_superuser or self.role == Role.ADMIN)

    @property
    def is_programme_staff(self) -> bool:
        return self.is_active and self.role == Role.STAFF

    @property
    def is_manager(self) -> bool:
        return self.is_active and self.role == Role.MANAGER and self.organization_id is not None

    @property
    def is_officer(self) -> bool:
        return self.is_active and self.role == Role.OFFICER

    @property
    def is_member(self) -> bool:
        """A cooperative's member with an account of their own: reads, never manages."""
        return self.is_active and self.role == Role.MEMBER and self.organization_id is not None

    @property
    def is_buyer(self) -> bool:
        """A buyer who signed up on the public site to follow their orders; no back-office access."""
        return self.is_active and self.role == Role.BUYER


class AuditEvent(models.Model):
    """Who did what sensitive thing, when (sign-ins, exports of personal data, deletions...)."""

    at = models.DateTimeField(_("when"), auto_now_add=True, db_index=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
        related_name="audit_events", verbose_name=_("who"),
    )
    actor_name = models.CharField(_("user name"), max_length=150, blank=True)
    action = models.CharField(_("action"), max_length=20, choices=AuditAction.choices)
    target = models.CharField(_("target"), max_length=255, blank=True)
    details = models.JSONField(_("details"), default=dict, blank=True)
    ip_address = models.GenericIPAddressField(_("IP address"), null=True, blank=True)

    class Meta:
        verbose_name = _("audit event")
        verbose_name_plural = _("audit events")
        ordering = ["-at"]
        indexes = [models.Index(fields=["action", "-at"], name="audit_action_at_idx")]

    def __str__(self) -> str:
        return f"{self.at:%Y-%m-%d %H:%M} {self.actor_name} {self.get_action_display()} {self.target}"


class PhoneCode(ThrottlingMixin, CooldownMixin, SideChannelDevice):
    """The one-time sign-in code of a mobile number (django-otp: random digits from the system's
    generator, an expiry, single use; wrong codes slow further tries down exponentially; a new code
    no sooner than a minute after the last). Keyed by the number, not a user: someone registering a
    cooperative proves the number is theirs before any account exists."""

    # Devices normally belong to a user; here the number may have none yet.
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, null=True, blank=True,
                             related_name="+")
    phone = models.CharField(max_length=16, unique=True)

    class Meta:
        verbose_name = _("sign-in code")
        verbose_name_plural = _("sign-in codes")

    def get_throttle_factor(self):
        return settings.SIGN_IN_CODE_THROTTLE_FACTOR

    def get_cooldown_duration(self):
        return settings.SIGN_IN_CODE_COOLDOWN_SECONDS


class OrganizationClaim(models.Model):
    """Someone asks to manage a cooperative from their phone: one already in the registry, or one
    they propose (`organization` empty, the proposed fields filled). Grants nothing until the staff
    in charge approve it (tadamon.accounts.claims)."""

    organization = models.ForeignKey("registry.Organization", on_delete=models.CASCADE, null=True, blank=True,
                                     related_name="claims", verbose_name=_("organisation"))
    phone = models.CharField(_("mobile phone"), max_length=16)
    first_name = models.CharField(_("first name"), max_length=150)
    last_name = models.CharField(_("last name"), max_length=150)
    position = models.CharField(_("position"), max_length=20, choices=MemberRole.choices)
    language = models.CharField(_("language"), max_length=5, choices=settings.LANGUAGES, default="ar")
    # A cooperative not in the registry, as the claimant wrote it.
    proposed_name_ar = models.CharField(_("name in Arabic"), max_length=255, blank=True)
    proposed_name_latin = models.CharField(_("name in Latin script"), max_length=255, blank=True)
    proposed_kind = models.CharField(_("kind"), max_length=20, blank=True)
    proposed_province = models.ForeignKey("registry.Province", on_delete=models.PROTECT, null=True, blank=True,
                                          related_name="+", verbose_name=_("province"))
    proposed_sector = models.ForeignKey("registry.Sector", on_delete=models.PROTECT, null=True, blank=True,
                                        related_name="+", verbose_name=_("sector"))
    proposed_registry_number = models.CharField(_("registry number"), max_length=50, blank=True)

    status = models.CharField(_("status"), max_length=10, choices=ClaimStatus.choices, default=ClaimStatus.PENDING)
    reason = models.TextField(_("reason"), blank=True)
    decided_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                                   related_name="+", verbose_name=_("decided by"))
    decided_at = models.DateTimeField(_("decided on"), null=True, blank=True)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                             related_name="claims", verbose_name=_("account"))
    created_at = models.DateTimeField(_("sent on"), auto_now_add=True)

    class Meta:
        verbose_name = _("claim of an organisation")
        verbose_name_plural = _("claims of organisations")
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["status", "-created_at"], name="claim_status_idx")]

    def __str__(self) -> str:
        return f"{self.first_name} {self.last_name} → {self.organization_name}"

    @property
    def organization_name(self) -> str:
        if self.organization_id:
            return str(self.organization)
        return self.proposed_name_ar or self.proposed_name_latin

    @property
    def is_pending(self) -> bool:
        return self.status == ClaimStatus.PENDING


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


class Invitation(models.Model):
    """A link (sent by SMS or printed as a QR code) that makes whoever opens it and proves their
    phone a manager or a member with an account of the organisation. Works once, until it expires;
    only its hash is kept, so the database alone does not give the link away."""

    organization = models.ForeignKey("registry.Organization", on_delete=models.CASCADE,
                                     related_name="invitations", verbose_name=_("organisation"))
    invited_as = models.CharField(_("invited as"), max_length=10, choices=InvitedAs.choices)
    position = models.CharField(_("position"), max_length=20, choices=MemberRole.choices, blank=True)
    person = models.ForeignKey("registry.Person", on_delete=models.CASCADE, null=True, blank=True,
                               related_name="+", verbose_name=_("member"))
    name = models.CharField(_("name"), max_length=150, blank=True)
    phone = models.CharField(_("mobile phone"), max_length=16, blank=True)
    token_hash = models.CharField(max_length=64, unique=True, editable=False)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True,
                                   related_name="+", verbose_name=_("invited by"))
    created_at = models.DateTimeField(_("sent on"), auto_now_add=True)
    expires_at = models.DateTimeField(_("expires on"))
    used_at = models.DateTimeField(_("used on"), null=True, blank=True)
    used_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                                related_name="+", verbose_name=_("used by"))
    revoked_at = models.DateTimeField(_("withdrawn on"), null=True, blank=True)

    class Meta:
        verbose_name = _("invitation")
        verbose_name_plural = _("invitations")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.get_invited_as_display()} — {self.organization}"

    @classmethod
    def new(cls, **fields) -> tuple["Invitation", str]:
        """An unsaved invitation and its token (the only time the token is known)."""
        token = secrets.token_urlsafe(24)
        days = settings.INVITATION_VALID_DAYS
        return cls(token_hash=hash_token(token), expires_at=timezone.now() + timedelta(days=days), **fields), token

    @property
    def is_usable(self) -> bool:
        return self.used_at is None and self.revoked_at is None and timezone.now() < self.expires_at


class FieldDevice(models.Model):
    """A phone or tablet kept signed in for one day of field work (docs/offline.md). It signs its
    user in on the field pages and the replay of queued actions only, until the end of the day,
    when the ordinary session has ended after 30 idle minutes; the rest of the back office keeps
    the 30-minute rule. The cookie holds a random token; only its hash is stored. The user
    revokes it from their devices page, an administrator from there or the admin site."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="field_devices",
                             verbose_name=_("user"))
    label = models.CharField(_("device"), max_length=120, blank=True)
    token_hash = models.CharField(max_length=64, unique=True, editable=False)
    created_at = models.DateTimeField(_("kept signed in on"), auto_now_add=True)
    expires_at = models.DateTimeField(_("until"))
    last_used_at = models.DateTimeField(_("last used"), null=True, blank=True)
    revoked_at = models.DateTimeField(_("revoked on"), null=True, blank=True)
    revoked_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                                   related_name="+", verbose_name=_("revoked by"))

    class Meta:
        verbose_name = _("field device")
        verbose_name_plural = _("field devices")
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["user", "-created_at"], name="field_device_user_idx")]

    def __str__(self) -> str:
        return f"{self.user} — {self.label or self.pk}"

    @property
    def is_active(self) -> bool:
        return self.revoked_at is None and timezone.now() < self.expires_at


class FieldAction(models.Model):
    """One action made on a device (attendance, check-in, visit, diagnosis), received once: its id
    was made on the device, so a replay of the same action finds this row and changes nothing."""

    client_id = models.UUIDField(_("id on the device"), unique=True)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="field_actions",
                             verbose_name=_("user"))
    device = models.ForeignKey(FieldDevice, on_delete=models.SET_NULL, null=True, blank=True,
                               related_name="actions", verbose_name=_("device"))
    kind = models.CharField(_("kind"), max_length=12, choices=FieldActionKind.choices)
    outcome = models.CharField(_("outcome"), max_length=10, choices=FieldOutcome.choices)
    detail = models.TextField(_("detail"), blank=True)
    made_at = models.DateTimeField(_("made on the device"), null=True, blank=True)
    received_at = models.DateTimeField(_("received"), auto_now_add=True)

    class Meta:
        verbose_name = _("field action")
        verbose_name_plural = _("field actions")
        ordering = ["-received_at"]
        indexes = [models.Index(fields=["user", "-received_at"], name="field_action_user_idx")]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.client_id} ({self.get_outcome_display()})"
