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


@rules.predicate
def is_member(user) -> bool:
    return user.is_authenticated and user.is_member


@rules.predicate
def is_buyer(user) -> bool:
    return user.is_authenticated and user.is_buyer


@rules.predicate
def is_on_staff(user, obj) -> bool:
    """The user is on the staff of a programme or an event. Views load the staff ids once
    (`obj.staff_ids`) so a page of permission checks costs no query each."""
    if obj is None or not user.is_authenticated:
        return False
    staff_ids = getattr(obj, "staff_ids", None)
    if staff_ids is None:
        return obj.staff.filter(pk=user.pk).exists()
    return user.pk in staff_ids


@rules.predicate
def has_an_organization(user) -> bool:
    return user.is_authenticated and user.organization_id is not None


is_back_office_user = is_platform_admin | is_programme_staff | is_manager | is_officer

rules.add_perm("accounts.view_audit_log", is_platform_admin)


# Claims of cooperatives (docs/permissions.md): decided by admins, by officers (the cooperative
# development office and the public bodies that keep the registry), and by the staff of a
# programme that accompanies the claimed cooperative (not for a cooperative proposed as new).
@rules.predicate
def accompanies_claimed_organization(user, claim) -> bool:
    return (claim is not None and claim.organization_id is not None and user.is_authenticated
            and claim.organization.enrolments.filter(programme__staff=user).exists())


rules.add_perm("accounts.list_claims", is_platform_admin | is_officer | is_programme_staff)
rules.add_perm("accounts.decide_claim", is_platform_admin | is_officer
               | (is_programme_staff & accompanies_claimed_organization))


# A cooperative's team (its managers and the members with an account): its managers keep it; admins,
# officers and programme staff may invite a first manager to any cooperative (a printed QR code
# handed over at a session, a link by SMS).
@rules.predicate
def manages_this_organization(user, organization) -> bool:
    return (organization is not None and user.is_authenticated and user.is_manager
            and user.organization_id == organization.pk)


rules.add_perm("accounts.manage_team", is_platform_admin | manages_this_organization)
rules.add_perm("accounts.invite_manager", is_platform_admin | is_officer | is_programme_staff
               | manages_this_organization)
rules.add_perm("accounts.open_admin_site", is_platform_admin)  # the link to it; the admin checks is_staff


# Acting *for an organisation* (applying, filing a declaration, raising a request, reporting on a
# grant, declaring sales) is its manager's act; writing a review is its evaluator's, ordering as a
# buyer the buyer account's. Django lets a superuser pass every `has_perm`; the permissions added
# with `add_acting_perm` are decided by their rule alone, for superusers too (`User.has_perm`), so
# an admin who speaks for no organisation is refused without a patch in the view.
DECIDED_BY_RULE_ALONE: set[str] = set()


def add_acting_perm(name: str, predicate) -> None:
    DECIDED_BY_RULE_ALONE.add(name)
    rules.add_perm(name, predicate)


# A member's own space (her trainings, certificates, fairs, her cooperative's news): members with
# an account tied to their record in the registry.
@rules.predicate
def has_a_member_record(user) -> bool:
    return user.is_authenticated and user.person_id is not None


add_acting_perm("accounts.view_member_space", is_member & has_a_member_record)  # not an admin's: rule alone


# Field work without a connection (docs/offline.md): the field pages and keeping a device signed in
# for the day are for those who take attendance, check people in and coach; what each action may
# touch is asked again of its own permission when it is replayed. A kept device is revoked by its
# owner or by an administrator.
@rules.predicate
def owns_device(user, device) -> bool:
    return device is not None and user.is_authenticated and device.user_id == user.pk


rules.add_perm("accounts.do_field_work", is_platform_admin | is_programme_staff | is_officer)
rules.add_perm("accounts.revoke_field_device", is_platform_admin | owns_device)
