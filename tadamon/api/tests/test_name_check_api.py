"""/api/v1/name-check and manage.py check_name: the closest names, with a score and a reason;
the requests of an office only for its officers and admins."""

import io
import json

import pytest
from django.core.management import call_command

from tadamon.funding.tests.factories import NameRequestFactory
from tadamon.registry.tests.factories import OrganizationFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def names(db):
    registered = OrganizationFactory(name_ar="", name_latin="Coopérative Tifaouine")
    requested = NameRequestFactory(name_ar="تعاونية تيفاوين النسوية", name_latin="")
    return registered, requested


def test_anyone_checks_against_the_registered_names_only(names, client_for):
    registered, requested = names
    response = client_for(None).get("/api/v1/name-check", {"name": "تعاونية تيفاوين"})
    assert response.status_code == 200
    body = response.json()
    assert body["verdict"] == "clash" and body["grade"] in ("strong", "medium", "weak")
    assert body["matches"][0] | {"reason": ""} == {
        "source": "organization", "pk": registered.pk, "name_ar": "", "name_latin": "Coopérative Tifaouine",
        "detail": "active", "score": 100, "verdict": "clash", "reason_code": "same_across_scripts", "reason": ""}
    assert "«Tifaouine»" in body["matches"][0]["reason"]
    assert all(m["source"] == "organization" for m in body["matches"])


def test_the_office_s_officers_and_admins_also_see_requests(names, client_for, officer_user, admin_user,
                                                            manager_user):
    _registered, requested = names
    for user, sees in ((officer_user, True), (admin_user, True), (manager_user, False)):
        body = client_for(user).get("/api/v1/name-check", {"name": "Coopérative Tifawin"}).json()
        assert any(m["source"] == "request" and m["pk"] == requested.pk for m in body["matches"]) is sees, user


def test_a_missing_name_is_a_clear_error(client_for):
    response = client_for(None).get("/api/v1/name-check", {"limit": "500"})
    assert response.status_code == 400
    assert set(response.json()) == {"name", "limit"}


def test_the_command_prints_the_closest_names(names):
    out = io.StringIO()
    call_command("check_name", "تعاونية تيفاوين", stdout=out)
    lines = out.getvalue().splitlines()
    assert lines[0].startswith("CLASH")
    assert "Coopérative Tifaouine" in lines[1] and lines[1].lstrip().startswith("100")
    out = io.StringIO()
    call_command("check_name", "Coopérative Tiwizi", "--json", stdout=out)
    assert json.loads(out.getvalue())["grade"] == "strong"
