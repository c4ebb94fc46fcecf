from django.db.models import Count, Prefetch, QuerySet, Sum

from tadamon.academy.enums import CourseStatus
from tadamon.academy.models import Course
from tadamon.accounts.rules import is_platform_admin, is_programme_staff
from tadamon.programmes.models import Module


def with_figures(courses: QuerySet) -> QuerySet:
    """Courses with their number of lessons, minutes, programme and modules: three queries for
    any number of courses."""
    return (courses.select_related("programme")
            .prefetch_related(Prefetch("modules", queryset=Module.objects.order_by("dimension", "code")))
            .annotate(lesson_count=Count("lessons", distinct=True), minutes=Sum("lessons__minutes")))


def published_courses() -> QuerySet:
    return with_figures(Course.objects.filter(status=CourseStatus.PUBLISHED)).order_by("programme_id", "pk")


def courses_written_by(user) -> QuerySet:
    """The courses a user may write: every course for admins, those of their programmes for staff."""
    courses = Course.objects.all()
    if is_platform_admin(user):
        return courses
    if is_programme_staff(user):
        return courses.filter(programme__staff=user)
    return courses.none()
