"""Agreements, commitments and support delivered: what an organisation's page shows of them, and
the changes (each through one function). Who sees what, and a commitment's status, are in
`domain/queries/`."""

from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from tadamon.accounts.rules import is_manager, is_platform_admin, is_programme_staff
from tadamon.common.concurrency import next_version
from tadamon.partnerships.domain.queries.agreements import agreements_visible_to
from tadamon.partnerships.domain.queries.commitments import commitments_to, with_progress
from tadamon.partnerships.enums import PartyRole
from tadamon.partnerships.models import Agreement, AgreementParty, Amendment, Commitment, Support
from tadamon.registry.domain import validate_and_save


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
