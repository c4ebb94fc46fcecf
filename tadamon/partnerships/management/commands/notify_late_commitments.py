from django.core.management.base import BaseCommand

from tadamon.partnerships.domain.late_notices import send_late_notices


class Command(BaseCommand):
    help = ("E-mail both sides of each commitment that became late (once per commitment): the party that owes "
            "it and the one it is owed to. Run daily.")

    def handle(self, *args, **options):
        self.stdout.write(f"{send_late_notices()} e-mails sent.")
