"""Load and faults on the production stack at national scale, on this machine.

gunicorn with the production settings (DEBUG off, Redis cache, 2 x cores + 1 sync workers) on
the PostgreSQL national database left by bench_generate.py (and bench_indicators.py for the
figures), then:

1. load: wrk on loopback, 20 s and 16 connections per page: the directory (a search), the
   catalogue, the national dashboard, the organisations API, and /healthz — the bare view, one
   `SELECT 1` through the same middleware — as the baseline; requests/s, p50 and p95 each, and
   each page's throughput as a share of the bare view's (the goal is 50 % or more);
2. the database restarted under load: which answers clients got while it was down, how long
   until the site answered again, with no restart of gunicorn;
3. the background worker killed (SIGKILL) in the middle of an import of 20,000 organisations:
   the import is whole or absent, never partial.

Usage (root, for the PostgreSQL restart; wrk from Debian: apt-get install wrk):
    .venv/bin/python benchmarks/bench_load.py [--worker-only | --load-only]
PUBLIC_PAGE_CACHE_SECONDS=0 in the environment measures the pages without the cache.
"""

import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import POSTGRES_ADMIN, ROOT, machine  # noqa: E402

PORT = 8765
BASE = f"http://127.0.0.1:{PORT}"
DATABASE_URL = POSTGRES_ADMIN.rsplit("/", 1)[0] + "/tadamon_bench"
PRIVATE = Path(tempfile.mkdtemp(prefix="tadamon-bench-private-"))
ENV = os.environ | {
    "DJANGO_SETTINGS_MODULE": "tadamon.settings", "DEBUG": "0", "DATABASE_URL": DATABASE_URL,
    "REDIS_URL": "redis://127.0.0.1:6379/5", "SECRET_KEY": "bench-" + "x" * 50, "ALLOWED_HOSTS": "127.0.0.1",
    "SECURE_SSL_REDIRECT": "0", "SECURE_COOKIES": "0", "SECURE_HSTS_SECONDS": "0",
    "RATE_SEARCH": "10000000/m", "API_ANON_RATE": "10000000/minute", "GUNICORN_BIND": f"127.0.0.1:{PORT}",
    "GUNICORN_ACCESS_LOG": "/dev/null",
    "PUBLIC_PAGE_CACHE_SECONDS": os.environ.get("PUBLIC_PAGE_CACHE_SECONDS", "60"), "PRIVATE_MEDIA_ROOT": str(PRIVATE), "LOG_LEVEL": "ERROR",
}
PYTHON = str(ROOT / ".venv" / "bin" / "python")
PAGES = [
    ("bare view (/healthz)", "/healthz"),
    ("directory, a search", "/fr/organizations/?q=amal"),
    ("catalogue", "/fr/products/"),
    ("dashboard, national", "/fr/dashboard/?year=2025"),
    ("API /organizations?region=MA-08", "/api/v1/organizations?region=MA-08"),
]
LUA = """
done = function(summary, latency, requests)
  io.write(string.format("RESULT %d %d %.1f %.1f %d %d\\n", summary.requests, summary.duration,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, summary.errors.status,
    summary.errors.connect + summary.errors.read + summary.errors.timeout))
end
"""


def status_of(path: str, timeout: float = 5) -> int:
    try:
        with urllib.request.urlopen(BASE + path, timeout=timeout) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code
    except OSError:
        return 0  # no answer at all (refused, reset, timed out)


def start_gunicorn() -> subprocess.Popen:
    subprocess.run([PYTHON, "manage.py", "collectstatic", "--no-input", "-v", "0"], cwd=ROOT, env=ENV, check=True)
    server = subprocess.Popen([str(ROOT / ".venv" / "bin" / "gunicorn"), "-c", "deploy/gunicorn.conf.py",
                               "tadamon.wsgi"], cwd=ROOT, env=ENV)
    for _ in range(100):
        if status_of("/healthz") == 200:
            return server
        time.sleep(0.2)
    raise RuntimeError("gunicorn did not start")


def wrk(path: str, seconds: int = 20, connections: int = 16) -> dict:
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
        script.write(LUA)
    out = subprocess.run(["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--timeout", "10s", "-s", script.name,
                          BASE + path], capture_output=True, text=True, check=True).stdout
    requests, duration, p50, p95, bad_status, socket_errors = next(
        line for line in out.splitlines() if line.startswith("RESULT")).split()[1:]
    return {"rps": int(requests) / (int(duration) / 1e6), "p50": float(p50), "p95": float(p95),
            "bad_status": int(bad_status), "socket_errors": int(socket_errors), "requests": int(requests)}


def load() -> None:
    print("\n## Load: wrk, 2 threads, 16 connections, 20 s per page (after 5 s of warm-up)")
    print("| page | requests/s | p50 | p95 | share of the bare view | non-2xx |")
    print("|---|---|---|---|---|---|")
    bare = None
    for label, path in PAGES:
        assert status_of(path, timeout=30) == 200, path
        wrk(path, seconds=5)
        result = wrk(path)
        bare = bare or result["rps"]
        print(f"| {label} | {result['rps']:,.0f} | {result['p50']:.1f} ms | {result['p95']:.1f} ms | "
              f"{100 * result['rps'] / bare:.0f} % | {result['bad_status']} |")


