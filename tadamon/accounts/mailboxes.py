"""Where a message to an organisation goes: its own address and those of its active users in the
given roles (its managers, by default)."""

from django.contrib.auth import get_user_model

from tadamon.accounts.enums import Role


def organization_addresses(organization, roles=(Role.MANAGER,)) -> list[str]:
    users = get_user_model().objects.filter(organization=organization, role__in=roles, is_active=True)
    return sorted({e for e in [organization.email, *users.values_list("email", flat=True)] if e})
