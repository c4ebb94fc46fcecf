"""Call pages: a manager applies for their organisation (drafts keep what was typed), an evaluator
reads only the applications assigned to them, the organisation running the call ranks and
decides, grants are read by the grantee and managed by the call's runners."""

from decimal import Decimal

import pytest

from tadamon.accounts.tests.factories import UserFactory
from tadamon.funding.domain import calls as domain
from tadamon.funding.enums import ApplicationStatus
from tadamon.funding.models import Application, Grant, Review
from tadamon.funding.tests.factories import make_call
from tadamon.registry.tests.factories import OrganizationFactory

pytestmark = pytest.mark.django_db

ROLES = ["anonymous", "admin", "runner", "other_staff", "evaluator", "manager", "other_manager", "buyer"]
MATRIX = {
    "list": [302, 200, 200, 200, 200, 200, 200, 403],
    "call": [302, 200, 200, 404, 200, 200, 200, 403],
    "apply": [302, 403, 403, 404, 403, 302, 200, 403],  # the manager already sent theirs: sent to its page
    "application": [302, 200, 200, 404, 200, 200, 404, 404],
    "review": [302, 404, 404, 404, 200, 404, 404, 404],
    "grant": [302, 200, 200, 404, 404, 200, 404, 404],
}


@pytest.fixture
def setting(admin_user, manager_user, other_manager, buyer_user):
    ministry = OrganizationFactory(kind="public_body", name_latin="Ministère", name_ar="الوزارة")
    runner = UserFactory(username="runner", role="staff", organization=ministry)
    evaluator = UserFactory(username="evaluator", role="officer", organization=OrganizationFactory(kind="public_body"))
    call = make_call(ministry)
    call.evaluators.set([evaluator])
    application = domain.save_draft(call=call, organization=manager_user.organization, title="Séchoir solaire",
                                    summary="Pour les dattes.", lines=[("Séchoir", Decimal("90000"))],
                                    by=manager_user)
    domain.submit(application, by=manager_user)
    domain.assign_panel(call)
    domain.decide(application, by=admin_user, outcome="funded", amount=Decimal("80000"))
    users = {"anonymous": None, "admin": admin_user, "runner": runner,
             "other_staff": UserFactory(username="other-staff", role="staff", organization=OrganizationFactory()),
             "evaluator": evaluator, "manager": manager_user, "other_manager": other_manager, "buyer": buyer_user}
    return call, application, users


@pytest.mark.parametrize("what", MATRIX)
def test_every_role_gets_the_expected_answer(what, setting, client_for):
    call, application, users = setting
    url = {"list": "/fr/manage/calls/", "call": f"/fr/manage/calls/{call.pk}/",
           "apply": f"/fr/manage/calls/{call.pk}/apply/", "application": f"/fr/manage/applications/{application.pk}/",
           "review": f"/fr/manage/reviews/{Review.objects.get().pk}/",
           "grant": f"/fr/manage/grants/{Grant.objects.get().pk}/"}[what]
    for role, expected in zip(ROLES, MATRIX[what], strict=True):
        response = client_for(users[role]).get(url)
        assert response.status_code == expected, f"{role} on {what}: {response.status_code}, expected {expected}"


def test_only_the_runners_see_the_ranking_and_decide(setting, client_for):
    call, application, users = setting
    for role, sees in (("runner", True), ("admin", True), ("manager", False), ("evaluator", False)):
        page = client_for(users[role]).get(f"/fr/manage/calls/{call.pk}/").content.decode()
        assert ('id="ranking-title"' in page) is sees, role
    second = domain.save_draft(call=call, organization=users["other_manager"].organization, title="Emballage",
                               summary="", lines=[("Emballage", Decimal("10000"))], by=users["other_manager"])
    domain.submit(second, by=users["other_manager"])
    data = {f"a{second.pk}-version": second.version + 1, f"a{second.pk}-outcome": "rejected",
            f"a{second.pk}-reason": "Hors critères."}
    assert client_for(users["manager"]).post(f"/fr/manage/applications/{second.pk}/decide/", data).status_code == 404
    client_for(users["runner"]).post(f"/fr/manage/applications/{second.pk}/decide/", data)
    second.refresh_from_db()
    assert second.status == ApplicationStatus.REJECTED and second.decision_reason == "Hors critères."


