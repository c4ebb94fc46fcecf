"""The academy on the public site: the catalogue of published courses, a course, its lessons
(text, recordings, images, video with its size said before it loads), a lesson to download for
offline reading, quizzes and the learner's certificate. Anyone reads the published courses;
members and managers signed in keep their progress, take the quizzes and get the certificate.
Authors (the programme's staff, admins) see their drafts here too, as a preview."""

from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import get_language
from django.views.decorators.http import require_POST

from tadamon.academy.domain import courses as course_domain
from tadamon.academy.domain import progress as progress_domain
from tadamon.academy.domain import quizzes
from tadamon.academy.domain.queries.catalogue import published_courses, with_figures
from tadamon.academy.models import Course, Lesson, LessonMedia, Quiz
from tadamon.accounts.access import may, require
from tadamon.common.attachments import attachment_response
from tadamon.common.files import file_response, with_filename
from tadamon.common.params import parse_id


def catalogue(request):
    courses = list(published_courses())
    return render(request, "public/academy_catalogue.html", {"courses": courses})


def _course(request, pk: int) -> Course:
    """A published course, or a draft for someone who may write it (a preview); 404 otherwise."""
    course = get_object_or_404(with_figures(Course.objects.all()), pk=pk)
    if not may(request, "academy.view_course", course):
        raise Http404
    return course


def _lesson(request, pk: int, lesson_pk: int) -> tuple[Course, Lesson]:
    course = _course(request, pk)
    return course, get_object_or_404(Lesson.objects.prefetch_related("media"), pk=lesson_pk, course=course)


def _learner(request, course):
    """The signed-in learner's place in the course (made on first use); 403 for those who may not learn."""
    require(request, "academy.follow_courses")
    return progress_domain.start(request.user, course)


def course(request, pk: int):
    course = _course(request, pk)
    learner = progress_domain.learner_of(request.user, course)
    # With their recordings: a lesson's length is its recording's ("15 s"), not whole minutes.
    lessons = list(course.lessons.select_related("quiz").prefetch_related("media").order_by("order", "pk"))
    final_quiz = course.quizzes.filter(lesson__isnull=True).first()
    state = progress_domain.progress(learner, course)
    next_lesson = next((lesson for lesson in lessons if lesson.pk not in state.lessons_done), None)
    return render(request, "public/academy_course.html", {
        "course": course, "lessons": lessons, "final_quiz": final_quiz, "learner": learner, "progress": state,
        "next_lesson": next_lesson, "can_learn": may(request, "academy.follow_courses"),
        "can_edit": may(request, "academy.change_course", course),
        "no_certificate": progress_domain.why_no_certificate(learner) if learner and learner.completed_at else "",
    })


def lesson(request, pk: int, lesson_pk: int):
    course, lesson = _lesson(request, pk, lesson_pk)
    learner = progress_domain.learner_of(request.user, course)
    lessons = list(course.lessons.order_by("order", "pk").values_list("pk", flat=True))
    position = lessons.index(lesson.pk)
    media = course_domain.media_for_language(list(lesson.media.all()), get_language())
    quiz = Quiz.objects.filter(lesson=lesson).first()
    return render(request, "public/academy_lesson.html", {
        "course": course, "lesson": lesson, "media": media, "quiz": quiz, "learner": learner,
        "done": learner is not None and lesson.pk in progress_domain.progress(learner, course).lessons_done,
        "number": position + 1, "count": len(lessons),
        "next_pk": lessons[position + 1] if position + 1 < len(lessons) else None,
        "can_learn": may(request, "academy.follow_courses"),
    })


@require_POST
@login_required
def lesson_done(request, pk: int, lesson_pk: int):
    course, lesson = _lesson(request, pk, lesson_pk)
    learner = _learner(request, course)
    progress_domain.finish_lesson(learner, lesson)
    quiz = Quiz.objects.filter(lesson=lesson).first()
    if quiz is not None:
        return redirect("public:academy_quiz", course.pk, quiz.pk)
    following = course.lessons.filter(order__gt=lesson.order).order_by("order", "pk").first()
    if following is not None:
        return redirect("public:academy_lesson", course.pk, following.pk)
    if course.final_quiz is not None:  # after the last lesson, the course's quiz
        return redirect("public:academy_quiz", course.pk, course.final_quiz.pk)
    return redirect("public:academy_course", course.pk)


