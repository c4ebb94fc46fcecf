"""Shared fixtures: the owner/member/outsider idea of healthchecks' hc/test.py, widened to
Tadamon's roles. Territories and sectors come from the migrations."""

import os
import tempfile

import pytest

from tadamon.accounts.enums import Role
from tadamon.accounts.tests.factories import UserFactory
from tadamon.registry.tests.factories import MembershipFactory, OrganizationFactory

# The local SMS/WhatsApp provider (`provider`, `sms_server`) for any test that sends a message.
pytest_plugins = ["tadamon.notifications.tests.fixtures"]


def pytest_collection_modifyitems(config, items):
    """Among the tests that commit for real, the backups' go first: nothing a browser test started
    (live-server threads, Playwright's own database connections) is still about when they read the
    database whole. Tests inside a rolled-back transaction still come before all of those (as
    pytest-django orders them): a transactional test leaves the database flushed."""

    def commits(item) -> bool:
        marker = item.get_closest_marker("django_db")
        return bool(marker and marker.kwargs.get("transaction")) or "live_server" in item.fixturenames

    items.sort(key=lambda item: (commits(item), item.path.name != "test_backups.py"))


@pytest.fixture(scope="session")
def django_db_modify_db_settings(django_db_modify_db_settings_parallel_suffix, request):
    """With a live server, SQLite's test database is a file, not memory. Django shares an in-memory
    database's one connection between the test and every server thread, and says simultaneous
    queries on it "may randomly cause the tests to fail": a page and its service worker's precache
    are answered at once, and a worker whose install failed once hung a CI run. With a file, each
    thread has its own connection, and WAL and IMMEDIATE transactions (settings.py) queue them."""
    from django.conf import settings

    database = settings.DATABASES["default"]
    if database["ENGINE"].endswith("sqlite3") and any("live_server" in item.fixturenames
                                                       for item in request.session.items):
        name = os.path.join(tempfile.gettempdir(), f"tadamon-test-{os.getpid()}.sqlite3")
        database.setdefault("TEST", {})["NAME"] = name


@pytest.fixture
def cooperative(db):
    """A women's cooperative in Tinghir with an Arabic and a Latin name, and three members."""
    organization = OrganizationFactory(
        name_ar="تعاونية نساء دادس", name_latin="Coopérative des Femmes de Dadès", province__code="MA-TIN",
        is_women=True,
    )
    MembershipFactory(organization=organization, person__cin="JK123456", person__phone="0612345678",
                      person__birth_year=1980, role="president")
    MembershipFactory.create_batch(2, organization=organization)
    return organization


@pytest.fixture
def other_cooperative(db):
    organization = OrganizationFactory(name_ar="تعاونية التمور أكدز", name_latin="Coopérative des Dattes d'Agdz",
                                       province__code="MA-ZAG")
    MembershipFactory(organization=organization, person__cin="ZZ987654", person__phone="0699887766")
    return organization


@pytest.fixture
def admin_user(db):
    return UserFactory(username="admin", role=Role.ADMIN, is_staff=True, is_superuser=True)


@pytest.fixture
def staff_user(db):
    return UserFactory(username="staff", role=Role.STAFF, organization=OrganizationFactory(kind="company"))


@pytest.fixture
def manager_user(cooperative):
    return UserFactory(username="manager", role=Role.MANAGER, organization=cooperative)


@pytest.fixture
def other_manager(other_cooperative):
    return UserFactory(username="other-manager", role=Role.MANAGER, organization=other_cooperative)


@pytest.fixture
def officer_user(db):
    return UserFactory(username="officer", role=Role.OFFICER, organization=OrganizationFactory(kind="public_body"))


@pytest.fixture
def buyer_user(db):
    """A buyer who signed up on the public site: no organisation, no back-office access."""
    return UserFactory(username="buyer@example.org", email="buyer@example.org", first_name="Omar",
                       role=Role.BUYER)


@pytest.fixture
def client_for(client):
    """client_for(user) -> a test client signed in as that user (or anonymous for None)."""

    def sign_in(user):
        client.logout()
        if user is not None:
            client.force_login(user)
        return client

    return sign_in


@pytest.fixture(autouse=True)
def empty_cache():
    """Each test starts with an empty cache: ids come back after a rollback, so figures kept for
    programme 1 by one test must not answer the next test's programme 1."""
    from django.core.cache import cache

    cache.clear()


@pytest.fixture
def rate_limit_clock(monkeypatch):
    """The rate limiter's clock stopped: django-ratelimit counts in fixed windows of the clock, so a test
    whose requests straddled the turn of a minute saw its count start again and its last request let
    through (seen once in CI). Time elsewhere runs as usual."""
    import types

    import django_ratelimit.core

    monkeypatch.setattr(django_ratelimit.core, "time", types.SimpleNamespace(time=lambda: 1_800_000_000.0))


@pytest.fixture(autouse=True)
def english_outside_requests():
    """Domain messages are asserted in English; pages choose their language from the URL."""
    from django.utils import translation

    with translation.override("en"):
        yield


CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-quic",
                 "--no-first-run", "--disable-component-update", "--disable-sync"]


@pytest.fixture
def page():
    """A page of Debian's Chromium at phone width (390 x 844), driven by Playwright."""
    from django.db import connections
    from playwright.sync_api import sync_playwright

    # Playwright's sync API runs an event loop in this thread; the ORM calls made by the test
    # itself are still synchronous and safe.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        context = browser.new_context(viewport={"width": 390, "height": 844})  # a phone
        yield context.new_page()
        browser.close()
        # Playwright's greenlet gives ORM calls made meanwhile their own connection; close it
        # here, in that context, or PostgreSQL cannot drop the test database at the end.
        connections.close_all()
    del os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"]

