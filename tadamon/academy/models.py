"""The academy: courses of short lessons (text, recorded voice, images, video where it adds),
tied to the programme modules they cover, with a quiz per lesson or per course; the learners'
enrolments, the lessons they finished and their quiz attempts. Text in Arabic, French and
Tamazight, one column per language like the rest of the project (`TranslatedText`)."""

import uuid
from pathlib import PurePath

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from tadamon.academy.enums import CourseStatus, LessonKind, MediaKind
from tadamon.common.i18n import TranslatedText


class Course(models.Model):
    programme = models.ForeignKey("programmes.Programme", on_delete=models.PROTECT, related_name="courses",
                                  verbose_name=_("programme"))
    modules = models.ManyToManyField("programmes.Module", related_name="courses", blank=True,
                                     verbose_name=_("modules covered"))
    title_ar = models.CharField(_("title in Arabic"), max_length=200, blank=True)
    title_fr = models.CharField(_("title in French"), max_length=200, blank=True)
    title_zgh = models.CharField(_("title in Tamazight"), max_length=200, blank=True)
    summary_ar = models.TextField(_("summary in Arabic"), blank=True)
    summary_fr = models.TextField(_("summary in French"), blank=True)
    summary_zgh = models.TextField(_("summary in Tamazight"), blank=True)
    status = models.CharField(_("status"), max_length=10, choices=CourseStatus.choices, default=CourseStatus.DRAFT)
    hours = models.PositiveSmallIntegerField(_("hours of learning"), default=2,
                                             help_text=_("Printed on the completion certificate."))
    pass_mark = models.PositiveSmallIntegerField(_("pass mark (%)"), default=60,
                                                 help_text=_("The share of right answers a quiz needs to be passed."))
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                               related_name="+", verbose_name=_("author"))
    created_at = models.DateTimeField(auto_now_add=True)
    published_at = models.DateTimeField(_("published"), null=True, blank=True)

    title = TranslatedText("title")
    summary = TranslatedText("summary")

    class Meta:
        verbose_name = _("course")
        verbose_name_plural = _("courses")
        ordering = ["pk"]
        constraints = [
            models.CheckConstraint(condition=~models.Q(title_ar="", title_fr="", title_zgh=""),
                                   name="course_has_a_title",
                                   violation_error_message=_("Give the course a title in at least one language.")),
            models.CheckConstraint(condition=models.Q(pass_mark__gte=1, pass_mark__lte=100),
                                   name="course_pass_mark_is_a_percentage"),
        ]
        indexes = [models.Index(fields=["status", "programme"], name="course_status_idx")]  # the catalogue

    def __str__(self) -> str:
        return self.title.text

    def get_absolute_url(self) -> str:
        return reverse("public:academy_course", args=[self.pk])

    @property
    def is_published(self) -> bool:
        return self.status == CourseStatus.PUBLISHED

    @cached_property
    def final_quiz(self) -> "Quiz | None":
        """The quiz at the end of the course (None when it has only lessons' quizzes or none)."""
        return self.quizzes.filter(lesson__isnull=True).first()


class Lesson(models.Model):
    course = models.ForeignKey(Course, on_delete=models.CASCADE, related_name="lessons", verbose_name=_("course"))
    # Contexts: "order" and "minutes" alone are a purchase order and a meeting's minutes elsewhere.
    order = models.PositiveSmallIntegerField(pgettext_lazy("place in a list", "order"), default=1)
    kind = models.CharField(_("kind"), max_length=5, choices=LessonKind.choices, default=LessonKind.TEXT)
    title_ar = models.CharField(_("title in Arabic"), max_length=200, blank=True)
    title_fr = models.CharField(_("title in French"), max_length=200, blank=True)
    title_zgh = models.CharField(_("title in Tamazight"), max_length=200, blank=True)
    body_ar = models.TextField(_("text in Arabic"), blank=True)
    body_fr = models.TextField(_("text in French"), blank=True)
    body_zgh = models.TextField(_("text in Tamazight"), blank=True)
    minutes = models.PositiveSmallIntegerField(pgettext_lazy("length of time", "minutes"), default=5,
                                               help_text=_("How long the lesson takes."))

    title = TranslatedText("title")
    body = TranslatedText("body")

    class Meta:
        verbose_name = _("lesson")
        verbose_name_plural = _("lessons")
        ordering = ["course", "order", "pk"]
        constraints = [
            models.CheckConstraint(condition=~models.Q(title_ar="", title_fr="", title_zgh=""),
                                   name="lesson_has_a_title",
                                   violation_error_message=_("Give the lesson a title in at least one language.")),
        ]

    def __str__(self) -> str:
        return self.title.text

    def get_absolute_url(self) -> str:
        return reverse("public:academy_lesson", args=[self.course_id, self.pk])


def media_path(instance, filename: str) -> str:
    return f"academy/{timezone.now():%Y/%m}/{uuid.uuid4().hex}{PurePath(filename).suffix.lower()}"


