from django.core.management.base import BaseCommand

from tadamon.funding.domain.compliance import last_closed_year, send_declaration_reminders


class Command(BaseCommand):
    help = ("E-mail the active cooperatives that have not filed their annual declaration (the last closed year "
            "by default), at most once a month each. Run it daily.")

    def add_arguments(self, parser):
        parser.add_argument("--year", type=int, default=None)

    def handle(self, *args, year, **options):
        year = year or last_closed_year()
        self.stdout.write(f"Cooperatives reminded of their {year} declaration: {send_declaration_reminders(year)}.")
