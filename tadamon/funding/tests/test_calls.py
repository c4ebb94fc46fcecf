"""Calls: eligibility and deadlines, blind review with conflicts set aside, the ranking, decisions
within the budget, and tranches that never go beyond the grant."""

import datetime
from decimal import Decimal

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.utils import timezone

from tadamon.accounts.tests.factories import UserFactory
from tadamon.funding.domain import calls as domain
from tadamon.funding.enums import ApplicationStatus
from tadamon.funding.models import ApplicationDocument, Grant, Review
from tadamon.funding.tests.factories import make_call
from tadamon.registry.models import Province
from tadamon.registry.tests.factories import OrganizationFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def ministry(db):
    return OrganizationFactory(kind="public_body", name_latin="Ministère", name_ar="الوزارة")


def apply(call, organization, user=None, lines=((("Équipement", Decimal("120000"))),)):
    application = domain.save_draft(call=call, organization=organization, title="Unité de séchage", summary="",
                                    lines=list(lines), by=user)
    return application


def test_eligibility_says_every_reason(ministry, cooperative):
    call = make_call(ministry, kinds=["association"], women_only=False, youth_only=True, min_age_years=3)
    call.provinces.set([Province.objects.get(code="MA-ZAG")])
    cooperative.creation_date = timezone.localdate() - datetime.timedelta(days=365)
    reasons = domain.ineligibility(call, cooperative)
    assert len(reasons) == 4  # kind, province, youth, age
    assert any("Association" in r for r in reasons) and any("Tinghir" in r for r in reasons)
    assert any("at least 3 years" in r for r in reasons)
    with pytest.raises(ValidationError):
        apply(call, cooperative)


def test_a_late_or_incomplete_submission_is_refused_with_the_reason(ministry, cooperative, manager_user):
    call = make_call(ministry, documents_required=["Statuts", "Budget détaillé"])
    application = domain.save_draft(call=call, organization=cooperative, title="Séchoir", summary="", lines=[],
                                    by=manager_user)
    with pytest.raises(ValidationError) as error:
        domain.submit(application, by=manager_user)
    assert "Add at least one budget line." in error.value.messages
    assert "Documents missing: Statuts, Budget détaillé." in error.value.messages
    application = domain.save_draft(call=call, organization=cooperative, title="Séchoir", summary="",
                                    lines=[("Séchoir solaire", Decimal("400000"))], by=manager_user,
                                    application=application, expected_version=application.version)
    for name in call.documents_required:
        ApplicationDocument.objects.create(application=application, name=name, file=ContentFile(b"%PDF", "d.pdf"))
    with pytest.raises(ValidationError, match="above the most"):
        domain.submit(application, by=manager_user)
    application = domain.save_draft(call=call, organization=cooperative, title="Séchoir", summary="",
                                    lines=[("Séchoir solaire", Decimal("250000"))], by=manager_user,
                                    application=application, expected_version=application.version)
    with pytest.raises(ValidationError, match="deadline passed"):
        domain.submit(application, by=manager_user, now=call.closes_at + datetime.timedelta(minutes=1))
    domain.submit(application, by=manager_user, now=call.closes_at - datetime.timedelta(minutes=1))
    application.refresh_from_db()
    assert application.status == ApplicationStatus.SUBMITTED
    with pytest.raises(ValidationError, match="no longer be changed"):
        domain.save_draft(call=call, organization=cooperative, title="Autre", summary="", lines=[], by=None,
                          application=application)


def reviewed_call(ministry, cooperatives, evaluators):
    call = make_call(ministry)
    call.evaluators.set(evaluators)
    applications = []
    for organization in cooperatives:
        application = apply(call, organization)
        domain.submit(application, by=None)
        applications.append(application)
    assert domain.assign_panel(call) == len(cooperatives) * len(evaluators)
    return call, applications


def score(review, quality, impact):
    criteria = list(review.application.call.criteria.all())
    return domain.submit_scores(review, {criteria[0].pk: (quality, "Bon dossier"), criteria[1].pk: (impact, "")})


def test_blind_until_all_have_scored_and_a_conflict_is_set_aside(ministry, cooperative, other_cooperative):
    evaluators = [UserFactory(username=f"eval{i}", role="staff") for i in range(3)]
    call, (first, second) = reviewed_call(ministry, [cooperative, other_cooperative], evaluators)
    a, b, c = (Review.objects.get(application=first, evaluator=e) for e in evaluators)
    score(a, 8, 6)
    assert not domain.scores_revealed_to(a)  # b and c have not scored
    domain.declare_conflict(c, "Ma sœur est membre de la coopérative.")
    assert not domain.scores_revealed_to(a)
    score(b, 6, 9)
    assert domain.scores_revealed_to(a) and domain.scores_revealed_to(b)
    assert not domain.scores_revealed_to(c)
    with pytest.raises(ValidationError, match="conflict"):
        score(c, 10, 10)
    ranked = {r.application.pk: r for r in domain.ranking(call)}[first.pk]
    # a: (2×8/10 + 1×6/10)/3 = 73.3; b: (2×6/10 + 9/10)/3 = 70; mean 71.7, spread 3.3
    assert ranked.score == pytest.approx(71.67, abs=0.01) and ranked.spread == pytest.approx(3.33, abs=0.01)
    assert (ranked.reviews_done, ranked.reviews_counted, ranked.conflicts) == (2, 2, 1) and ranked.complete
    assert [r.application for r in domain.ranking(call)][0] == first  # the unscored one comes last