class LessonMedia(models.Model):
    """A recording, an image or a video of a lesson, in one language (a recording is in the voice of
    one language; an image may be for all: language empty). Its size is stored so that a page says
    it before anyone downloads it."""

    lesson = models.ForeignKey(Lesson, on_delete=models.CASCADE, related_name="media", verbose_name=_("lesson"))
    kind = models.CharField(_("kind"), max_length=5, choices=MediaKind.choices)
    language = models.CharField(_("language"), max_length=5, blank=True,
                                help_text=_("Empty for an image that needs no words."))
    file = models.FileField(upload_to=media_path, max_length=200)  # the default storage: may be public
    content_type = models.CharField(max_length=30)
    size = models.PositiveIntegerField(_("size in bytes"))
    seconds = models.PositiveIntegerField(_("length in seconds"), null=True, blank=True)
    caption = models.CharField(_("caption"), max_length=250, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("lesson media")
        verbose_name_plural = _("lesson media")
        ordering = ["lesson", "kind", "pk"]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.language} ({self.size} B)"

    @property
    def kilobytes(self) -> int:
        return max(1, -(-self.size // 1024))  # rounded up: "1 KB" for a few bytes, never "0 KB"

    @property
    def megabytes(self) -> float:
        return round(self.size / 2**20, 1)


class Quiz(models.Model):
    """A short quiz after one lesson (lesson set) or at the end of the course (lesson empty)."""

    course = models.ForeignKey(Course, on_delete=models.CASCADE, related_name="quizzes", verbose_name=_("course"))
    lesson = models.OneToOneField(Lesson, on_delete=models.CASCADE, null=True, blank=True, related_name="quiz",
                                  verbose_name=_("lesson"))

    class Meta:
        verbose_name = _("quiz")
        verbose_name_plural = _("quizzes")
        ordering = ["course", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["course"], condition=models.Q(lesson__isnull=True),
                                    name="one_final_quiz_per_course"),
        ]

    def __str__(self) -> str:
        return f"{self.lesson or self.course} — quiz"

    def get_absolute_url(self) -> str:
        return reverse("public:academy_quiz", args=[self.course_id, self.pk])


class Question(models.Model):
    quiz = models.ForeignKey(Quiz, on_delete=models.CASCADE, related_name="questions", verbose_name=_("quiz"))
    order = models.PositiveSmallIntegerField(default=1)
    text_ar = models.CharField(_("question in Arabic"), max_length=300, blank=True)
    text_fr = models.CharField(_("question in French"), max_length=300, blank=True)
    text_zgh = models.CharField(_("question in Tamazight"), max_length=300, blank=True)

    text = TranslatedText("text")

    class Meta:
        verbose_name = _("question")
        verbose_name_plural = _("questions")
        ordering = ["quiz", "order", "pk"]

    def __str__(self) -> str:
        return self.text.text


class Choice(models.Model):
    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="choices",
                                 verbose_name=_("question"))
    order = models.PositiveSmallIntegerField(default=1)
    text_ar = models.CharField(_("answer in Arabic"), max_length=300, blank=True)
    text_fr = models.CharField(_("answer in French"), max_length=300, blank=True)
    text_zgh = models.CharField(_("answer in Tamazight"), max_length=300, blank=True)
    correct = models.BooleanField(_("right answer"), default=False)

    text = TranslatedText("text")

    class Meta:
        verbose_name = _("answer")
        verbose_name_plural = _("answers")
        ordering = ["question", "order", "pk"]

    def __str__(self) -> str:
        return self.text.text


class Learner(models.Model):
    """One account following one course: the registry person it stands for (certificates and
    figures count people, once each) and the cooperative it learns for, as when it started."""

    course = models.ForeignKey(Course, on_delete=models.PROTECT, related_name="learners", verbose_name=_("course"))
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="courses_followed",
                             verbose_name=_("account"))
    person = models.ForeignKey("registry.Person", on_delete=models.SET_NULL, null=True, blank=True,
                               related_name="courses_followed", verbose_name=_("person"))
    organization = models.ForeignKey("registry.Organization", on_delete=models.SET_NULL, null=True, blank=True,
                                     related_name="learners", verbose_name=_("organisation"))
    started_at = models.DateTimeField(_("started"), auto_now_add=True)
    completed_at = models.DateTimeField(_("completed"), null=True, blank=True)
    certificate = models.ForeignKey("programmes.Certificate", on_delete=models.SET_NULL, null=True, blank=True,
                                    related_name="+", verbose_name=_("certificate"))

    class Meta:
        verbose_name = _("learner")
        verbose_name_plural = _("learners")
        ordering = ["course", "pk"]
        constraints = [models.UniqueConstraint(fields=["course", "user"], name="learner_once_per_course")]
        indexes = [models.Index(fields=["organization", "course"], name="learner_organization_idx")]

    def __str__(self) -> str:
        return f"{self.user} — {self.course}"


class LessonDone(models.Model):
    learner = models.ForeignKey(Learner, on_delete=models.CASCADE, related_name="lessons_done")
    lesson = models.ForeignKey(Lesson, on_delete=models.CASCADE, related_name="+")
    done_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["learner", "lesson"], name="lesson_done_once")]

    def __str__(self) -> str:
        return f"{self.learner_id}: {self.lesson_id}"


class QuizAttempt(models.Model):
    """One try at a quiz. Its seed orders the questions and answers the learner saw, so the page
    she submits is scored against the order she was shown."""

    learner = models.ForeignKey(Learner, on_delete=models.CASCADE, related_name="attempts")
    quiz = models.ForeignKey(Quiz, on_delete=models.CASCADE, related_name="attempts")
    seed = models.PositiveIntegerField()
    started_at = models.DateTimeField(auto_now_add=True)
    submitted_at = models.DateTimeField(null=True, blank=True)
    answers = models.JSONField(default=dict, blank=True)  # {question id: choice id}
    score = models.PositiveSmallIntegerField(null=True, blank=True)  # percent of right answers
    passed = models.BooleanField(default=False)

    class Meta:
        ordering = ["learner", "quiz", "-started_at", "-pk"]
        indexes = [models.Index(fields=["learner", "quiz", "passed"], name="attempt_passed_idx")]

    def __str__(self) -> str:
        return f"{self.learner_id} {self.quiz_id}: {self.score}"