def test_a_draft_keeps_what_was_typed_and_is_sent_when_complete(setting, client_for):
    call, _application, users = setting
    client = client_for(users["other_manager"])
    url = f"/fr/manage/calls/{call.pk}/apply/"
    data = {"title": "Unité d'emballage", "summary": "Cartons et étiquettes.", "lines-TOTAL_FORMS": 6,
            "lines-INITIAL_FORMS": 0, "lines-MIN_NUM_FORMS": 6, "lines-MAX_NUM_FORMS": 30,
            "lines-0-label": "Cartons", "lines-0-amount": "", "submit": "1"}
    response = client.post(url, data)
    assert response.status_code == 400
    page = response.content.decode()
    assert "Unité d&#x27;emballage" in page and "Cartons" in page and "Indiquez le montant" in page
    assert not Application.objects.filter(title="Unité d'emballage").exists()
    response = client.post(url, data | {"lines-0-amount": "12000"})
    sent = Application.objects.get(title="Unité d'emballage")
    assert response.status_code == 302 and sent.status == ApplicationStatus.SUBMITTED
    assert sent.requested_mad == Decimal("12000")


def test_an_evaluator_scores_blind_and_a_conflict_takes_it_off_their_list(setting, client_for):
    call, application, users = setting
    review = Review.objects.get()
    client = client_for(users["evaluator"])
    criteria = list(call.criteria.all())
    response = client.post(f"/fr/manage/reviews/{review.pk}/", {"action": "score", f"score_{criteria[0].pk}": "11"})
    assert response.status_code == 400
    response = client.post(f"/fr/manage/reviews/{review.pk}/", {
        "action": "score", f"score_{criteria[0].pk}": "7", f"score_{criteria[1].pk}": "9",
        f"comment_{criteria[0].pk}": "Solide."})
    assert response.status_code == 302
    review.refresh_from_db()
    assert review.submitted_at and review.scores.get(criterion=criteria[0]).comment == "Solide."
    other = UserFactory(username="evaluator-2", role="staff")
    second_review = Review.objects.create(application=application, evaluator=other)
    response = client_for(other).post(f"/fr/manage/reviews/{second_review.pk}/",
                                      {"action": "conflict", "conflict_note": "Mon employeur."})
    assert response.status_code == 302
    assert client_for(other).get(f"/fr/manage/applications/{application.pk}/").status_code == 404


def test_the_grant_page_manages_tranches_and_takes_reports(setting, client_for):
    _call, _application, users = setting
    grant = Grant.objects.get()
    url = f"/fr/manage/grants/{grant.pk}/"
    response = client_for(users["runner"]).post(url, {"action": "tranche", "amount": "90000", "due_on": "2027-01-15"})
    assert response.status_code == 400 and "80" in response.content.decode()
    client_for(users["runner"]).post(url, {"action": "tranche", "amount": "50000", "due_on": "2027-01-15"})
    assert grant.tranches.count() == 1
    for junk in ("abc", "²", ""):  # a hand-made form: no such tranche, never a server error
        assert client_for(users["runner"]).post(url, {"action": "pay", "tranche": junk}).status_code == 404
    assert client_for(users["manager"]).post(url, {"action": "tranche", "amount": "1", "due_on": "2027-01-15"}
                                             ).status_code == 403
    from django.core.files.uploadedfile import SimpleUploadedFile

    client_for(users["manager"]).post(url, {"action": "report", "title": "Rapport d'étape",
                                            "file": SimpleUploadedFile("r.pdf", b"%PDF-1.4")})
    report = grant.reports.get()
    assert report.title == "Rapport d'étape"
    url = f"/fr/manage/grants/{grant.pk}/reports/{report.pk}/"
    response = client_for(users["runner"]).get(url)
    assert response.status_code == 200 and b"".join(response.streaming_content) == b"%PDF-1.4"
    assert client_for(users["other_manager"]).get(url).status_code == 404


