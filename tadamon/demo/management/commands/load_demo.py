from django.core.management.base import BaseCommand

from tadamon.demo.loader import load_demo


class Command(BaseCommand):
    help = "Load the demo data from the source articles (idempotent: a second run changes nothing)."

    def handle(self, *args, **options):
        result = load_demo()
        generated = result["generated"]
        self.stdout.write(
            f"Demo data ready: {result['articles_created']} article organisations created, "
            f"{generated['organizations']} generated organisations and {generated['members']} members added, "
            f"{result['programmes']} programmes (Cooper UP, Mourafaka, the regional fair's training) created."
        )
        self.stdout.write("Sign in at http://127.0.0.1:8000/ar/accounts/login/ with any of these accounts:")
        for username in result["users"]:
            self.stdout.write(f"  {username:<8} / {result['password']}")
