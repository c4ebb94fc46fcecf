"""A sponsor's portfolio: what an organisation committed under its agreements against what it
delivered, by province, sector and year, and the organisations and people its support reached.
The same figures make its yearly social-responsibility report.

What is counted, once each:
- committed: the amounts of its commitments that are not cancelled (by due year);
- delivered: the value of the support it gave (by delivery year), split by nature (money, in kind,
  services). A piece of support linked to both a commitment and a programme is one row, so it is
  counted once;
- reached: the organisations that received its support, and the people who are currently members
  of them, by gender and age band; plus the people the support itself names (seats, transport).

A commitment owed to all of an agreement's beneficiaries has no province or sector of its own: it
is shown on a row of its own, and a province or sector filter keeps it when one of the agreement's
beneficiaries is in that province or sector.
"""

import datetime
from decimal import Decimal

from django.db.models import Count, DecimalField, Q, QuerySet, Sum
from django.db.models.functions import Coalesce, ExtractYear
from django.utils import timezone

from tadamon.partnerships.domain.queries.commitments import with_progress
from tadamon.partnerships.enums import CommitmentStatus, PartyRole, SupportKind, SupportNature
from tadamon.partnerships.models import AgreementParty, Commitment, Support
from tadamon.registry.domain.people import people_by_gender_and_age
from tadamon.registry.models import Membership, Person

ZERO = Decimal("0")
MONEY_FIELD = DecimalField(max_digits=16, decimal_places=2)


def _sum(field: str, **condition):
    return Coalesce(Sum(field, filter=Q(**condition) if condition else None), ZERO, output_field=MONEY_FIELD)


DELIVERED = {
    "delivered": _sum("value_mad"),
    "money": _sum("value_mad", nature=SupportNature.MONEY),
    "in_kind": _sum("value_mad", nature=SupportNature.IN_KIND),
    "services": _sum("value_mad", nature=SupportNature.SERVICE),
    "deliveries": Count("pk"),
    "organizations": Count("recipient_id", distinct=True),
}


def sponsors() -> QuerySet:
    """Organisations that can have a portfolio: those that owe commitments or gave support."""
    from tadamon.registry.models import Organization

    return Organization.objects.filter(
        Q(pk__in=Commitment.objects.values("debtor_id")) | Q(pk__in=Support.objects.values("provider_id")))


def portfolio_records(organization, *, year: int | None = None, province=None, sector=None) -> tuple:
    """The commitments it owes and the support it gave, filtered (the base of every figure)."""
    commitments = Commitment.objects.filter(debtor=organization)
    support = Support.objects.filter(provider=organization)
    if year:
        commitments = commitments.filter(due_on__year=year)
        support = support.filter(delivered_on__year=year)
    for field, value in (("province", province), ("sector", sector)):
        if value is None:
            continue
        beneficiary_agreements = AgreementParty.objects.filter(
            role=PartyRole.BENEFICIARY, **{f"organization__{field}": value}).values("agreement_id")
        commitments = commitments.filter(Q(**{f"beneficiary__{field}": value})
                                         | Q(beneficiary__isnull=True, agreement__in=beneficiary_agreements))
        support = support.filter(**{f"recipient__{field}": value})
    return commitments, support


def _committed_by(commitments: QuerySet, key: str) -> dict:
    rows = commitments.filter(cancelled_on__isnull=True).values(key).annotate(
        committed=_sum("amount_mad"), commitments=Count("pk")).order_by()
    return {row[key]: row for row in rows}


def _named_rows(delivered: QuerySet, committed: dict, key: str, names) -> list[dict]:
    """Join what was delivered and what was committed on `key` (a province, a sector, or None for
    commitments to all beneficiaries), with the names of each, largest delivered first."""
    rows = {row[key]: dict(row) for row in delivered}
    for value, row in committed.items():
        rows.setdefault(value, {key: value, **{name: 0 for name in DELIVERED}}).update(
            committed=row["committed"], commitments=row["commitments"])
    labelled = names.in_bulk([value for value in rows if value is not None])
    result = []
    for value, row in rows.items():
        row.setdefault("committed", ZERO)
        row.setdefault("commitments", 0)
        row["key"], row["item"] = value, labelled.get(value)
        result.append(row)
    return sorted(result, key=lambda row: (row["item"] is None, -row["delivered"], -row["committed"], str(row["item"])))


