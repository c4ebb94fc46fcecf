"""Who may see and run events.

- Visitors: the published events' public pages, and registering themselves.
- Platform admins: every event.
- Programme staff: create events; manage and check people in at the events they are on.
- Institution officers and cooperative managers: read the back-office event list and pages;
  a manager sees only their own organisation's participants.
"""

import rules

from tadamon.accounts.rules import (
    add_acting_perm,
    is_back_office_user,
    is_manager,
    is_officer,
    is_on_staff,
    is_platform_admin,
    is_programme_staff,
)

runs_event = is_platform_admin | (is_programme_staff & is_on_staff)

rules.add_perm("events.list_events", is_back_office_user)
rules.add_perm("events.add_event", is_platform_admin | is_programme_staff)
rules.add_perm("events.view_event", is_back_office_user)
rules.add_perm("events.change_event", runs_event)
rules.add_perm("events.manage_participants", runs_event)
# A meeting's programme, minutes and recommendations (and moving a recommendation's status).
rules.add_perm("events.keep_minutes", runs_event)


# Applications: a manager applies for their own organisation and sees its applications; the
# event's staff decide and give stands; officers read (the views check who sees which).
add_acting_perm("events.apply", is_manager)
rules.add_perm("events.decide_applications", runs_event)


@rules.predicate
def runs_event_of(user, application) -> bool:
    """obj: an exhibitor application; the view sets its `event` (with `staff_ids`)."""
    return application is not None and runs_event.test(user, application.event)


@rules.predicate
def applied_for_own_organization(user, application) -> bool:
    return application is not None and user.is_authenticated and user.organization_id == application.organization_id


# Officers read what the event's staff read: every participant, application and sale, the report.
rules.add_perm("events.view_all_participants", runs_event | is_officer)
rules.add_perm("events.view_applications", runs_event | is_officer)
rules.add_perm("events.view_application", runs_event_of | is_officer | (is_manager & applied_for_own_organization))
rules.add_perm("events.view_report", runs_event | is_officer)
add_acting_perm("events.declare_sales", is_manager)
