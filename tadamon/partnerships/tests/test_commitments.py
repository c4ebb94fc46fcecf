import datetime
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError

from tadamon.accounts.tests.factories import UserFactory
from tadamon.partnerships.domain.commitments import (
    add_amendment,
    add_commitment,
    cancel_commitment,
    create_agreement,
    mark_done,
    record_support,
)
from tadamon.partnerships.domain.queries.agreements import agreements_visible_to
from tadamon.partnerships.domain.queries.commitments import commitments_to, with_progress
from tadamon.partnerships.enums import CommitmentStatus
from tadamon.partnerships.models import Commitment, Support
from tadamon.partnerships.tests.factories import AgreementFactory, CommitmentFactory, PartyFactory
from tadamon.programmes.tests.factories import ProgrammeFactory
from tadamon.registry.tests.factories import OrganizationFactory

pytestmark = pytest.mark.django_db
TODAY = datetime.date(2026, 11, 25)


def status(commitment, today=TODAY) -> str:
    return with_progress(Commitment.objects.filter(pk=commitment.pk), today).get().status


@pytest.fixture
def convention(cooperative):
    sponsor = OrganizationFactory(kind="company", name_latin="Managem")
    agreement = AgreementFactory()
    PartyFactory(agreement=agreement, organization=sponsor, role="sponsor")
    PartyFactory(agreement=agreement, organization=cooperative, role="beneficiary")
    return agreement, sponsor


def deliver(commitment, value, quantity=None, day=datetime.date(2026, 3, 1)):
    return record_support(recipient=commitment.beneficiary or commitment.agreement.parties.get(
        role="beneficiary").organization, provider=commitment.debtor, kind="equipment",
        description="Livraison", value_mad=Decimal(value), quantity=quantity, delivered_on=day, commitment=commitment)


def test_the_status_follows_the_deliveries_and_the_due_date(convention, cooperative):
    agreement, sponsor = convention
    machines = CommitmentFactory(agreement=agreement, debtor=sponsor, beneficiary=cooperative,
                                 amount_mad=Decimal("50000"), quantity=Decimal("10"), due_on=datetime.date(2026, 12, 31))
    assert status(machines) == CommitmentStatus.PLANNED
    deliver(machines, "20000", Decimal("4"))
    assert status(machines) == CommitmentStatus.IN_PROGRESS
    assert status(machines, today=datetime.date(2027, 1, 1)) == CommitmentStatus.LATE
    deliver(machines, "25000", Decimal("6"))  # ten machines delivered, for less than budgeted
    assert status(machines, today=datetime.date(2027, 1, 1)) == CommitmentStatus.DELIVERED
    progress = with_progress(Commitment.objects.filter(pk=machines.pk), TODAY).get()
    assert (progress.delivered_mad, progress.delivered_quantity, progress.deliveries_count) == (
        Decimal("45000"), Decimal("10"), 2)


def test_a_deliverable_without_measure_is_done_when_marked_and_cancelling_needs_a_reason(convention, cooperative):
    agreement, sponsor = convention
    study = CommitmentFactory(agreement=agreement, debtor=sponsor, deliverable="Étude de valorisation",
                              due_on=datetime.date(2026, 1, 31))
    assert status(study) == CommitmentStatus.LATE
    mark_done(study)
    assert status(study) == CommitmentStatus.DELIVERED
    fair = CommitmentFactory(agreement=agreement, debtor=sponsor, deliverable="Stand au salon")
    with pytest.raises(ValidationError, match="Say why"):
        cancel_commitment(fair, reason=" ")
    cancel_commitment(fair, reason="Salon reporté")
    assert status(fair) == CommitmentStatus.CANCELLED
    with pytest.raises(ValidationError, match="cancelled: nothing can be delivered"):
        deliver(fair, "100")


def test_only_a_party_owes_and_support_goes_to_whom_it_is_owed(convention, cooperative, other_cooperative):
    agreement, sponsor = convention
    with pytest.raises(ValidationError, match="Only a party"):
        add_commitment(agreement, fields={"debtor": other_cooperative, "deliverable": "x", "due_on": TODAY})
    owed = add_commitment(agreement, fields={"debtor": sponsor, "beneficiary": cooperative, "deliverable": "Tissus",
                                             "amount_mad": Decimal("8000"), "due_on": TODAY})
    with pytest.raises(ValidationError, match="is not who this commitment is owed to"):
        record_support(recipient=other_cooperative, provider=sponsor, kind="raw_materials", description="Tissus",
                       value_mad=Decimal("100"), delivered_on=TODAY, commitment=owed)
    with pytest.raises(ValidationError, match="against a commitment or a programme"):
        record_support(recipient=cooperative, provider=sponsor, kind="payment", description="Versement",
                       value_mad=Decimal("100"), delivered_on=TODAY)
    assert not Support.objects.exists()


