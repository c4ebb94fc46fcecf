"""No page wider than a phone (issue 21): the pages the language crawl reaches, one role per
language, opened in Chromium at 390 px. The pages are rendered by Django's test client inside the
demo's transaction and handed to Chromium through request interception (static files and photos
from storage), so no live server and no second, committed demo load are needed. Every URL pattern
the crawl reaches is opened once per language: pages of one pattern share their template."""

import mimetypes

import pytest
from django.contrib.staticfiles import finders
from django.core.files.storage import default_storage

from tadamon.common.tests.page_crawl import crawl, pattern_of
from tadamon.common.tests.test_page_language import demo_users  # noqa: F401 (the shared demo fixture)

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

ROLES = ["manager", "staff", "officer"]  # the Done-when of issue 21: their pages, in both directions
PAGES_PER_ROLE = 200
WIDTH = 390


def rendered_pages(client, users, language: str) -> dict[str, str]:
    """{url: html} of one page per URL pattern the roles reach."""
    pages, routes = {}, set()
    for role in ROLES:
        client.force_login(users[role])
        for url, html in crawl(client, language, f"/{language}/manage/", PAGES_PER_ROLE, per_pattern=1):
            route = pattern_of(url.split("?")[0])
            if route not in routes:
                routes.add(route)
                pages[url] = html
        client.logout()
    return pages


def serve(pages: dict[str, str]):
    """A Playwright route handler: the rendered pages, static files and stored photos."""

    def handler(route):
        path = route.request.url.split("://", 1)[-1].split("/", 1)[-1]
        path = "/" + path
        if path in pages:
            return route.fulfill(status=200, content_type="text/html; charset=utf-8", body=pages[path])
        if path.startswith("/static/"):
            found = finders.find(path.removeprefix("/static/").split("?")[0])
            if found:
                return route.fulfill(status=200, path=found)
        if path.startswith("/media/"):
            name = path.removeprefix("/media/").split("?")[0]
            if default_storage.exists(name):
                with default_storage.open(name) as file:
                    return route.fulfill(status=200, body=file.read(),
                                         content_type=mimetypes.guess_type(name)[0] or "image/jpeg")
        return route.fulfill(status=404, body="")  # fragments loaded later: not part of the first view

    return handler


def widths(pages: dict[str, str]) -> dict[str, int]:
    """{url: the page's scrollWidth} in Chromium at 390 x 844. Started here rather than through
    the `page` fixture: once Playwright runs, ORM calls get a connection of their own, outside the
    demo's transaction, so the pages are all rendered before."""
    from playwright.sync_api import sync_playwright

    from conftest import CHROMIUM, CHROMIUM_ARGS

    found = {}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_context(viewport={"width": WIDTH, "height": 844}).new_page()
        page.route("**/*", serve(pages))
        for url in pages:
            page.goto(f"http://testserver{url}", wait_until="load")
            found[url] = page.evaluate("document.documentElement.scrollWidth")
        browser.close()
    return found


@pytest.mark.parametrize("language", ["ar", "fr"])
def test_no_page_is_wider_than_a_phone(demo_users, client, language):  # noqa: F811
    pages = rendered_pages(client, demo_users, language)
    assert len(pages) >= 45  # the crawl reached the back office's pages, not only the home pages
    too_wide = [f"{url} ({language}): scrollWidth {width} px > {WIDTH} px"
                for url, width in widths(pages).items() if width > WIDTH]
    assert not too_wide, "\n".join(too_wide)
