"""generate_data at national scale on SQLite and PostgreSQL: time and peak memory.

Usage: .venv/bin/python benchmarks/bench_generate.py [--organizations 60000] [--members 800000] [--only sqlite|postgres]
The databases (benchmarks/out/national.sqlite3, PostgreSQL tadamon_bench) are left for the other
benchmarks."""

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import machine, manage, postgres_url, sqlite_url  # noqa: E402


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--organizations", type=int, default=60000)
    parser.add_argument("--members", type=int, default=800000)
    parser.add_argument("--only", choices=["sqlite", "postgres"])
    args = parser.parse_args()
    print(f"# generate_data {args.organizations} / {args.members} on {machine()}")
    targets = {"sqlite": lambda: sqlite_url("national"), "postgres": lambda: postgres_url("tadamon_bench")}
    for name, make_url in targets.items():
        if args.only and name != args.only:
            continue
        url = make_url()
        manage(url, "migrate", "--no-input")
        seconds, peak, out = manage(url, "generate_data", "--organizations", str(args.organizations),
                                    "--members", str(args.members), "--seed", "1")
        rate = (args.organizations + args.members) / seconds
        print(f"{name:8}: {seconds:6.1f} s, peak RSS {peak} MiB, {rate:,.0f} rows/s  ({out.strip()})")


if __name__ == "__main__":
    main()
