from django.db import models
from django.utils.translation import gettext_lazy as _


class EnrolmentStatus(models.TextChoices):
    INVITED = "invited", _("Invited")
    ENROLLED = "enrolled", _("Enrolled")
    ACTIVE = "active", _("Active")
    COMPLETED = "completed", _("Completed")
    WITHDRAWN = "withdrawn", _("Withdrawn")

    @classmethod
    def taking_part(cls) -> list[str]:
        """The statuses that count as "enrolled" in a programme's figures."""
        return [cls.ENROLLED, cls.ACTIVE, cls.COMPLETED]


# Which status may follow which. A withdrawn organisation can be taken back in.
ALLOWED_TRANSITIONS = {
    EnrolmentStatus.INVITED: {EnrolmentStatus.ENROLLED, EnrolmentStatus.WITHDRAWN},
    EnrolmentStatus.ENROLLED: {EnrolmentStatus.ACTIVE, EnrolmentStatus.WITHDRAWN},
    EnrolmentStatus.ACTIVE: {EnrolmentStatus.COMPLETED, EnrolmentStatus.WITHDRAWN},
    EnrolmentStatus.COMPLETED: set(),
    EnrolmentStatus.WITHDRAWN: {EnrolmentStatus.ENROLLED},
}
