"""The certifications an organisation must renew (the manager's home)."""

import datetime

from django.db.models import QuerySet
from django.utils import timezone

from tadamon.market.models import EXPIRY_WARNING_DAYS, Certification


def certifications_to_renew(organization, today: datetime.date | None = None) -> QuerySet[Certification]:
    """The organisation's certifications (its own and its products') already issued that have
    expired or expire within the warning period, soonest first."""
    today = today or timezone.localdate()
    return (Certification.objects.filter(organization=organization, issued_on__lte=today,
                                         expires_on__lte=today + datetime.timedelta(days=EXPIRY_WARNING_DAYS))
            .order_by("expires_on", "pk"))
