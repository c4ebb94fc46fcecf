"""Rate limits per client address (django-ratelimit): sign-in, password reset and public search.
Rates come from settings.RATE_LIMITS, read at each request so tests and deployments can change
them; a client over its rate gets the 429 page (tadamon.common.views.rate_limited)."""

from django.conf import settings
from django_ratelimit.decorators import ratelimit


def limited(kind: str, method: str | list[str]):
    def rate(group, request):
        return settings.RATE_LIMITS[kind]

    return ratelimit(key="ip", rate=rate, method=method, block=True, group=f"tadamon.{kind}")
