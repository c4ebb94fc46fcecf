"""Field devices: a phone kept signed in for one day of field work (docs/offline.md).

Training sessions and fairs happen where the network comes and goes, and the back office signs
people out after 30 idle minutes. A member of staff may keep one device signed in until the end
of the day, for the field pages and the replay of what was queued offline only: a random token
in an HttpOnly cookie, its hash in `FieldDevice`. The rest of the back office keeps the 30-minute
rule. Signing out, or revoking the device from the devices page or the admin site, ends it.
"""

import secrets
from datetime import datetime, time, timedelta

from django.conf import settings
from django.utils import timezone

from tadamon.accounts.models import FieldDevice, hash_token

COOKIE_NAME = "tadamon_field"
TOUCH_EVERY = timedelta(minutes=1)


def cookie_name() -> str:
    """"__Host-" when cookies are secure, like the session's (settings.py)."""
    return f"__Host-{COOKIE_NAME}" if settings.SESSION_COOKIE_SECURE else COOKIE_NAME


def end_of_day(now: datetime | None = None) -> datetime:
    """The next midnight in Morocco: a device is kept for the day's work, never overnight."""
    local = timezone.localtime(now or timezone.now())
    midnight = datetime.combine(local.date() + timedelta(days=1), time.min)
    return timezone.make_aware(midnight, local.tzinfo)


def keep_signed_in(user, *, label: str = "") -> tuple[FieldDevice, str]:
    """A new device for today and its token (known only now: the cookie's value)."""
    token = secrets.token_urlsafe(32)
    device = FieldDevice.objects.create(user=user, label=label[:120], token_hash=hash_token(token),
                                        expires_at=end_of_day())
    return device, token


def device_for_token(token: str | None) -> FieldDevice | None:
    """The active device whose cookie this is, with its user (active), or None."""
    if not token or len(token) > 100:
        return None
    device = (FieldDevice.objects.select_related("user")
              .filter(token_hash=hash_token(token), revoked_at__isnull=True, expires_at__gt=timezone.now())
              .first())
    if device is None or not device.user.is_active:
        return None
    if device.last_used_at is None or timezone.now() - device.last_used_at >= TOUCH_EVERY:
        device.last_used_at = timezone.now()
        FieldDevice.objects.filter(pk=device.pk).update(last_used_at=device.last_used_at)
    return device


def revoke(device: FieldDevice, *, by=None) -> None:
    if device.revoked_at is None:
        device.revoked_at = timezone.now()
        device.revoked_by = by if by is not None and by.is_authenticated else None
        device.save(update_fields=["revoked_at", "revoked_by"])


def revoke_token(token: str | None, *, by=None) -> None:
    """Signing out on a kept device ends it."""
    if token:
        for device in FieldDevice.objects.filter(token_hash=hash_token(token), revoked_at__isnull=True):
            revoke(device, by=by)


def devices_seen_by(user):
    """The devices a user sees on their devices page: their own (kept today or earlier), and for an
    administrator every device still active."""
    from tadamon.accounts.rules import is_platform_admin

    own = FieldDevice.objects.filter(user=user)
    if is_platform_admin(user):
        active = FieldDevice.objects.filter(revoked_at__isnull=True, expires_at__gt=timezone.now())
        return (own | active).select_related("user", "revoked_by").distinct()
    return own.select_related("user", "revoked_by")


def field_work(view):
    """Mark a view as field work: `FieldDeviceMiddleware` may sign its request in from a kept
    device's cookie. Put it outermost, above login_required."""
    view.field_work = True
    return view
