"""The agreements a user sees, shared by the back office, the API and the organisation page."""

from django.db.models import QuerySet

from tadamon.accounts.rules import is_buyer, is_platform_admin
from tadamon.partnerships.models import Agreement, AgreementParty


def agreements_visible_to(user) -> QuerySet:
    """Admins see every agreement; anyone else the agreements their organisation is a party to
    (a sponsor its portfolio, a council or public body what it signed, a cooperative its own)."""
    if not user.is_authenticated:
        return Agreement.objects.none()
    if is_platform_admin(user):
        return Agreement.objects.all()
    if user.organization_id is None or is_buyer(user):
        return Agreement.objects.none()
    return Agreement.objects.filter(pk__in=AgreementParty.objects.filter(
        organization_id=user.organization_id).values("agreement_id"))
