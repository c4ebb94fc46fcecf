"""What waits for an institution's officer on the back-office home: the name requests of their
office still pending, the support requests in their institution's queue with what is due next,
and the inspections planned. Each block is there only for who may work that queue (the rules),
and holds what the queue's own page shows them (the same querysets), most urgent first.

Two queries a block (its count, its first items), whatever the number of requests."""

import datetime
from dataclasses import dataclass, field

from django.db.models import Case, Count, F, Q, When
from django.urls import reverse
from django.utils import timezone

from tadamon.accounts.access import may
from tadamon.funding.domain.queries.name_requests import requests_visible_to as name_requests_visible_to
from tadamon.funding.domain.queries.support_requests import requests_visible_to as support_requests_visible_to
from tadamon.funding.domain.support_requests import OPEN
from tadamon.funding.enums import NameRequestStatus
from tadamon.funding.models import Inspection

FIRST = 3  # items shown of each queue; the queue's page has the rest


@dataclass(frozen=True)
class Item:
    url: str
    title: str  # a name or a subject as typed: shown with |written_name / |written
    date: datetime.date | datetime.datetime
    date_is: str  # what the date is: "answer" or "resolution" (due by), "submitted", "planned"
    detail: str = ""  # e.g. the organisation that raised it
    late: bool = False


@dataclass(frozen=True)
class Block:
    key: str  # names, support, inspections: the template words each
    count: int
    url: str
    items: list[Item] = field(default_factory=list)
    late: int = 0  # how many of the count are past their date


def officer_todo(request, now: datetime.datetime | None = None) -> list[Block]:
    """The blocks of work waiting for the user, in the order they are shown; empty for someone
    who works none of these queues."""
    now = now or timezone.now()
    blocks = []
    if may(request, "funding.list_name_requests"):
        blocks.append(_name_requests(request.user))
    if may(request, "funding.list_support_requests"):
        blocks.append(_support_requests(request.user, now))
    if may(request, "funding.supervise_compliance"):
        blocks.append(_inspections(timezone.localdate(now)))
    return blocks


def _name_requests(user) -> Block:
    """Pending requests of the office, the oldest first: the queue is worked from its head."""
    pending = name_requests_visible_to(user).filter(status=NameRequestStatus.PENDING)
    oldest = pending.select_related(None).order_by("submitted_at", "pk")[:FIRST]
    return Block(
        "names", pending.count(), reverse("backoffice:name_requests"),
        [Item(reverse("backoffice:name_request", args=[r.pk]), r.display_name, r.submitted_at,
              "submitted", r.reference) for r in oldest])


def _support_requests(user, now: datetime.datetime) -> Block:
    """Open requests in the queue, the one due soonest first: its first answer until it has one,
    then its resolution (as the request's page says)."""
    queue = support_requests_visible_to(user).filter(status__in=OPEN)
    late = Q(first_answer_at__isnull=True, answer_due_at__lt=now) | Q(first_answer_at__isnull=False,
                                                                      resolve_due_at__lt=now)
    counts = queue.aggregate(n=Count("pk"), late=Count("pk", filter=late))
    first = queue.annotate(due=Case(When(first_answer_at__isnull=True, then=F("answer_due_at")),
                                    default=F("resolve_due_at"))).order_by("due", "pk")[:FIRST]
    return Block(
        "support", counts["n"], reverse("backoffice:support_requests"),
        [Item(reverse("backoffice:support_request", args=[r.pk]), r.title, r.due,
              "answer" if r.first_answer_at is None else "resolution",
              r.organization.display_name, r.due < now) for r in first], counts["late"])


def _inspections(today: datetime.date) -> Block:
    """Inspections planned and not yet recorded, the next first (all of them, as the compliance
    page lists them)."""
    planned = Inspection.objects.filter(done_on__isnull=True)
    counts = planned.aggregate(n=Count("pk"), late=Count("pk", filter=Q(planned_on__lt=today)))
    first = planned.select_related("organization").order_by("planned_on", "pk")[:FIRST]
    return Block(
        "inspections", counts["n"], reverse("backoffice:compliance") + "#planned",
        [Item(reverse("backoffice:inspection", args=[i.pk]), i.organization.display_name, i.planned_on,
              "planned", late=i.planned_on < today) for i in first], counts["late"])