def database_restart() -> None:
    print("\n## PostgreSQL restarted under load (the directory, 16 connections)")
    seen, stop = [], threading.Event()

    def probe():
        while not stop.is_set():
            seen.append((time.perf_counter(), status_of("/fr/organizations/?q=amal")))
            time.sleep(0.05)

    probes = threading.Thread(target=probe)
    probes.start()
    background = threading.Thread(target=lambda: seen.append(("wrk", wrk("/fr/organizations/?q=amal", seconds=25))))
    background.start()
    time.sleep(6)
    restarted_at = time.perf_counter()
    subprocess.run(["pg_ctlcluster", "15", "main", "restart", "-m", "fast"], check=True)
    back_at = time.perf_counter()
    background.join()
    stop.set()
    probes.join()
    result = next(item[1] for item in seen if item[0] == "wrk")
    statuses = [(at, code) for at, code in seen if at != "wrk"]
    during = [code for at, code in statuses if restarted_at <= at]
    first_ok_after = next((at for at, code in statuses if at > back_at and code == 200), None)
    counts = {code: during.count(code) for code in sorted(set(during))}
    print(f"- restart took {back_at - restarted_at:.1f} s (pg_ctlcluster restart -m fast)")
    print(f"- probe answers from the restart on, by status: {counts} (0 = no HTTP answer)")
    print(f"- first 200 after PostgreSQL was back: {1000 * (first_ok_after - back_at):.0f} ms later"
          if first_ok_after else "- no 200 after the restart!")
    print(f"- wrk over the 25 s: {result['requests']:,} requests, {result['bad_status']} non-2xx, "
          f"{result['socket_errors']} socket errors")
    print(f"- /healthz afterwards, same gunicorn processes: {status_of('/healthz')}")


def worker_killed(delay: float) -> None:
    print(f"\n## The background worker killed {delay} s into writing an import of 20,000 organisations")
    rows = ["kind,name_ar,name_latin,province,sector,creation_date"]
    rows += [f"cooperative,تعاونية مقطوعة {i},Cooperative Killed Import {i},MA-TIN,argan,2021-01-01"
             for i in range(20_000)]
    script = """
import django, sys
django.setup()
from django.core.files.base import ContentFile
from django.db import transaction
from tadamon.accounts.models import User
from tadamon.registry.models import OrganizationImport
from tadamon.registry.tasks import run_organization_import
staff, _ = User.objects.get_or_create(username="bench-load-staff", defaults={"role": "staff"})
with transaction.atomic():
    job = OrganizationImport.objects.create(file=ContentFile(sys.stdin.buffer.read(), name="killed.csv"),
                                            original_name="killed.csv", created_by=staff)
    transaction.on_commit(lambda: run_organization_import.enqueue(job.pk))
print(job.pk)
"""
    job = int(subprocess.run([PYTHON, "-c", script], cwd=ROOT, env=ENV, input="\n".join(rows).encode(),
                             capture_output=True, check=True).stdout.decode().split()[-1])
    count_sql = "SELECT COUNT(*) FROM registry_organization WHERE name_latin LIKE 'Cooperative Killed Import %'"
    progress_sql = f"SELECT status, progress_done, progress_total FROM registry_organizationimport WHERE id = {job}"

    def query(sql: str) -> list:
        out = subprocess.run(["psql", DATABASE_URL, "-tAc", sql], capture_output=True, text=True, check=True).stdout
        return out.strip().split("|")

    worker = subprocess.Popen([PYTHON, "manage.py", "db_worker", "--interval", "0.2"], cwd=ROOT, env=ENV,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    started = time.perf_counter()
    while True:  # the checking phase reports its progress live; then the rows are written in one transaction
        status, done, total = query(progress_sql)
        if total != "0" and int(done) >= 19_000:  # the checks report up to 20,000 of 40,000; writing shows at commit
            break
        if time.perf_counter() - started > 300:
            raise RuntimeError("the import did not start")
        time.sleep(0.1)
    time.sleep(delay)  # into the writing (one transaction), or past its commit
    worker.send_signal(signal.SIGKILL)
    worker.wait()
    print(f"- killed {delay} s after the checks were 95 % through ({time.perf_counter() - started:.1f} s after the worker started)")
    print(f"- organisations of that import in the database: {query(count_sql)[0]} (whole would be 20,000)")
    print(f"- the import's own status afterwards: {query(progress_sql)[0]}")
    query("DELETE FROM registry_organization WHERE name_latin LIKE 'Cooperative Killed Import %'")


def main():
    if not shutil.which("wrk"):
        sys.exit("wrk is missing: apt-get install wrk")
    print(f"# load and faults, PostgreSQL national database, gunicorn with 5 sync workers, on {machine()}")
    print(f"# {time.strftime('%Y-%m-%d %H:%M')} UTC")
    if "--worker-only" not in sys.argv:
        server = start_gunicorn()
        try:
            load()
            if "--load-only" not in sys.argv:
                database_restart()
        finally:
            server.terminate()
            server.wait()
    if "--load-only" not in sys.argv:
        for delay in (1.0, 8.0):
            worker_killed(delay)
    shutil.rmtree(PRIVATE, ignore_errors=True)


if __name__ == "__main__":
    main()
