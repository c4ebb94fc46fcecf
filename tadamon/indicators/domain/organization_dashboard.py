"""One organisation's own dashboard: its members by gender and age band and over the years,
the people it sent to training, its programmes, the support it received, its products and
orders, its applications and grants, and its compliance score. Read by its own manager (and
those who may read the organisation's page): counted straight from its records."""

import datetime

from django.db.models import Count, Q, Sum
from django.utils import timezone

from tadamon.registry.domain.people import people_by_gender_and_age
from tadamon.registry.models import Membership, Person


def members_over_years(organization, years: range) -> list[tuple[int, int]]:
    """Members on 31 December of each year, in one query."""
    counts = Membership.objects.filter(organization=organization).aggregate(**{
        str(year): Count("pk", filter=(Q(start_date__isnull=True) | Q(start_date__lte=datetime.date(year, 12, 31)))
                         & (Q(end_date__isnull=True) | Q(end_date__gt=datetime.date(year, 12, 31))))
        for year in years})
    return [(year, counts[str(year)]) for year in years]


def organization_dashboard(organization) -> dict:
    from tadamon.funding.domain.compliance import last_closed_year, reasons
    from tadamon.funding.domain.queries.compliance import with_compliance
    from tadamon.funding.models import Application, Grant
    from tadamon.market.enums import OrderStatus
    from tadamon.market.models import Order, Product
    from tadamon.partnerships.models import Support
    from tadamon.programmes.models import Enrolment, Registration

    today = timezone.localdate()
    current = Person.objects.filter(pk__in=Membership.objects.current().filter(organization=organization)
                                    .values("person_id"))
    by_gender, by_band = people_by_gender_and_age(current)
    trained = Registration.objects.filter(organization=organization, attended=True)
    support = Support.objects.filter(recipient=organization)
    figures = {
        "members": sum(by_gender.values()), "women": by_gender.get("F", 0), "men": by_gender.get("M", 0),
        "by_age": by_band,
        "over_years": members_over_years(organization, range(today.year - 9, today.year + 1)),
        "people_trained": trained.values("person").distinct().count(),
        "sessions_attended": trained.values("session").distinct().count(),
        "enrolments": Enrolment.objects.filter(organization=organization).select_related("programme"),
        "support": support.values("nature").annotate(value=Sum("value_mad"), n=Count("pk")).order_by("nature"),
        "support_total": support.aggregate(total=Sum("value_mad"))["total"] or 0,
        "products": Product.objects.filter(organization=organization).aggregate(
            all=Count("pk"), published=Count("pk", filter=Q(published=True))),
        "orders": [(OrderStatus(row["status"]).label, row["n"]) for row in Order.objects.filter(
            organization=organization).values("status").annotate(n=Count("pk")).order_by("status")],
        "applications": Application.objects.filter(organization=organization).select_related("call"),
        "granted": Grant.objects.filter(application__organization=organization).aggregate(
            total=Sum("amount_mad"))["total"] or 0,
    }
    if organization.kind == "cooperative":
        year = last_closed_year(today)
        scored = with_compliance(type(organization).objects.filter(pk=organization.pk), year, today).get()
        figures["compliance"] = {"year": year, "score": scored.compliance, "reasons": reasons(scored, year)}
    return figures
