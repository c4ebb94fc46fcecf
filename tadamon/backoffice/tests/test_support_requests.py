"""Support-request pages: a manager raises and follows their organisation's requests, the
institution in charge answers and sends on; nobody else reads them; mistakes keep what was typed."""

import pytest

from tadamon.accounts.tests.factories import UserFactory
from tadamon.funding.domain.support_requests import open_request
from tadamon.funding.enums import SupportRequestStatus
from tadamon.funding.models import RoutingRule, SupportRequest
from tadamon.registry.tests.factories import OrganizationFactory

pytestmark = pytest.mark.django_db

ROLES = ["anonymous", "admin", "institution", "other_officer", "manager", "other_manager", "staff", "buyer"]
MATRIX = {
    "list": [302, 200, 200, 200, 200, 200, 403, 403],
    "create": [302, 403, 403, 403, 200, 200, 403, 403],
    "detail": [302, 200, 200, 404, 200, 404, 404, 404],
}


@pytest.fixture
def setting(admin_user, officer_user, manager_user, other_manager, staff_user, buyer_user):
    onssa = OrganizationFactory(kind="public_body", name_latin="ONSSA", name_ar="أونسا")
    RoutingRule.objects.create(category="sanitary", institution=onssa)
    users = {"anonymous": None, "admin": admin_user,
             "institution": UserFactory(username="onssa", role="officer", organization=onssa),
             "other_officer": officer_user, "manager": manager_user, "other_manager": other_manager,
             "staff": staff_user, "buyer": buyer_user}
    request = open_request(organization=manager_user.organization, category="sanitary",
                           title="Autorisation de l'eau de rose", description="Dossier en attente.", by=manager_user)
    return request, users


@pytest.mark.parametrize("what", MATRIX)
def test_every_role_gets_the_expected_answer(what, setting, client_for):
    request, users = setting
    url = {"list": "/fr/manage/support-requests/", "create": "/fr/manage/support-requests/new/",
           "detail": f"/fr/manage/support-requests/{request.pk}/"}[what]
    for role, expected in zip(ROLES, MATRIX[what], strict=True):
        response = client_for(users[role]).get(url)
        assert response.status_code == expected, f"{role} on {what}: {response.status_code}, expected {expected}"
        if what == "list" and expected == 200:
            shown = "Autorisation de l&#x27;eau de rose" in response.content.decode()
            assert shown is (role in ("admin", "institution", "manager")), role


def test_a_manager_raises_a_request_and_a_mistake_keeps_what_was_typed(setting, client_for):
    _request, users = setting
    client = client_for(users["manager"])
    data = {"category": "land", "title": "Terrain pour l'unité de séchage", "description": "Terres collectives."}
    response = client.post("/fr/manage/support-requests/new/", data)  # no institution takes "land"
    assert response.status_code == 400
    page = response.content.decode()
    assert "Aucune institution" in page and "Terres collectives." in page
    response = client.post("/fr/manage/support-requests/new/", data | {"category": "sanitary"})
    created = SupportRequest.objects.get(title__startswith="Terrain")
    assert response.status_code == 302 and created.organization == users["manager"].organization
    assert created.institution.name_latin == "ONSSA"


def test_the_institution_answers_and_the_manager_reads_it(setting, client_for):
    request, users = setting
    client = client_for(users["institution"])
    url = f"/fr/manage/support-requests/{request.pk}/"
    response = client.post(url, {"action": "answer", "answer-version": request.version, "answer-message": ""})
    assert response.status_code == 400 and "Écrivez la réponse" in response.content.decode()
    response = client.post(url, {"action": "answer", "answer-version": request.version,
                                 "answer-message": "Visite programmée mardi."})
    assert response.status_code == 302
    request.refresh_from_db()
    assert request.status == SupportRequestStatus.IN_PROGRESS and request.first_answer_at
    page = client_for(users["manager"]).get(url).content.decode()
    assert "Visite programmée mardi." in page and 'name="answer-message"' not in page


def test_a_manager_cannot_answer_and_another_officer_cannot_act(setting, client_for):
    request, users = setting
    url = f"/fr/manage/support-requests/{request.pk}/"
    response = client_for(users["manager"]).post(url, {"action": "answer", "answer-version": request.version,
                                                       "answer-message": "Réglé."})
    assert response.status_code == 403
    response = client_for(users["other_officer"]).post(url, {"action": "finish", "finish-version": request.version,
                                                             "finish-outcome": "resolved", "finish-message": "x"})
    assert response.status_code == 404
    request.refresh_from_db()
    assert request.status == SupportRequestStatus.OPEN


def test_a_stale_page_does_not_overwrite_an_answer(setting, client_for):
    request, users = setting
    client = client_for(users["institution"])
    url = f"/fr/manage/support-requests/{request.pk}/"
    stale_version = request.version
    client.post(url, {"action": "answer", "answer-version": stale_version, "answer-message": "Reçu."})
    response = client.post(url, {"action": "finish", "finish-version": stale_version, "finish-outcome": "closed",
                                 "finish-message": "Hors compétence."})
    assert response.status_code == 400
    assert "Hors compétence." in response.content.decode()
    request.refresh_from_db()
    assert request.status == SupportRequestStatus.IN_PROGRESS


def test_the_queue_shows_overdue_requests_first_with_the_count(setting, client_for):
    import datetime

    from django.utils import timezone

    request, users = setting
    late = open_request(organization=users["manager"].organization, category="sanitary", title="Analyse du miel",
                        description="Résultats attendus.", by=users["manager"])
    SupportRequest.objects.filter(pk=late.pk).update(answer_due_at=timezone.now() - datetime.timedelta(days=1))
    page = client_for(users["institution"]).get("/fr/manage/support-requests/").content.decode()
    assert page.index("Analyse du miel") < page.index("Autorisation de l&#x27;eau de rose")
    assert '<strong>1</strong><span>en retard</span>' in page.replace("\n", "")
    overdue_only = client_for(users["institution"]).get("/fr/manage/support-requests/?status=open&overdue=on")
    assert "Analyse du miel" in overdue_only.content.decode()
    assert "Autorisation de l&#x27;eau" not in overdue_only.content.decode()
