"""Messages written by programme staff to many people at once: a programme's cohort (its enrolled
organisations: their address and managers) or a fair's travelling members. The page shows the
recipients and the SMS parts before sending; the sending runs in the background worker and the
page follows it (delivered, failed, not sent because opted out)."""

from dataclasses import dataclass

from django.db.models import Count, Q
from django.utils.translation import get_language
from django_tasks import task

from tadamon.notifications.enums import Channel, MessageStatus
from tadamon.notifications.kinds import InLanguage, get_kind
from tadamon.notifications.models import BulkSend
from tadamon.notifications.optouts import is_opted_out
from tadamon.notifications.recipients import resolve
from tadamon.notifications.segments import parts


def programme_recipients(programme) -> list:
    from tadamon.programmes.enums import EnrolmentStatus
    from tadamon.registry.models import Organization

    return list(Organization.objects.filter(enrolments__programme=programme,
                                            enrolments__status__in=EnrolmentStatus.taking_part()).distinct()
                .order_by("pk"))


def event_recipients(event) -> list:
    from tadamon.events.domain.travel_messages import travellers

    seen, people = set(), []
    for traveller in travellers(event):
        if traveller.person_id not in seen:
            seen.add(traveller.person_id)
            people.append(traveller.person)
    return people


def recipients_of(bulk: BulkSend) -> list:
    return programme_recipients(bulk.programme) if bulk.programme_id else event_recipients(bulk.event)


def text_in(language: str, text_ar: str, text_fr: str) -> str:
    """The Arabic text for Arabic readers, the French one for the others; either when one is missing."""
    if language == "ar" or language == "":
        return text_ar or text_fr
    return text_fr or text_ar


@dataclass
class Estimate:
    recipients: int = 0
    sms: int = 0
    sms_parts: int = 0
    whatsapp: int = 0
    email: int = 0
    opted_out: int = 0
    no_address: int = 0


def estimate(recipients: list, text_ar: str, text_fr: str) -> Estimate:
    """How many messages on each channel, and the SMS parts they take, before sending."""
    kind, result = get_kind("bulk"), Estimate()
    for recipient in recipients:
        targets = resolve(recipient, kind)
        result.no_address += not targets
        for target in targets:
            if is_opted_out(target.address, kind.name):
                result.opted_out += 1
                continue
            result.recipients += 1
            if target.channel == Channel.SMS:
                result.sms += 1
                result.sms_parts += parts(text_in(target.language, text_ar, text_fr))
            elif target.channel == Channel.WHATSAPP:
                result.whatsapp += 1
            else:
                result.email += 1
    return result


def start(*, user, text_ar: str, text_fr: str, programme=None, event=None) -> BulkSend:
    recipients = programme_recipients(programme) if programme else event_recipients(event)
    bulk = BulkSend.objects.create(created_by=user, programme=programme, event=event, text_ar=text_ar.strip(),
                                   text_fr=text_fr.strip(),
                                   recipients=estimate(recipients, text_ar, text_fr).recipients)
    send_bulk.enqueue(bulk.pk)
    return bulk


@task()
def send_bulk(bulk_id: int) -> int:
    from tadamon.notifications.api import notify

    bulk = BulkSend.objects.select_related("programme", "event").get(pk=bulk_id)
    context = {"text": InLanguage(lambda: text_in(get_language() or "ar", bulk.text_ar, bulk.text_fr))}
    topic = f"bulk:{bulk.pk}"
    return sum(len(notify("bulk", recipient, context, topic=topic, once=True, bulk=bulk))
               for recipient in recipients_of(bulk))


def report(bulk: BulkSend) -> dict:
    counts = bulk.messages.aggregate(
        queued=Count("pk", filter=Q(status=MessageStatus.QUEUED)), sent=Count("pk", filter=Q(status=MessageStatus.SENT)),
        failed=Count("pk", filter=Q(status=MessageStatus.FAILED)),
        skipped=Count("pk", filter=Q(status=MessageStatus.SKIPPED)))
    done = counts["sent"] + counts["failed"]
    total = max(bulk.recipients, done + counts["queued"])
    counts.update(total=total, done=done, finished=total == done,
                  percent=round(100 * done / total) if total else 100)
    return counts
