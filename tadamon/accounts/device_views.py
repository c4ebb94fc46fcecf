"""Field devices: keep this phone signed in for today's field work, see and revoke kept devices,
and signing out, which ends a kept device and clears what the browser keeps (docs/offline.md)."""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from tadamon.accounts.access import require
from tadamon.accounts.domain import field_devices
from tadamon.accounts.models import FieldDevice


def _next(request, default: str) -> str:
    target = request.POST.get("next", "")
    if url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()},
                                       require_https=request.is_secure()):
        return target
    return default


@login_required
def devices(request):
    """One's kept devices (an administrator sees every active one too), each revocable."""
    require(request, "accounts.do_field_work")
    current = field_devices.device_for_token(request.COOKIES.get(field_devices.cookie_name()))
    return render(request, "accounts/field_devices.html", {
        "devices": field_devices.devices_seen_by(request.user)[:100],
        "current": current if current is not None and current.user_id == request.user.pk else None,
        "now": timezone.now(),
    })


@login_required
@require_POST
def keep_signed_in(request):
    """Keep this device signed in for the field pages until midnight (a signed-in session is
    needed to start it, never a kept device)."""
    require(request, "accounts.do_field_work")
    if getattr(request, "field_device", None) is not None:
        raise PermissionDenied  # a kept device cannot keep itself: sign in first
    device, token = field_devices.keep_signed_in(request.user,
                                                 label=request.headers.get("User-Agent", "")[:120])
    messages.success(request, _("This device stays signed in for the field pages until midnight."))
    response = redirect(_next(request, "backoffice:field_home"))
    response.set_cookie(field_devices.cookie_name(), token, expires=device.expires_at, path="/",
                        secure=settings.SESSION_COOKIE_SECURE, httponly=True, samesite="Lax")
    return response


@login_required
@require_POST
def revoke(request, pk: int):
    device = get_object_or_404(FieldDevice, pk=pk)
    require(request, "accounts.revoke_field_device", device)
    field_devices.revoke(device, by=request.user)
    messages.success(request, _("The device is signed out."))
    return redirect("accounts:field_devices")


class LogoutView(auth_views.LogoutView):
    """Django's sign-out, which also ends a kept field device and asks the browser to clear what
    it keeps of the site (the pages saved for offline use, the queue of actions, the service
    worker): the next person to pick up the phone finds nobody's data. The page warned first if
    actions were still waiting to be sent (static/offline/offline.js)."""

    def post(self, request, *args, **kwargs):
        field_devices.revoke_token(request.COOKIES.get(field_devices.cookie_name()), by=request.user)
        response = super().post(request, *args, **kwargs)
        response.delete_cookie(field_devices.cookie_name(), path="/")
        response["Clear-Site-Data"] = '"cache", "storage"'
        return response
