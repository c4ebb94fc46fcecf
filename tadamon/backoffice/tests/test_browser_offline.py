"""Field work without a connection, in Chromium at phone width (docs/offline.md): the register, the
check-in and a coaching visit are opened online, done offline after a reload, and sent when the
network returns; a replay sent twice records nothing twice; a check-in made meanwhile by someone
else is reported. The app passes Chromium's installability checks (what Lighthouse asks)."""

import datetime
import json
import os
import re
from contextlib import contextmanager

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from conftest import CHROMIUM, CHROMIUM_ARGS
from tadamon.accounts.models import FieldAction
from tadamon.accounts.tests.factories import UserFactory
from tadamon.common.testing import evaluate_within, sign_in
from tadamon.events.domain.events import check_in
from tadamon.events.domain.events import register as register_participant
from tadamon.events.models import Participant
from tadamon.events.tests.factories import EventFactory
from tadamon.programmes.domain.training import register, schedule_session
from tadamon.programmes.models import CoachingVisit, Module, PlanAction, Registration
from tadamon.programmes.tests.factories import EnrolmentFactory, ProgrammeFactory, TrainerFactory
from tadamon.registry.models import Province
from tadamon.registry.tests.factories import MembershipFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

FIRST_NAMES = ["إيطو", "حادة", "يامنة", "فاطمة", "عائشة", "خديجة", "زهرة", "مينة", "رقية", "نعيمة",
               "حليمة", "سعاد", "لطيفة", "مليكة", "نجاة", "رشيدة", "كلثوم", "هنية", "طامو", "عيشة"]
AT_THE_DOOR = ["Itto Ouhmad", "Hadda Ait Ali", "Yamna Bakrim", "Zahra Oufkir", "Mina Idrissi", "Touda Amzil"]


def _today_at(hour: int) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime.combine(timezone.localdate(), datetime.time(hour)))


def _field_day(staff):
    """Today: a session of 20 registered people, a fair with people at the door, an enrolment to visit."""
    programme = ProgrammeFactory(staff=[staff])
    enrolment = EnrolmentFactory(programme=programme)
    session = schedule_session(programme=programme, trainers=[TrainerFactory(name="Trainer Aziz")], fields={
        "phase": programme.phases.first(), "module": Module.objects.get(code="bookkeeping"), "place": "Tinghir",
        "province": Province.objects.get(code="MA-TIN"), "capacity": 25,
        "starts_at": _today_at(9), "ends_at": _today_at(17)})
    for first_name in FIRST_NAMES:
        register(session, MembershipFactory(organization=enrolment.organization, person__first_name_ar=first_name))
    fair = EventFactory(kind="fair", staff=[staff], starts_at=_today_at(8), ends_at=_today_at(20))
    for name in [*AT_THE_DOOR, "Someone Else"]:
        register_participant(fair, full_name=name, gender="F")
    return programme, enrolment, session, fair


def _worker_active(page):
    """Until the service worker is active, so that the next page loads go through it. Not until it
    controls this page: a page whose load began while the worker was activating is never claimed
    (field.js keeps such a page itself). page.wait_for_function evaluates strings, which the content
    security policy forbids."""
    evaluate_within(page, """() => navigator.serviceWorker.ready.then((registration) => {
        const worker = registration.active;
        return worker.state === 'activated' || new Promise((resolve) => worker.addEventListener('statechange',
            () => worker.state === 'activated' && resolve(true)));
    })""", seconds=30)


def _wait_kept(page):
    expect(page.locator("#field-task[data-kept]")).to_have_count(1, timeout=15000)


