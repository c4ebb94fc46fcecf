import rules
from django.conf import settings
from django.contrib.auth.models import AbstractUser
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from tadamon.accounts.enums import AuditAction, Role
from tadamon.accounts.rules import DECIDED_BY_RULE_ALONE
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

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")

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
