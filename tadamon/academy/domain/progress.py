"""A learner's way through a course: starting it, the lessons she finished, the quizzes she
passed, and, when everything is done, her completion certificate, issued once through the
programmes' certificates (PDF, QR code, public verification page).

A course is complete when every lesson is finished and every quiz passed (its best attempt at
or over the course's pass mark)."""

import dataclasses

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from tadamon.academy.models import Course, Learner, Lesson, LessonDone, QuizAttempt
from tadamon.programmes.domain.certificates import issue_for_course


def start(user, course: Course) -> Learner:
    """The user's place in the course, made on the first visit. The person and cooperative are the
    account's at that moment (a member's record; a manager's cooperative)."""
    if not course.is_published:
        raise PermissionDenied
    learner = Learner.objects.filter(course=course, user=user).first()
    if learner is not None:
        return learner
    try:
        with transaction.atomic():
            return Learner.objects.create(course=course, user=user, person_id=user.person_id,
                                          organization_id=user.organization_id)
    except IntegrityError:  # the same account in two tabs
        return Learner.objects.get(course=course, user=user)


def learner_of(user, course: Course) -> Learner | None:
    if not user.is_authenticated:
        return None
    return Learner.objects.filter(course=course, user=user).first()


@dataclasses.dataclass
class Progress:
    lessons: int
    lessons_done: set  # lesson ids
    quizzes: int
    quizzes_passed: set  # quiz ids
    best_scores: dict  # quiz id -> best score in percent

    @property
    def steps(self) -> int:
        return self.lessons + self.quizzes

    @property
    def steps_done(self) -> int:
        return len(self.lessons_done) + len(self.quizzes_passed)

    @property
    def percent(self) -> int:
        return round(100 * self.steps_done / self.steps) if self.steps else 0

    @property
    def complete(self) -> bool:
        return self.steps > 0 and self.steps_done == self.steps


def progress(learner: Learner | None, course: Course) -> Progress:
    """Where the learner stands in the course (nothing done for None); three queries."""
    lesson_ids = set(course.lessons.values_list("pk", flat=True))
    quiz_ids = set(course.quizzes.values_list("pk", flat=True))
    if learner is None:
        return Progress(len(lesson_ids), set(), len(quiz_ids), set(), {})
    done = set(LessonDone.objects.filter(learner=learner, lesson_id__in=lesson_ids)
               .values_list("lesson_id", flat=True))
    best, passed = {}, set()
    for quiz_id, score, ok in (QuizAttempt.objects.filter(learner=learner, submitted_at__isnull=False)
                               .values_list("quiz_id", "score", "passed")):
        best[quiz_id] = max(best.get(quiz_id, 0), score or 0)
        if ok and quiz_id in quiz_ids:
            passed.add(quiz_id)
    return Progress(len(lesson_ids), done, len(quiz_ids), passed, best)


def finish_lesson(learner: Learner, lesson: Lesson) -> bool:
    """Mark the lesson finished (once); returns whether the course is now complete."""
    if lesson.course_id != learner.course_id:
        raise ValidationError(_("This lesson is not part of the course."))
    LessonDone.objects.get_or_create(learner=learner, lesson=lesson)
    return complete_if_done(learner)


def complete_if_done(learner: Learner, *, user=None) -> bool:
    """When every lesson is finished and every quiz passed: the course is completed, and the
    certificate issued if the learner stands for a person of a cooperative (once: a second call,
    or a second tab, finds it). Returns whether the course is complete."""
    course = learner.course
    if not progress(learner, course).complete:
        return False
    with transaction.atomic():
        learner = Learner.objects.select_for_update(of=("self",)).select_related("course__programme", "person",
                                                                     "organization", "user").get(pk=learner.pk)
        if learner.person_id is None and learner.user.person_id:  # tied to her record since she started
            learner.person_id, learner.organization_id = learner.user.person_id, learner.user.organization_id
            learner.save(update_fields=["person", "organization"])
        if learner.completed_at is None:
            learner.completed_at = timezone.now()
            learner.save(update_fields=["completed_at"])
        if learner.certificate_id is None and learner.person_id and learner.organization_id:
            certificate, _created = issue_for_course(
                learner.course, learner.person, learner.organization,
                started_on=timezone.localdate(learner.started_at), completed_on=timezone.localdate(learner.completed_at),
                user=user)
            learner.certificate = certificate
            learner.save(update_fields=["certificate"])
    return True


def why_no_certificate(learner: Learner) -> str:
    """Why a completed course gave no certificate: the account is tied to no member record."""
    if learner.person_id is None or learner.organization_id is None:
        return _("Your account is not tied to your record in your cooperative's members: ask your cooperative's "
                 "manager or the programme's staff, and the certificate will be issued.")
    return ""
