"""Awards on the public site: the awards with their editions, an edition's laureates, an
organisation's awards. A laureate is an application decided funded in an edition's call, of an
organisation the public sees; nothing else (no applicant, no rejected one, no person) is read."""

from django.db.models import Count, F, Prefetch, Q, QuerySet

from tadamon.funding.enums import ApplicationStatus
from tadamon.funding.models import Application, Award, AwardEdition
from tadamon.registry.enums import OrganizationKind, OrganizationStatus


def _laureate_filter(prefix: str = "") -> Q:
    return Q(**{f"{prefix}status": ApplicationStatus.FUNDED, f"{prefix}decided_at__isnull": False,
                f"{prefix}organization__kind__in": OrganizationKind.social_economy()}) & ~Q(
        **{f"{prefix}organization__status": OrganizationStatus.DISSOLVED})


def laureates() -> QuerySet[Application]:
    """Every laureate of every edition."""
    return Application.objects.filter(_laureate_filter(), call__award_edition__isnull=False)


def awards_with_editions() -> QuerySet[Award]:
    """Awards, each with `editions` (newest first) carrying `laureate_count`."""
    editions = AwardEdition.objects.annotate(
        laureate_count=Count("call__applications", filter=_laureate_filter("call__applications__")))
    return Award.objects.prefetch_related(Prefetch("editions", queryset=editions.order_by("-year")))


def edition_laureates(edition: AwardEdition) -> list[Application]:
    """The edition's laureates by category (the jury's order), then rank, then name."""
    return list(
        laureates().filter(call_id=edition.call_id)
        .select_related("organization__province", "grant", "award_placement__category")
        .order_by(F("award_placement__category__position").asc(nulls_last=True),
                  F("award_placement__category_id").asc(nulls_last=True),
                  F("award_placement__rank").asc(nulls_last=True), "organization__name_latin", "pk")
    )


def awards_of(organization) -> list[Application]:
    """The organisation's laureate applications, newest edition first, with edition and place."""
    return list(
        laureates().filter(organization=organization)
        .select_related("call__award_edition__award", "award_placement__category")
        .order_by("-call__award_edition__year", "pk")
    )
