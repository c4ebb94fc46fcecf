"""Who sees and keeps partnership agreements: admins all; anyone else the agreements their
organisation is a party to (a sponsor its portfolio, a council what it signed, a cooperative its
own); the programme staff of a party keep them up to date."""

import rules

from tadamon.accounts.rules import (
    has_an_organization,
    is_back_office_user,
    is_manager,
    is_officer,
    is_platform_admin,
    is_programme_staff,
)


@rules.predicate
def is_party(user, agreement) -> bool:
    if agreement is None or not user.is_authenticated or user.organization_id is None:
        return False
    return agreement.parties.filter(organization_id=user.organization_id).exists()


@rules.predicate
def is_an_agreement(user, agreement) -> bool:
    return agreement is not None


# Admins, and the programme staff of a party (the sponsor's or the NGO's people).
keeps_agreement = is_an_agreement & (is_platform_admin | (is_programme_staff & is_party))


rules.add_perm("partnerships.list_agreements", is_platform_admin | is_programme_staff | is_officer | is_manager)
rules.add_perm("partnerships.add_agreement", is_platform_admin | is_programme_staff)
rules.add_perm("partnerships.view_agreement", is_platform_admin | (is_back_office_user & is_party))
rules.add_perm("partnerships.change_agreement", keeps_agreement)


@rules.predicate
def of_own_organization(user, organization) -> bool:
    return organization is not None and user.is_authenticated and user.organization_id == organization.pk


# A portfolio (and its yearly report) is the organisation's own business: its programme staff or
# officers read it; admins read any.
rules.add_perm("partnerships.view_portfolio",
               is_platform_admin | ((is_programme_staff | is_officer) & of_own_organization))


# Whether the user has a portfolio to read at all (the link on the home page): admins any
# organisation's, programme staff and officers their own organisation's.
rules.add_perm("partnerships.view_a_portfolio",
               is_platform_admin | ((is_programme_staff | is_officer) & has_an_organization))
# An admin chooses whose portfolio to read; anyone else reads their own organisation's.
rules.add_perm("partnerships.view_any_portfolio", is_platform_admin)
