"""The academy's demo: the four Cooper UP modules as published courses (academy_content.py), their
recordings from data/academy/, and a few learners part-way or done, the member's first course
with its certificate."""

from pathlib import Path

from django.core.files.base import ContentFile

from tadamon.academy.domain import courses as course_domain
from tadamon.academy.domain import progress as progress_domain
from tadamon.academy.domain import quizzes
from tadamon.academy.enums import MediaKind
from tadamon.academy.models import Course, Lesson
from tadamon.demo.academy_content import COURSES
from tadamon.programmes.models import Module

FOLDER = Path(__file__).parent / "data" / "academy"
LESSON_FIELDS = ("kind", "minutes", "title_ar", "title_fr", "body_ar", "body_fr")


def load_courses(programme, author) -> list[Course]:
    """The four courses, published, on `programme`; nothing when the programme has them already."""
    if Course.objects.filter(programme=programme).exists():
        return list(Course.objects.filter(programme=programme).order_by("pk"))
    made = []
    for spec in COURSES:
        course = course_domain.save_course(Course(programme=programme), fields={
            "title_ar": spec["title_ar"], "title_fr": spec["title_fr"], "summary_ar": spec["summary_ar"],
            "summary_fr": spec["summary_fr"], "hours": spec["hours"]},
            modules=Module.objects.filter(code__in=spec["modules"]), user=author)
        for order, item in enumerate(spec["lessons"], start=1):
            lesson = course_domain.save_lesson(Lesson(course=course), fields={
                "order": order, **{f: item[f] for f in LESSON_FIELDS}}, user=author)
            if "voice" in item:
                for language in ("ar", "fr"):
                    data = (FOLDER / f"{item['voice']}-{language}.wav").read_bytes()
                    upload = ContentFile(data, name=f"{item['voice']}-{language}.wav")
                    course_domain.add_media(lesson, course_domain.check_media(upload, MediaKind.AUDIO),
                                            language=language)
        quizzes.set_questions(course, "\n\n".join(
            "? " + question + "\n" + "\n".join(choices) for question, choices in spec["quiz"]))
        course_domain.publish(course, user=author)
        made.append(course)
    return made


def _pass_quiz(learner, quiz) -> None:
    attempt = quizzes.start_attempt(learner, quiz)
    right = {q.pk: c.pk for q in quiz.questions.all() for c in q.choices.all() if c.correct}
    quizzes.submit(attempt, right)


def _learn(user, course, *, lessons: int, passed: bool) -> None:
    learner = progress_domain.start(user, course)
    for lesson in course.lessons.order_by("order")[:lessons]:
        progress_domain.finish_lesson(learner, lesson)
    if passed:
        for quiz in course.quizzes.all():
            _pass_quiz(learner, quiz)
        progress_domain.complete_if_done(learner)


def load_academy(programme, users: dict) -> int:
    """Courses and learners; returns how many courses were made."""
    from django.contrib.auth import get_user_model

    from tadamon.accounts.enums import Role
    from tadamon.registry.models import Membership

    if Course.objects.filter(programme=programme).exists():
        return 0
    courses = load_courses(programme, users["ngo"])
    management, finance, legal, _projects = courses
    member, manager = users["member"], users["manager"]
    if manager.person_id is None:  # the manager is the Dadès cooperative's president
        president = Membership.objects.filter(organization=manager.organization, role="president").first()
        if president is not None and not get_user_model().objects.filter(person=president.person).exists():
            manager.person = president.person
            manager.save(update_fields=["person"])
    _learn(member, management, lessons=3, passed=True)  # done: her certificate
    _learn(member, finance, lessons=2, passed=False)
    _learn(manager, legal, lessons=1, passed=False)
    # Members of other Cooper UP cooperatives learning on their phones (accounts without a password
    # here: they sign in by a code sent to their phone).
    others = (Membership.objects.current().filter(organization__enrolments__programme=programme)
              .exclude(organization=member.organization).exclude(person__account__isnull=False)
              .select_related("person", "organization").order_by("organization_id", "pk"))
    seen = set()
    picked = []
    for membership in others:
        if membership.organization_id not in seen:
            seen.add(membership.organization_id)
            picked.append(membership)
        if len(picked) == 4:
            break
    for number, membership in enumerate(picked, start=1):
        user = get_user_model().objects.create(
            username=f"learner{number}", role=Role.MEMBER, organization=membership.organization,
            person=membership.person, first_name=membership.person.first_name_latin,
            last_name=membership.person.last_name_latin)
        user.set_unusable_password()
        user.save()
        _learn(user, courses[number % 4], lessons=3, passed=number % 2 == 1)
    return len(courses)
