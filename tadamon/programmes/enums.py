from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class EnrolmentStatus(models.TextChoices):
    INVITED = "invited", _("Invited")
    ENROLLED = "enrolled", _("Enrolled")
    ACTIVE = "active", _("Active")
    COMPLETED = "completed", pgettext_lazy("enrolment", "Completed")  # fr: an organisation, "terminée"
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


class Dimension(models.TextChoices):
    """What a needs diagnosis scores (article 003: management, finance, legal, project preparation;
    then strategy, marketing, financing)."""

    GOVERNANCE = "governance", _("Governance")
    FINANCE = "finance", _("Finance and accounting")
    LEGAL = "legal", _("Legal compliance")
    MARKETING = "marketing", _("Marketing and sales")
    PRODUCTION = "production", _("Production and quality")
    CERTIFICATION = "certification", _("Certification")
    DIGITAL = "digital", _("Digital skills")


class DiagnosisRound(models.TextChoices):
    BASELINE = "baseline", _("Baseline")
    END_OF_PHASE = "end_of_phase", _("End of phase")


class ActionStatus(models.TextChoices):
    PLANNED = "planned", _("Planned")
    IN_PROGRESS = "in_progress", _("In progress")
    DONE = "done", _("Done")


class TrainerKind(models.TextChoices):
    SPONSOR_STAFF = "sponsor_staff", _("Sponsor's staff")
    NGO_STAFF = "ngo_staff", _("NGO's staff")
    VOLUNTEER = "volunteer", _("Volunteer expert")


class BatchStatus(models.TextChoices):
    QUEUED = "queued", _("Waiting to start")
    RUNNING = "running", _("Running")
    DONE = "done", _("Done")
    FAILED = "failed", _("Failed")
