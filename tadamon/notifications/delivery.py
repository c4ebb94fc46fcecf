"""Sending one message on its channel: e-mail through Django's backend, SMS and WhatsApp through
Apprise with the deployment's URL (SMS_URL, WHATSAPP_URL), the console when that is unset."""

import logging
import sys
from dataclasses import dataclass
from urllib.parse import quote

import apprise
from django.conf import settings
from django.core.mail import EmailMessage

from tadamon.notifications.enums import Channel
from tadamon.notifications.models import Message

# Apprise services posting a payload to any HTTP server: the recipient goes in it as "to".
PAYLOAD_SCHEMES = {"json", "jsons", "form", "forms", "xml", "xmls"}


@dataclass(frozen=True)
class Outcome:
    ok: bool
    response: str = ""
    retry: bool = True


def channel_url(base: str, phone: str) -> str:
    """The Apprise URL of one recipient: `{phone}` in the configured URL is replaced by the number;
    otherwise the number is the payload's `to` for json:// form:// xml://, and the last path
    segment (the target) for the SMS and WhatsApp services (twilio://, vonage://, whatsapp://…)."""
    if "{phone}" in base:
        return base.replace("{phone}", quote(phone, safe=""))
    scheme = base.split("://", 1)[0].lower()
    if scheme in PAYLOAD_SCHEMES:
        return f"{base}{'&' if '?' in base else '?'}:to={quote(phone, safe='')}"
    url, question, query = base.partition("?")
    return f"{url.rstrip('/')}/{quote(phone, safe='+')}{question}{query}"


def configured_url(channel: str) -> str:
    return (settings.SMS_URL if channel == Channel.SMS else settings.WHATSAPP_URL) or ""


def _provider_answer(log: str, address: str, masked: str) -> str:
    """The warnings and the provider's answer from Apprise's log, without the full number."""
    lines, keep = [], False
    for line in log.splitlines():
        if line.startswith(("WARNING", "ERROR")):
            lines.append(line)
            keep = False
        elif line.startswith(("DEBUG", "INFO")) and "Response Details" not in line:
            keep = False
        elif "Response Details" in line:
            keep = True
        elif keep and line.strip():
            lines.append(line.strip())
    return "\n".join(lines).replace(address, masked)[:2000]


def _notify(notifier: apprise.Apprise, body: str) -> tuple[bool, str]:
    """Send, keeping Apprise's log (the provider's answer) to ourselves: at debug level it holds the
    payload with the full number, which must not reach the server's log."""
    logger = logging.getLogger("apprise")
    propagate, logger.propagate = logger.propagate, False
    try:
        with apprise.LogCapture(level=logging.DEBUG, fmt="%(levelname)s - %(message)s") as captured:
            ok = notifier.notify(body=body, title="")
            return bool(ok), captured.getvalue()
    finally:
        logger.propagate = propagate


def send_phone(message: Message) -> Outcome:
    base = configured_url(message.channel)
    if not base:
        sys.stdout.write(f"[{message.channel}] to {message.address}:\n{message.body}\n\n")
        sys.stdout.flush()
        return Outcome(True, "console")
    notifier = apprise.Apprise()
    if not notifier.add(channel_url(base, message.address)):
        return Outcome(False, f"The {message.channel.upper()} URL is not a valid Apprise URL.", retry=False)
    ok, log = _notify(notifier, message.body)
    answer = _provider_answer(log, message.address, message.masked_address)
    return Outcome(bool(ok), answer if not ok else "")


def send_email(message: Message) -> Outcome:
    try:
        EmailMessage(message.subject, message.body, None, [message.address]).send()
    except Exception as error:  # noqa: BLE001 - any backend error is the provider's answer, kept in the log
        return Outcome(False, f"{type(error).__name__}: {error}"[:2000])
    return Outcome(True)


def send(message: Message) -> Outcome:
    if message.channel == Channel.EMAIL:
        return send_email(message)
    return send_phone(message)
