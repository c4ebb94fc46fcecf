"""Public pages served from the cache to anonymous visitors, before any other middleware.

The busiest pages — home, the directory, the catalogue, organisation, product and event pages,
the events list, the dashboards, open data and the public API lists — are the same for every
anonymous visitor, and rendering them costs ten to a hundred times a bare request
(docs/performance.md). Their views say so with `@cached_for_anonymous()`; the first middleware,
`tadamon.common.middleware.AnonymousPageCacheMiddleware`, then keeps what the whole middleware
chain produced for an anonymous GET in the cache (Redis in production) and answers the next
anonymous GET of the same address from it, without sessions, CSRF, messages, history, Axes or
rate limiting, none of which an anonymous read from the cache needs. What is stored is the final
response, headers included: the content security policy and the security headers of the full
chain come back with every cached answer (the policy has no per-request nonce).

How long:

- the figures' pages (`follows_figures=True`) until the next refresh of the indicators: at once
  when the refresh runs in a web process, within FIGURES_CHECK_SECONDS when it runs elsewhere
  (the scheduled `refresh_indicators`, the background worker), and at most
  PUBLIC_PAGE_CACHE_SECONDS in any case;
- every other page for PUBLIC_PAGE_CACHE_SECONDS (a minute by default): a new or edited
  organisation, product or event shows to anonymous visitors within that time.

Never from the cache, never into it: a request with a session cookie (anyone signed in, or with
anything in a session), with the messages cookie or an Authorization header, anything but GET; a
response that is not a 200, that sets any cookie but the CSRF one (messages, the language), that is
streamed, or that says `Cache-Control: private/no-store/no-cache`. A page with a form (an event
open to registration) is kept with a placeholder where each form's CSRF token was, and each
visitor gets their own token and CSRF cookie in its place, as CsrfViewMiddleware would give them;
a page where a token appears anywhere but in a form's hidden field is not kept. The key is the scheme, the host, the full path with its query,
the language the request asks for (the URL prefix, or for unprefixed addresses such as the API
the language cookie and Accept-Language, as LocaleMiddleware decides) and htmx's request headers
(a fragment is not the page). PUBLIC_PAGE_CACHE_SECONDS = 0 turns it all off (the test settings
do, but for the tests of this).
"""

import hashlib
import re
import time
from collections import OrderedDict
from functools import wraps

from django.conf import settings
from django.contrib.messages.storage.cookie import CookieStorage
from django.core.cache import cache, caches
from django.core.cache.backends.locmem import LocMemCache
from django.db import transaction
from django.db.models.signals import post_save
from django.http import HttpResponse
from django.middleware.csrf import CsrfViewMiddleware, get_token
from django.utils import translation

FIGURES_KEY = "page:figures-version"
# How long a web process trusts the cached time of the last refresh without asking the database.
FIGURES_CHECK_SECONDS = 5
_HTMX_HEADERS = ("HTTP_HX_REQUEST", "HTTP_HX_BOOSTED", "HTTP_HX_HISTORY_RESTORE_REQUEST")
_NOT_STORED = ("private", "no-store", "no-cache")
# Django's {% csrf_token %}: a hidden field holding 64 letters and digits.
_TOKEN_FIELD = re.compile(rb'name="csrfmiddlewaretoken" value="([A-Za-z0-9]{64})"')
_TOKEN_PLACEHOLDER = b"tadamon-page-cache-csrf-token".ljust(64, b"-")
_csrf = CsrfViewMiddleware(lambda request: None)
# Each web process also keeps the pages it served last in its own memory, in front of a shared
# cache (Redis): a hit then costs no round trip. A copy never outlives its entry in the shared
# cache (it carries the entry's expiry), nor FIGURES_CHECK_SECONDS for a figures' page.
LOCAL_ENTRIES = 200
LOCAL_MAX_BYTES = 512 * 1024
_local: OrderedDict = OrderedDict()


def _figures_version() -> str:
    from tadamon.indicators.models import IndicatorRefresh

    latest = IndicatorRefresh.objects.order_by("-refreshed_at").values_list("refreshed_at", flat=True).first()
    version = latest.isoformat() if latest else "never"
    cache.set(FIGURES_KEY, version, FIGURES_CHECK_SECONDS)
    return version


def _shared_cache() -> bool:
    """True when the cache is shared between processes; a local copy in front of a cache that is
    already in this process's memory would only be a second, stale one."""
    return not isinstance(caches["default"], LocMemCache)


def forget_local_copies() -> None:
    _local.clear()


def _keep_locally(key: str, entry: dict) -> None:
    if len(entry["content"]) > LOCAL_MAX_BYTES or not _shared_cache():
        return
    until = entry["expires"]
    if entry["follows_figures"]:
        until = min(until, time.time() + FIGURES_CHECK_SECONDS)
    _local[key] = (until, entry)
    _local.move_to_end(key)
    while len(_local) > LOCAL_ENTRIES:
        _local.popitem(last=False)


def _local_copy(key: str) -> dict | None:
    found = _local.get(key)
    if found is None:
        return None
    until, entry = found
    if time.time() >= until:
        del _local[key]
        return None
    _local.move_to_end(key)
    return entry


