"""Screenshots of the main pages in Arabic and French, phone and desktop widths.

Usage: start the demo (`make demo`), then `.venv/bin/python scripts/screenshots.py [BASE_URL] [--full]`
(--full: whole pages instead of the first screen; --market: only the catalogue and orders;
--partnerships: only the portfolio, agreements and a cooperative's page; --names: only the name
certificates and support requests; --calls: only the calls;
--compliance: only declarations and inspections; --indicators: only the dashboards and open data).
Writes PNG files to screenshots/ (ignored by git) so a person can look at every page."""

import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

BASE = next((a for a in sys.argv[1:] if a.startswith("http")), "http://127.0.0.1:8000")
OUT = Path(__file__).resolve().parent.parent / "screenshots"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-quic", "--no-first-run"]
FULL = "--full" in sys.argv
VIEWPORTS = {"phone": {"width": 390, "height": 844}, "desktop": {"width": 1366, "height": 900}}
PUBLIC_PAGES = {"home": "/{lang}/", "directory": "/{lang}/organizations/?q=dades", "directory-all": "/{lang}/organizations/",
                "organization": "/{lang}/organizations/{org}/", "events": "/{lang}/events/?when=past",
                "calendar": "/{lang}/events/calendar/?month=2015-10", "event": "/{lang}/events/{event}/"}
BACKOFFICE_PAGES = {"bo-list": "/{lang}/manage/organizations/", "bo-organization": "/{lang}/manage/organizations/{org}/",
                    "bo-edit": "/{lang}/manage/organizations/{org}/edit/", "bo-import": "/{lang}/manage/imports/new/",
                    "bo-programme": "/{lang}/manage/programmes/{programme}/",
                    "bo-certificates": "/{lang}/manage/programmes/{programme}/certificates/",
                    "verify": "/{lang}/certificates/", "certificate": "/{lang}/certificates/{code}/",
                    "bo-event": "/{lang}/manage/events/{event}/", "bo-check-in": "/{lang}/manage/events/{event}/check-in/?q=fat"}


def sign_in(page, username):
    page.context.clear_cookies()
    page.goto(f"{BASE}/fr/accounts/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", "tadamon-demo")
    page.click("main button[type=submit]")


def market_pages(page, device):
    """The catalogue, ordering, and orders on both sides (the demo manager's and the demo buyer's)."""
    page.goto(f"{BASE}/fr/products/?q=rose")
    product = page.locator("#results .product-card h2 a").first.get_attribute("href").rstrip("/").rsplit("/", 1)[-1]
    sign_in(page, "buyer")
    page.goto(f"{BASE}/fr/orders/")
    token = page.locator("main td a").first.get_attribute("href").rstrip("/").rsplit("/", 1)[-1]
    shots = {"products": "/{lang}/products/?q=rose", "product": "/{lang}/products/{product}/",
             "order-form": "/{lang}/products/{product}/order/", "my-orders": "/{lang}/orders/",
             "order": "/{lang}/orders/{token}/"}
    for lang in ("ar", "fr"):
        for name, path in shots.items():
            page.goto(BASE + path.format(lang=lang, product=product, token=token))
            page.screenshot(path=OUT / f"{name}-{lang}-{device}.png", full_page=FULL)
    sign_in(page, "manager")
    page.goto(f"{BASE}/fr/manage/orders/?status=open")
    order = page.locator("main td a").first.get_attribute("href").rstrip("/").rsplit("/", 1)[-1]
    for lang in ("ar", "fr"):
        for name, path in {"bo-products": "/{lang}/manage/products/", "bo-orders": "/{lang}/manage/orders/",
                           "bo-order": "/{lang}/manage/orders/{order}/"}.items():
            page.goto(BASE + path.format(lang=lang, order=order))
            page.screenshot(path=OUT / f"{name}-{lang}-{device}.png", full_page=FULL)


def partnership_pages(page, device):
    """The sponsor's side (the demo staff member, Managem) and a cooperative's (the demo manager)."""
    sign_in(page, "staff")
    page.goto(f"{BASE}/fr/manage/agreements/")
    agreement = page.locator("main td a").first.get_attribute("href").rstrip("/").rsplit("/", 1)[-1]
    for lang in ("ar", "fr"):
        for name, path in {"bo-portfolio": "/{lang}/manage/portfolio/", "bo-agreements": "/{lang}/manage/agreements/",
                           "bo-agreement": "/{lang}/manage/agreements/{agreement}/"}.items():
            page.goto(BASE + path.format(lang=lang, agreement=agreement))
            page.screenshot(path=OUT / f"{name}-{lang}-{device}.png", full_page=FULL)
    sign_in(page, "manager")
    for lang in ("ar", "fr"):
        page.goto(f"{BASE}/{lang}/manage/")
        page.screenshot(path=OUT / f"bo-own-organization-{lang}-{device}.png", full_page=True)


def name_pages(page, device):
    """The cooperative development office's queue of name requests, a clashing request and the check;
    support requests as a manager and as an institution's officer see them."""
    sign_in(page, "officer")
    page.goto(f"{BASE}/fr/manage/names/")
    request = page.locator("main td a").first.get_attribute("href").rstrip("/").rsplit("/", 1)[-1]
    for lang in ("ar", "fr"):
        for name, path in {"bo-names": "/{lang}/manage/names/", "bo-name-request": "/{lang}/manage/names/{request}/",
                           "bo-name-check": "/{lang}/manage/names/check/?name=Coop%C3%A9rative+Tifaouine"}.items():
            page.goto(BASE + path.format(lang=lang, request=request))
            page.screenshot(path=OUT / f"{name}-{lang}-{device}.png", full_page=True)
    for user in ("manager", "officer"):
        sign_in(page, user)
        page.goto(f"{BASE}/fr/manage/support-requests/?status=")
        support = page.locator("main td a").first.get_attribute("href").rstrip("/").rsplit("/", 1)[-1]
        for lang in ("ar", "fr"):
            for name, path in {"bo-support": "/{lang}/manage/support-requests/?status=",
                               "bo-support-request": "/{lang}/manage/support-requests/{support}/"}.items():
                page.goto(BASE + path.format(lang=lang, support=support))
                page.screenshot(path=OUT / f"{name}-{user}-{lang}-{device}.png", full_page=True)


