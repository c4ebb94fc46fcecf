"""The post-event report: exhibitors by province and sector, members brought, logistics cost
per member, sales and contacts, attendance. Every figure is a count of the records."""

from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db.models import Count, Q, Sum
from django.utils import timezone
from django.utils.translation import gettext as _

from tadamon.events.domain.events import attendance_figures
from tadamon.events.domain.logistics import budget
from tadamon.events.enums import ApplicationStatus
from tadamon.events.models import Event, ExhibitorApplication, SalesDeclaration
from tadamon.registry.domain import validate_and_save


def declare_sales(application: ExhibitorApplication, *, sales_mad, contacts: int, orders: int = 0, notes: str = "",
                  user=None) -> SalesDeclaration:
    """A selected exhibitor says what it sold, once the fair has begun; declaring again corrects it."""
    if application.status != ApplicationStatus.SELECTED:
        raise ValidationError(_("Only a selected exhibitor declares sales."))
    if timezone.now() < application.event.starts_at:
        raise ValidationError(_("Sales are declared once the fair has begun."))
    declaration = SalesDeclaration.objects.filter(application=application).first() or SalesDeclaration(
        application=application)
    return validate_and_save(declaration, fields={"sales_mad": sales_mad, "contacts": contacts, "orders": orders,
                                                  "notes": notes.strip(), "declared_by": user}, user=user)


def event_report(event: Event) -> dict:
    exhibitors = ExhibitorApplication.objects.filter(event=event, status=ApplicationStatus.SELECTED)
    by_province = list(
        exhibitors.values("organization__province__code", "organization__province__name_fr",
                          "organization__province__name_ar")
        .annotate(exhibitors=Count("pk", distinct=True),
                  women=Count("pk", filter=Q(organization__is_women=True), distinct=True),
                  sales_total=Sum("sales__sales_mad"), contacts_total=Sum("sales__contacts"))
        .order_by("-exhibitors", "organization__province__code"))
    by_sector = list(
        exhibitors.values("organization__sector__code", "organization__sector__name_fr",
                          "organization__sector__name_ar")
        .annotate(exhibitors=Count("pk")).order_by("-exhibitors", "organization__sector__code"))
    sales = SalesDeclaration.objects.filter(application__in=exhibitors).aggregate(
        total=Sum("sales_mad"), contacts=Sum("contacts"), orders=Sum("orders"), declared=Count("pk"))
    money = budget(event)
    return {
        "event": event,
        "exhibitors": exhibitors.count(),
        "by_province": by_province,
        "by_sector": by_sector,
        "members_brought": money["members_brought"],
        "logistics_per_member": money["logistics_per_member"],
        "budget": money,
        "sales_total": sales["total"] or Decimal("0"),
        "contacts": sales["contacts"] or 0,
        "orders": sales["orders"] or 0,
        "declared": sales["declared"],
        "attendance": attendance_figures(event),
    }
