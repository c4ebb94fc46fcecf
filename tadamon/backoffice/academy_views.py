"""The academy in the back office: programme staff and admins write courses (lessons, recordings,
images, videos, quizzes), preview and publish them; staff and officers follow the learners'
progress per programme, per cooperative and per learner."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from tadamon.academy.domain import courses as course_domain
from tadamon.academy.domain import progress as progress_domain
from tadamon.academy.domain import quizzes
from tadamon.academy.domain.queries import progress as progress_queries
from tadamon.academy.domain.queries.catalogue import courses_written_by, with_figures
from tadamon.academy.models import Course, Learner, Lesson, LessonMedia, Quiz
from tadamon.accounts.access import may, programme_for_user, require
from tadamon.backoffice.academy_forms import CourseForm, LessonForm, MediaForm, QuizForm
from tadamon.backoffice.views import saved
from tadamon.common.params import id_param
from tadamon.programmes.domain.queries.programmes import programmes_for
from tadamon.programmes.models import Programme
from tadamon.registry.models import Organization


def _programmes_written(request):
    """The programmes a course may be written for: all for admins, one's own for staff."""
    programmes = Programme.objects.all()
    return programmes if may(request, "academy.write_any_programme") else programmes.filter(staff=request.user)


def _course(request, pk: int, permission: str = "academy.change_course") -> Course:
    """The course, 404 for those who may not even see it (a draft of another programme), 403 for
    those who may see it but not do `permission`."""
    course = get_object_or_404(with_figures(Course.objects.all()), pk=pk)
    course.programme.staff_ids = set(course.programme.staff.values_list("pk", flat=True))
    if not (may(request, "academy.view_course", course) or may(request, "academy.view_course_progress", course)):
        raise Http404
    require(request, permission, course)
    return course


def _lesson(request, pk: int, lesson_pk: int) -> tuple[Course, Lesson]:
    course = _course(request, pk)
    return course, get_object_or_404(Lesson, pk=lesson_pk, course=course)


@login_required
def course_list(request):
    require(request, "academy.list_progress")
    courses = with_figures(courses_written_by(request.user)).order_by("programme_id", "pk")
    return render(request, "backoffice/academy_courses.html", {
        "courses": courses, "can_add": may(request, "academy.add_course")})


@login_required
def course_create(request):
    require(request, "academy.add_course")
    form = CourseForm(request.POST or None, programmes=_programmes_written(request))
    course = request.method == "POST" and form.is_valid() and saved(form, lambda: course_domain.save_course(
        Course(), fields=form.course_fields(), modules=form.cleaned_data["modules"], user=request.user))
    if course:
        messages.success(request, _("Course created as a draft. Add its lessons, then publish it."))
        return redirect("backoffice:academy_course", course.pk)
    return render(request, "backoffice/academy_course_form.html", {"form": form, "course": None})


@login_required
def course_edit(request, pk: int):
    course = _course(request, pk)
    form = CourseForm(request.POST or None, instance=course, programmes=_programmes_written(request))
    if request.method == "POST" and form.is_valid() and saved(form, lambda: course_domain.save_course(
            course, fields=form.course_fields(), modules=form.cleaned_data["modules"], user=request.user)):
        messages.success(request, _("Course saved."))
        return redirect("backoffice:academy_course", course.pk)
    lessons = course.lessons.prefetch_related("media").select_related("quiz").order_by("order", "pk")
    return render(request, "backoffice/academy_course_form.html", {
        "form": form, "course": course, "lessons": lessons,
        "final_quiz": course.quizzes.filter(lesson__isnull=True).first()})


@require_POST
@login_required
def course_publish(request, pk: int):
    course = _course(request, pk)
    try:
        if request.POST.get("action") == "unpublish":
            course_domain.unpublish(course, user=request.user)
            messages.success(request, _("The course is a draft again: it left the catalogue."))
        else:
            course_domain.publish(course, user=request.user)
            messages.success(request, _("The course is published in the academy."))
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    return redirect("backoffice:academy_course", course.pk)


@login_required
def lesson_edit(request, pk: int, lesson_pk: int | None = None):
    course = _course(request, pk)
    lesson = get_object_or_404(Lesson, pk=lesson_pk, course=course) if lesson_pk else Lesson(course=course)
    form = LessonForm(request.POST or None, instance=lesson, prefix="lesson")
    if request.method == "POST" and form.is_valid():
        fields = {k: v for k, v in form.cleaned_data.items() if not (k == "order" and v is None)}
        if saved(form, lambda: course_domain.save_lesson(lesson, fields=fields, user=request.user)):
            messages.success(request, _("Lesson saved."))
            return redirect("backoffice:academy_lesson", course.pk, lesson.pk)
    return render(request, "backoffice/academy_lesson_form.html", {
        "course": course, "lesson": lesson if lesson.pk else None, "form": form, "media_form": MediaForm(),
        "media": lesson.media.all() if lesson.pk else [],
        "quiz": Quiz.objects.filter(lesson=lesson).first() if lesson.pk else None})


