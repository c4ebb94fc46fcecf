"""Check-in at the door at national-fair scale: 5,000 registered visitors, each ticket scanned
twice at the same moment by two phones, against gunicorn on loopback and PostgreSQL.

Prints requests per second, latency percentiles, and whether anyone was checked in twice
(there must be exactly one 200 and one 409 per visitor). Uses the PostgreSQL database left by
bench_generate.py: .venv/bin/python benchmarks/bench_check_in.py [visitors] [concurrency]"""

import http.client
import os
import random
import secrets
import subprocess
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.argv = [sys.argv[0], "postgres", *sys.argv[1:]]
from common import ROOT, machine, percentiles, setup_national_django  # noqa: E402

setup_national_django()

from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY  # noqa: E402
from django.contrib.sessions.backends.db import SessionStore  # noqa: E402
from django.db import connection  # noqa: E402
from django.utils import timezone  # noqa: E402

from tadamon.accounts.models import User  # noqa: E402
from tadamon.events.models import Event, Participant  # noqa: E402
from tadamon.registry.models import Province  # noqa: E402

VISITORS = int(sys.argv[2]) if len(sys.argv) > 2 else 5000
CONCURRENCY = int(sys.argv[3]) if len(sys.argv) > 3 else 16
PORT = 8123
WORKERS = 4


def prepare():
    staff, _created = User.objects.get_or_create(username="bench-event-staff", defaults={"role": "staff"})
    Event.objects.filter(name_fr="Benchmark — check-in").delete()
    now = timezone.now()
    event = Event.objects.create(kind="national_fair", name_fr="Benchmark — check-in", starts_at=now,
                                 ends_at=now + timezone.timedelta(hours=8), venue="Bench", city="Casablanca",
                                 province=Province.objects.get(code="MA-CAS"))
    event.staff.add(staff)
    Participant.objects.bulk_create([
        Participant(event=event, role="visitor", full_name=f"Visiteur {n}", gender="F" if n % 2 else "M",
                    token=secrets.token_urlsafe(16), search_text=f"visiteur {n}") for n in range(VISITORS)
    ], batch_size=2000)
    session = SessionStore()
    session[SESSION_KEY], session[BACKEND_SESSION_KEY] = str(staff.pk), "django.contrib.auth.backends.ModelBackend"
    session[HASH_SESSION_KEY] = staff.get_session_auth_hash()
    session.save()
    return event, session.session_key


def serve(environ):
    server = subprocess.Popen(
        [str(ROOT / ".venv" / "bin" / "gunicorn"), "tadamon.wsgi", "-w", str(WORKERS), "-b", f"127.0.0.1:{PORT}",
         "--log-level", "warning"], cwd=ROOT, env=environ)
    for _ in range(100):
        try:
            probe = http.client.HTTPConnection("127.0.0.1", PORT, timeout=1)
            probe.request("GET", "/healthz")
            if probe.getresponse().status == 200:
                return server
        except OSError:
            time.sleep(0.2)
    server.kill()
    raise RuntimeError("gunicorn did not start")


def main():
    event, session_key = prepare()
    ids = list(event.participants.values_list("pk", flat=True))
    connection.close()
    # The same SECRET_KEY as this process (the environment's), so gunicorn reads the session it signed.
    environ = os.environ | {"DEBUG": "0", "SECURE_COOKIES": "0", "ALLOWED_HOSTS": "127.0.0.1"}
    server = serve(environ)
    csrf = secrets.token_hex(16)  # a 32-character secret: sent as cookie and header, as a browser would
    headers = {"Cookie": f"sessionid={session_key}; csrftoken={csrf}", "X-CSRFToken": csrf,
               "Content-Type": "application/json", "Accept-Language": "fr"}
    scans = [pk for pk in ids for _twice in range(2)]  # every ticket scanned twice
    random.Random(1).shuffle(scans)
    results, latencies, lock = {}, [], threading.Lock()
    position = iter(range(len(scans)))

    def phone():
        link = http.client.HTTPConnection("127.0.0.1", PORT, timeout=30)
        while True:
            with lock:
                index = next(position, None)
            if index is None:
                return
            started = time.perf_counter()
            link.request("POST", f"/api/v1/participants/{scans[index]}/check-in", body=b"", headers=headers)
            response = link.getresponse()
            response.read()
            elapsed = time.perf_counter() - started
            with lock:
                latencies.append(elapsed)
                results.setdefault(scans[index], []).append(response.status)

    started = time.perf_counter()
    threads = [threading.Thread(target=phone) for _ in range(CONCURRENCY)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    seconds = time.perf_counter() - started
    server.terminate()
    server.wait()
    statuses = [tuple(sorted(s)) for s in results.values()]
    twice = sum(1 for s in statuses if s == (200, 200))
    unexpected = sum(1 for s in statuses if s != (200, 409))
    present = Participant.objects.filter(event=event, checked_in_at__isnull=False).count()
    print(f"# check-in of {VISITORS:,} visitors, each ticket scanned twice at once, {CONCURRENCY} phones, "
          f"gunicorn {WORKERS} workers, PostgreSQL, on {machine()}")
    print(f"{len(scans):,} requests in {seconds:.1f} s: {len(scans) / seconds:,.0f} requests/s, {percentiles(latencies)}")
    print(f"checked in: {present:,}; checked in twice: {twice}; other outcomes: {unexpected}")
    Event.objects.filter(pk=event.pk).delete()


if __name__ == "__main__":
    main()
