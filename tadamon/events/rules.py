"""Who may see and run events.

- Visitors: the published events' public pages, and registering themselves.
- Platform admins: every event.
- Programme staff: create events; manage and check people in at the events they are on.
- Institution officers and cooperative managers: read the back-office event list and pages;
  a manager sees only their own organisation's participants.
"""

import rules

from tadamon.accounts.rules import is_back_office_user, is_platform_admin, is_programme_staff


@rules.predicate
def is_on_event(user, event) -> bool:
    if event is None or not user.is_authenticated:
        return False
    staff_ids = getattr(event, "staff_ids", None)
    if staff_ids is None:
        return event.staff.filter(pk=user.pk).exists()
    return user.pk in staff_ids


runs_event = is_platform_admin | (is_programme_staff & is_on_event)

rules.add_perm("events.list_events", is_back_office_user)
rules.add_perm("events.add_event", is_platform_admin | is_programme_staff)
rules.add_perm("events.view_event", is_back_office_user)
rules.add_perm("events.change_event", runs_event)
rules.add_perm("events.manage_participants", runs_event)
