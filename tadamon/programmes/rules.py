"""Who may see and run programmes.

- Platform admins: every programme.
- Programme staff: the programmes they are on (Programme.staff), and only those; any staff
  member may start a new programme, and is put on it.
- Institution officers: read every programme (public bodies follow them).
- Cooperative managers: read the programmes their organisation is enrolled in.
"""

import rules

from tadamon.accounts.rules import is_manager, is_officer, is_on_staff, is_platform_admin, is_programme_staff


@rules.predicate
def organization_is_enrolled(user, programme) -> bool:
    return (programme is not None and user.is_authenticated and user.organization_id is not None
            and programme.enrolments.filter(organization_id=user.organization_id).exists())


runs_programme = is_platform_admin | (is_programme_staff & is_on_staff)

rules.add_perm("programmes.list_programmes", is_platform_admin | is_programme_staff | is_officer | is_manager)
rules.add_perm("programmes.add_programme", is_platform_admin | is_programme_staff)
rules.add_perm("programmes.view_programme", runs_programme | is_officer | (is_manager & organization_is_enrolled))
rules.add_perm("programmes.change_programme", runs_programme)
rules.add_perm("programmes.manage_enrolments", runs_programme)
rules.add_perm("programmes.issue_certificates", runs_programme)

# Officers read what the programme's staff read: every enrolled organisation's enrolment, people on
# the registers and certificates. Others who see the programme (an enrolled cooperative's manager)
# see only their own organisation's.
sees_every_organization = runs_programme | is_officer
rules.add_perm("programmes.view_all_enrolled", sees_every_organization)


@rules.predicate
def sees_organization_record(user, obj) -> bool:
    """obj: an enrolment or a certificate, whose `programme` the access helper set (with `staff_ids`)."""
    return obj is not None and (sees_every_organization.test(user, obj.programme)
                                or (user.is_authenticated and user.organization_id == obj.organization_id))


rules.add_perm("programmes.view_enrolment", sees_organization_record)
rules.add_perm("programmes.view_certificate", sees_organization_record)
