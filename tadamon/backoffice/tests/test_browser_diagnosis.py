"""A programme officer fills a needs diagnosis on a phone, in Arabic, in Chromium."""

import pytest
from playwright.sync_api import expect

from tadamon.accounts.tests.factories import UserFactory
from tadamon.common.testing import sign_in
from tadamon.programmes.models import Diagnosis
from tadamon.programmes.tests.factories import EnrolmentFactory, ProgrammeFactory
from tadamon.registry.tests.factories import OrganizationFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def test_diagnosis_filled_on_a_phone_in_arabic(page, live_server):
    staff = UserFactory(username="ngo", role="staff")
    programme = ProgrammeFactory(name_ar="كوبر أب", staff=[staff])
    enrolment = EnrolmentFactory(programme=programme, organization=OrganizationFactory(name_ar="تعاونية تافوكت"))
    sign_in(page, live_server, "ngo")
    page.goto(f"{live_server.url}/ar/manage/programmes/{programme.pk}/enrolments/{enrolment.pk}/")
    page.click("text=تسجيل التشخيص الأولي")
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    questions = page.locator(".question")
    for index in range(questions.count()):
        # "No" for the finance questions, "Yes" for all the others: one tap each.
        finance = 3 <= index < 6
        questions.nth(index).locator("label.choice").nth(2 if finance else 0).click()
    page.click("main button[type=submit]")
    expect(page.locator(".message.success")).to_have_text("تم حفظ التشخيص.")
    expect(page.locator("tr.weak th")).to_have_text("المالية والمحاسبة")
    expect(page.locator(".recommendations li")).to_have_count(1)
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    assert Diagnosis.objects.get().score_finance == 0
