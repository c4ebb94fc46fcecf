"""The support delivered that a user reads, shared by the back office and the API."""

from django.db.models import Q, QuerySet

from tadamon.accounts.rules import is_buyer, is_manager, is_platform_admin
from tadamon.partnerships.domain.queries.agreements import agreements_visible_to
from tadamon.partnerships.models import Support


def support_seen_by(user) -> QuerySet:
    """The support a user reads: admins all; a cooperative's manager what their organisation
    received or gave; the other parties also what was delivered under their agreements."""
    if not user.is_authenticated or is_buyer(user):
        return Support.objects.none()
    if is_platform_admin(user):
        return Support.objects.all()
    if user.organization_id is None:
        return Support.objects.none()
    own = Q(recipient_id=user.organization_id) | Q(provider_id=user.organization_id)
    if is_manager(user):
        return Support.objects.filter(own)
    return Support.objects.filter(own | Q(commitment__agreement__in=agreements_visible_to(user)))
