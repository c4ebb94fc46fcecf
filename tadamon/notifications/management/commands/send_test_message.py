from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from tadamon.common.phones import parse_phone
from tadamon.notifications import Recipient, notify
from tadamon.notifications.enums import Channel


class Command(BaseCommand):
    help = "Send a test message to PHONE through the configured SMS or WhatsApp channel and print the outcome."

    def add_arguments(self, parser):
        parser.add_argument("phone")
        parser.add_argument("--channel", choices=[Channel.SMS, Channel.WHATSAPP], default=Channel.SMS)
        parser.add_argument("--language", choices=["ar", "fr", "en"], default="ar")

    def handle(self, *args, phone, channel, language, **options):
        try:
            number = parse_phone(phone)
        except ValidationError as error:
            raise CommandError(" ".join(error.messages)) from None
        if not number:
            raise CommandError("Give a phone number.")
        [message] = notify("test", Recipient(phone=number, language=language, channel=channel),
                            send_now=True)
        message.refresh_from_db()
        self.stdout.write(f"{message.get_channel_display()} to {message.masked_address} ({message.language}, "
                          f"{message.parts} part(s)): {message.status} after {message.attempts} attempt(s)")
        if message.provider_response:
            self.stdout.write(message.provider_response)
        if message.status != "sent":
            raise CommandError("The message was not sent.")
