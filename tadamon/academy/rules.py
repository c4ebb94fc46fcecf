"""Who may do what in the academy (docs/permissions.md, "Academy").

- Everyone, signed in or not: the published courses, their lessons and their recordings.
- Learners: members and managers of a cooperative with an account follow courses (progress,
  quizzes, their certificate). Their progress is theirs to read.
- Authors: platform admins, and programme staff for the programmes they are on, write courses,
  preview them and publish them; any staff member may start a course on one of their programmes.
- Progress of others (per programme, cooperative and learner): admins, the staff of the course's
  programme, and officers (who read every programme); a cooperative's manager, her own
  cooperative's learners.
"""

import rules

from tadamon.accounts.rules import (
    add_acting_perm,
    is_manager,
    is_member,
    is_officer,
    is_platform_admin,
    is_programme_staff,
)


@rules.predicate
def on_course_programme_staff(user, course) -> bool:
    """The user is on the staff of the course's programme; `course.programme.staff_ids` when the
    access helper loaded it, else one query."""
    if course is None or not user.is_authenticated:
        return False
    staff_ids = getattr(course.programme, "staff_ids", None)
    if staff_ids is None:
        return course.programme.staff.filter(pk=user.pk).exists()
    return user.pk in staff_ids


@rules.predicate
def is_published(user, course) -> bool:
    return course is not None and course.is_published


@rules.predicate
def is_own_progress(user, learner) -> bool:
    return learner is not None and user.is_authenticated and learner.user_id == user.pk


@rules.predicate
def manages_learners_organization(user, learner) -> bool:
    return (learner is not None and user.is_authenticated and user.is_manager
            and learner.organization_id == user.organization_id)


@rules.predicate
def on_learners_course_staff(user, learner) -> bool:
    return learner is not None and on_course_programme_staff.test(user, learner.course)


writes_course = is_platform_admin | (is_programme_staff & on_course_programme_staff)

rules.add_perm("academy.add_course", is_platform_admin | is_programme_staff)
rules.add_perm("academy.change_course", writes_course)
rules.add_perm("academy.write_any_programme", is_platform_admin)  # a course on a programme one is not on
rules.add_perm("academy.view_course", is_published | writes_course)
# Learning is a member's or manager's own act: decided by the rule alone, for superusers too.
add_acting_perm("academy.follow_courses", is_member | is_manager)
rules.add_perm("academy.list_progress", is_platform_admin | is_programme_staff | is_officer)
# Progress of one course's learners (the per-programme and per-cooperative tables).
rules.add_perm("academy.view_course_progress", writes_course | is_officer)
# The back office's page of one learner: those who may read someone else's progress.
rules.add_perm("academy.follow_learners", is_platform_admin | is_programme_staff | is_officer | is_manager)
rules.add_perm("academy.view_learner", is_own_progress | is_platform_admin | is_officer
               | manages_learners_organization
               | (is_programme_staff & on_learners_course_staff))
