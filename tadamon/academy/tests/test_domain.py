import pytest
from django.core.exceptions import ValidationError

from tadamon.academy.domain import progress, quizzes
from tadamon.academy.models import Learner, QuizAttempt
from tadamon.academy.tests.factories import make_course, member_account, right_answers, wrong_answers
from tadamon.programmes.models import Certificate

pytestmark = pytest.mark.django_db


@pytest.fixture
def course():
    return make_course()


@pytest.fixture
def member(cooperative):
    return member_account(cooperative)


def test_shuffle_is_the_same_for_a_seed_and_differs_between_seeds(course):
    quiz = course.quizzes.get()
    order = [(s.question.pk, [c.pk for c in s.choices]) for s in quizzes.shuffled(quiz, 7)]
    assert order == [(s.question.pk, [c.pk for c in s.choices]) for s in quizzes.shuffled(quiz, 7)]
    orders = {tuple((s.question.pk, tuple(c.pk for c in s.choices)) for s in quizzes.shuffled(quiz, seed))
              for seed in range(20)}
    assert len(orders) > 1
    assert sorted(q for q, _choices in order) == sorted(quiz.questions.values_list("pk", flat=True))


def test_a_reload_shows_the_same_attempt_and_a_submitted_one_is_final(course, member):
    quiz = course.quizzes.get()
    learner = progress.start(member, course)
    attempt = quizzes.start_attempt(learner, quiz)
    assert quizzes.start_attempt(learner, quiz) == attempt
    quizzes.submit(attempt, right_answers(quiz))
    again = quizzes.submit(attempt, wrong_answers(quiz))  # a second post of the same page changes nothing
    assert (again.score, again.passed) == (100, True)
    assert quizzes.start_attempt(learner, quiz) != attempt  # a retake is a new attempt


def test_score_and_pass_mark(course, member):
    quiz = course.quizzes.get()
    learner = progress.start(member, course)
    questions = list(quiz.questions.order_by("order"))
    right, wrong = right_answers(quiz), wrong_answers(quiz)
    two_of_three = {questions[0].pk: right[questions[0].pk], questions[1].pk: right[questions[1].pk],
                    questions[2].pk: wrong[questions[2].pk]}
    attempt = quizzes.submit(quizzes.start_attempt(learner, quiz), two_of_three)
    assert (attempt.score, attempt.passed) == (67, True)  # pass mark 60 %
    course.pass_mark = 70
    course.save()
    attempt = quizzes.submit(quizzes.start_attempt(learner, quiz), two_of_three)
    assert (attempt.score, attempt.passed) == (67, False)


def test_answers_to_another_quizs_questions_count_for_nothing(course, member):
    other = make_course().quizzes.get()
    quiz = course.quizzes.get()
    learner = progress.start(member, course)
    attempt = quizzes.submit(quizzes.start_attempt(learner, quiz), right_answers(other))
    assert (attempt.score, attempt.passed, attempt.answers) == (0, False, {})


def test_progress_counts_lessons_and_passed_quizzes(course, member):
    learner = progress.start(member, course)
    assert progress.progress(learner, course).percent == 0
    first, second = course.lessons.order_by("order")
    assert progress.finish_lesson(learner, first) is False
    assert progress.finish_lesson(learner, first) is False  # twice is once
    state = progress.progress(learner, course)
    assert (state.steps_done, state.steps, state.percent) == (1, 3, 33)
    progress.finish_lesson(learner, second)
    quiz = course.quizzes.get()
    quizzes.submit(quizzes.start_attempt(learner, quiz), wrong_answers(quiz))
    assert progress.complete_if_done(learner) is False
    quizzes.submit(quizzes.start_attempt(learner, quiz), right_answers(quiz))
    assert progress.complete_if_done(learner) is True
    assert progress.progress(learner, course).percent == 100


def _complete(learner, course):
    for lesson in course.lessons.all():
        progress.finish_lesson(learner, lesson)
    quiz = course.quizzes.get()
    quizzes.submit(quizzes.start_attempt(learner, quiz), right_answers(quiz))
    return progress.complete_if_done(learner)


def test_completing_a_course_issues_its_certificate_once(course, member, cooperative):
    learner = progress.start(member, course)
    assert _complete(learner, course)
    learner.refresh_from_db()
    certificate = learner.certificate
    assert certificate.course == course and certificate.person == member.person
    assert certificate.organization == cooperative and certificate.programme == course.programme
    assert (certificate.title_fr, certificate.hours) == ("Gérer sa coopérative", 3)
    assert certificate.is_course_completion
    progress.complete_if_done(learner)
    progress.complete_if_done(Learner.objects.get(pk=learner.pk))
    assert Certificate.objects.filter(course=course).count() == 1


def test_an_account_tied_to_no_person_completes_without_a_certificate_until_it_is_tied(course, cooperative):
    from tadamon.accounts.tests.factories import UserFactory
    from tadamon.registry.tests.factories import MembershipFactory

    manager = UserFactory(username="boss", role="manager", organization=cooperative)
    learner = progress.start(manager, course)
    assert _complete(learner, course)
    learner.refresh_from_db()
    assert learner.completed_at is not None and learner.certificate is None
    assert "not tied to your record" in progress.why_no_certificate(learner)
    manager.person = MembershipFactory(organization=cooperative).person
    manager.save()
    progress.complete_if_done(learner)
    learner.refresh_from_db()
    assert learner.certificate.person == manager.person


def test_a_draft_cannot_be_started(member):
    from django.core.exceptions import PermissionDenied

    with pytest.raises(PermissionDenied):
        progress.start(member, make_course(published=False))


def test_publishing_needs_a_lesson():
    from tadamon.academy.domain.courses import publish, save_course
    from tadamon.academy.models import Course
    from tadamon.programmes.tests.factories import ProgrammeFactory

    course = save_course(Course(programme=ProgrammeFactory()), fields={"title_fr": "Vide"})
    with pytest.raises(ValidationError):
        publish(course)


def test_a_quiz_written_as_text_reads_back_the_same(course):
    quiz = course.quizzes.get()
    text = quizzes.quiz_text(quiz)
    quizzes.set_questions(course, text)
    assert quizzes.quiz_text(course.quizzes.get()) == text
    assert quiz.questions.count() == 3 and QuizAttempt.objects.count() == 0


@pytest.mark.parametrize("text, line", [
    ("? Question\n+ A\n+ B", 1),  # two right answers
    ("? Question\n+ A", 1),  # no wrong answer
    ("? Q1\n+ A\n- B\n\nnot a line", 5),
])
def test_a_badly_written_quiz_says_which_line(text, line):
    with pytest.raises(ValidationError) as error:
        quizzes.parse_quiz(text)
    assert f"Line {line}" in error.value.messages[0]


def test_programme_figures_count_each_person_once(course, member):
    from tadamon.academy.domain.queries.progress import programme_figures

    second = make_course(course.programme)
    _complete(progress.start(member, course), course)
    progress.start(member, second)
    figures = programme_figures(course.programme)
    assert (figures["learners"], figures["completed"]) == (1, 1)
    assert figures["learners_by_gender"] == {"F": 1}
