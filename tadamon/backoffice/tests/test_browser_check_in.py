"""Check-in at the door on a phone, in Arabic, in Chromium: type a few letters, tap the person."""

import pytest
from playwright.sync_api import expect

from tadamon.accounts.tests.factories import UserFactory
from tadamon.common.testing import sign_in
from tadamon.events.domain.events import register
from tadamon.events.models import Participant
from tadamon.events.tests.factories import EventFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def test_check_in_by_name_on_a_phone_in_arabic(page, live_server):
    staff = UserFactory(username="ngo", role="staff")
    event = EventFactory(staff=[staff])
    for name in ("إيطو أوحماد", "حادة أيت علي", "يامنة"):
        register(event, full_name=name, gender="F")
    sign_in(page, live_server, "ngo")
    page.goto(f"{live_server.url}/ar/manage/events/{event.pk}/check-in/")
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    page.evaluate("window.notReloaded = true")
    page.type("#q", "أيت", delay=40)  # no Enter: results come as you type
    rows = page.locator(".check-in-row")
    expect(rows).to_have_count(1)
    expect(rows.first).to_contain_text("حادة أيت علي")
    rows.first.get_by_role("button", name="تسجيل الحضور").click()
    expect(rows.first).to_have_class("check-in-row done")
    assert page.evaluate("window.notReloaded") is True
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    assert Participant.objects.filter(checked_in_at__isnull=False).get().full_name == "حادة أيت علي"
