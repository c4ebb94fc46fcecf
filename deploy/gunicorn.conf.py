"""Gunicorn for Tadamon: `gunicorn -c deploy/gunicorn.conf.py tadamon.wsgi` (docs/deploy.md).

Every value can be changed from the environment without editing this file."""

import gc
import multiprocessing
import os
import sys

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
# Sync workers, two per core and one more: the pages are short database reads; long jobs
# (imports, certificate batches, exports) run in the background worker, not here.
workers = int(os.environ.get("WEB_CONCURRENCY", multiprocessing.cpu_count() * 2 + 1))
worker_class = "sync"
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "60"))
graceful_timeout = 30
keepalive = 5
# Recycle a worker now and then, so a slow leak never grows for weeks; the wide jitter keeps the
# workers, which share the load evenly, from all being replaced in the same second.
max_requests = 2000
max_requests_jitter = 1000
# No control socket (gunicornc): with it, gunicorn stops and restarts the socket's thread around
# every fork, and replacing recycled workers took 6 s on a busy 2-core machine, with no worker
# answering meanwhile (docs/performance.md, 2026-12-06). Signals (HUP, TTIN, TTOU) still work.
control_socket_disable = True
# Only the reverse proxy on this machine may say the request came over HTTPS.
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")
# No access log by default: the reverse proxy already writes one line per request (deploy/nginx.conf),
# and writing it here too costs every request a formatted line on stdout. GUNICORN_ACCESS_LOG=- turns
# it on (to stdout), or names a file.
accesslog = os.environ.get("GUNICORN_ACCESS_LOG") or None
errorlog = "-"
loglevel = os.environ.get("LOG_LEVEL", "warning").lower()
# The file the code is loaded from once, before forking: workers share its memory.
preload_app = True


def when_ready(server):
    """Warm, once in the master, what each worker would otherwise build on its first requests —
    every view's module (the URLconf), the translation catalogues, the compiled templates, the name
    check's reading of every registered name — so a new worker, or one recycled after max_requests,
    answers at full speed at once instead of spending seconds of CPU on its first requests. The
    database and the cache are closed again before the workers are forked."""
    if not preload_app:
        return
    import time
    from pathlib import Path

    from django.conf import settings
    from django.db import connections
    from django.template import TemplateSyntaxError, engines
    from django.urls import get_resolver
    from django.utils import translation

    started = time.perf_counter()
    get_resolver().url_patterns  # noqa: B018 - imports every view and what it imports
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            translation.gettext("Tadamon")
    for engine in engines.all():
        for directory in getattr(engine, "template_dirs", ()):
            for path in Path(directory).rglob("*.html"):
                try:
                    engine.get_template(path.relative_to(directory).as_posix())
                except (TemplateSyntaxError, LookupError, ImportError):  # a third-party template we never use
                    continue
    # The name check reads every registered name once (about 12 s at 60,000): read here, every worker
    # shares it and re-reads only the names added since (docs/performance.md, the name check's eighth pass).
    try:
        from tadamon.funding.domain.name_check import places, registered_index

        places()
        registered_index()
    except Exception as error:  # noqa: BLE001 - a database not reachable yet: each worker reads it on its first check
        server.log.warning("Name check not warmed: %s", error)
    from django.core.cache import caches

    for cache in caches.all(initialized_only=True):
        cache.close()
    connections.close_all()
    # What the master holds now is shared by every worker, page by page, until written to: keep
    # the garbage collector from scanning (and so copying) it in each worker.
    gc.freeze()
    server.log.info("Warmed URLs, translations, templates and the name check in %.1f s", time.perf_counter() - started)


def worker_exit(server, worker):
    """A recycled worker leaves at once. Python's own shutdown would walk the whole heap it
    inherited from the master (copying each page it touches) and took seconds on a busy machine,
    while the master waited to replace it; there is nothing left to do but close the database
    connections and flush the logs. Only a clean exit takes this way: a worker that failed to boot
    keeps its exit code, which tells the master to stop."""
    leaving = sys.exc_info()[1]
    if not isinstance(leaving, SystemExit) or leaving.code not in (0, None):
        return
    from django.db import connections

    connections.close_all()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0)
