"""Attendance taken on a phone, in Arabic, in Chromium: one tap per person, no page reload."""

import pytest
from playwright.sync_api import expect

from tadamon.accounts.tests.factories import UserFactory
from tadamon.common.testing import sign_in
from tadamon.programmes.domain.training import register
from tadamon.programmes.models import Registration
from tadamon.programmes.tests.factories import EnrolmentFactory, ProgrammeFactory, make_session
from tadamon.registry.tests.factories import MembershipFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def test_attendance_one_tap_per_person_on_a_phone_in_arabic(page, live_server):
    staff = UserFactory(username="ngo", role="staff")
    programme = ProgrammeFactory(staff=[staff])
    enrolment = EnrolmentFactory(programme=programme)
    session = make_session(programme)
    for first_name in ("إيطو", "حادة", "يامنة"):
        register(session, MembershipFactory(organization=enrolment.organization, person__first_name_ar=first_name))
    sign_in(page, live_server, "ngo")
    page.goto(f"{live_server.url}/ar/manage/programmes/{programme.pk}/sessions/{session.pk}/")
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    rows = page.locator("table.attendance tbody tr")
    expect(rows).to_have_count(3)
    page.evaluate("window.notReloaded = true")  # survives only if htmx swaps rows in place
    rows.nth(0).locator("button.tap-yes").click()
    rows.nth(1).locator("button.tap-no").click()
    rows.nth(2).locator("button.tap-yes").click()
    expect(rows.nth(2).locator("button.tap-yes")).to_have_attribute("aria-pressed", "true")
    expect(rows.nth(1).locator("button.tap-no")).to_have_attribute("aria-pressed", "true")
    assert page.evaluate("window.notReloaded") is True
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    assert sorted(Registration.objects.values_list("attended", flat=True)) == [False, True, True]
