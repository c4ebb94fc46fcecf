"""Gunicorn for Tadamon: `gunicorn -c deploy/gunicorn.conf.py tadamon.wsgi` (docs/deploy.md).

Every value can be changed from the environment without editing this file."""

import multiprocessing
import os

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
# Sync workers, two per core and one more: the pages are short database reads; long jobs
# (imports, certificate batches, exports) run in the background worker, not here.
workers = int(os.environ.get("WEB_CONCURRENCY", multiprocessing.cpu_count() * 2 + 1))
worker_class = "sync"
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "60"))
graceful_timeout = 30
keepalive = 5
# Recycle a worker now and then, so a slow leak never grows for weeks.
max_requests = 2000
max_requests_jitter = 200
# Only the reverse proxy on this machine may say the request came over HTTPS.
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")
accesslog = os.environ.get("GUNICORN_ACCESS_LOG", "-")
errorlog = "-"
loglevel = os.environ.get("LOG_LEVEL", "warning").lower()
# The file the code is loaded from once, before forking: workers share its memory.
preload_app = True