def _forget_figures_version(sender, **kwargs):
    _local.clear()
    cache.delete(FIGURES_KEY)
    transaction.on_commit(lambda: cache.delete(FIGURES_KEY))  # a page read meanwhile saw the old time


post_save.connect(_forget_figures_version, sender="indicators.IndicatorRefresh",
                  dispatch_uid="tadamon.page_cache.figures")


def cached_for_anonymous(*, follows_figures: bool = False):
    """Marks the view's responses as the same for every anonymous visitor; the middleware keeps
    them. The view still runs for everyone the cache does not answer."""

    def decorator(view):
        @wraps(view)
        def wrapper(request, *args, **kwargs):
            response = view(request, *args, **kwargs)
            if getattr(request, "page_cache_key", None):
                version = _figures_version() if follows_figures else ""
                response.page_cache = {"follows_figures": follows_figures, "version": version}
            return response

        return wrapper

    return decorator


def request_key(request) -> str | None:
    """The cache key of an anonymous GET, or None when the cache must not answer it."""
    if request.method != "GET" or not settings.PUBLIC_PAGE_CACHE_SECONDS:
        return None
    cookies = request.COOKIES
    if settings.SESSION_COOKIE_NAME in cookies or CookieStorage.cookie_name in cookies:
        return None
    meta = request.META
    if "HTTP_AUTHORIZATION" in meta:
        return None
    language = translation.get_language_from_request(request, check_path=True)
    htmx = "|".join(meta.get(name, "") for name in _HTMX_HEADERS)
    scheme = "https" if request.is_secure() else "http"
    raw = f"{scheme}|{meta.get('HTTP_HOST', '')}|{request.get_full_path()}|{language}|{htmx}"
    return "page:" + hashlib.sha256(raw.encode()).hexdigest()


def cached_response(request, key: str) -> HttpResponse | None:
    """The stored answer, if it is still good: one round trip to the cache, and no query but
    for the figures' pages, once every FIGURES_CHECK_SECONDS. A page with a form gets this
    visitor's own CSRF token (and cookie), as CsrfViewMiddleware would have given it."""
    entry = _local_copy(key)
    if entry is None:
        found = cache.get_many([key, FIGURES_KEY])
        entry = found.get(key)
        if entry is None:
            return None
        if entry["follows_figures"]:
            # One query every FIGURES_CHECK_SECONDS, when the cached time of the last refresh expires.
            version = found.get(FIGURES_KEY) or _figures_version()
            if entry["version"] != version:
                return None  # the figures were refreshed since it was stored
        _keep_locally(key, entry)
    content = entry["content"]
    if entry["csrf"]:
        _csrf.process_request(request)  # this visitor's secret, from the cookie, or a new one
        content = content.replace(_TOKEN_PLACEHOLDER, get_token(request).encode())
    response = HttpResponse(content, status=entry["status"])
    for name, value in entry["headers"]:
        response.headers[name] = value
    if entry["csrf"]:
        _csrf.process_response(request, response)  # sets the CSRF cookie, as the full chain does
    return response


def _cacheable(response) -> bool:
    """True when this response, as it stands, may be given to every anonymous visitor."""
    if response.status_code != 200 or response.cookies or getattr(response, "streaming", False):
        return False
    if any(word in response.get("Cache-Control", "").lower() for word in _NOT_STORED):
        return False
    return b"csrfmiddlewaretoken" not in response.content  # a form's token is one visitor's


def _with_token_placeholder(request, response) -> bytes | None:
    """The body with each form's CSRF token swapped for a placeholder, when the token is all that
    is personal in it (only the CSRF cookie is set, and every token is in a form's hidden field);
    None when it cannot be kept."""
    if set(response.cookies) - {settings.CSRF_COOKIE_NAME}:
        return None
    content = response.content
    tokens = set(_TOKEN_FIELD.findall(content))
    for token in tokens:
        content = content.replace(token, _TOKEN_PLACEHOLDER)
    if content.count(b"csrfmiddlewaretoken") != content.count(_TOKEN_PLACEHOLDER):
        return None  # a token somewhere else than a hidden field: not ours to swap
    secret = request.META.get("CSRF_COOKIE")
    if secret and secret.encode() in content:
        return None
    return content


def store(request, key: str, response) -> None:
    """Keeps what the whole chain answered, when the view asked for it and nothing is personal."""
    marker = getattr(response, "page_cache", None)
    if marker is None or response.status_code != 200 or getattr(response, "streaming", False):
        return
    if any(word in response.get("Cache-Control", "").lower() for word in _NOT_STORED):
        return
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return
    if _cacheable(response):
        content, csrf = response.content, False
    else:
        content, csrf = _with_token_placeholder(request, response), True
        if content is None:
            return
    headers = [(name, value) for name, value in response.headers.items() if name.lower() != "set-cookie"]
    seconds = settings.PUBLIC_PAGE_CACHE_SECONDS
    entry = {"content": content, "status": response.status_code, "headers": headers, "csrf": csrf,
             "expires": time.time() + seconds, **marker}
    cache.set(key, entry, seconds)
    _keep_locally(key, entry)
