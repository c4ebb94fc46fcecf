from django.core.management.base import BaseCommand

from tadamon.market.domain.reminders import send_reminders


class Command(BaseCommand):
    help = "E-mail organisations whose certifications expire within 60 days (at most monthly each). Run daily."

    def handle(self, *args, **options):
        self.stdout.write(f"{send_reminders()} reminders sent.")
