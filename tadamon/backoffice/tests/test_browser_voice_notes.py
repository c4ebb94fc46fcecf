"""A manager raises an obstacle by voice from her phone, in Arabic: she taps Record, speaks two
seconds (Chromium's fake microphone), stops, listens, sends; the request's page plays it back."""

import os

import pytest
from playwright.sync_api import expect

from conftest import CHROMIUM, CHROMIUM_ARGS
from tadamon.common.testing import sign_in
from tadamon.funding.models import RoutingRule, SupportRequest, SupportRequestAttachment
from tadamon.registry.tests.factories import OrganizationFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


@pytest.fixture
def phone_with_microphone():
    """The shared page fixture's phone, with a fake microphone that needs no permission prompt."""
    from django.db import connections
    from playwright.sync_api import sync_playwright

    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=[
            *CHROMIUM_ARGS, "--use-fake-device-for-media-stream", "--use-fake-ui-for-media-stream"])
        context = browser.new_context(viewport={"width": 390, "height": 844})
        yield context.new_page()
        browser.close()
        connections.close_all()
    del os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"]


def test_a_manager_records_a_voice_note_sends_it_and_the_request_plays_it(phone_with_microphone, live_server,
                                                                          manager_user):
    page = phone_with_microphone
    RoutingRule.objects.create(category="sanitary", institution=OrganizationFactory(kind="public_body"))
    sign_in(page, live_server, "manager")
    page.goto(f"{live_server.url}/ar/manage/support-requests/new/")
    page.select_option("#id_category", "sanitary")
    page.fill("#id_title", "ترخيص ماء الورد")
    expect(page.locator("#id_attach-voice")).to_be_hidden()  # the recorder replaces the file input
    page.click("[data-record]")
    expect(page.locator("[data-stop]")).to_be_visible()
    expect(page.locator("[data-timer]")).to_have_text("0:02", timeout=5000)
    page.click("[data-stop]")
    expect(page.locator("[data-preview]")).to_be_visible()
    expect(page.locator("[data-delete]")).to_be_visible()
    page.click("main button[type=submit]")

    expect(page.locator("h1")).to_have_text("ترخيص ماء الورد")
    note = SupportRequestAttachment.objects.get()
    assert note.content_type == "audio/webm" and 1 <= note.seconds <= 4  # read from Chromium's own file
    player = page.locator(f"audio[src$='/attachments/{note.pk}/']")
    expect(player).to_be_visible()
    # Playwright's evaluate waits for ever: a player that never answers fails after 20 s instead
    # (a whole browser run once stalled here).
    duration = page.evaluate("""(audio) => new Promise((done) => {
        const stalled = setTimeout(() => done("stalled"), 20000);
        audio.preload = "auto";
        audio.addEventListener("loadedmetadata", () => { clearTimeout(stalled); done(audio.duration); });
        audio.addEventListener("error", () => { clearTimeout(stalled); done("error"); });
        audio.load();
    })""", player.element_handle())
    # The browser plays what the server serves (CSP media-src, type, ranges).
    assert duration not in ("error", "stalled"), duration
    assert SupportRequest.objects.get().description == ""
