"""Learners' progress as staff read it: per course of a programme, per cooperative, per
learner; and the academy's figures (learners, completions, by gender, province and age band),
each counted once per person however many courses they followed."""

from django.db.models import Count, Max, Q, QuerySet

from tadamon.academy.models import Course, Learner, QuizAttempt
from tadamon.accounts.rules import is_manager, is_officer, is_platform_admin, is_programme_staff
from tadamon.registry.domain.people import people_by_gender_and_age
from tadamon.registry.models import Person


def learners_seen_by(user) -> QuerySet:
    """Whose progress the user may read: admins and officers everyone's; staff their programmes'
    learners; a manager her cooperative's; anyone else their own."""
    learners = Learner.objects.all()
    if is_platform_admin(user) or is_officer(user):
        return learners
    if is_programme_staff(user):
        return learners.filter(course__programme__staff=user)
    if is_manager(user):
        return learners.filter(Q(organization_id=user.organization_id) | Q(user=user))
    return learners.filter(user=user)


def with_progress(learners: QuerySet) -> QuerySet:
    """Learners with their lessons done, quizzes passed and best score; one query."""
    return (learners.select_related("course", "user", "organization", "person", "certificate")
            .annotate(lesson_count=Count("lessons_done", distinct=True),
                      quizzes_passed=Count("attempts__quiz", filter=Q(attempts__passed=True), distinct=True),
                      best_score=Max("attempts__score")))


def course_rows(courses: QuerySet, learners: QuerySet) -> list[dict]:
    """For each course: its learners, completions and certificates among `learners`; two queries."""
    counts = {row["course_id"]: row for row in learners.values("course_id").annotate(
        learners=Count("pk"), completed=Count("pk", filter=Q(completed_at__isnull=False)),
        certified=Count("pk", filter=Q(certificate__isnull=False))).order_by()}
    return [{"course": course, **counts.get(course.pk, {"learners": 0, "completed": 0, "certified": 0})}
            for course in courses]


def organization_rows(learners: QuerySet) -> list[dict]:
    """Per cooperative: learners (people, once each) and completions; one query."""
    return list(learners.exclude(organization=None)
                .values("organization_id", "organization__name_ar", "organization__name_latin",
                        "organization__province__name_ar", "organization__province__name_fr")
                .annotate(learners=Count("user", distinct=True),
                          completed=Count("pk", filter=Q(completed_at__isnull=False)))
                .order_by("-learners", "organization_id"))


def figures(learners: QuerySet) -> dict:
    """Learners and people who completed a course, each person once; by gender, age band and
    province of the cooperative they learn for. Accounts tied to no person count in the totals
    only (a person has one gender and one band, so the groups add up to the people)."""
    people = Person.objects.filter(pk__in=learners.exclude(person=None).values("person_id"))
    completed = Person.objects.filter(pk__in=learners.exclude(person=None).filter(
        completed_at__isnull=False).values("person_id"))
    by_gender, by_band = people_by_gender_and_age(people)
    done_gender, done_band = people_by_gender_and_age(completed)
    by_province = {row["organization__province__code"]: row["n"] for row in
                   learners.exclude(person=None).values("organization__province__code")
                   .annotate(n=Count("person_id", distinct=True)).order_by()}
    return {
        "learners": sum(by_gender.values()) + learners.filter(person=None).values("user_id").distinct().count(),
        "completed": sum(done_gender.values()) + learners.filter(person=None, completed_at__isnull=False)
        .values("user_id").distinct().count(),
        "learners_by_gender": by_gender, "completed_by_gender": done_gender,
        "learners_by_age_band": by_band, "completed_by_age_band": done_band,
        "learners_by_province": by_province,
    }


def programme_summary(programme) -> dict:
    """The programme's learners and completions, each person once, and women and men among the
    learners: one query, for the programme's page."""
    learners = Learner.objects.filter(course__programme=programme)
    done = Q(completed_at__isnull=False)
    row = learners.aggregate(
        people=Count("person", distinct=True), people_done=Count("person", distinct=True, filter=done),
        women=Count("person", distinct=True, filter=Q(person__gender="F")),
        men=Count("person", distinct=True, filter=Q(person__gender="M")),
        accounts=Count("user", distinct=True, filter=Q(person=None)),
        accounts_done=Count("user", distinct=True, filter=Q(person=None) & done))
    return {"learners": row["people"] + row["accounts"], "completed": row["people_done"] + row["accounts_done"],
            "learners_by_gender": {"F": row["women"], "M": row["men"]}}


def programme_figures(programme) -> dict:
    return figures(Learner.objects.filter(course__programme=programme))


def attempts_of(learner: Learner) -> QuerySet:
    return QuizAttempt.objects.filter(learner=learner, submitted_at__isnull=False).select_related(
        "quiz__lesson").order_by("-submitted_at")


def courses_of_programme(programme) -> QuerySet:
    return Course.objects.filter(programme=programme).order_by("pk")