def media(request, pk: int, lesson_pk: int, media_pk: int):
    """A lesson's recording, image or video, for its page (byte ranges for players) or, with
    ?download=1, saved on the phone to listen to without a connection."""
    course, lesson = _lesson(request, pk, lesson_pk)
    item = get_object_or_404(LessonMedia, pk=media_pk, lesson=lesson)
    response = attachment_response(request, item)
    if request.GET.get("download") == "1":
        with_filename(response, f"lesson-{lesson.pk}-{item.kind}-{item.language or 'all'}"
                                f"{item.file.name[item.file.name.rfind('.'):]}")
    if course.is_published:  # a draft's files are for its authors' preview only
        response["Cache-Control"] = "public, max-age=86400"
    return response


def lesson_offline(request, pk: int, lesson_pk: int):
    """The lesson as one HTML file to keep on the phone: its text, and where to get its recording."""
    course, lesson = _lesson(request, pk, lesson_pk)
    media = course_domain.media_for_language(list(lesson.media.all()), get_language())
    html = render_to_string("public/academy_lesson_offline.html", {
        "course": course, "lesson": lesson, "media": media,
        "page_url": request.build_absolute_uri(reverse("public:academy_lesson", args=[course.pk, lesson.pk])),
    }, request=request)
    return file_response(html.encode(), "text/html; charset=utf-8", f"lesson-{lesson.pk}-{get_language()}.html")


@login_required
def quiz(request, pk: int, quiz_pk: int):
    """The quiz in the order drawn for this attempt; posting scores it and shows the result."""
    course = _course(request, pk)
    quiz = get_object_or_404(Quiz.objects.select_related("lesson"), pk=quiz_pk, course=course)
    learner = _learner(request, course)
    attempt = quizzes.start_attempt(learner, quiz)
    shown = quizzes.shuffled(quiz, attempt.seed)
    missing = []
    if request.method == "POST":
        answers = {}
        for item in shown:
            choice = parse_id(request.POST.get(f"q{item.question.pk}"))
            if choice is None:
                missing.append(item.question.pk)
            else:
                answers[item.question.pk] = choice
        if not missing:
            attempt = quizzes.submit(attempt, answers)
            completed = progress_domain.complete_if_done(learner)
            learner.refresh_from_db()
            # Passed but the course not done yet: what is left, and where to go on.
            state = None if completed else progress_domain.progress(learner, course)
            left = [] if state is None else [
                pk for pk in course.lessons.order_by("order", "pk").values_list("pk", flat=True)
                if pk not in state.lessons_done]
            return render(request, "public/academy_quiz_result.html", {
                "course": course, "quiz": quiz, "attempt": attempt, "learner": learner, "completed": completed,
                "no_certificate": progress_domain.why_no_certificate(learner) if completed else "",
                "shown": shown, "answers": answers, "review": quizzes.review(shown, answers),
                "lessons_left": len(left), "next_lesson_pk": left[0] if left else None})
    chosen = {item.question.pk: parse_id(request.POST.get(f"q{item.question.pk}")) for item in shown}
    return render(request, "public/academy_quiz.html", {
        "course": course, "quiz": quiz, "shown": shown, "missing": missing, "chosen": chosen,
        "pass_mark": course.pass_mark}, status=400 if missing else 200)


@login_required
def certificate_pdf(request, pk: int):
    """The learner's own certificate of the course."""
    from tadamon.programmes.certificate_pdf import render_certificates

    course = _course(request, pk)
    learner = progress_domain.learner_of(request.user, course)
    if learner is None or learner.certificate is None:
        raise Http404
    certificate = learner.certificate
    return file_response(render_certificates([certificate]), "application/pdf",
                         f"certificate-{certificate.display_code}.pdf", inline=True)
