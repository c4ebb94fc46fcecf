"""Every benchmark in order; the figures go into docs/performance.md by hand, with the date."""

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
for script in ["bench_generate.py", "bench_directory.py sqlite", "bench_directory.py postgres",
               "bench_programmes.py sqlite", "bench_programmes.py postgres", "bench_check_in.py",
               "bench_catalogue.py sqlite", "bench_catalogue.py postgres",
               "bench_import.py", "bench_member_import.py", "bench_member_import.py 100000 --postgres",
               "bench_partnerships.py sqlite", "bench_partnerships.py postgres",
               "bench_name_check.py sqlite", "bench_name_check.py postgres",
               "bench_indicators.py sqlite", "bench_indicators.py postgres", "bench_uploads.py", "bench_suppression.py",
               "bench_backoffice.py postgres"]:
    name, *args = script.split()
    subprocess.run([sys.executable, str(HERE / name), *args], check=True)
