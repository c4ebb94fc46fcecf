"""What a learner with little schooling reads on the academy's pages (the 390 px walk): a recorded
lesson says its recording's real length, a done lesson is a status apart from the button, the
quiz says its pass mark as a count of right answers, the last lesson leads to the course's quiz,
and sizes are said as mobile data rather than kilobytes. Checked in English (the msgids), so the
tests hold whatever the catalogues say."""

import pytest
from django.core.files.base import ContentFile
from django.utils import translation

from tadamon.academy.domain import courses as course_domain
from tadamon.academy.domain import quizzes
from tadamon.academy.enums import MediaKind
from tadamon.academy.tests.factories import make_course, member_account, right_answers, wav_bytes, wrong_answers
from tadamon.programmes.tests.factories import ProgrammeFactory

pytestmark = pytest.mark.django_db

FIVE_QUESTIONS = "\n\n".join(f"? Question {n} | Question {n}\n+ Right | Juste\n- Wrong | Faux" for n in range(1, 6))


@pytest.fixture
def programme(staff_user):
    return ProgrammeFactory(staff=[staff_user])


@pytest.fixture
def course(programme):
    return make_course(programme)  # two lessons, the second recorded (2 s) though typed "3 min"; a final quiz of 3


@pytest.fixture
def member(cooperative):
    return member_account(cooperative)


def _lesson_page(client, course, lesson, language="en") -> str:
    response = client.get(f"/{language}/academy/{course.pk}/lessons/{lesson.pk}/")
    assert response.status_code == 200
    return response.content.decode()


def test_a_recorded_lesson_says_its_recordings_length_a_text_its_typed_minutes(client, course):
    text, recorded = course.lessons.order_by("order")
    page = _lesson_page(client, course, recorded)
    assert '<span class="lesson-length">2 s</span>' in page  # the WAV's header, not the "3 min" typed
    assert "3 min" not in page
    recorded.refresh_from_db()
    assert recorded.minutes == 1  # the course's total counts the recording, rounded up to a minute
    assert '<span class="lesson-length">5 min</span>' in _lesson_page(client, course, text)


def test_the_course_page_lists_each_lesson_with_the_same_length_as_its_page(client, course):
    text, recorded = course.lessons.order_by("order")
    page = client.get(f"/en/academy/{course.pk}/").content.decode()
    rows = page[page.index('<ol class="lesson-list">'):page.index("</ol>")]
    assert "· 2 s</span>" in rows and "· 5 min</span>" in rows  # not "1 min" for two seconds
    assert "1 min" not in rows


def test_a_longer_recording_is_said_in_minutes_and_seconds(client, course):
    recorded = course.lessons.get(kind="audio")
    for media in list(recorded.media.all()):
        course_domain.remove_media(media)
    upload = ContentFile(wav_bytes(75, rate=800), name="voice.wav")
    course_domain.add_media(recorded, course_domain.check_media(upload, MediaKind.AUDIO), language="en")
    assert '<span class="lesson-length">1 min 15 s</span>' in _lesson_page(client, course, recorded)
    recorded.refresh_from_db()
    assert recorded.minutes == 2


def test_authors_typed_minutes_give_way_to_the_recording(client_for, staff_user, course):
    recorded = course.lessons.get(kind="audio")
    client = client_for(staff_user)
    form = client.get(f"/en/manage/academy/{course.pk}/lessons/{recorded.pk}/").content.decode()
    assert "This lesson lasts as long as its recording: 2 s." in form
    client.post(f"/en/manage/academy/{course.pk}/lessons/{recorded.pk}/", {
        "lesson-order": recorded.order, "lesson-kind": "audio", "lesson-minutes": 9,
        "lesson-title_fr": recorded.title_fr, "lesson-title_ar": recorded.title_ar})
    recorded.refresh_from_db()
    assert recorded.minutes == 1  # from the file, not the 9 typed
    text = course.lessons.get(kind="text")
    course_domain.save_lesson(text, fields={"minutes": 7})
    text.refresh_from_db()
    assert text.minutes == 7  # a text keeps what its author typed
    for media in list(recorded.media.all()):
        course_domain.remove_media(media)
    course_domain.save_lesson(recorded, fields={"minutes": 4})
    recorded.refresh_from_db()
    assert recorded.minutes == 4  # no recording left: the typed minutes count again


def test_a_done_lesson_is_a_status_and_the_button_the_action(client_for, member, course):
    client = client_for(member)
    first, second = course.lessons.order_by("order")
    page = _lesson_page(client, course, first)
    assert 'class="lesson-done"' not in page and "Done: next lesson" in page
    client.post(f"/en/academy/{course.pk}/lessons/{first.pk}/done/")
    page = _lesson_page(client, course, first)
    assert '<p class="lesson-done" role="status"><span class="tick" aria-hidden="true">✓</span> You finished this ' \
           'lesson.</p>' in page
    assert 'class="badge ok"' not in page  # no pill looking like the button beside it
    assert ">Next lesson</button>" in page


def test_the_last_lesson_leads_to_the_courses_quiz(client_for, member, course):
    client = client_for(member)
    first, last = course.lessons.order_by("order")
    quiz = course.quizzes.get()
    quiz_url = f"/en/academy/{course.pk}/quizzes/{quiz.pk}/"
    assert f'href="{quiz_url}"' in _lesson_page(client, course, first)  # in every lesson's navigation
    page = _lesson_page(client, course, last)
    assert f'href="{quiz_url}"' in page and ">Done: take the quiz</button>" in page
    response = client.post(f"/en/academy/{course.pk}/lessons/{last.pk}/done/")
    assert response.status_code == 302 and response["Location"] == quiz_url
    assert f'href="{quiz_url}"' in _lesson_page(client_for(None), course, first)  # readers see it too


