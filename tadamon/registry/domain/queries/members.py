"""An organisation's current members as a viewer sees them on its page."""

from tadamon.common.i18n import by_name
from tadamon.common.personal_data import shown_personal_data
from tadamon.registry.models import Membership


def members_as_seen(organization, *, personal_data_visible: bool) -> list[dict]:
    """Current members by role and name: the membership, the person, and their birth year, CIN and
    phone in clear or masked (common.personal_data.shown_personal_data)."""
    memberships = (Membership.objects.current().filter(organization=organization).select_related("person")
                   .order_by("role", by_name("person__last_name_ar", "person__last_name_latin"),
                             by_name("person__first_name_ar", "person__first_name_latin"), "pk"))
    return [{"membership": m, "person": m.person, **shown_personal_data(m.person, visible=personal_data_visible)}
            for m in memberships]
