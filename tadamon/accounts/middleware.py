"""How long a session lasts (ASVS 3.3, NIST AAL2): it ends after SESSION_IDLE_SECONDS without a
request, and SESSION_ABSOLUTE_SECONDS after signing in however active the user is. The idle
deadline is the cookie's age, pushed back when the session is saved; saving it on every request
would cost two queries each, so it is saved at most once a minute (the idle limit is then
exact to the minute)."""

import time

from django.conf import settings
from django.contrib.auth import logout
from django.contrib.auth.signals import user_logged_in
from django.dispatch import receiver

SIGNED_IN_AT = "tadamon_signed_in_at"
SEEN_AT = "tadamon_seen_at"
TOUCH_EVERY = 60


@receiver(user_logged_in)
def _remember_sign_in_time(sender, request, user, **kwargs):
    if request is not None and hasattr(request, "session"):
        now = int(time.time())
        request.session[SIGNED_IN_AT] = now
        request.session[SEEN_AT] = now


class SessionLifetimeMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.user.is_authenticated:
            now = int(time.time())
            signed_in_at = request.session.get(SIGNED_IN_AT)
            if signed_in_at is not None and now - signed_in_at > settings.SESSION_ABSOLUTE_SECONDS:
                logout(request)
            elif signed_in_at is None or now - request.session.get(SEEN_AT, 0) >= TOUCH_EVERY:
                # A session from before this rule starts its clock now; any other is pushed back.
                request.session.setdefault(SIGNED_IN_AT, now)
                request.session[SEEN_AT] = now
        return self.get_response(request)


class FieldDeviceMiddleware:
    """Signs a request in from a kept field device's cookie (tadamon.accounts.domain.field_devices)
    when the ordinary session has ended, for the views marked `field_work` only: the field pages
    and the replay of queued actions. Every other page still asks to sign in again after
    SESSION_IDLE_SECONDS. The user is set for this request only; no session is made."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request.field_device = None
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if request.user.is_authenticated or not getattr(view_func, "field_work", False):
            return None
        from tadamon.accounts.domain.field_devices import cookie_name, device_for_token

        device = device_for_token(request.COOKIES.get(cookie_name()))
        if device is not None:
            request.user = device.user
            request.field_device = device
        return None
