"""Security headers and the content security policy, rate limits, session lifetimes, the audit
log of deletions, permission changes and exports of personal data, and the clean 503 when the
database fails. (Every URL for every role: test_access_matrix.py; personal data on public
pages: tadamon/public/tests/test_no_personal_data.py; production settings: test_deploy.py.)"""

import time

import pytest
from django.core.cache import cache
from django.db import DatabaseError, connection, transaction
from django.test import RequestFactory

from tadamon.accounts.middleware import SIGNED_IN_AT
from tadamon.accounts.models import AuditEvent

pytestmark = pytest.mark.django_db


def test_every_page_carries_a_strict_content_security_policy_and_the_security_headers(client):
    response = client.get("/fr/organizations/")
    policy = response["Content-Security-Policy"]
    directives = dict(part.strip().split(" ", 1) for part in policy.split(";"))
    assert directives["script-src"] == "'self'" and directives["style-src"] == "'self'"
    assert directives["frame-ancestors"] == "'none'" and directives["object-src"] == "'none'"
    assert "unsafe-inline" not in policy and "unsafe-eval" not in policy
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"


def test_templates_hold_no_inline_script_or_style():
    """What the policy forbids, the templates never write: no <script> without src, no <style>,
    no style="" and no on*="" handler (the browser test also watches for violations)."""
    import re
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    offending = []
    for template in root.rglob("templates/**/*.html"):
        text = template.read_text()
        for pattern in (r"<script(?![^>]*\bsrc=)[^>]*>", r"<style[\s>]", r"\sstyle=\"", r"\son[a-z]+=\""):
            offending += [f"{template.relative_to(root)}: {m.group(0)}" for m in re.finditer(pattern, text)]
    assert offending == []


def test_sign_in_attempts_from_one_address_are_rate_limited(client, settings, staff_user, rate_limit_clock):
    cache.clear()
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "sign_in": "3/m"}
    for name in ("a", "b", "c"):  # three different user names: Axes' per-user lockout does not apply
        assert client.post("/fr/accounts/login/", {"username": name, "password": "x"}).status_code == 200
    refused = client.post("/fr/accounts/login/", {"username": "staff", "password": "correct-horse-battery"})
    assert refused.status_code == 429 and refused["Retry-After"] == "60"
    assert "_auth_user_id" not in client.session
    assert client.get("/fr/accounts/login/").status_code == 200  # reading the form is not limited


def test_password_resets_and_public_searches_are_rate_limited(client, settings, rate_limit_clock):
    cache.clear()
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "password_reset": "2/h", "search": "4/m"}
    for _ in range(2):
        assert client.post("/fr/accounts/password-reset/", {"email": "x@example.org"}).status_code == 302
    assert client.post("/fr/accounts/password-reset/", {"email": "x@example.org"}).status_code == 429
    for _ in range(4):
        assert client.get("/fr/organizations/?q=dades").status_code == 200
    page = client.get("/fr/products/?q=argan")  # the same limit covers both searches
    assert page.status_code == 429 and "Trop de requêtes" in page.content.decode()


def test_a_session_ends_twelve_hours_after_sign_in_however_active(client, staff_user, settings):
    client.force_login(staff_user)
    assert client.get("/fr/manage/").status_code == 200
    session = client.session
    session[SIGNED_IN_AT] = int(time.time()) - settings.SESSION_ABSOLUTE_SECONDS - 1
    session.save()
    response = client.get("/fr/manage/")
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_a_session_cookie_lives_thirty_minutes_without_a_request(client, staff_user):
    response = client.post("/fr/accounts/login/", {"username": "staff", "password": "correct-horse-battery"})
    cookie = response.cookies["sessionid"]
    assert cookie["max-age"] == 30 * 60 and cookie["httponly"] and cookie["samesite"] == "Lax"


def test_deletions_are_audited_with_who_deleted_what(client_for, admin_user):
    from tadamon.registry.tests.factories import MembershipFactory, OrganizationFactory

    organization = OrganizationFactory(name_latin="Coopérative Azul")
    MembershipFactory(organization=organization)
    client = client_for(admin_user)
    page = client.post(f"/fr/admin/registry/organization/{organization.pk}/delete/", {"post": "yes"})
    assert page.status_code == 302
    deleted = AuditEvent.objects.filter(action="delete")
    organization_event = deleted.get(target__startswith=f"registry.organization #{organization.pk}")
    assert organization_event.actor == admin_user and "Azul" in organization_event.target
    assert deleted.filter(target__startswith="registry.membership").count() == 1  # the cascade too


def test_permission_changes_are_audited_wherever_they_are_made(staff_user, admin_user, client_for):
    from django.contrib.auth.models import Group

    staff_user.role = "admin"
    staff_user.save()
    event = AuditEvent.objects.get(action="permission_change", target="staff")
    assert event.details["changes"] == {"role": ["staff", "admin"]} and event.actor is None  # from a shell
    staff_user.groups.add(Group.objects.create(name="Reviewers"))
    assert AuditEvent.objects.filter(action="permission_change", details__fields=["groups"]).count() == 1
    staff_user.first_name = "Salma"  # not a permission
    staff_user.save()
    assert AuditEvent.objects.filter(action="permission_change", target="staff").count() == 2
    # Creating an administrator is a permission change too (the admin_user fixture).
    assert AuditEvent.objects.get(action="permission_change", target="admin").details["fields"] == [
        "created as administrator"]


def test_a_database_failure_answers_503_with_a_time_to_retry():
    from tadamon.common.views import server_error

    try:
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute("SELECT * FROM a_table_that_does_not_exist")
    except DatabaseError:
        response = server_error(RequestFactory().get("/fr/organizations/"))
    assert response.status_code == 503 and response["Retry-After"] == "30"
    html = response.content.decode()
    assert "Service momentanément indisponible" in html and "الخدمة غير متاحة مؤقتا" in html
    try:
        raise ValueError("a bug")
    except ValueError:
        assert server_error(RequestFactory().get("/")).status_code == 500


def test_a_forged_session_cookie_is_no_session_not_an_error(client):
    """A NUL byte in the cookie once reached PostgreSQL's query and failed the request."""
    client.cookies["sessionid"] = "abc\x00def" * 5
    response = client.get("/api/v1/agreements")
    assert response.status_code == 403  # anonymous, answered as such
    client.cookies["sessionid"] = "x" * 32 + "'; --"
    assert client.get("/fr/manage/").status_code == 302