def test_a_day_offline_then_sent_once_even_when_sent_twice(page, live_server):
    staff = UserFactory(username="ngo", role="staff")
    other = UserFactory(username="door2", role="staff")
    programme, enrolment, session, fair = _field_day(staff)
    url = live_server.url
    assert url.startswith("http://localhost:"), "service workers need a secure context: localhost"
    register_url = f"{url}/ar/manage/field/programmes/{programme.pk}/sessions/{session.pk}/"
    check_in_url = f"{url}/ar/manage/field/events/{fair.pk}/check-in/"
    visit_url = f"{url}/ar/manage/field/programmes/{programme.pk}/enrolments/{enrolment.pk}/visit/"

    # Online: the day's list keeps the register and the check-in; the visit form is opened once.
    sign_in(page, live_server, "ngo")
    page.goto(f"{url}/ar/manage/field/")
    _worker_active(page)
    _wait_kept(page)
    page.goto(visit_url)
    _wait_kept(page)
    page.goto(register_url)
    _wait_kept(page)

    # Offline: the register reloads from the device, 20 people marked present.
    context = page.context
    context.set_offline(True)
    page.reload()
    band = page.locator("#offline-band")
    expect(band).to_be_visible()
    expect(band.locator("[data-offline-only]")).to_be_visible()
    rows = page.locator("[data-registration]")
    expect(rows).to_have_count(20)
    for index in range(20):
        rows.nth(index).locator("[data-attended='1']").click()
    expect(band.locator("[data-waiting-count]")).to_have_text("20")
    expect(page.locator("[data-present-count]")).to_have_text("20")
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    page.evaluate("window.scrollTo(0, 0)")
    page.screenshot(path="/tmp/screens/offline-register-ar.png", full_page=False)

    # Check-in at the fair's door, still offline: six people found by name.
    page.goto(check_in_url)
    expect(page.locator("h1")).to_have_text("استقبال المشاركين")
    for name in AT_THE_DOOR:
        page.fill("#field-q", name)
        row = page.locator("[data-participant]:visible")
        expect(row).to_have_count(1)
        row.locator("[data-check-in]").click()
        expect(row.locator("[data-in]")).to_be_visible()
    expect(band.locator("[data-waiting-count]")).to_have_text("26")

    # A coaching visit with a follow-up action, still offline.
    page.goto(visit_url)
    page.select_option("#id_coach", label="Trainer Aziz")
    page.fill("#id_topics", "التسويق والتغليف")
    page.fill("#id_findings", "المنتوج جيد، التغليف يحتاج إلى تحسين")
    page.fill("#id_follow_up-0-action", "تصميم ملصق جديد")
    page.click("form[data-field-form] button[type=submit]")
    expect(page.locator("[data-saved]")).to_be_visible()
    expect(band.locator("[data-waiting-count]")).to_have_text("27")

    # Meanwhile someone else checked one of the six in at the door.
    taken = Participant.objects.get(event=fair, full_name="Touda Amzil")
    check_in(taken, user=other)

    # The network returns. The first answer is lost on the way back (the server did record it):
    # the device sends the same actions again.
    sent = []

    def lose_the_first_answer(route):
        sent.append(route.request.post_data)
        response = route.fetch()
        if len(sent) == 1:
            assert response.ok
            route.abort("connectionreset")
        else:
            route.fulfill(response=response)

    context.route("**/manage/field/actions", lambda route: lose_the_first_answer(route)
                  if route.request.method == "POST" else route.continue_())
    context.set_offline(False)
    expect(band.locator("[data-waiting]")).to_be_hidden(timeout=30000)
    assert len(sent) >= 2
    report = page.locator("#sync-report")
    expect(report).to_be_visible()
    expect(report.locator("li")).to_have_count(1)
    expect(report.locator("li")).to_contain_text("Touda Amzil")
    expect(report.locator("li")).to_contain_text("door2")
    # What was recorded is said too (26 of 27: the conflict is listed), politely read out.
    done = report.locator("[data-recorded]")
    expect(done).to_be_visible()
    expect(done).to_contain_text("26")
    assert report.evaluate("(element) => element.closest('[aria-live]').getAttribute('aria-live')") == "polite"
    page.screenshot(path="/tmp/screens/offline-synced-report-ar.png", full_page=False)
    # It stays, on every page, until dismissed.
    page.goto(f"{url}/ar/manage/field/")
    expect(done).to_contain_text("26")
    report.locator("[data-dismiss]").click()
    expect(report).to_be_hidden()
    assert evaluate_within(page, "() => TadamonQueue.recorded()") == 0

    def recorded():
        return {
            "present": Registration.objects.filter(session=session, attended=True, marked_by=staff).count(),
            "checked_in_by_me": Participant.objects.filter(event=fair, checked_in_by=staff).count(),
            "checked_in_by_other": Participant.objects.filter(event=fair, checked_in_by=other).count(),
            "visits": CoachingVisit.objects.filter(enrolment=enrolment).count(),
            "follow_ups": PlanAction.objects.filter(enrolment=enrolment).count(),
            "actions": FieldAction.objects.count(),
            "history": Registration.history.filter(session=session, attended=True).count(),
        }

    first = recorded()
    assert first == {"present": 20, "checked_in_by_me": 5, "checked_in_by_other": 1, "visits": 1,
                     "follow_ups": 1, "actions": 27, "history": 20}
    visit = CoachingVisit.objects.get(enrolment=enrolment)
    assert visit.topics == "التسويق والتغليف" and visit.recorded_by == staff

    # The whole replay sent once more, as a device would after losing every answer.
    context.unroute("**/manage/field/actions")
    answers = evaluate_within(page, """async (bodies) => {
        const token = await (await fetch('/ar/manage/field/actions')).json();
        const all = [];
        for (const body of bodies) {
            const response = await fetch('/ar/manage/field/actions', {method: 'POST', body,
                headers: {'Content-Type': 'application/json', 'X-CSRFToken': token.csrf}});
            all.push(...(await response.json()).results);
        }
        return all;
    }""", sent)
    ids = {action["id"] for body in sent for action in json.loads(body)["actions"]}
    assert len(ids) == 27
    assert all(answer["repeated"] for answer in answers)
    assert {answer["outcome"] for answer in answers} == {"done", "conflict"}
    assert recorded() == first


