"""The calls for proposals a user sees (the back office and the call's permissions)."""

from django.db.models import Q, QuerySet

from tadamon.accounts.rules import is_manager, is_platform_admin
from tadamon.funding.models import Call


def calls_visible_to(user) -> QuerySet[Call]:
    """Admins every call; programme staff the calls their organisation runs and those they
    evaluate; others the calls they evaluate, and for a manager every call (they are public)."""
    if is_platform_admin(user) or is_manager(user):
        return Call.objects.all()
    return Call.objects.filter(Q(sponsor_id=user.organization_id) | Q(evaluators=user)).distinct() \
        if user.organization_id else Call.objects.filter(evaluators=user)
