"""What a cooperative's member with an account of her own sees: her trainings, certificates and
fairs, and her cooperative's news (its fairs and its programmes' coming sessions)."""

from django.utils import timezone

from tadamon.events.enums import ApplicationStatus
from tadamon.events.models import ExhibitorApplication, Participant
from tadamon.programmes.models import Certificate, Registration, Session


def my_trainings(person, limit: int = 30):
    return (Registration.objects.filter(person=person)
            .select_related("session__programme", "session__module", "session__province")
            .order_by("-session__starts_at")[:limit])


def my_certificates(person):
    return (Certificate.objects.filter(person=person, revoked_at__isnull=True)
            .select_related("programme", "module", "phase").order_by("-issued_at", "-pk"))


def my_fairs(person, limit: int = 20):
    return Participant.objects.filter(person=person).select_related("event").order_by("-event__starts_at")[:limit]


def cooperative_news(organization, limit: int = 10) -> dict:
    now = timezone.now()
    return {
        "fairs": (ExhibitorApplication.objects.filter(organization=organization, status=ApplicationStatus.SELECTED,
                                                      event__ends_at__gte=now)
                  .select_related("event").order_by("event__starts_at")[:limit]),
        "sessions": (Session.objects.filter(programme__enrolments__organization=organization, starts_at__gte=now)
                     .select_related("programme", "module", "province").distinct().order_by("starts_at")[:limit]),
    }
