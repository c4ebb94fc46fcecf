"""Who may see and change what in the registry.

- Platform admins: everything, personal data included.
- Programme staff: read the whole registry and keep organisations up to date, import and
  export them; members' personal data stays masked, also for the cooperatives their programmes
  enrol (names and aggregates are what running a programme needs; see docs/permissions.md).
- Cooperative managers: their own organisation only, its members and their personal data.
- Institution officers: read the registry and member lists, personal data masked.
- Visitors: the public pages, which never show personal data.
"""

import rules

from tadamon.accounts.rules import add_acting_perm, is_manager, is_officer, is_platform_admin, is_programme_staff


@rules.predicate
def manages_organization(user, organization) -> bool:
    return organization is not None and user.is_authenticated and user.is_manager and (
        user.organization_id == organization.pk
    )


can_read_registry = is_platform_admin | is_programme_staff | is_officer

rules.add_perm("registry.view_registry", can_read_registry | is_manager)
rules.add_perm("registry.add_organization", is_platform_admin | is_programme_staff)
rules.add_perm("registry.import_organizations", is_platform_admin | is_programme_staff)
rules.add_perm("registry.export_organizations", can_read_registry)
rules.add_perm("registry.view_organization", can_read_registry | manages_organization)
can_edit_organization = is_platform_admin | is_programme_staff | manages_organization

rules.add_perm("registry.change_organization", can_edit_organization)
rules.add_perm("registry.view_members", can_read_registry | manages_organization)
rules.add_perm("registry.change_members", is_platform_admin | manages_organization)
rules.add_perm("registry.export_members", can_read_registry | manages_organization)
# Importing members from a file: whoever may edit the organisation (its manager, platform staff).
rules.add_perm("registry.import_members", can_edit_organization)
rules.add_perm("registry.view_personal_data", is_platform_admin | manages_organization)
rules.add_perm("registry.view_history", is_platform_admin | is_programme_staff | manages_organization)
# Whether an export of members carries personal data in clear (and is logged so): admins', and a
# manager's of their own organisation (the only one they may export).
rules.add_perm("registry.export_personal_data", is_platform_admin | is_manager)
# Acting for the organisation (its tabs: calls, support requests, declarations): its manager only.
add_acting_perm("registry.act_for_organization", manages_organization)
