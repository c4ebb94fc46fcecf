from django.core.management.base import BaseCommand

from tadamon.events.domain.travel_messages import send_fair_programmes
from tadamon.programmes.domain.session_reminders import send_session_reminders


class Command(BaseCommand):
    help = ("Remind people registered for tomorrow's training sessions, and send their programme and bus to "
            "the travelling members of fairs starting within three days. Safe to run again: nobody gets one twice.")

    def handle(self, *args, **options):
        sessions = send_session_reminders()
        fairs = send_fair_programmes()
        self.stdout.write(f"{sessions} session reminder(s), {fairs} fair programme(s) queued.")
