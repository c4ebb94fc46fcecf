"""Sending in the background worker (`manage.py db_worker`), with retries: a failed attempt is
tried again after 1, 4, 16… minutes (MESSAGES_RETRY_SECONDS × 4^n) until MESSAGES_MAX_ATTEMPTS,
then the message is failed with the provider's last answer. django-tasks has no retry of its own:
the task enqueues itself again with `run_after` (at once on a backend that cannot defer)."""

import datetime

from django.conf import settings
from django.utils import timezone
from django_tasks import task

from tadamon.notifications import delivery
from tadamon.notifications.enums import MessageStatus
from tadamon.notifications.models import Message


def max_attempts() -> int:
    return getattr(settings, "MESSAGES_MAX_ATTEMPTS", 4)


def delay(attempts: int) -> datetime.timedelta:
    return datetime.timedelta(seconds=getattr(settings, "MESSAGES_RETRY_SECONDS", 60) * 4 ** (attempts - 1))


def attempt(message: Message) -> bool:
    """One try; True when another one is due."""
    outcome = delivery.send(message)
    message.attempts += 1
    message.provider_response = outcome.response
    now = timezone.now()
    if outcome.ok:
        message.status, message.sent_at, message.next_attempt_at = MessageStatus.SENT, now, None
    elif outcome.retry and message.attempts < max_attempts():
        message.next_attempt_at = now + delay(message.attempts)
    else:
        message.status, message.next_attempt_at = MessageStatus.FAILED, None
    message.save(update_fields=["attempts", "provider_response", "status", "sent_at", "next_attempt_at"])
    return message.status == MessageStatus.QUEUED


@task()
def send_message(message_id: int) -> str:
    message = Message.objects.filter(pk=message_id, status=MessageStatus.QUEUED).first()
    if message is None:
        return "done"
    if attempt(message):
        schedule(message)
    return message.status


def schedule(message: Message) -> None:
    if message.next_attempt_at and send_message.get_backend().supports_defer:
        send_message.using(run_after=message.next_attempt_at).enqueue(message.pk)
    else:
        send_message.enqueue(message.pk)
