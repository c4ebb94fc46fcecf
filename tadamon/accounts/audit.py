from django.conf import settings

from tadamon.accounts.enums import AuditAction
from tadamon.accounts.models import AuditEvent


def record(action: AuditAction, *, user=None, request=None, target: str = "", **details) -> AuditEvent:
    """Write one audit event. Pass the request when there is one: it gives the user and address."""
    if request is not None:
        user = user or getattr(request, "user", None)
    authenticated = user is not None and user.is_authenticated
    return AuditEvent.objects.create(
        action=action,
        actor=user if authenticated else None,
        actor_name=(user.get_username() if authenticated else details.pop("username", "")),
        target=target[:255],
        details=details,
        ip_address=client_address(request) if request is not None else None,
    )


def client_address(request) -> str | None:
    """The client's address: REMOTE_ADDR, or the header the trusted proxy sets (settings)."""
    key = getattr(settings, "RATELIMIT_IP_META_KEY", None) or "REMOTE_ADDR"
    return request.META.get(key) or request.META.get("REMOTE_ADDR") or None