def test_scores_out_of_range_or_missing_are_refused(ministry, cooperative):
    evaluator = UserFactory(username="eval", role="staff")
    _call, (application,) = reviewed_call(ministry, [cooperative], [evaluator])
    review = Review.objects.get(application=application)
    criteria = list(application.call.criteria.all())
    with pytest.raises(ValidationError) as error:
        domain.submit_scores(review, {criteria[0].pk: (11, "")})
    assert set(error.value.message_dict) == {f"score_{criteria[0].pk}", f"score_{criteria[1].pk}"}
    assert not review.scores.exists()


def test_decisions_within_the_budget_and_the_applicant_told(ministry, cooperative, other_cooperative, admin_user,
                                                            manager_user, django_capture_on_commit_callbacks):
    call, (first, second) = reviewed_call(ministry, [cooperative, other_cooperative], [])
    call.budget_mad = Decimal("150000")
    call.save()
    with pytest.raises(ValidationError) as error:
        domain.decide(first, by=admin_user, outcome="funded", amount=Decimal("130000"))
    assert "More than the 120\u202f000 MAD requested" in error.value.message_dict["amount"][0]
    with django_capture_on_commit_callbacks(execute=True):
        domain.decide(first, by=admin_user, outcome="funded", amount=Decimal("100000"))
    assert Grant.objects.get(application=first).amount_mad == Decimal("100000")
    assert mail.outbox and mail.outbox[0].to == [manager_user.email] and "100\u202f000" in mail.outbox[0].body
    with pytest.raises(ValidationError) as error:
        domain.decide(second, by=admin_user, outcome="funded", amount=Decimal("60000"))
    assert "50\u202f000 MAD left" in error.value.message_dict["amount"][0]
    with pytest.raises(ValidationError):
        domain.decide(second, by=admin_user, outcome="rejected", reason="")
    domain.decide(second, by=admin_user, outcome="waiting")
    second.refresh_from_db()
    assert second.status == ApplicationStatus.WAITING_LIST
    domain.decide(second, by=admin_user, outcome="rejected", reason="Budget épuisé.")
    with pytest.raises(ValidationError, match="Only a submitted"):
        domain.decide(second, by=admin_user, outcome="waiting")


def test_tranches_never_go_beyond_the_grant_and_are_paid_once(ministry, cooperative, admin_user):
    _call, (application,) = reviewed_call(ministry, [cooperative], [])
    domain.decide(application, by=admin_user, outcome="funded", amount=Decimal("100000"))
    grant = Grant.objects.get(application=application)
    first = domain.add_tranche(grant, amount=Decimal("60000"), condition="Signature", due_on=datetime.date(2026, 12, 1))
    with pytest.raises(ValidationError) as error:
        domain.add_tranche(grant, amount=Decimal("40001"), condition="", due_on=datetime.date(2027, 3, 1))
    assert "Only 40\u202f000 MAD" in error.value.message_dict["amount"][0]
    domain.add_tranche(grant, amount=Decimal("40000"), condition="Rapport d'étape", due_on=datetime.date(2027, 3, 1))
    domain.pay_tranche(first, paid_on=datetime.date(2026, 12, 2))
    with pytest.raises(ValidationError, match="already paid"):
        domain.pay_tranche(first, paid_on=datetime.date(2026, 12, 3))
    assert domain.grant_figures(grant) == {"planned": Decimal("100000"), "paid": Decimal("60000"),
                                           "balance": Decimal("40000"), "unplanned": Decimal("0")}


def test_a_grant_report_is_kept_with_its_file_and_who_sent_it(ministry, cooperative, admin_user, manager_user):
    _call, (application,) = reviewed_call(ministry, [cooperative], [])
    domain.decide(application, by=admin_user, outcome="funded", amount=Decimal("100000"))
    grant = Grant.objects.get(application=application)
    report = domain.submit_report(grant, title="Rapport d'étape", file=ContentFile(b"%PDF", "etape.pdf"),
                                  by=manager_user)
    assert [(r.title, r.submitted_by) for r in grant.reports.all()] == [("Rapport d'étape", manager_user)]
    assert report.file.open("rb").read() == b"%PDF"
