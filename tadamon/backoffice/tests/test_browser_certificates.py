"""Certificates in Chromium at phone width, in Arabic: staff issue a session's certificates in the
background and watch the batch finish; anyone then checks one by typing its code."""

import pytest
from playwright.sync_api import expect

from tadamon.accounts.tests.factories import UserFactory
from tadamon.common.testing import sign_in
from tadamon.programmes.models import Certificate
from tadamon.programmes.tests.factories import EnrolmentFactory, ProgrammeFactory, make_session, trained
from tadamon.registry.tests.factories import MembershipFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def test_issue_a_sessions_certificates_then_verify_one_on_a_phone_in_arabic(page, live_server):
    staff = UserFactory(username="ngo", role="staff")
    programme = ProgrammeFactory(staff=[staff])
    enrolment = EnrolmentFactory(programme=programme)
    session = make_session(programme)
    for first_name in ("إيطو", "حادة"):
        trained(session, MembershipFactory(organization=enrolment.organization, person__first_name_ar=first_name))
    sign_in(page, live_server, "ngo")
    page.goto(f"{live_server.url}/ar/manage/programmes/{programme.pk}/sessions/{session.pk}/")
    page.get_by_role("button", name="تسليم شهادات الحاضرين").click()
    expect(page.locator("#progress .message.success")).to_have_text("سُلِّمت شهادتان.")
    expect(page.get_by_role("link", name="تحميلها كلها للطباعة (PDF)")).to_be_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= 390

    code = Certificate.objects.order_by("pk").first().display_code
    page.goto(f"{live_server.url}/ar/certificates/")
    page.fill("#id_code", code.lower().replace("-", ""))
    page.get_by_role("button", name="تحقق").click()
    expect(page.locator(".verdict")).to_have_text("هذه الشهادة أصلية وصالحة.")
    expect(page.locator("dd.code")).to_have_text(code)
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
