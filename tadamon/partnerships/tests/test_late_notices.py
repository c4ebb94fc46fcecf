"""Late commitments are flagged to both sides by e-mail, once each."""

import datetime
from decimal import Decimal

import pytest
from django.core import mail
from django.core.management import call_command

from tadamon.accounts.tests.factories import UserFactory
from tadamon.partnerships.domain.late_notices import send_late_notices
from tadamon.partnerships.tests.factories import CommitmentFactory, sponsor_books

pytestmark = pytest.mark.django_db
TODAY = datetime.date(2026, 11, 25)


@pytest.fixture
def parties():
    sponsor, argan_coop, dates_coop = sponsor_books()
    dates_coop.email = "dattes@example.ma"
    dates_coop.save()
    UserFactory(username="sponsor-staff", role="staff", organization=sponsor, email="suivi@managem.example")
    UserFactory(username="dates", role="manager", organization=dates_coop, email="gerante@example.ma")
    UserFactory(username="argan", role="manager", organization=argan_coop, email="argan@example.ma")
    return sponsor, argan_coop, dates_coop


def test_both_sides_hear_of_a_late_commitment_once(parties):
    sent = send_late_notices(TODAY)
    assert sent == 2  # Managem owes the cold room, the dates cooperative is owed it; the argan one is not told
    to = {tuple(message.to) for message in mail.outbox}
    assert to == {("suivi@managem.example",), ("dattes@example.ma",), ("gerante@example.ma",)}  # one each
    body = mail.outbox[0].body
    assert "Chambre froide" in body and "31/12/2025" in body and "(0 sur 10\u202f000 MAD livrés)" in body
    assert "متأخرة" in body and "/fr/manage/agreements/" in body and "/ar/manage/agreements/" in body
    assert send_late_notices(TODAY) == 0 and len(mail.outbox) == 3  # not again


def test_a_commitment_owed_to_all_tells_every_beneficiary(parties):
    sponsor, argan_coop, _dates = parties
    send_late_notices(TODAY)
    mail.outbox.clear()
    agreement = argan_coop.commitments_received.first().agreement
    CommitmentFactory(agreement=agreement, debtor=sponsor, deliverable="Stand au salon national",
                      amount_mad=Decimal("1000"), due_on=datetime.date(2026, 10, 31))
    call_command("notify_late_commitments", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert {address for message in mail.outbox for address in message.to} == {
        "suivi@managem.example", "dattes@example.ma", "gerante@example.ma", "argan@example.ma"}
    assert all("Stand au salon national" in message.body for message in mail.outbox)
