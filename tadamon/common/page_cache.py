"""Public pages served from the cache to anonymous visitors.

The busiest pages — the dashboards, open data, the directory, the catalogue and the public API
lists — are the same for every anonymous visitor, and rendering them costs a hundred times a
bare request (docs/performance.md). For anonymous GET requests they are kept in the cache
(Redis in production), by full URL (the language is in it):

- the figures' pages under the time of the last refresh of the indicators, so a refresh shows
  at once;
- the directory, the catalogue and the API lists for PUBLIC_PAGE_CACHE_SECONDS (a minute by
  default): a new organisation or product appears to anonymous visitors within that time.

Signed-in users always get a fresh page (theirs shows their name and their rights). Only pages
without a POST form are cached: a cached CSRF token would belong to someone else.
PUBLIC_PAGE_CACHE_SECONDS = 0 turns it off (the test settings do, but for the tests of this).
"""

import hashlib
from functools import wraps

from django.conf import settings
from django.core.cache import cache


def _figures_version() -> str:
    from tadamon.indicators.models import IndicatorRefresh

    latest = IndicatorRefresh.objects.order_by("-refreshed_at").values_list("refreshed_at", flat=True).first()
    return latest.isoformat() if latest else "never"


def _cacheable(response) -> bool:
    if response.status_code != 200 or response.cookies or getattr(response, "streaming", False):
        return False
    return b"csrfmiddlewaretoken" not in response.content  # a form's token is one visitor's


def cached_for_anonymous(*, follows_figures: bool = False):
    def decorator(view):
        @wraps(view)
        def wrapper(request, *args, **kwargs):
            seconds = settings.PUBLIC_PAGE_CACHE_SECONDS
            if not seconds or request.method != "GET" or request.user.is_authenticated:
                return view(request, *args, **kwargs)
            version = _figures_version() if follows_figures else ""
            key = "page:" + hashlib.sha256(f"{request.get_full_path()}|{version}".encode()).hexdigest()
            response = cache.get(key)
            if response is None:
                response = view(request, *args, **kwargs)
                if hasattr(response, "render") and callable(response.render):
                    response = response.render()
                if _cacheable(response):
                    cache.set(key, response, seconds)
            return response

        return wrapper

    return decorator