@require_POST
@login_required
def media_add(request, pk: int, lesson_pk: int):
    course, lesson = _lesson(request, pk, lesson_pk)
    form = MediaForm(request.POST, request.FILES)
    if form.is_valid():
        try:
            checked = course_domain.check_media(form.cleaned_data["file"], form.cleaned_data["kind"])
            course_domain.add_media(lesson, checked, language=form.cleaned_data["language"],
                                    caption=form.cleaned_data["caption"])
            messages.success(request, _("File added to the lesson."))
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
    else:
        messages.error(request, _("Choose a file and its kind."))
    return redirect("backoffice:academy_lesson", course.pk, lesson.pk)


@require_POST
@login_required
def media_delete(request, pk: int, lesson_pk: int, media_pk: int):
    course, lesson = _lesson(request, pk, lesson_pk)
    course_domain.remove_media(get_object_or_404(LessonMedia, pk=media_pk, lesson=lesson))
    messages.success(request, _("File removed."))
    return redirect("backoffice:academy_lesson", course.pk, lesson.pk)


@login_required
def quiz_edit(request, pk: int, lesson_pk: int | None = None):
    """The quiz of a lesson, or the course's final quiz, written as text."""
    course = _course(request, pk)
    lesson = get_object_or_404(Lesson, pk=lesson_pk, course=course) if lesson_pk else None
    quiz = Quiz.objects.filter(course=course, lesson=lesson).first()
    form = QuizForm(request.POST or None, initial={"text": quizzes.quiz_text(quiz) if quiz else ""})
    if request.method == "POST" and form.is_valid() and saved(
            form, lambda: quizzes.set_questions(course, form.cleaned_data["text"], lesson=lesson)):
        messages.success(request, _("Quiz saved."))
        return redirect("backoffice:academy_course", course.pk)
    return render(request, "backoffice/academy_quiz_form.html", {
        "course": course, "lesson": lesson, "form": form, "quiz": quiz})


@login_required
def progress(request):
    """Per programme: each course's learners and completions, the cooperatives' learners, and the
    academy's figures by gender, age band and province, each person once."""
    require(request, "academy.list_progress")
    programmes = programmes_for(request.user).order_by("pk")
    programme_id = id_param(request.GET, "programme")
    programme = programme_for_user(request, programme_id) if programme_id else programmes.first()
    context = {"programmes": programmes, "programme": programme}
    if programme is not None:
        learners = progress_queries.learners_seen_by(request.user).filter(course__programme=programme)
        context.update({
            "courses": progress_queries.course_rows(progress_queries.courses_of_programme(programme), learners),
            "organizations": progress_queries.organization_rows(learners),
            "figures": progress_queries.figures(learners),
        })
    return render(request, "backoffice/academy_progress.html", context)


@login_required
def course_progress(request, pk: int):
    """The learners of a course and where each stands; ?organization= for one cooperative's."""
    course = _course(request, pk, "academy.view_course_progress")
    learners = progress_queries.learners_seen_by(request.user).filter(course=course)
    organization_id = id_param(request.GET, "organization")
    organization = get_object_or_404(Organization, pk=organization_id) if organization_id else None
    if organization is not None:
        learners = learners.filter(organization=organization)
    rows = progress_queries.with_progress(learners).order_by("-completed_at", "pk")
    return render(request, "backoffice/academy_course_progress.html", {
        "course": course, "learners": rows, "organization": organization,
        "steps": course.lesson_count + course.quizzes.count()})


@login_required
def learner_progress(request, pk: int):
    learner = get_object_or_404(Learner.objects.select_related("course__programme", "user", "organization",
                                                               "certificate"), pk=pk)
    require(request, "academy.follow_learners")
    if not may(request, "academy.view_learner", learner):
        raise Http404
    state = progress_domain.progress(learner, learner.course)
    lessons = learner.course.lessons.order_by("order", "pk")
    return render(request, "backoffice/academy_learner.html", {
        "learner": learner, "progress": state, "lessons": lessons,
        "attempts": progress_queries.attempts_of(learner)})
