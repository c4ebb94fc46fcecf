"""Commitments: their progress and status, those made to an organisation and those a user reads."""

import datetime
from decimal import Decimal

from django.db.models import Case, Count, DecimalField, F, OuterRef, Q, QuerySet, Subquery, Sum, Value, When
from django.db.models.functions import Coalesce
from django.utils import timezone

from tadamon.accounts.rules import is_manager, is_platform_admin
from tadamon.partnerships.domain.queries.agreements import agreements_visible_to
from tadamon.partnerships.enums import CommitmentStatus, PartyRole
from tadamon.partnerships.models import AgreementParty, Commitment, Support

ZERO = Value(Decimal("0"), output_field=DecimalField(max_digits=14, decimal_places=2))


def _delivered(field: str):
    sums = (Support.objects.filter(commitment=OuterRef("pk")).order_by().values("commitment")
            .annotate(total=Sum(field)).values("total"))
    return Coalesce(Subquery(sums, output_field=DecimalField(max_digits=14, decimal_places=2)), ZERO)


def with_progress(commitments: QuerySet, today: datetime.date | None = None) -> QuerySet:
    """Annotate what was delivered against each commitment (value, quantity, how many deliveries)
    and its status. The status is this one expression, so pages, counts and filters agree:
    cancelled; else delivered (marked done, or the amount or quantity reached); else late (due date
    passed); else in progress (something delivered); else planned."""
    today = today or timezone.localdate()
    deliveries = (Support.objects.filter(commitment=OuterRef("pk")).order_by().values("commitment")
                  .annotate(n=Count("pk")).values("n"))
    return commitments.annotate(
        delivered_mad=_delivered("value_mad"), delivered_quantity=_delivered("quantity"),
        deliveries_count=Coalesce(Subquery(deliveries), 0),
    ).annotate(status=Case(
        When(cancelled_on__isnull=False, then=Value(CommitmentStatus.CANCELLED)),
        When(done_on__isnull=False, then=Value(CommitmentStatus.DELIVERED)),
        When(amount_mad__isnull=False, amount_mad__gt=0, delivered_mad__gte=F("amount_mad"),
             then=Value(CommitmentStatus.DELIVERED)),
        When(quantity__isnull=False, quantity__gt=0, delivered_quantity__gte=F("quantity"),
             then=Value(CommitmentStatus.DELIVERED)),
        When(due_on__lt=today, then=Value(CommitmentStatus.LATE)),
        When(deliveries_count__gt=0, then=Value(CommitmentStatus.IN_PROGRESS)),
        default=Value(CommitmentStatus.PLANNED),
    ))


def commitments_to(organization) -> QuerySet:
    """Commitments made to an organisation: to it by name, or to all the beneficiaries of an
    agreement it is a beneficiary party of."""
    beneficiary_of = AgreementParty.objects.filter(organization=organization, role=PartyRole.BENEFICIARY)
    return Commitment.objects.filter(Q(beneficiary=organization) | Q(
        beneficiary__isnull=True, agreement__in=beneficiary_of.values("agreement_id")))


def commitments_seen_by(user, agreements: QuerySet | None = None) -> QuerySet:
    """The commitments a user reads (of `agreements`, by default all they see). A cooperative's
    manager reads only those that concern their organisation: owed to it, or by it; the other
    parties (sponsor, NGO, council, public body) read every commitment of their agreements."""
    agreements = agreements_visible_to(user) if agreements is None else agreements
    commitments = Commitment.objects.filter(agreement__in=agreements)
    if is_manager(user) and not is_platform_admin(user):
        organization = user.organization_id
        commitments = commitments.filter(Q(pk__in=commitments_to(organization).values("pk")) | Q(debtor_id=organization))
    return commitments
