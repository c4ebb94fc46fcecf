"""The academy in Chromium at phone width (390 px), in Arabic and in French: a member signs in,
opens a course, listens to its recorded lesson, passes the quiz, gets her certificate and checks
it at its public address; the programme's staff then see the completion on the programme's page.
Screenshots go to /tmp/screens/academy-*.png."""

import time
from pathlib import Path

import pytest
from playwright.sync_api import expect

from tadamon.accounts.tests.factories import UserFactory
from tadamon.common.testing import sign_in
from tadamon.demo.academy import load_courses
from tadamon.programmes.tests.factories import ProgrammeFactory
from tadamon.registry.tests.factories import MembershipFactory, OrganizationFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]
SCREENS = Path("/tmp/screens")


def _shot(page, name: str) -> None:
    SCREENS.mkdir(exist_ok=True)
    page.screenshot(path=str(SCREENS / f"academy-{name}.png"), full_page=True)


def _wait_until_played(audio, *, seconds: float) -> None:
    """Poll the player from here: wait_for_function evaluates a string, which the page's CSP forbids."""
    for _attempt in range(100):
        if audio.evaluate("a => a.currentTime") > seconds:
            return
        time.sleep(0.1)
    raise AssertionError(f"the recording did not play: {audio.evaluate('a => [a.readyState, a.error && a.error.code]')}")


def _fits(page) -> None:
    assert page.evaluate("document.documentElement.scrollWidth") <= 390, page.url


@pytest.mark.parametrize("language", ["ar", "fr"])
def test_a_member_learns_on_her_phone_and_staff_see_her_completion(page, live_server, language):
    staff = UserFactory(username="ngo", role="staff")
    programme = ProgrammeFactory(staff=[staff], name_fr="Cooper UP", name_ar="كوبر أب")
    cooperative = OrganizationFactory(name_ar="تعاونية نساء دادس", name_latin="Coopérative des Femmes de Dadès")
    person = MembershipFactory(organization=cooperative, person__first_name_latin="Hadda",
                               person__last_name_latin="Ait Baha", person__first_name_ar="حادة",
                               person__last_name_ar="أيت باها").person
    UserFactory(username="hadda", role="member", organization=cooperative, person=person)
    course = load_courses(programme, staff)[0]  # management: three lessons, the second recorded
    quiz = course.quizzes.get()
    right = {str(c.pk) for q in quiz.questions.all() for c in q.choices.all() if c.correct}

    sign_in(page, live_server, "hadda", language)
    page.goto(f"{live_server.url}/{language}/academy/")
    _fits(page)
    _shot(page, f"catalogue-{language}")
    page.locator(f"a[href='/{language}/academy/{course.pk}/']").first.click()
    page.locator("section.course-progress a.button.primary").click()  # start the course
    lessons = list(course.lessons.order_by("order"))
    for lesson in lessons:
        expect(page).to_have_url(f"{live_server.url}/{language}/academy/{course.pk}/lessons/{lesson.pk}/")
        _fits(page)
        if lesson.kind == "audio":
            audio = page.locator("article.lesson audio")
            expect(audio).to_have_attribute("lang", language)
            audio.scroll_into_view_if_needed()
            page.locator("article.lesson figcaption").first.click()  # a tap on the page: the user's gesture
            # Not awaited: play()'s Promise stays pending while the file loads; the poll below waits.
            audio.evaluate("a => { a.play().catch(() => {}); }")
            _wait_until_played(audio, seconds=0.5)
            assert audio.evaluate("a => a.duration") > 5  # the real recording, not silence of a second
            seconds = lesson.media.get(language=language).seconds
            expect(page.locator(".lesson-length")).to_have_text(f"{seconds} {'ث' if language == 'ar' else 's'}")
            expect(page.locator(".offline-downloads a[download]")).to_have_count(2)
            _shot(page, f"lesson-audio-{language}")
        page.locator(".lesson-actions button[type=submit]").click()
    # After the last lesson: the course's quiz.
    expect(page).to_have_url(f"{live_server.url}/{language}/academy/{course.pk}/quizzes/{quiz.pk}/")
    _fits(page)
    # Each answer is a tap target the width of its question, at least 44 px high; a tap on its words picks it.
    for choice in page.locator("form.quiz label.quiz-choice").all():
        box, fieldset = choice.bounding_box(), choice.locator("xpath=..").bounding_box()
        assert box["height"] >= 44 and box["width"] >= fieldset["width"] - 40, (box, fieldset)
    for radio in page.locator("form.quiz input[type=radio]").all():
        if radio.get_attribute("value") in right:
            radio.locator("xpath=../span").click()
            expect(radio).to_be_checked()
    _shot(page, f"quiz-{language}")
    page.locator("form.quiz button[type=submit]").click()
    expect(page.locator(".quiz-verdict")).to_contain_text("4")  # 4 right answers of 4, in words
    _fits(page)
    _shot(page, f"quiz-result-{language}")

    pdf_link = page.locator(f"a[href='/{language}/academy/{course.pk}/certificate.pdf']").first
    pdf = page.request.get(live_server.url + pdf_link.get_attribute("href"))
    assert pdf.status == 200 and pdf.headers["content-type"] == "application/pdf"
    assert pdf.body().startswith(b"%PDF")
    page.locator("p.actions a.button").nth(1).click()  # its verification page
    expect(page.locator(".verdict.valid")).to_be_visible()
    expect(page.locator("dd.certificate-kind")).to_be_visible()
    expect(page.locator("h1")).to_contain_text("حادة" if language == "ar" else "Hadda")
    expect(page.locator("dl.facts")).to_contain_text(course.title_ar if language == "ar" else course.title_fr)
    _fits(page)
    _shot(page, f"certificate-{language}")

    page.context.clear_cookies()
    sign_in(page, live_server, "ngo", language)
    page.goto(f"{live_server.url}/{language}/manage/programmes/{programme.pk}/")
    expect(page.locator(".academy-row .academy-completed")).to_have_text("1")
    page.locator(".academy-row a").click()
    expect(page.locator(".academy-completed")).to_have_text("1")
    _fits(page)
    _shot(page, f"staff-progress-{language}")
