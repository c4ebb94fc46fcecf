"""The installable app (docs/offline.md): the web app manifest in each language, the service worker
at the root (so it controls every language's pages) and the page shown offline when a page was
never kept on the device. None of them holds personal data."""

import hashlib
import json

from django.conf import settings
from django.contrib.staticfiles import finders
from django.contrib.staticfiles.storage import staticfiles_storage
from django.http import HttpResponse
from django.shortcuts import render
from django.template.loader import get_template, render_to_string
from django.templatetags.static import static
from django.urls import reverse
from django.utils.translation import get_language, get_language_bidi
from django.utils.translation import gettext as _
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

THEME_COLOR = "#0f6b5c"  # --brand in main.css
BACKGROUND_COLOR = "#f6f7f9"  # --bg
WORKBOX = "offline/workbox-v7.4.1"
# The shell: what every page needs to be drawn offline, kept when the service worker installs.
SHELL_FILES = [
    "common/css/main.css", "common/js/htmx.min.js", "common/js/app.js",
    "offline/offline.css", "offline/queue.js", "offline/offline.js", "offline/field.js", "offline/jsQR.js",
    "offline/icons/icon-192.png",
]
# The offline page of each language is kept at install (sw.js): these draw it.
SHELL_TEMPLATES = ["public/offline.html", "base.html"]
WORKBOX_MODULES = ["workbox-core", "workbox-routing", "workbox-strategies", "workbox-precaching",
                   "workbox-expiration"]


def _revision(path: str) -> str:
    """The file's content hash: the service worker fetches it again when it changes (read at each
    request of /sw.js, which browsers ask for at most once a navigation: about 400 KB)."""
    found = finders.find(path)
    if found:
        with open(found, "rb") as handle:
            return hashlib.md5(handle.read(), usedforsecurity=False).hexdigest()[:12]
    with staticfiles_storage.open(path) as handle:
        return hashlib.md5(handle.read(), usedforsecurity=False).hexdigest()[:12]


def _template_revision(name: str) -> str:
    """A template's content hash: the offline page is drawn from templates, not static files."""
    with open(get_template(name).origin.name, "rb") as handle:
        return hashlib.md5(handle.read(), usedforsecurity=False).hexdigest()[:12]


def precache_entries() -> list[dict]:
    return [{"url": static(path), "revision": _revision(path)} for path in SHELL_FILES]


def _language_codes() -> list[str]:
    return [code for code, _name in settings.LANGUAGES]


@require_GET
@cache_control(no_cache=True, max_age=0)
def service_worker(request):
    """/sw.js: Workbox's runtime from our static files (`make sw`), never from a CDN."""
    context = {
        # Workbox's modules, each a script setting its part of `workbox`, in dependency order.
        "scripts": json.dumps([static(f"{WORKBOX}/{name}.prod.js") for name in WORKBOX_MODULES]
                              + [static("offline/queue.js")]),
        "precache": json.dumps(precache_entries()),
        "languages": json.dumps(_language_codes()),
        "static_url": json.dumps(settings.STATIC_URL),
        # A new worker (which keeps the offline page again at install) when the shell or that page changes.
        "version": hashlib.md5("".join([*(e["revision"] for e in precache_entries()),
                                        *map(_template_revision, SHELL_TEMPLATES)]).encode(),
                               usedforsecurity=False).hexdigest()[:12],
    }
    response = HttpResponse(render_to_string("public/sw.js", context), content_type="text/javascript; charset=utf-8")
    response["Service-Worker-Allowed"] = "/"
    return response


@require_GET
@cache_control(max_age=3600)
def manifest(request):
    """The web app manifest in the page's language: name, icons (any and maskable), start URL,
    standalone display, colours, and a shortcut to the day's field work."""
    language = get_language()
    icon = "offline/icons/"
    data = {
        "id": "/",
        "name": _("Tadamon — social and solidarity economy"),
        "short_name": _("Tadamon"),
        "description": _("The registry of Morocco’s social and solidarity economy: cooperatives, "
                         "associations and their products."),
        "lang": language,
        "dir": "rtl" if get_language_bidi() else "ltr",
        "start_url": reverse("public:home"),
        "scope": "/",
        "display": "standalone",
        "orientation": "portrait",
        "theme_color": THEME_COLOR,
        "background_color": BACKGROUND_COLOR,
        "icons": [
            {"src": static(icon + "icon-192.png"), "sizes": "192x192", "type": "image/png", "purpose": "any"},
            {"src": static(icon + "icon-512.png"), "sizes": "512x512", "type": "image/png", "purpose": "any"},
            {"src": static(icon + "maskable-512.png"), "sizes": "512x512", "type": "image/png",
             "purpose": "maskable"},
        ],
        "shortcuts": [{"name": _("Field work"), "url": reverse("backoffice:field_home"),
                       "icons": [{"src": static(icon + "icon-192.png"), "sizes": "192x192"}]}],
    }
    return HttpResponse(json.dumps(data, ensure_ascii=False), content_type="application/manifest+json")


@require_GET
def offline(request):
    """Shown by the service worker for a page never kept on the device: what is kept, what waits."""
    return render(request, "public/offline.html")
