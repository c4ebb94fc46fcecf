"""Access helpers: fetch an object for a user, with its relations, or answer 404/403.

An outsider who may not even see the object gets 404 (its existence is not revealed);
someone who may see it but not do this action gets 403."""

from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404

from tadamon.registry.models import Membership, Organization


def organization_for_user(request, pk: int, permission: str = "registry.view_organization") -> Organization:
    organization = get_object_or_404(
        Organization.objects.select_related("province__region", "commune", "sector"), pk=pk
    )
    if not request.user.has_perm("registry.view_organization", organization):
        raise Http404
    if permission != "registry.view_organization" and not request.user.has_perm(permission, organization):
        raise PermissionDenied
    return organization


def membership_for_user(request, organization_pk: int, pk: int, permission: str) -> Membership:
    organization = organization_for_user(request, organization_pk, permission)
    membership = get_object_or_404(
        Membership.objects.select_related("person", "organization"), pk=pk, organization=organization
    )
    return membership


def sees_a_portfolio(user) -> bool:
    """Whether the user has a partnership portfolio to read (their organisation's, or any: admins)."""
    return user.is_platform_admin or (user.organization is not None
                                      and user.has_perm("partnerships.view_portfolio", user.organization))