def portfolio(organization, *, year: int | None = None, province=None, sector=None,
              today: datetime.date | None = None) -> dict:
    """Every figure of the portfolio page and the yearly report, in a fixed number of queries."""
    from tadamon.registry.models import Province, Sector

    today = today or timezone.localdate()
    commitments, support = portfolio_records(organization, year=year, province=province, sector=sector)
    progress = with_progress(commitments, today)
    by_status = {row["status"]: row for row in progress.values("status").annotate(
        n=Count("pk"), committed=_sum("amount_mad")).order_by()}
    statuses = [(status, label, by_status.get(status, {}).get("n", 0), by_status.get(status, {}).get("committed", ZERO))
                for status, label in CommitmentStatus.choices]
    totals = support.aggregate(**DELIVERED, people_named=Coalesce(Sum("people"), 0))
    committed = sum((amount for status, _label, _n, amount in statuses if status != CommitmentStatus.CANCELLED), ZERO)

    by_year = {row["year"]: dict(row) for row in support.annotate(year=ExtractYear("delivered_on"))
               .values("year").annotate(**DELIVERED).order_by()}
    for row in commitments.filter(cancelled_on__isnull=True).annotate(year=ExtractYear("due_on")).values(
            "year").annotate(committed=_sum("amount_mad"), commitments=Count("pk")).order_by():
        by_year.setdefault(row["year"], {"year": row["year"], **{name: 0 for name in DELIVERED}}).update(row)
    years = [{"committed": ZERO, "commitments": 0, **row} for _year, row in sorted(by_year.items())]

    kinds = {row["kind"]: row for row in support.values("kind").annotate(
        delivered=_sum("value_mad"), deliveries=Count("pk"), people=Coalesce(Sum("people"), 0)).order_by()}
    by_kind = [{"kind": kind, "label": label, **kinds[kind]} for kind, label in SupportKind.choices if kind in kinds]

    members = Membership.objects.current().filter(organization__in=support.values("recipient_id"))
    by_gender, by_age = people_by_gender_and_age(Person.objects.filter(pk__in=members.values("person_id")))
    return {
        "organization": organization, "year": year, "province": province, "sector": sector,
        "agreements": AgreementParty.objects.filter(organization=organization).count(),
        "statuses": statuses,
        "commitments": sum(n for _status, _label, n, _amount in statuses),
        "late": by_status.get(CommitmentStatus.LATE, {}).get("n", 0),
        "kept": by_status.get(CommitmentStatus.DELIVERED, {}).get("n", 0),
        "committed": committed,
        **totals,
        "by_province": _named_rows(support.values(key := "recipient__province").annotate(**DELIVERED).order_by(),
                                   _committed_by(commitments, "beneficiary__province"), key, Province.objects),
        "by_sector": _named_rows(support.values(key := "recipient__sector").annotate(**DELIVERED).order_by(),
                                 _committed_by(commitments, "beneficiary__sector"), key, Sector.objects),
        "by_year": years,
        "by_kind": by_kind,
        "members": sum(by_gender.values()),
        "women": by_gender.get("F", 0),
        "men": by_gender.get("M", 0),
        "by_age": by_age,
    }


def agreements_in_force(organization, year: int) -> QuerySet:
    """Its part in each agreement that ran for some of `year` (the party rows, with the agreement)."""
    return (AgreementParty.objects.filter(organization=organization, agreement__starts_on__year__lte=year,
                                          agreement__ends_on__year__gte=year)
            .select_related("agreement").order_by("agreement__signed_on", "agreement__reference"))


def late_commitments(organization, *, year: int | None = None, today: datetime.date | None = None) -> QuerySet:
    commitments, _support = portfolio_records(organization, year=year)
    return (with_progress(commitments, today).filter(status=CommitmentStatus.LATE)
            .select_related("agreement", "beneficiary").order_by("due_on", "pk"))


def sponsor_report(organization, year: int, today: datetime.date | None = None) -> dict:
    """The yearly social-responsibility report: the portfolio of `year` (commitments due and
    support delivered that year), the agreements in force and the commitments still late."""
    return {**portfolio(organization, year=year, today=today),
            "parties": list(agreements_in_force(organization, year)),
            "late_list": list(late_commitments(organization, year=year, today=today))}