def call_pages(page, device):
    """Calls: the award's ranking for the admin, the manager's calls and application, an evaluator's review."""
    sign_in(page, "admin")
    page.goto(f"{BASE}/fr/manage/calls/")
    calls = [a.get_attribute("href") for a in page.locator("main td a").all()]
    for lang in ("ar", "fr"):
        page.goto(BASE + calls[0].replace("/fr/", f"/{lang}/"))
        page.screenshot(path=OUT / f"bo-call-ranking-{lang}-{device}.png", full_page=True)
    sign_in(page, "manager")
    for lang in ("ar", "fr"):
        page.goto(f"{BASE}/{lang}/manage/calls/")
        page.screenshot(path=OUT / f"bo-calls-manager-{lang}-{device}.png", full_page=True)
    sign_in(page, "officer")
    page.goto(f"{BASE}/fr/manage/calls/")
    review = page.locator("#reviews-title ~ div a").last.get_attribute("href")
    for lang in ("ar", "fr"):
        page.goto(BASE + review.replace("/fr/", f"/{lang}/"))
        page.screenshot(path=OUT / f"bo-review-{lang}-{device}.png", full_page=True)


def compliance_pages(page, device):
    """The supervising office's compliance page and an inspection; the manager's declaration."""
    sign_in(page, "officer")
    page.goto(f"{BASE}/fr/manage/compliance/")
    inspection = page.locator("main ul li a").first.get_attribute("href")
    for lang in ("ar", "fr"):
        page.goto(f"{BASE}/{lang}/manage/compliance/")
        page.screenshot(path=OUT / f"bo-compliance-{lang}-{device}.png", full_page=False)
        page.goto(BASE + inspection.replace("/fr/", f"/{lang}/"))
        page.screenshot(path=OUT / f"bo-inspection-{lang}-{device}.png", full_page=True)
    sign_in(page, "manager")
    for lang in ("ar", "fr"):
        page.goto(f"{BASE}/{lang}/manage/declarations/")
        page.screenshot(path=OUT / f"bo-declarations-{lang}-{device}.png", full_page=True)


def indicator_pages(page, device):
    """The dashboards (national, Drâa-Tafilalet 2023, Cooper UP), open data and a crossed table."""
    page.goto(f"{BASE}/fr/dashboard/programmes/")
    programme = page.locator("main td a").first.get_attribute("href").replace("/fr/", "/{lang}/")
    shots = {"dashboard": "/{lang}/dashboard/", "dashboard-region": "/{lang}/dashboard/?year=2023&region=MA-08",
             "dashboard-programmes": "/{lang}/dashboard/programmes/", "dashboard-programme": programme,
             "open-data": "/{lang}/open-data/",
             "pivot": "/{lang}/open-data/pivot/?indicator=cooperative_members&rows=gender&columns=age_band&year=2023"}
    for lang in ("ar", "fr"):
        for name, path in shots.items():
            page.goto(BASE + path.format(lang=lang))
            page.screenshot(path=OUT / f"{name}-{lang}-{device}.png", full_page=True)


def main():
    OUT.mkdir(exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
        only = {"--market": market_pages, "--partnerships": partnership_pages, "--names": name_pages, "--calls": call_pages, "--compliance": compliance_pages,
                "--indicators": indicator_pages}
        for flag, pages in only.items():
            if flag in sys.argv:  # only these pages
                for device, viewport in VIEWPORTS.items():
                    pages(browser.new_context(viewport=viewport).new_page(), device)
                return
        for device, viewport in VIEWPORTS.items():
            context = browser.new_context(viewport=viewport)
            page = context.new_page()
            page.goto(f"{BASE}/fr/organizations/?q=dades")
            org = page.locator("#results .card h2 a").first.get_attribute("href").rstrip("/").rsplit("/", 1)[-1]
            page.goto(f"{BASE}/fr/events/?when=past")
            event = page.locator(".cards h2 a").first.get_attribute("href").rstrip("/").rsplit("/", 1)[-1]
            for lang in ("ar", "fr"):
                for name, path in PUBLIC_PAGES.items():
                    page.goto(BASE + path.format(lang=lang, org=org, event=event))
                    page.screenshot(path=OUT / f"{name}-{lang}-{device}.png", full_page=FULL)
            page.goto(f"{BASE}/fr/accounts/login/")
            page.fill("#id_username", "admin")
            page.fill("#id_password", "tadamon-demo")
            page.click("main button[type=submit]")
            page.goto(f"{BASE}/fr/manage/programmes/")
            programme = page.locator("main .card h2 a").first.get_attribute("href").rstrip("/").rsplit("/", 1)[-1]
            page.goto(f"{BASE}/fr/manage/programmes/{programme}/certificates/")
            code = page.locator("td.code a").first.inner_text()
            for lang in ("ar", "fr"):
                for name, path in BACKOFFICE_PAGES.items():
                    page.goto(BASE + path.format(lang=lang, org=org, programme=programme, code=code, event=event))
                    page.screenshot(path=OUT / f"{name}-{lang}-{device}.png", full_page=FULL)
            market_pages(page, device)
            context.close()
        browser.close()
    print(f"Screenshots in {OUT}")


if __name__ == "__main__":
    main()
