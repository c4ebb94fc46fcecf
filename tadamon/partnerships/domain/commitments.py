"""Agreements, commitments and support delivered: who sees what, how a commitment's status follows
from its dates and deliveries, and the changes (each through one function)."""

import datetime
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Case, Count, DecimalField, F, OuterRef, Q, QuerySet, Subquery, Sum, Value, When
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext as _

from tadamon.accounts.rules import is_buyer, is_manager, is_platform_admin, is_programme_staff
from tadamon.common.concurrency import next_version
from tadamon.partnerships.enums import CommitmentStatus, PartyRole
from tadamon.partnerships.models import Agreement, AgreementParty, Amendment, Commitment, Support
from tadamon.registry.domain import validate_and_save

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


def agreements_visible_to(user) -> QuerySet:
    """Admins see every agreement; anyone else the agreements their organisation is a party to
    (a sponsor its portfolio, a council or public body what it signed, a cooperative its own)."""
    if not user.is_authenticated:
        return Agreement.objects.none()
    if is_platform_admin(user):
        return Agreement.objects.all()
    if user.organization_id is None or is_buyer(user):
        return Agreement.objects.none()
    return Agreement.objects.filter(pk__in=AgreementParty.objects.filter(
        organization_id=user.organization_id).values("agreement_id"))


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


def support_seen_by(user) -> QuerySet:
    """The support a user reads: admins all; a cooperative's manager what their organisation
    received or gave; the other parties also what was delivered under their agreements."""
    if not user.is_authenticated or is_buyer(user):
        return Support.objects.none()
    if is_platform_admin(user):
        return Support.objects.all()
    if user.organization_id is None:
        return Support.objects.none()
    own = Q(recipient_id=user.organization_id) | Q(provider_id=user.organization_id)
    if is_manager(user):
        return Support.objects.filter(own)
    return Support.objects.filter(own | Q(commitment__agreement__in=agreements_visible_to(user)))


def seen_on_organization_page(organization, user) -> dict:
    """What an organisation's page shows of its partnerships: the commitments made to it (with
    their status) and the support it received. Its manager and admins see all of it; anyone else
    only what comes under agreements they are a party to, or what their organisation gave, so a
    sponsor never reads another sponsor's commitments."""
    commitments = commitments_to(organization)
    received = Support.objects.filter(recipient=organization)
    sees_all = is_platform_admin(user) or (is_manager(user) and user.organization_id == organization.pk)
    if not sees_all:
        visible = agreements_visible_to(user)
        commitments = commitments.filter(agreement__in=visible)
        received = received.filter(Q(commitment__agreement__in=visible) | Q(provider_id=user.organization_id))
    return {
        "commitments_to_it": with_progress(commitments.select_related("agreement", "debtor")).order_by("due_on", "pk"),
        "support_received": received.select_related("provider", "programme").order_by("-delivered_on", "-pk"),
    }


@transaction.atomic
def create_agreement(*, fields: dict, provinces=(), user=None) -> Agreement:
    """A new agreement; the programme staff member who records it puts their organisation on it
    as a sponsor, so they keep seeing it."""
    agreement = validate_and_save(Agreement(created_by=user, **fields), user=user)
    agreement.provinces.set(provinces)
    if user is not None and is_programme_staff(user) and user.organization_id:
        AgreementParty.objects.create(agreement=agreement, organization_id=user.organization_id,
                                      role=PartyRole.SPONSOR)
    return agreement


@transaction.atomic
def update_agreement(agreement: Agreement, *, fields: dict, provinces, expected_version: int, user=None) -> Agreement:
    agreement.version = next_version(agreement, expected_version)
    validate_and_save(agreement, fields=fields, user=user)
    agreement.provinces.set(provinces)
    return agreement


@transaction.atomic
def add_party(agreement, *, organization, role, money=Decimal("0"), in_kind="", in_kind_value=Decimal("0"),
              user=None) -> AgreementParty:
    party = AgreementParty(agreement=agreement, organization=organization, role=role, contribution_money_mad=money,
                           contribution_in_kind=in_kind, contribution_in_kind_mad=in_kind_value)
    return validate_and_save(party, user=user)


@transaction.atomic
def add_amendment(agreement, *, signed_on, summary: str, document=None, user=None) -> Amendment:
    """Record a signed amendment with the agreement's next number (1, 2, ...). The agreement's row
    is locked until the amendment is saved, so two amendments recorded at once get two numbers."""
    Agreement.objects.select_for_update().filter(pk=agreement.pk).first()
    number = (agreement.amendments.order_by("-number").values_list("number", flat=True).first() or 0) + 1
    amendment = Amendment(agreement=agreement, number=number, signed_on=signed_on, summary=summary)
    if document:
        amendment.document = document
    return validate_and_save(amendment, user=user)


@transaction.atomic
def add_commitment(agreement, *, fields: dict, user=None) -> Commitment:
    commitment = Commitment(agreement=agreement, **fields)
    party_ids = set(agreement.parties.values_list("organization_id", flat=True))
    if commitment.debtor_id not in party_ids:
        raise ValidationError({"debtor": _("Only a party to the agreement can owe something under it.")})
    if commitment.amount_mad is None and commitment.quantity is None and not commitment.deliverable:
        raise ValidationError(_("Say what is owed: an amount, a quantity or a deliverable."))
    return validate_and_save(commitment, user=user)


@transaction.atomic
def cancel_commitment(commitment: Commitment, *, reason: str, user=None) -> Commitment:
    if not reason.strip():
        raise ValidationError({"reason": _("Say why the commitment is cancelled.")})
    return validate_and_save(commitment, fields={"cancelled_on": timezone.localdate(),
                                                 "cancel_reason": reason.strip()}, user=user)


@transaction.atomic
def mark_done(commitment: Commitment, *, user=None) -> Commitment:
    if commitment.cancelled_on:
        raise ValidationError(_("A cancelled commitment cannot be marked done."))
    return validate_and_save(commitment, fields={"done_on": timezone.localdate()}, user=user)


@transaction.atomic
def record_support(*, recipient, provider, kind: str, description: str, value_mad: Decimal, delivered_on,
                   commitment: Commitment | None = None, programme=None, quantity=None, unit: str = "",
                   people=None, evidence=None, user=None) -> Support:
    """Record support delivered. Against a commitment, it must come under that agreement: the
    recipient is a party or the one it is owed to, and the commitment is not cancelled."""
    if commitment is not None:
        if commitment.cancelled_on:
            raise ValidationError({"commitment": _("This commitment was cancelled: nothing can be delivered "
                                                   "against it.")})
        owed_to = ({commitment.beneficiary_id} if commitment.beneficiary_id
                   else set(commitment.agreement.parties.values_list("organization_id", flat=True)))
        if recipient.pk not in owed_to:
            raise ValidationError({"recipient": _("%(organization)s is not who this commitment is owed to.") % {
                "organization": recipient}})
    if delivered_on > timezone.localdate():
        raise ValidationError({"delivered_on": _("Support is recorded once delivered: the date is in the future.")})
    support = Support(recipient=recipient, provider=provider, commitment=commitment, programme=programme,
                      kind=kind, description=description, quantity=quantity, unit=unit, value_mad=value_mad,
                      people=people, delivered_on=delivered_on, recorded_by=user)
    if evidence:
        support.evidence = evidence
    support.full_clean()
    support.save()
    return support
