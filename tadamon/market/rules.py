"""Who keeps which products and certifications: admins all; a cooperative's manager their own
organisation's; programme staff those of the organisations their programmes support."""

import rules

from tadamon.accounts.rules import is_manager, is_platform_admin, is_programme_staff


@rules.predicate
def keeps_organization(user, organization) -> bool:
    from tadamon.market.domain.products import organizations_kept_by

    if organization is None:
        return False
    return organizations_kept_by(user).filter(pk=organization.pk).exists()


rules.add_perm("market.list_products", is_platform_admin | is_programme_staff | is_manager)
rules.add_perm("market.keep_products", keeps_organization)
