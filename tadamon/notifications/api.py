"""The one way the platform sends a message:

    from tadamon.notifications import notify, Recipient
    notify("sign_in_code", user_or_person_or_organization_or_Recipient, {"code": "123456", "minutes": 10})

It picks each recipient's channel, address and language, renders the kind's text in that language,
logs a `Message` (skipped when the address opted out of that kind), and queues its sending in the
background worker. It returns the list of `Message` records created.
"""

from django.utils import translation
from django.utils.translation import gettext as _

from tadamon.notifications import segments
from tadamon.notifications.enums import Channel, MessageStatus
from tadamon.notifications.kinds import Content, Kind, check_context, get_kind
from tadamon.notifications.recipients import BOTH, Recipient, Target, resolve

__all__ = ["Recipient", "notify"]

SEPARATOR = "\n\n———\n\n"
BILINGUAL = ("ar", "fr")


def _render(kind: Kind, context: dict, language: str) -> Content:
    with translation.override(language):
        return kind.render(context)


def _email(kind: Kind, context: dict, target: Target) -> tuple[str, str]:
    """Subject and body; in Arabic then French (subject in French) for a shared mailbox."""
    from tadamon.notifications.optouts import stop_url

    languages = BILINGUAL if target.language == BOTH else (target.language,)
    bodies = []
    for language in languages:
        content = _render(kind, context, language)
        body = content.email_body
        if kind.opt_out:
            with translation.override(language):
                body += "\n\n" + _("To stop receiving these messages: %(url)s") % {
                    "url": stop_url(target.address, kind.name, language)}
        bodies.append(body)
    subject = _render(kind, context, languages[-1]).subject
    return " ".join(subject.split())[:255], SEPARATOR.join(bodies)


def _message(kind: Kind, context: dict, target: Target, **extra):
    from tadamon.notifications.models import Message

    if target.channel == Channel.EMAIL:
        subject, body = _email(kind, context, target)
        parts = 0
    else:
        content = _render(kind, context, target.language or "ar")
        subject, body = "", content.text
        parts = segments.parts(body) if target.channel == Channel.SMS else 0
    return Message(kind=kind.name, channel=target.channel, address=target.address,
                   language=target.language or "+".join(BILINGUAL), name=target.name[:200], subject=subject,
                   body=body, parts=parts, user=target.user, person=target.person,
                   organization=target.organization, **extra)


def _already_sent(kind: str, topic: str, address: str) -> bool:
    from tadamon.notifications.models import Message

    return Message.objects.filter(kind=kind, topic=topic, address=address).exclude(
        status=MessageStatus.FAILED).exists()


def notify(kind: str, recipient, context: dict | None = None, *, roles=None, topic: str = "", once: bool = False,
           bulk=None, send_now: bool = False) -> list:
    """Log and queue `kind` to `recipient` (a User, a registry Person, an Organization (its address and
    its active users in `roles`, managers by default) or a `Recipient`). Returns the Messages.
    With `once`, an address that already got this kind about this `topic` ("session:12") is skipped.
    With `send_now`, the sending (and its retries, without waiting) happens here, not in the worker."""
    from tadamon.notifications.optouts import is_opted_out
    from tadamon.notifications.tasks import attempt, send_message

    message_kind = get_kind(kind)
    context = dict(context or {})
    check_context(message_kind, context)
    messages = []
    for target in resolve(recipient, message_kind, roles=roles):
        if once and _already_sent(kind, topic, target.address):
            continue
        message = _message(message_kind, context, target, topic=topic, bulk=bulk)
        if message_kind.opt_out and is_opted_out(target.address, kind):
            message.status = MessageStatus.SKIPPED
        message.save()
        messages.append(message)
    for message in messages:
        if message.status != MessageStatus.QUEUED:
            continue
        if send_now:
            while attempt(message):
                pass
        else:
            send_message.enqueue(message.pk)
            message.refresh_from_db()
    return messages
