import time
import tracemalloc

from django.core.management.base import BaseCommand, CommandError

from tadamon.demo.synthetic import generate


class Command(BaseCommand):
    help = "Generate national-scale synthetic organisations and members (e.g. --organizations 60000 --members 800000)."

    def add_arguments(self, parser):
        parser.add_argument("--organizations", type=int, required=True)
        parser.add_argument("--members", type=int, required=True)
        parser.add_argument("--seed", type=int, default=1)
        parser.add_argument("--provinces", default="", help="Comma-separated province codes (default: all 75).")
        parser.add_argument("--measure-memory", action="store_true", help="Report peak Python memory (slower).")

    def handle(self, *args, organizations, members, seed, provinces, measure_memory, **options):
        if organizations < 0 or members < 0:
            raise CommandError("--organizations and --members must be zero or more.")
        if members and not organizations:
            raise CommandError("Members need organisations: give --organizations too.")
        if measure_memory:
            tracemalloc.start()
        started = time.perf_counter()

        verbosity = options["verbosity"]

        def progress(stage, done, total):
            if verbosity >= 2 or done == total:
                self.stderr.write(f"  {stage}: {done}/{total}")

        result = generate(
            organizations=organizations, members=members, seed=seed,
            provinces=[p.strip().upper() for p in provinces.split(",") if p.strip()] or None, progress=progress,
        )
        elapsed = time.perf_counter() - started
        line = f"Created {result['organizations']} organisations and {result['members']} members in {elapsed:.1f} s"
        if measure_memory:
            _current, peak = tracemalloc.get_traced_memory()
            line += f", peak Python memory {peak / 2**20:.0f} MiB"
        self.stdout.write(line + ".")
