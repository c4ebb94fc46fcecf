"""The directory in a real browser (Debian's Chromium driven by Playwright): direction, search
across scripts, live results through htmx, and switching language on the same page."""

import pytest
from playwright.sync_api import expect

from tadamon.registry.tests.factories import OrganizationFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

@pytest.fixture
def organizations(db):
    OrganizationFactory(name_ar="جمعية نساء تازناخت", name_latin="", province__code="MA-OUA", is_women=True)
    OrganizationFactory(name_ar="تعاونية التمور أكدز", name_latin="Coopérative des Dattes d'Agdz",
                        province__code="MA-ZAG")


def test_french_directory_finds_an_arabic_named_cooperative_from_a_latin_query(page, live_server, organizations):
    page.goto(f"{live_server.url}/fr/organizations/")
    expect(page.locator("html")).to_have_attribute("dir", "ltr")
    expect(page.locator("h1")).to_have_text("Annuaire des organisations")
    page.fill("#id_q", "Taznakht")
    page.press("#id_q", "Enter")
    results = page.locator("#results .card h2")
    expect(results).to_have_count(1)
    expect(results.first).to_have_text("جمعية نساء تازناخت")
    expect(page.locator(".result-count")).to_have_text("1 organisation trouvée")


def test_arabic_directory_is_right_to_left_and_updates_as_you_type(page, live_server, organizations):
    page.goto(f"{live_server.url}/ar/organizations/")
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    expect(page.locator("#results .card")).to_have_count(2)
    # No Enter: htmx re-renders the results shortly after typing stops.
    page.type("#id_q", "agdz", delay=30)
    expect(page.locator("#results .card")).to_have_count(1)
    expect(page.locator("#results .card h2")).to_have_text("تعاونية التمور أكدز")
    expect(page).to_have_url(f"{live_server.url}/ar/organizations/?q=agdz&region=&province=&kind=&sector=")
    # The search box sits at the right edge of the page in right-to-left layout.
    box = page.locator("#id_q").bounding_box()
    assert box["x"] + box["width"] > 390 - 60


def test_switching_language_keeps_the_page_and_the_search(page, live_server, organizations):
    page.goto(f"{live_server.url}/ar/organizations/?q=%D8%AA%D8%A7%D8%B2%D9%86%D8%A7%D8%AE%D8%AA")
    expect(page.locator("#results .card")).to_have_count(1)
    page.click(".language-switcher a[lang=fr]")
    expect(page).to_have_url(f"{live_server.url}/fr/organizations/?q=%D8%AA%D8%A7%D8%B2%D9%86%D8%A7%D8%AE%D8%AA")
    expect(page.locator("html")).to_have_attribute("lang", "fr")
    expect(page.locator("#results .card h2")).to_have_text("جمعية نساء تازناخت")


@pytest.mark.parametrize("language", ["ar", "fr"])
def test_pages_fit_a_phone_screen_without_sideways_scrolling(page, live_server, organizations, language):
    from tadamon.accounts.tests.factories import UserFactory
    from tadamon.registry.models import Organization
    from tadamon.registry.tests.factories import MembershipFactory

    organization = Organization.objects.get(name_ar="جمعية نساء تازناخت")
    MembershipFactory(organization=organization, person__cin="AB123456", person__phone="0612345678")
    UserFactory(username="admin", role="admin", is_superuser=True, is_staff=True)
    page.goto(f"{live_server.url}/{language}/accounts/login/")
    page.fill("#id_username", "admin")
    page.fill("#id_password", "correct-horse-battery")
    page.click("button[type=submit]")
    for path in ["/", "/organizations/", f"/organizations/{organization.pk}/", "/manage/organizations/",
                 f"/manage/organizations/{organization.pk}/", f"/manage/organizations/{organization.pk}/edit/",
                 f"/manage/organizations/{organization.pk}/members/new/", "/manage/imports/new/"]:
        page.goto(f"{live_server.url}/{language}{path}")
        assert page.evaluate("document.documentElement.scrollWidth") <= 390, path


def test_pages_break_no_rule_of_the_content_security_policy(page, live_server, organizations):
    """The browser reports every blocked inline script or style, and every resource from
    elsewhere: none on the directory as it updates, the dashboards, open data and sign-in."""
    from tadamon.indicators.domain.figures import refresh

    refresh(["cooperatives"], years=[2025])
    violations = []
    page.on("console", lambda message: violations.append(message.text)
            if "Content Security Policy" in message.text else None)
    for path in ("/ar/organizations/", "/fr/dashboard/?year=2025", "/ar/dashboard/programmes/", "/fr/open-data/",
                 "/fr/open-data/pivot/", "/ar/accounts/login/", "/fr/events/"):
        page.goto(f"{live_server.url}{path}")
    page.goto(f"{live_server.url}/ar/organizations/")
    page.type("#id_q", "agdz", delay=30)  # htmx swaps the results in
    expect(page.locator("#results .card")).to_have_count(1)
    assert violations == []
    assert "script-src 'self'" in page.request.get(f"{live_server.url}/fr/").headers["content-security-policy"]