def test_support_linked_to_a_commitment_and_a_programme_is_counted_once(convention, cooperative):
    from django.db.models import Sum

    agreement, sponsor = convention
    programme = ProgrammeFactory()
    owed = CommitmentFactory(agreement=agreement, debtor=sponsor, beneficiary=cooperative, amount_mad=Decimal("9000"))
    record_support(recipient=cooperative, provider=sponsor, kind="coaching", description="Coaching", programme=programme,
                   commitment=owed, value_mad=Decimal("6000"), delivered_on=TODAY)
    record_support(recipient=cooperative, provider=sponsor, kind="training", description="Formation",
                   programme=programme, value_mad=Decimal("3000"), delivered_on=TODAY)
    received = Support.objects.filter(recipient=cooperative)
    assert received.aggregate(total=Sum("value_mad"))["total"] == Decimal("9000")
    assert with_progress(Commitment.objects.filter(pk=owed.pk)).get().delivered_mad == Decimal("6000")
    assert set(received.values_list("nature", flat=True)) == {"service"}


def test_each_side_sees_its_own_agreements_and_commitments(convention, cooperative, other_cooperative, manager_user,
                                                          other_manager, admin_user):
    agreement, sponsor = convention
    sponsor_staff = UserFactory(role="staff", organization=sponsor)
    council = OrganizationFactory(kind="public_body", name_latin="Conseil communal d'Imider")
    PartyFactory(agreement=agreement, organization=council, role="council")
    elsewhere = AgreementFactory()
    PartyFactory(agreement=elsewhere, organization=other_cooperative)
    assert list(agreements_visible_to(sponsor_staff)) == [agreement]
    assert list(agreements_visible_to(UserFactory(role="officer", organization=council))) == [agreement]
    assert list(agreements_visible_to(manager_user)) == [agreement]
    assert list(agreements_visible_to(other_manager)) == [elsewhere]
    assert set(agreements_visible_to(admin_user)) == {agreement, elsewhere}
    to_all = CommitmentFactory(agreement=agreement, debtor=sponsor)
    to_them = CommitmentFactory(agreement=agreement, debtor=sponsor, beneficiary=council)
    assert list(commitments_to(cooperative)) == [to_all]
    assert list(commitments_to(council)) == [to_them]
    assert not commitments_to(other_cooperative).exists()


def test_staff_recording_an_agreement_become_its_sponsor(db):
    sponsor = OrganizationFactory(kind="company")
    staff = UserFactory(role="staff", organization=sponsor)
    agreement = create_agreement(fields={"reference": "CONV-1", "title_fr": "Convention", "signed_on": TODAY,
                                         "starts_on": TODAY, "ends_on": TODAY, "budget_mad": Decimal("1")}, user=staff)
    assert list(agreement.parties.values_list("organization", "role")) == [(sponsor.pk, "sponsor")]
    with pytest.raises(ValidationError, match="ends before it starts"):
        create_agreement(fields={"reference": "CONV-2", "title_fr": "X", "signed_on": TODAY, "starts_on": TODAY,
                                 "ends_on": TODAY - datetime.timedelta(days=1), "budget_mad": Decimal("1")})


def test_amendments_are_numbered_one_after_another_per_agreement():
    agreement, other = AgreementFactory(), AgreementFactory()
    first = add_amendment(agreement, signed_on=datetime.date(2026, 1, 5), summary="Durée prolongée")
    second = add_amendment(agreement, signed_on=datetime.date(2026, 2, 5), summary="Budget revu")
    elsewhere = add_amendment(other, signed_on=datetime.date(2026, 2, 5), summary="Nouveau partenaire")
    assert (first.number, second.number, elsewhere.number) == (1, 2, 1)
    assert [str(a) for a in agreement.amendments.all()] == [f"{agreement.reference} / 1", f"{agreement.reference} / 2"]
    with pytest.raises(ValidationError):
        add_amendment(agreement, signed_on=datetime.date(2026, 3, 5), summary="")
    assert agreement.amendments.count() == 2
