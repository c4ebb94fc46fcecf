"""Where a message to an organisation goes: its own address and those of its active managers."""

from django.contrib.auth import get_user_model

from tadamon.accounts.enums import Role


def organization_addresses(organization) -> list[str]:
    managers = get_user_model().objects.filter(organization=organization, role=Role.MANAGER, is_active=True)
    return sorted({e for e in [organization.email, *managers.values_list("email", flat=True)] if e})
