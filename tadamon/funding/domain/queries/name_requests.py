"""The name-certificate requests a user sees (the back office)."""

from django.db.models import QuerySet

from tadamon.accounts.rules import is_officer, is_platform_admin
from tadamon.funding.models import NameRequest


def requests_visible_to(user) -> QuerySet[NameRequest]:
    """Admins see every request; an officer the queue of the office they work for."""
    requests = NameRequest.objects.select_related("province", "authority")
    if is_platform_admin(user):
        return requests
    if is_officer(user) and user.organization_id:
        return requests.filter(authority_id=user.organization_id)
    return requests.none()