def test_a_course_without_a_final_quiz_goes_back_to_the_course(client_for, member, programme):
    course = make_course(programme, quiz="")
    last = course.lessons.order_by("order").last()
    response = client_for(member).post(f"/en/academy/{course.pk}/lessons/{last.pk}/done/")
    assert response["Location"] == f"/en/academy/{course.pk}/"


def test_the_quiz_says_its_pass_mark_as_a_count_of_right_answers(client_for, member, programme):
    course = make_course(programme, quiz=FIVE_QUESTIONS)
    quiz = course.quizzes.get()
    page = client_for(member).get(f"/en/academy/{course.pk}/quizzes/{quiz.pk}/").content.decode()
    assert "To pass: 3 right answers out of 5." in page
    assert "60%" not in page
    assert "To pass: 3 right answers out of 5." in client_for(member).get(f"/en/academy/{course.pk}/").content.decode()


def test_the_result_counts_the_right_answers(client_for, member, course):
    client = client_for(member)
    quiz = course.quizzes.get()
    url = f"/en/academy/{course.pk}/quizzes/{quiz.pk}/"
    failed = client.post(url, {f"q{q}": c for q, c in wrong_answers(quiz).items()}).content.decode()
    assert "Not passed yet." in failed and "You got 0 right answers out of 3." in failed
    assert "To pass: 2 right answers out of 3." in failed
    passed = client.post(url, {f"q{q}": c for q, c in right_answers(quiz).items()}).content.decode()
    assert "You passed the quiz." in passed and "You got 3 right answers out of 3." in passed


def test_a_failed_quiz_says_which_answers_were_not_right_without_giving_the_right_ones(client_for, member, course):
    quiz = course.quizzes.get()
    questions = list(quiz.questions.all())
    answers = {**right_answers(quiz), **{questions[0].pk: wrong_answers(quiz)[questions[0].pk]}}
    answers.update({questions[1].pk: wrong_answers(quiz)[questions[1].pk]})  # one right out of three: failed
    page = client_for(member).post(f"/en/academy/{course.pk}/quizzes/{quiz.pk}/",
                                   {f"q{q}": c for q, c in answers.items()}).content.decode()
    assert "Not passed yet." in page
    review = page[page.index('<ol class="quiz-review">'):]
    review = review[:review.index("</ol>")]
    assert review.count("<li>") == 3 and review.count("Your answer:") == 3
    assert review.count("not right: read this again") == 2 and review.count("✓</span> right") == 1
    for question in questions[:2]:
        with translation.override("en"):  # the texts as the English page shows them
            wrong = next(c for c in question.choices.all() if not c.correct).text.text
            right = next(c for c in question.choices.all() if c.correct).text.text
            item = review[review.index(question.text.text):]
        item = item[:item.index("</li>")]
        assert wrong in item and right not in item  # her answer, not the right one
    assert "Right answer:" not in page
    # The course's own quiz covers every lesson: the way back is to their list.
    assert f'href="/en/academy/{course.pk}/#lessons-title">Read the lessons again</a>' in page


def test_a_quiz_passed_before_the_lessons_are_read_says_how_many_are_left_and_leads_to_the_next(
        client_for, member, course):
    quiz = course.quizzes.get()
    first, second = course.lessons.order_by("order")
    client = client_for(member)
    client.post(f"/en/academy/{course.pk}/lessons/{first.pk}/done/")
    page = client.post(f"/en/academy/{course.pk}/quizzes/{quiz.pk}/",
                       {f"q{q}": c for q, c in right_answers(quiz).items()}).content.decode()
    assert "You passed the quiz." in page
    assert "The course is not finished yet: 1 lesson is left to read." in page
    assert f'href="/en/academy/{course.pk}/lessons/{second.pk}/">Next lesson</a>' in page
    assert "You completed the course." not in page


def test_the_quiz_answers_are_labels_wrapping_their_radio(client_for, member, course):
    quiz = course.quizzes.get()
    page = client_for(member).get(f"/en/academy/{course.pk}/quizzes/{quiz.pk}/").content.decode()
    assert page.count('<label class="quiz-choice"><input type="radio"') == 7  # 3 + 2 + 2 answers


def test_sizes_are_said_as_mobile_data_and_the_text_download_without_jargon(client, course):
    recorded = course.lessons.get(kind="audio")
    page = _lesson_page(client, course, recorded)
    assert "uses little mobile data (less than 1 MB)" in page
    assert "KB" not in page and "web page" not in page
    assert "Download the lesson's text" in page


def test_right_needed_counts_what_submit_scores():
    assert quizzes.right_needed(5, 60) == 3
    assert quizzes.right_needed(3, 60) == 2  # 67%
    assert quizzes.right_needed(3, 67) == 2  # 2 of 3 rounds to 67%
    assert quizzes.right_needed(3, 68) == 3
    assert quizzes.right_needed(4, 100) == 4
    assert quizzes.right_needed(1, 1) == 1
    for total in range(1, 12):
        for mark in (1, 50, 60, 75, 80, 100):
            needed = quizzes.right_needed(total, mark)
            assert quizzes.passes(quizzes.percent(needed, total), mark)
            assert needed == 0 or not quizzes.passes(quizzes.percent(needed - 1, total), mark)


def test_the_pass_rule_is_a_plural_message():
    from django.utils import translation

    from tadamon.academy.templatetags.academy import pass_rule, quiz_tally

    with translation.override("en"):
        assert pass_rule(1, 60) == "To pass: 1 right answer out of 1."
        assert pass_rule(5, 60) == "To pass: 3 right answers out of 5."
        assert quiz_tally([], {}) == "You got 0 right answers out of 0."