def call_data(**extra):
    data = {"kind": "award", "title_fr": "Prix de l'innovation sociale", "title_ar": "جائزة الابتكار الاجتماعي",
            "opens_at": "2026-12-01T09:00", "closes_at": "2027-01-31T18:00", "budget_mad": "200000",
            "max_amount_mad": "50000", "kinds": ["cooperative"], "documents": "Statuts\nBudget",
            "criteria-TOTAL_FORMS": 5, "criteria-INITIAL_FORMS": 0, "criteria-MIN_NUM_FORMS": 5,
            "criteria-MAX_NUM_FORMS": 15, "criteria-0-name_fr": "Innovation", "criteria-0-name_ar": "الابتكار",
            "criteria-0-weight": 2, "criteria-0-max_score": 10}
    for i in range(1, 5):
        data |= {f"criteria-{i}-weight": 1, f"criteria-{i}-max_score": 10}
    return data | extra


def test_programme_staff_open_a_call_for_their_organisation(setting, client_for):
    call, _application, users = setting
    assert client_for(users["manager"]).get("/fr/manage/calls/new/").status_code == 403
    client = client_for(users["runner"])
    response = client.post("/fr/manage/calls/new/", call_data(closes_at="2026-11-01T09:00"))
    assert response.status_code == 400 and "Prix de l&#x27;innovation sociale" in response.content.decode()
    response = client.post("/fr/manage/calls/new/", call_data())
    from tadamon.funding.models import Call

    created = Call.objects.get(title_fr="Prix de l'innovation sociale")
    assert response.status_code == 302 and created.sponsor == users["runner"].organization
    assert created.kinds == ["cooperative"] and created.documents_required == ["Statuts", "Budget"]
    assert [(c.name_fr, c.weight) for c in created.criteria.all()] == [("Innovation", 2)]
    assert client_for(users["other_staff"]).get(f"/fr/manage/calls/{created.pk}/edit/").status_code == 404


def test_criteria_are_locked_once_scoring_started(setting, client_for):
    call, application, users = setting
    criteria = list(call.criteria.all())
    review = Review.objects.get()
    domain.submit_scores(review, {c.pk: (5, "") for c in criteria})
    response = client_for(users["runner"]).post(f"/fr/manage/calls/{call.pk}/edit/", call_data(
        title_fr=call.title_fr, kind="funding", opens_at="2026-11-01T09:00", closes_at="2026-12-31T18:00"))
    assert response.status_code == 400
    assert [c.pk for c in call.criteria.all()] == [c.pk for c in criteria]


def test_application_documents_are_read_by_those_who_may_read_the_application(setting, client_for):
    from django.core.files.base import ContentFile

    from tadamon.funding.models import ApplicationDocument

    _call, application, users = setting
    document = ApplicationDocument.objects.create(application=application, name="Statuts",
                                                  file=ContentFile(b"statuts signes", "statuts.pdf"))
    url = f"/fr/manage/applications/{application.pk}/documents/{document.pk}/"
    for role, expected in (("runner", 200), ("evaluator", 200), ("manager", 200), ("other_manager", 404),
                           ("other_staff", 404), ("anonymous", 302)):
        response = client_for(users[role]).get(url)
        assert response.status_code == expected, role
        if expected == 200:
            assert b"".join(response.streaming_content) == b"statuts signes"


def test_an_organisation_that_may_not_apply_is_told_why_before_any_form(setting, client_for):
    call, _application, users = setting
    call.women_only = True
    call.save()
    response = client_for(users["other_manager"]).get(f"/fr/manage/calls/{call.pk}/apply/", follow=True)
    assert response.redirect_chain[-1][0] == f"/fr/manage/calls/{call.pk}/"
    assert "organisations de femmes" in response.content.decode()
    assert 'name="lines-0-label"' not in response.content.decode()


def test_only_the_grantee_s_manager_sends_reports(setting, client_for):
    _call, _application, users = setting
    url = f"/fr/manage/grants/{Grant.objects.get().pk}/"
    assert 'value="report"' not in client_for(users["admin"]).get(url).content.decode()
    assert 'value="report"' in client_for(users["manager"]).get(url).content.decode()
