from django.core.management.base import BaseCommand

from tadamon.indicators.domain.figures import refresh


class Command(BaseCommand):
    help = "Recompute the precomputed indicator values from the base tables (all indicators, every year since 2010)."

    def add_arguments(self, parser):
        parser.add_argument("indicators", nargs="*", help="codes of the indicators (all by default)")
        parser.add_argument("--year", type=int, action="append", help="only this year (repeatable)")

    def handle(self, *args, indicators, year, **options):
        took = refresh(indicators or None, years=year)
        for code, seconds in took.items():
            self.stdout.write(f"{code}: {seconds:.2f} s")
