"""Rate limits per client address (django-ratelimit): sign-in, password reset, public search,
and the anonymous forms that send e-mail or create records (orders and questions, messages on an
order, buyer sign-up, event registration). Rates come from settings.RATE_LIMITS, read at each
request so tests and deployments can change them; a client over its rate gets the 429 page
(tadamon.common.views.rate_limited), which says how long to wait: the rate's period."""

from django.conf import settings
from django_ratelimit.core import _split_rate
from django_ratelimit.decorators import ratelimit


def limited(kind: str, method: str | list[str], key="ip"):
    """`key` as django-ratelimit takes it: "ip" by default, or a callable (group, request) -> str
    for limits per something else (a phone number)."""
    def rate(group, request):
        value = settings.RATE_LIMITS[kind]
        request.rate_limit_period = _split_rate(value)[1]  # seconds, for the 429 page's Retry-After
        return value

    return ratelimit(key=key, rate=rate, method=method, block=True, group=f"tadamon.{kind}")