def test_the_register_offline_in_french_shows_the_band_and_what_waits(page, live_server):
    staff = UserFactory(username="ngo", role="staff")
    programme, _enrolment, session, _fair = _field_day(staff)
    sign_in(page, live_server, "ngo", language="fr")
    page.goto(f"{live_server.url}/fr/manage/field/programmes/{programme.pk}/sessions/{session.pk}/")
    _worker_active(page)
    _wait_kept(page)
    page.context.set_offline(True)
    page.reload()
    rows = page.locator("[data-registration]")
    for index in range(3):
        rows.nth(index).locator("[data-attended='1']").click()
    rows.nth(3).locator("[data-attended='0']").click()
    band = page.locator("#offline-band")
    expect(band.locator("[data-waiting-count]")).to_have_text("4")
    expect(rows.nth(3)).to_have_class("field-row waiting")
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    page.evaluate("window.scrollTo(0, 0)")
    page.screenshot(path="/tmp/screens/offline-register-fr.png", full_page=False)
    # A page never kept shows the offline page of its language, not the browser's error.
    page.goto(f"{live_server.url}/fr/manage/organizations/")
    expect(page.locator("html")).to_have_attribute("lang", "fr")
    expect(page.locator("#kept-pages a")).not_to_have_count(0)
    # The offline page does not look signed out: no sign-in link, it says what is kept.
    expect(page.locator(".main-nav a[href$='/accounts/login/']")).to_have_count(0)
    expect(page.locator("h1")).to_have_text(re.compile("hors connexion|offline", re.IGNORECASE))


def test_signing_out_warns_of_what_waits_then_clears_the_device(page, live_server):
    staff = UserFactory(username="ngo", role="staff")
    programme, _enrolment, session, _fair = _field_day(staff)
    sign_in(page, live_server, "ngo")
    page.goto(f"{live_server.url}/ar/manage/field/programmes/{programme.pk}/sessions/{session.pk}/")
    _worker_active(page)
    _wait_kept(page)
    page.context.set_offline(True)
    page.locator("[data-registration]").first.locator("[data-attended='1']").click()
    expect(page.locator("#offline-band [data-waiting-count]")).to_have_text("1")
    # Back online, but the server cannot be reached: the action still waits when she signs out.
    page.context.route("**/manage/field/actions", lambda route: route.abort("connectionrefused"))
    page.context.set_offline(False)
    warnings = []
    page.once("dialog", lambda dialog: (warnings.append(dialog.message), dialog.accept()))
    page.locator(".main-nav form[action$='/accounts/logout/'] button").click()
    page.wait_for_url(f"{live_server.url}/ar/")
    expect(page.locator(".main-nav")).to_contain_text("تسجيل الدخول")  # signed out
    assert len(warnings) == 1 and "1" in warnings[0]
    left = evaluate_within(page, """async () => ({
        caches: (await caches.keys()).filter((name) => name === 'tadamon-field' || name === 'tadamon-public'),
        waiting: await TadamonQueue.count(), pages: (await TadamonQueue.pages()).length,
    })""")
    assert left == {"caches": [], "waiting": 0, "pages": 0}
    assert not Registration.objects.filter(attended__isnull=False).exists()


