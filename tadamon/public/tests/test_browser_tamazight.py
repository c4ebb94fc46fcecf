"""The Tamazight pages in a real browser (conftest's `page`: Chromium at 390 px, as a phone): every
page of issue 23's Done-when is lang="zgh", left to right, and draws Tifinagh with the font the site
ships (phones rarely have one); a search typed in Tifinagh finds the Dadès cooperative."""

import pytest
from playwright.sync_api import expect

from tadamon.events.tests.factories import EventFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

DADES_TIFINAGH = "ⵜⴰⵎⵢⴰⵡⴰⵙⵜ ⵏ ⵜⵎⵖⴰⵔⵉⵏ ⵏ ⴷⴰⴷⵙ"
FONT_LOADED = """() => [...document.fonts].some(f => f.family.replace(/"/g, "") === "Tadamon Tifinagh"
                                                && f.status === "loaded")"""


@pytest.fixture
def dades(cooperative, other_cooperative):
    cooperative.name_zgh = DADES_TIFINAGH
    cooperative.save()
    return cooperative


def test_the_done_when_pages_are_in_tamazight_with_the_shipped_tifinagh_font(page, live_server, dades, manager_user):
    event = EventFactory(kind="fair", name_fr="Salon régional", name_ar="المعرض الجهوي")
    fonts = []
    page.on("response", lambda response: fonts.append(response.status)
            if response.url.endswith("/NotoSansTifinagh-Regular.woff2") else None)
    paths = ["/zgh/", "/zgh/organizations/", "/zgh/products/", f"/zgh/organizations/{dades.pk}/",
             f"/zgh/events/{event.pk}/", "/zgh/accounts/login/"]
    for path in paths:
        page.goto(f"{live_server.url}{path}")
        expect(page.locator("html")).to_have_attribute("lang", "zgh")
        expect(page.locator("html")).to_have_attribute("dir", "ltr")
        expect(page.locator(".language-switcher .current")).to_have_text("ⵜⴰⵎⴰⵣⵉⵖⵜ")
        page.wait_for_function(FONT_LOADED)  # the page holds Tifinagh: the font is fetched and used
    assert fonts and set(fonts) <= {200, 304}  # from the site itself (CSP font-src 'self')
    # Signing in from the Tamazight page leads to the manager's pages in Tamazight.
    page.goto(f"{live_server.url}/zgh/accounts/login/")
    page.fill("#id_username", "manager")
    page.fill("#id_password", "correct-horse-battery")
    page.click("main button[type=submit]")
    for path in ["/zgh/manage/", f"/zgh/manage/organizations/{dades.pk}/", "/zgh/manage/products/"]:
        page.goto(f"{live_server.url}{path}")
        expect(page.locator("html")).to_have_attribute("lang", "zgh")
        assert page.evaluate("document.documentElement.scrollWidth") <= 390, path
        page.wait_for_function(FONT_LOADED)


def test_a_search_typed_in_tifinagh_finds_the_dades_cooperative(page, live_server, dades):
    page.goto(f"{live_server.url}/zgh/organizations/")
    page.fill("#id_q", "ⴷⴰⴷⵙ")  # a phone keyboard in Tifinagh; the form keeps what was typed
    page.press("#id_q", "Enter")
    results = page.locator("#results .card h2")
    expect(results).to_have_count(1)
    expect(results.first).to_have_text(DADES_TIFINAGH)
    expect(page.locator("#id_q")).to_have_value("ⴷⴰⴷⵙ")
    # The Tifinagh name is drawn with the shipped font, not with boxes: it has width.
    assert results.first.bounding_box()["width"] > 100
    page.wait_for_function(FONT_LOADED)
