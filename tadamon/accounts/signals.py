from django.contrib.auth.signals import user_logged_in, user_logged_out, user_login_failed
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_save
from django.dispatch import receiver

from tadamon.accounts import audit
from tadamon.accounts.enums import AuditAction
from tadamon.accounts.models import User


@receiver(user_logged_in)
def _signed_in(sender, request, user, **kwargs):
    audit.record(AuditAction.SIGN_IN, user=user, request=request)


@receiver(user_logged_out)
def _signed_out(sender, request, user, **kwargs):
    if user is not None:
        audit.record(AuditAction.SIGN_OUT, user=user, request=request)


@receiver(user_login_failed)
def _sign_in_failed(sender, credentials, request=None, **kwargs):
    audit.record(AuditAction.SIGN_IN_FAILED, request=request, username=credentials.get("username", "")[:150])


# --- Deletions and permission changes, whoever makes them (back office, admin, shell) ------------

# The apps whose records people create; their deletions are audited one by one. Derived data
# (indicator cells, programme figures), history rows and the audit log itself are not.
AUDITED_APPS = ("accounts", "registry", "programmes", "events", "market", "partnerships", "funding")
NOT_AUDITED = {"accounts.auditevent"}
PERMISSION_FIELDS = ("role", "organization_id", "is_superuser", "is_staff", "is_active")


def _current_request():
    # simple_history's middleware keeps the request of the thread (None in commands and tasks).
    from simple_history.models import HistoricalRecords

    return getattr(HistoricalRecords.context, "request", None)


def _deleted(sender, instance, **kwargs):
    audit.record(AuditAction.DELETE, request=_current_request(),
                 target=f"{sender._meta.label_lower} #{instance.pk}: {instance}"[:255])


def connect_deletion_audit():
    """Connected model by model, not for every sender: Django deletes the others (millions of
    indicator cells) in one statement only when no post_delete receiver listens to them."""
    from django.apps import apps

    for label in AUDITED_APPS:
        for model in apps.get_app_config(label).get_models():
            if model._meta.label_lower in NOT_AUDITED or model.__name__.startswith("Historical"):
                continue
            post_delete.connect(_deleted, sender=model, dispatch_uid=f"audit-delete-{model._meta.label_lower}")


@receiver(pre_save, sender=User)
def _remember_permissions(sender, instance, **kwargs):
    if instance.pk:
        instance._permissions_before = (User.objects.filter(pk=instance.pk)
                                        .values(*PERMISSION_FIELDS).first())


@receiver(post_save, sender=User)
def _permissions_changed(sender, instance, created, **kwargs):
    before = getattr(instance, "_permissions_before", None)
    if created or not before:
        if created and (instance.is_superuser or instance.role == "admin"):
            audit.record(AuditAction.PERMISSION_CHANGE, request=_current_request(), target=instance.username,
                         fields=["created as administrator"])
        return
    changed = {f: [str(before[f]), str(getattr(instance, f))] for f in PERMISSION_FIELDS
               if before[f] != getattr(instance, f)}
    if changed:
        audit.record(AuditAction.PERMISSION_CHANGE, request=_current_request(), target=instance.username,
                     fields=sorted(changed), changes=changed)


@receiver(m2m_changed, sender=User.groups.through)
@receiver(m2m_changed, sender=User.user_permissions.through)
def _groups_changed(sender, instance, action, pk_set, **kwargs):
    if action in ("post_add", "post_remove", "post_clear") and isinstance(instance, User):
        field = "groups" if sender is User.groups.through else "user_permissions"
        audit.record(AuditAction.PERMISSION_CHANGE, request=_current_request(), target=instance.username,
                     fields=[field], change=action, ids=sorted(pk_set or []))
