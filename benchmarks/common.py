"""Helpers shared by the benchmark scripts: fresh databases, running manage.py, timing."""

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "benchmarks" / "out"
PYTHON = sys.executable
POSTGRES_ADMIN = os.environ.get("BENCH_POSTGRES_ADMIN", "postgres://postgres@127.0.0.1:5432/postgres")


def sqlite_url(name: str) -> str:
    OUT.mkdir(exist_ok=True)
    path = OUT / f"{name}.sqlite3"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    return f"sqlite:///{path}"


def postgres_url(name: str) -> str:
    import psycopg

    with psycopg.connect(POSTGRES_ADMIN, autocommit=True) as connection:
        connection.execute(f"DROP DATABASE IF EXISTS {name}")
        connection.execute(f"CREATE DATABASE {name}")
    return POSTGRES_ADMIN.rsplit("/", 1)[0] + f"/{name}"


def manage(database_url: str, *args: str) -> tuple[float, int, str]:
    """Run manage.py in a child process: (seconds, peak RSS in MiB of that child alone, stdout)."""
    import tempfile

    env = os.environ | {"DATABASE_URL": database_url, "DJANGO_SETTINGS_MODULE": "tadamon.settings", "DEBUG": "0"}
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        started = time.perf_counter()
        child = subprocess.Popen([PYTHON, str(ROOT / "manage.py"), *args], env=env, stdout=out, stderr=err)
        _pid, status, usage = os.wait4(child.pid, 0)  # wait4 gives this child's own peak memory
        elapsed = time.perf_counter() - started
        child.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        if child.returncode:
            raise RuntimeError(f"manage.py {' '.join(args)} failed:\n{err.read()}")
        return elapsed, usage.ru_maxrss // 1024, out.read()


def percentiles(samples: list[float]) -> str:
    ordered = sorted(samples)
    p95 = ordered[max(0, int(len(ordered) * 0.95) - 1)]
    return f"median {statistics.median(ordered) * 1000:.1f} ms, p95 {p95 * 1000:.1f} ms"


def machine() -> str:
    import platform

    cpus = os.cpu_count()
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return f"{platform.node()} ({cpus} cores, {memory:.0f} GiB, Python {platform.python_version()})"


def setup_national_django() -> str:
    """Point Django at the national database left by bench_generate.py (argv[1]: sqlite or
    postgres), for in-process measurements, and set it up. Returns the target's name."""
    target = sys.argv[1] if len(sys.argv) > 1 and sys.argv[1] in ("sqlite", "postgres") else "sqlite"
    os.environ["DATABASE_URL"] = (f"sqlite:///{OUT / 'national.sqlite3'}" if target == "sqlite"
                                  else POSTGRES_ADMIN.rsplit("/", 1)[0] + "/tadamon_bench")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tadamon.settings")
    os.environ["ALLOWED_HOSTS"] = "testserver"
    os.environ["API_ANON_RATE"] = "1000000/minute"
    os.environ["API_USER_RATE"] = "1000000/minute"
    os.environ["RATE_SEARCH"] = "1000000/m"
    os.environ["SECURE_SSL_REDIRECT"] = "0"  # the test client speaks plain HTTP
    # Pages are measured rendering, not served from the anonymous cache (bench_load.py measures that).
    os.environ.setdefault("PUBLIC_PAGE_CACHE_SECONDS", "0")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    return target


def measure_page(client, label: str, url: str, runs: int = 10, width: int = 44) -> None:
    """Two warm-up requests, then `runs` measured: median and p95, and the queries of the last."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    for _ in range(2):
        client.get(url)
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        samples.append(time.perf_counter() - started)
    assert response.status_code == 200, (url, response.status_code)
    print(f"{label:{width}} {percentiles(samples)}, {len(queries)} queries")
