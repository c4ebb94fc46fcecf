from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class EventKind(models.TextChoices):
    NATIONAL_FAIR = "national_fair", _("National fair")
    REGIONAL_FAIR = "regional_fair", _("Regional fair")
    MEETING = "meeting", _("Meeting")
    WORKSHOP = "workshop", _("Workshop")
    AWARENESS = "awareness", _("Awareness session")
    TRAINING_DAY = "training_day", _("Training day")


class ParticipantRole(models.TextChoices):
    VISITOR = "visitor", _("Visitor")
    PARTICIPANT = "participant", _("Participant")
    EXHIBITOR = "exhibitor", _("Exhibitor")
    SPEAKER = "speaker", _("Speaker")
    GUEST = "guest", _("Guest")


class ApplicationStatus(models.TextChoices):
    SUBMITTED = "submitted", _("Submitted")
    SELECTED = "selected", _("Selected")
    WAITING = "waiting", _("Waiting list")
    DECLINED = "declined", _("Declined")

    @classmethod
    def decisions(cls) -> list[str]:
        return [cls.SELECTED, cls.WAITING, cls.DECLINED]


class CostCategory(models.TextChoices):
    TRANSPORT = "transport", _("Transport")
    LODGING = "lodging", _("Lodging")
    STANDS = "stands", _("Stands and fitting out")
    CATERING = "catering", _("Catering")
    COMMUNICATION = "communication", _("Communication")
    OTHER = "other", _("Other")

    @classmethod
    def booked(cls) -> list[str]:
        """Categories whose actual cost is what the trips and hotels booked cost."""
        return [cls.TRANSPORT, cls.LODGING]


class AgendaItemKind(models.TextChoices):
    PLENARY = "plenary", _("Plenary")
    SESSION = "session", _("Session")
    WORKSHOP = "workshop", _("Workshop")


class RecommendationStatus(models.TextChoices):
    OPEN = "open", pgettext_lazy("recommendation", "Open")
    IN_PROGRESS = "in_progress", _("In progress")
    DONE = "done", _("Done")
    DROPPED = "dropped", _("Dropped")


# Where a recommendation may go from each status (reopening included); dropping needs a reason.
RECOMMENDATION_MOVES = {
    RecommendationStatus.OPEN: {RecommendationStatus.IN_PROGRESS, RecommendationStatus.DONE,
                                RecommendationStatus.DROPPED},
    RecommendationStatus.IN_PROGRESS: {RecommendationStatus.OPEN, RecommendationStatus.DONE,
                                       RecommendationStatus.DROPPED},
    RecommendationStatus.DONE: {RecommendationStatus.IN_PROGRESS},
    RecommendationStatus.DROPPED: {RecommendationStatus.OPEN},
}
