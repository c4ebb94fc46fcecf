"""Who keeps which products and certifications: admins all; a cooperative's manager their own
organisation's; programme staff those of the organisations their programmes support. The same
people read those organisations' orders; the cooperative's manager answers and moves them (platform
admins can too, as they hold every permission, to help)."""

import rules

from tadamon.accounts.rules import add_acting_perm, is_buyer, is_manager, is_platform_admin, is_programme_staff


@rules.predicate
def keeps_organization(user, organization) -> bool:
    from tadamon.market.domain.products import organizations_kept_by

    if organization is None:
        return False
    return organizations_kept_by(user).filter(pk=organization.pk).exists()


rules.add_perm("market.list_products", is_platform_admin | is_programme_staff | is_manager)
rules.add_perm("market.keep_products", keeps_organization)


@rules.predicate
def sees_order(user, order) -> bool:
    return order is not None and keeps_organization(user, order.organization)


@rules.predicate
def handles_order(user, order) -> bool:
    """The cooperative answers its own orders: its manager, not the staff who support it."""
    return order is not None and user.is_authenticated and user.is_manager and user.organization_id == order.organization_id


rules.add_perm("market.list_orders", is_platform_admin | is_programme_staff | is_manager)
rules.add_perm("market.view_order", sees_order)
rules.add_perm("market.handle_order", handles_order)

# A buyer account (signed up on the public site) orders under its name and follows its own orders;
# acting: a superuser is no buyer.
add_acting_perm("market.follow_own_orders", is_buyer)
