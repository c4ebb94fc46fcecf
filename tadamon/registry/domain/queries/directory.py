"""The organisation directory: one filtered queryset used by the public pages, the back office,
the API and the exports, so that a filter means the same thing everywhere."""

from dataclasses import dataclass

from django.db.models import Count, Q, QuerySet

from tadamon.common.i18n import localized
from tadamon.registry.enums import OrganizationStatus
from tadamon.registry.models import Membership, Organization


@dataclass(frozen=True)
class DirectoryFilters:
    q: str = ""
    region: str = ""  # ISO code, e.g. MA-08
    province: str = ""  # ISO code, e.g. MA-TIN
    kind: str = ""
    sector: str = ""  # sector code; a group code includes its sectors
    women: bool | None = None
    youth: bool | None = None
    status: str = ""


def public_organizations() -> QuerySet:
    """What the public sees: SSE organisations that have not been dissolved."""
    return Organization.objects.social_economy().exclude(status=OrganizationStatus.DISSOLVED)


def directory(filters: DirectoryFilters, base: QuerySet | None = None) -> QuerySet:
    qs = Organization.objects.all() if base is None else base
    if filters.q:
        qs = qs.search(filters.q)
    if filters.region:
        qs = qs.filter(province__region__code=filters.region)
    if filters.province:
        qs = qs.filter(province__code=filters.province)
    if filters.kind:
        qs = qs.filter(kind=filters.kind)
    if filters.sector:
        qs = qs.filter(Q(sector__code=filters.sector) | Q(sector__parent__code=filters.sector))
    if filters.women is not None:
        qs = qs.filter(is_women=filters.women)
    if filters.youth is not None:
        qs = qs.filter(is_youth=filters.youth)
    if filters.status:
        qs = qs.filter(status=filters.status)
    # A search lists the best matches first (search_rank, annotated by Organization.objects.search).
    order = ["search_rank", *ordering()] if filters.q and "search_rank" in qs.query.annotations else ordering()
    return qs.select_related("province__region", "commune", "sector").order_by(*order)


def ordering() -> list[str]:
    """Alphabetical in the script of the page's language; pk breaks ties so pages are stable."""
    return [localized("name_ar", "name_latin"), "pk"]


def member_counts(organization_ids) -> dict[int, int]:
    """Current members per organisation, in one query for a whole page of results."""
    rows = (
        Membership.objects.current()
        .filter(organization_id__in=list(organization_ids))
        .values("organization_id")
        .annotate(n=Count("person_id", distinct=True))
    )
    return {row["organization_id"]: row["n"] for row in rows}


def members_band(count: int) -> str:
    """Public pages show a band, not an exact count, for small organisations."""
    if count < 10:
        return "1–9" if count else "0"
    if count < 25:
        return "10–24"
    if count < 50:
        return "25–49"
    if count < 100:
        return "50–99"
    return "100+"
