"""A fair's exhibitors as the public sees them (the public event page, the API, the catalogue's
filter by event): selected applications of public organisations, never a person."""

from django.db.models import Count, IntegerField, OuterRef, QuerySet, Subquery
from django.db.models.functions import Coalesce, Length

from tadamon.events.enums import ApplicationStatus
from tadamon.events.models import ExhibitorApplication, Stand
from tadamon.registry.domain.queries.directory import public_organizations


def public_exhibitors() -> QuerySet[ExhibitorApplication]:
    """Selected applications of organisations the public may see, of every event."""
    return ExhibitorApplication.objects.filter(status=ApplicationStatus.SELECTED,
                                               organization__in=public_organizations())


def exhibitor_lines() -> QuerySet[ExhibitorApplication]:
    """Public exhibitors with what their line shows (organisation, province, sector, stand), by
    province, then name: for a Prefetch of several events' exhibitors."""
    return (public_exhibitors().select_related("organization__province", "organization__sector", "stand")
            .order_by("organization__province__code", "organization__name_latin", "organization__name_ar", "pk"))


def exhibitors_of(event) -> QuerySet[ExhibitorApplication]:
    """The event's exhibitor lines with `travelling`, how many members each brings."""
    return exhibitor_lines().filter(event=event).annotate(travelling=Count("travellers"))


def with_exhibitor_count(events: QuerySet) -> QuerySet:
    """Events annotated with `exhibitors`, their public exhibitors (a subquery: no join that
    would multiply other counts)."""
    count = (public_exhibitors().filter(event=OuterRef("pk")).order_by().values("event")
             .annotate(n=Count("pk")).values("n"))
    return events.annotate(exhibitors=Coalesce(Subquery(count, output_field=IntegerField()), 0))


def exhibitor_organization_ids(event_id: int) -> QuerySet:
    """The organisations exhibiting at an event, for the catalogue's filter by event."""
    return public_exhibitors().filter(event_id=event_id).values("organization_id")


def fair_figures(exhibitors: list) -> dict:
    """What the page counts, from `exhibitors_of` already fetched: exhibitors, organisations by
    province (most first) and members brought (the travelling members of the selected)."""
    provinces: dict = {}
    for application in exhibitors:
        province = application.organization.province
        provinces[province] = provinces.get(province, 0) + 1
    return {"exhibitors": len(exhibitors),
            "by_province": sorted(provinces.items(), key=lambda item: (-item[1], item[0].code)),
            "members_brought": sum(application.travelling for application in exhibitors)}


def stand_plan(event, exhibitors: list) -> list[tuple[str, list[dict]]]:
    """The stands by zone in natural order (2 before 10), each with its public exhibitor or
    None when free (or given to an organisation the public does not see)."""
    by_application = {application.pk: application for application in exhibitors}
    zones: dict[str, list[dict]] = {}
    for stand in Stand.objects.filter(event=event).order_by("zone", Length("number"), "number"):
        zones.setdefault(stand.zone, []).append(
            {"number": stand.number, "exhibitor": by_application.get(stand.application_id)})
    return list(zones.items())
