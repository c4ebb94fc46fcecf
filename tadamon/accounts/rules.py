"""Role predicates shared by every data app's rules.py."""

import rules


@rules.predicate
def is_platform_admin(user) -> bool:
    return user.is_authenticated and user.is_platform_admin


@rules.predicate
def is_programme_staff(user) -> bool:
    return user.is_authenticated and user.is_programme_staff


@rules.predicate
def is_manager(user) -> bool:
    return user.is_authenticated and user.is_manager


@rules.predicate
def is_officer(user) -> bool:
    return user.is_authenticated and user.is_officer


is_back_office_user = is_platform_admin | is_programme_staff | is_manager | is_officer

rules.add_perm("accounts.view_audit_log", is_platform_admin)
