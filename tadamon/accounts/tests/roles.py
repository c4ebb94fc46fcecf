"""One user per role, and a check of who passes a permission, for the predicate tests of every
data app's rules (`tadamon/<app>/tests/test_rules.py`)."""

from django.contrib.auth.models import AnonymousUser

from tadamon.accounts.enums import Role
from tadamon.accounts.tests.factories import UserFactory
from tadamon.registry.tests.factories import OrganizationFactory


def role_users() -> dict:
    """superuser (role admin, is_superuser), admin (role only), two staff of one company, an
    officer, the managers of two cooperatives, a staff member without an organisation, a buyer and
    an anonymous visitor."""
    company = OrganizationFactory(kind="company")
    return {
        "superuser": UserFactory(username="rules-superuser", role=Role.ADMIN, is_staff=True, is_superuser=True),
        "admin": UserFactory(username="rules-admin", role=Role.ADMIN),
        "staff": UserFactory(username="rules-staff", role=Role.STAFF, organization=company),
        "other staff": UserFactory(username="rules-other-staff", role=Role.STAFF, organization=company),
        "staff without organisation": UserFactory(username="rules-lone-staff", role=Role.STAFF),
        "officer": UserFactory(username="rules-officer", role=Role.OFFICER,
                               organization=OrganizationFactory(kind="public_body")),
        "manager": UserFactory(username="rules-manager", role=Role.MANAGER, organization=OrganizationFactory()),
        "other manager": UserFactory(username="rules-other-manager", role=Role.MANAGER,
                                     organization=OrganizationFactory()),
        "buyer": UserFactory(username="rules-buyer", role=Role.BUYER),
        "anonymous": AnonymousUser(),
    }


def who_passes(users: dict, permission: str, obj=None) -> set[str]:
    return {name for name, user in users.items() if user.has_perm(permission, obj)}