@contextmanager
def _phone(profile, *args):
    """Chromium at phone width on a profile of its own (not the incognito-like context of the shared
    fixture, which Chromium never offers to install an app from), with extra switches."""
    from django.db import connections
    from playwright.sync_api import sync_playwright

    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    try:
        with sync_playwright() as playwright:
            context = playwright.chromium.launch_persistent_context(
                str(profile), executable_path=CHROMIUM, args=[*CHROMIUM_ARGS, *args],
                viewport={"width": 390, "height": 844})
            yield context.pages[0] if context.pages else context.new_page()
            context.close()
            connections.close_all()
    finally:
        del os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"]


def _camera_showing(path, text: str) -> str:
    """A Y4M video (what Chromium's fake camera plays) of a QR code on white, as a phone would film it."""
    import io

    import segno
    from PIL import Image

    buffer = io.BytesIO()
    segno.make(text, error="m").save(buffer, kind="png", scale=8, border=4)
    width, height = 640, 480
    frame = Image.new("L", (width, height), 255)
    code = Image.open(buffer).convert("L")
    frame.paste(code, ((width - code.width) // 2, (height - code.height) // 2))
    chroma = bytes([128]) * (width // 2 * height // 2)
    with open(path, "wb") as video:
        video.write(f"YUV4MPEG2 W{width} H{height} F10:1 Ip A1:1 C420jpeg\n".encode())
        for _frame in range(10):
            video.write(b"FRAME\n" + frame.tobytes() + chroma + chroma)
    return str(path)


def test_a_ticket_scanned_offline_with_the_phone_camera_is_checked_in_when_back_online(live_server, tmp_path):
    from tadamon.public.event_views import check_in_url

    staff = UserFactory(username="ngo", role="staff")
    _programme, _enrolment, _session, fair = _field_day(staff)
    ticket = Participant.objects.get(event=fair, full_name="Yamna Bakrim")
    video = _camera_showing(tmp_path / "ticket.y4m", check_in_url(ticket))
    with _phone(tmp_path / "profile", "--use-fake-device-for-media-stream", "--use-fake-ui-for-media-stream",
                f"--use-file-for-fake-video-capture={video}") as page:
        sign_in(page, live_server, "ngo")
        page.goto(f"{live_server.url}/ar/manage/field/events/{fair.pk}/check-in/")
        _worker_active(page)
        _wait_kept(page)
        page.context.set_offline(True)
        page.reload()
        page.click("[data-scan]")
        row = page.locator(f"[data-participant='{ticket.pk}']")
        expect(row).to_be_visible(timeout=15000)
        expect(row.locator("[data-in]")).to_be_visible()
        expect(page.locator("[data-status]")).to_contain_text("Yamna Bakrim")
        expect(page.locator("#offline-band [data-waiting-count]")).to_have_text("1")
        page.click("[data-stop]")
        page.context.set_offline(False)
        expect(page.locator("#offline-band [data-waiting]")).to_be_hidden(timeout=30000)
    ticket.refresh_from_db()
    assert ticket.checked_in_by == staff
    assert Participant.objects.filter(event=fair, checked_in_at__isnull=False).count() == 1


def test_the_app_is_installable(live_server, tmp_path):
    with _phone(tmp_path / "profile") as page:
        _installable(page, live_server)


def _installable(page, live_server):
    page.goto(f"{live_server.url}/ar/")
    _worker_active(page)
    page.reload()  # now through the worker, as on any later visit
    cdp = page.context.new_cdp_session(page)
    errors = cdp.send("Page.getInstallabilityErrors")["installabilityErrors"]
    assert errors == []
    manifest = cdp.send("Page.getAppManifest")
    assert manifest["errors"] == []
    data = json.loads(manifest["data"])
    assert (data["lang"], data["dir"], data["display"], data["start_url"]) == ("ar", "rtl", "standalone", "/ar/")
    assert {icon["purpose"] for icon in data["icons"]} == {"any", "maskable"}
