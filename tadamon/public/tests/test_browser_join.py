"""Issue 18's walk, on a phone in Arabic, without the Django admin: a manager registers her
cooperative with her phone (a one-time code by SMS, received by a local SMS provider), claims it,
an officer approves, she signs in by code, imports 50 members from an XLSX, files the annual
declaration pre-filled from the member list, and applies to a fair."""

import datetime
import re

import openpyxl
import pytest
from django.utils import timezone
from playwright.sync_api import expect

from tadamon.accounts.models import User
from tadamon.common.testing import sign_in
from tadamon.events.models import Event, ExhibitorApplication
from tadamon.funding.models import AnnualDeclaration
from tadamon.registry.tests.factories import OrganizationFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

SHOTS = "/tmp/shots/join"


def members_file(path) -> str:
    """50 members as a cooperative's secretary types them: Arabic names, F/M and أنثى, phones in
    every form, CINs in any case."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["first_name_ar", "last_name_ar", "first_name_latin", "last_name_latin", "gender", "birth_year",
                  "cin", "phone", "role", "start_date"])
    genders = ["F", "أنثى", "femme", "M", "F"]
    phones = ["06 12 34 {:02d} {:02d}", "+212 6 12 34 {:02d} {:02d}", "0612.34.{:02d}.{:02d}"]
    for i in range(50):
        sheet.append(["فاطمة" if i % 5 != 3 else "محمد", f"أيت علي {i}", "", "", genders[i % 5], 1970 + i % 30,
                      f"jk{400000 + i}", phones[i % 3].format(i, 50 - i), "عضو" if i else "رئيسة",
                      "2019-03-01"])
    book.save(path)
    return str(path)


def code_from(provider) -> str:
    return re.search(r"\b\d{6}\b", provider.received[-1]["message"]).group(0)


def test_a_cooperative_joins_from_a_phone_and_runs_its_space(page, live_server, provider, settings, officer_user,
                                                              tmp_path):
    settings.SMS_URL = provider.url("sms")
    settings.SIGN_IN_CODE_COOLDOWN_SECONDS = 0
    cooperative = OrganizationFactory(name_ar="تعاونية تيفاوين للكسكس", name_latin="Coopérative Tifawin",
                                      province__code="MA-TIN", is_women=True)
    fair = Event.objects.create(kind="regional_fair", name_ar="المعرض الجهوي للاقتصاد الاجتماعي",
                                name_fr="Salon régional de l'ESS", venue="Place", city="Errachidia",
                                province=cooperative.province, starts_at=timezone.now() + datetime.timedelta(days=40),
                                ends_at=timezone.now() + datetime.timedelta(days=45),
                                applications_close_on=timezone.localdate() + datetime.timedelta(days=20))

    # Register my cooperative: from the sign-in page, the phone, the code by SMS.
    page.goto(f"{live_server.url}/ar/accounts/login/")
    page.click("main a[href='/ar/join/']")
    page.fill("#id_phone", "06 61 23 45 67")
    page.screenshot(path=f"{SHOTS}/1-join-ar-phone.png", full_page=True)
    page.click("main button[type=submit]")
    page.fill("#id_code", code_from(provider))
    page.click("main button[type=submit]")
    # Find it by its Arabic name, claim it.
    page.fill("#id_q", "تيفاوين")
    page.click("main button[type=submit]")
    page.screenshot(path=f"{SHOTS}/2-join-ar-find.png", full_page=True)
    page.click(f"a[href='/ar/join/find/{cooperative.pk}/']")
    page.fill("#id_first_name", "عائشة")
    page.fill("#id_last_name", "أوحمو")
    page.select_option("#id_position", "president")
    page.click("main button[type=submit]")
    expect(page.locator("h1")).to_have_text("تم إرسال الطلب")
    assert not User.objects.filter(phone="+212661234567").exists()  # nothing granted yet

    # The officer approves, from another phone.
    officer = page.context.browser.new_context(viewport={"width": 390, "height": 844}).new_page()
    sign_in(officer, live_server, officer_user.username)
    officer.goto(f"{live_server.url}/ar/manage/claims/")
    officer.click("main table a")
    officer.check("input[name=decision][value=approve]")
    officer.click("main form button[type=submit]")
    expect(officer.locator(".message.success")).to_be_visible()

    # She signs in with her phone and lands on her cooperative's home.
    page.goto(f"{live_server.url}/ar/accounts/phone/")
    page.fill("#id_phone", "0661234567")
    page.click("main button[type=submit]")
    page.fill("#id_code", code_from(provider))
    page.click("main button[type=submit]")
    expect(page).to_have_url(re.compile(rf"/ar/manage/organizations/{cooperative.pk}/home/$"))
    page.screenshot(path=f"{SHOTS}/3-home-ar.png", full_page=True)

    # 50 members from an XLSX: Members tile, then Import members; checked first, then confirmed.
    page.click("a.home-tile[href$='#members']")
    page.click(f"a[href='/ar/manage/organizations/{cooperative.pk}/members/import/']")
    page.set_input_files("input[type=file]", members_file(tmp_path / "أعضاء.xlsx"))
    page.click("main form button[type=submit]")
    page.click("form[action*='/members/import/'] button[type=submit]")
    expect(page.locator("main")).to_contain_text("50")
    assert cooperative.memberships.count() == 50

    # The declaration, pre-filled from the member list (women and men counted), then filed.
    page.goto(f"{live_server.url}/ar/manage/organizations/{cooperative.pk}/home/")
    page.click("a.home-tile[href='/ar/manage/declarations/']")
    expect(page.locator("#id_members_women")).to_have_value("40")
    expect(page.locator("#id_members_men")).to_have_value("10")
    page.fill("#id_capital_subscribed_mad", "10000")
    page.fill("#id_capital_paid_mad", "10000")
    page.fill("#id_turnover_mad", "85000")
    page.check("#id_general_assembly_held")
    page.fill("#id_general_assembly_on", f"{timezone.localdate().year - 1}-06-15")
    page.check("#id_accounts_filed")
    page.click("main form button[type=submit]")
    declaration = AnnualDeclaration.objects.get(organization=cooperative)
    assert (declaration.members_women, declaration.members_men) == (40, 10)

    # Apply to the fair: one tap from the home's card.
    page.goto(f"{live_server.url}/ar/manage/organizations/{cooperative.pk}/home/")
    page.click(f"a.task-card[href='/ar/manage/events/{fair.pk}/apply/']")
    page.fill("#id_products", "كسكس بالشعير، أملو")
    page.locator("input[name=transport]").first.check()
    page.click("main form button[type=submit]")
    application = ExhibitorApplication.objects.get(event=fair)
    assert application.organization == cooperative and application.travellers.count() == 1
    page.screenshot(path=f"{SHOTS}/4-applied-ar.png", full_page=True)
