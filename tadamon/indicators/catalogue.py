"""Every indicator, defined once: its name and definition (translated like the rest of the
interface), its unit, whether it counts people (small cells are then hidden in public), the
dimensions it breaks down by, and the query that computes it.

Each query returns, for one year, rows at the finest grain of its dimensions: p (province id), and
as the indicator has them s (sector id), k (kind of organisation), g (gender), a (age band),
prog (programme id), then value. Regions and the nation add provinces up, which is right because
each counted thing belongs to one province; the same goes for the other dimensions, except where
a definition says a person counts once in each programme. "At the end of the year" indicators are stocks (what exists on 31 December); the others
count what happened during the year.
"""

import dataclasses
import datetime
from collections.abc import Callable

from django.db.models import Count, F, Q, QuerySet
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from tadamon.indicators.enums import Dimension

REGION, PROVINCE, SECTOR, YEAR = Dimension.REGION, Dimension.PROVINCE, Dimension.SECTOR, Dimension.YEAR
KIND, GENDER, AGE_BAND, PROGRAMME = Dimension.KIND, Dimension.GENDER, Dimension.AGE_BAND, Dimension.PROGRAMME
TERRITORY = (REGION, PROVINCE, YEAR)
DETAIL = Dimension.detail()  # kept in the detailed cells only
DIMENSION_NAMES = dict(Dimension.choices)  # value -> label, in the forms' order


@dataclasses.dataclass(frozen=True)
class Indicator:
    code: str
    name: str
    definition: str
    unit: str
    dimensions: tuple[str, ...]
    rows: Callable[[int], QuerySet]  # year -> rows of p, s, k, g, a, prog (those it has) and value
    counts_people: bool = False
    source: str = ""  # the article that quotes it
    # A count on 31 December (cooperatives, members): adding years up means nothing, unlike a
    # count of what happened during each year (sessions held, people trained).
    stock: bool = False
    short_name: str = ""  # where the name is too long (an XLSX sheet keeps 31 characters)

    @property
    def sheet_name(self) -> str:
        return str(self.short_name or self.name)

    @property
    def dimension_names(self) -> list[str]:
        return [DIMENSION_NAMES[d] for d in self.dimensions]

    @property
    def detailed(self) -> bool:
        return any(d in DETAIL for d in self.dimensions)

    @property
    def by_sector(self) -> bool:
        return SECTOR in self.dimensions


def _end(year: int) -> datetime.date:
    return datetime.date(year, 12, 31)


def _by_organization(queryset: QuerySet, prefix: str = "", *, kind: bool = False, person: str | None = None,
                     year: int | None = None, programme: str | None = None) -> QuerySet:
    """Group by the province and sector of an organisation reached through `prefix`; by its kind;
    by the gender and age band in `year` of the person reached through `person`; by the programme
    reached through `programme`."""
    groups = {"p": _f(prefix, "province_id"), "s": _f(prefix, "sector_id")}
    if kind:
        groups["k"] = _f(prefix, "kind")
    if person is not None:
        from tadamon.registry.domain.people import age_band

        groups["g"] = _f(person, "gender")
        groups["a"] = age_band(year, person)
    if programme is not None:
        groups["prog"] = F(programme)
    return queryset.values(**groups)


def _f(prefix: str, field: str) -> F:
    return F(f"{prefix}{field}")


def _cooperatives_at_end(year: int) -> QuerySet:
    from tadamon.registry.enums import OrganizationKind, OrganizationStatus
    from tadamon.registry.models import Organization

    # Dissolved ones are left out whatever the year: the registry keeps no date of dissolution.
    return Organization.objects.filter(
        Q(creation_date__isnull=True) | Q(creation_date__lte=_end(year)),
        kind=OrganizationKind.COOPERATIVE).exclude(status=OrganizationStatus.DISSOLVED)


def cooperatives(year: int) -> QuerySet:
    return _by_organization(_cooperatives_at_end(year)).annotate(value=Count("pk")).order_by()


def women_cooperatives(year: int) -> QuerySet:
    return _by_organization(_cooperatives_at_end(year).filter(is_women=True)).annotate(value=Count("pk")).order_by()


def cooperative_members(year: int) -> QuerySet:
    from tadamon.registry.models import Membership

    end = _end(year)
    members = Membership.objects.filter(
        Q(start_date__isnull=True) | Q(start_date__lte=end), Q(end_date__isnull=True) | Q(end_date__gt=end),
        organization__in=_cooperatives_at_end(year))
    return (_by_organization(members, "organization__", person="person__", year=year)
            .annotate(value=Count("pk")).order_by())


def women_members(year: int) -> QuerySet:
    from tadamon.registry.enums import Gender

    return cooperative_members(year).filter(person__gender=Gender.FEMALE)


def people_trained(year: int) -> QuerySet:
    """Distinct people present at least once at a training session of a programme during the
    year, counted in the province of the organisation they came for."""
    from tadamon.programmes.models import Registration

    present = Registration.objects.filter(attended=True, session__starts_at__year=year)
    return (_by_organization(present, "organization__", kind=True, person="person__", year=year,
                             programme="session__programme_id")
            .annotate(value=Count("person_id", distinct=True)).order_by())


def organizations_accompanied(year: int) -> QuerySet:
    """Organisations taking part in a programme (enrolled, active or completed) during the year."""
    from tadamon.programmes.enums import EnrolmentStatus
    from tadamon.programmes.models import Enrolment

    enrolments = Enrolment.objects.filter(status__in=EnrolmentStatus.taking_part(), created_at__year__lte=year)
    return (_by_organization(enrolments, "organization__", kind=True, programme="programme_id")
            .annotate(value=Count("organization_id", distinct=True)).order_by())


def fair_exhibitors(year: int) -> QuerySet:
    """Organisations selected to exhibit at a national or regional fair of the year."""
    from tadamon.events.enums import ApplicationStatus, EventKind
    from tadamon.events.models import ExhibitorApplication

    selected = ExhibitorApplication.objects.filter(
        status=ApplicationStatus.SELECTED, event__starts_at__year=year,
        event__kind__in=[EventKind.NATIONAL_FAIR, EventKind.REGIONAL_FAIR])
    return (_by_organization(selected, "organization__", kind=True)
            .annotate(value=Count("organization_id", distinct=True)).order_by())


def awareness_sessions(year: int) -> QuerySet:
    from tadamon.events.enums import EventKind
    from tadamon.events.models import Event

    return (Event.objects.filter(kind=EventKind.AWARENESS, starts_at__year=year)
            .values(p=F("province_id")).annotate(value=Count("pk")).values("p", "value").order_by())


def projects_funded(year: int) -> QuerySet:
    """Association projects funded by a call, decided during the year."""
    from tadamon.funding.enums import ApplicationStatus
    from tadamon.funding.models import Application
    from tadamon.registry.enums import OrganizationKind

    funded = Application.objects.filter(status=ApplicationStatus.FUNDED, decided_at__year=year,
                                        organization__kind=OrganizationKind.ASSOCIATION)
    return _by_organization(funded, "organization__").annotate(value=Count("pk")).order_by()


def name_requests_processed(year: int) -> QuerySet:
    from tadamon.funding.models import NameRequest

    return (NameRequest.objects.filter(decided_at__year=year).values(p=F("province_id")).annotate(value=Count("pk"))
            .values("p", "value").order_by())


def inspections(year: int) -> QuerySet:
    from tadamon.funding.models import Inspection

    done = Inspection.objects.filter(done_on__year=year)
    return _by_organization(done, "organization__").annotate(value=Count("pk")).order_by()


def academy_learners(year: int) -> QuerySet:
    """Distinct people who started a course of the academy during the year, in the province of the
    cooperative they learn for. Someone following two courses of one programme counts once in it."""
    from tadamon.academy.models import Learner

    started = Learner.objects.filter(person__isnull=False, organization__isnull=False, started_at__year=year)
    return (_by_organization(started, "organization__", kind=True, person="person__", year=year,
                             programme="course__programme_id")
            .annotate(value=Count("person_id", distinct=True)).order_by())


def academy_completions(year: int) -> QuerySet:
    """Distinct people who completed a course of the academy (its lessons followed, its quizzes
    passed) during the year."""
    from tadamon.academy.models import Learner

    completed = Learner.objects.filter(person__isnull=False, organization__isnull=False,
                                       completed_at__year=year)
    return (_by_organization(completed, "organization__", kind=True, person="person__", year=year,
                             programme="course__programme_id")
            .annotate(value=Count("person_id", distinct=True)).order_by())


CATALOGUE = [
    Indicator("cooperatives", _("Cooperatives"),
              _("Cooperatives in the registry on 31 December (created by then, not dissolved)."),
              _("cooperatives"), (*TERRITORY, SECTOR), cooperatives, source="004", stock=True),
    Indicator("cooperative_members", _("Cooperative members"),
              _("Memberships of those cooperatives on 31 December: started by then and not ended."),
              _("members"), (*TERRITORY, SECTOR, GENDER, AGE_BAND), cooperative_members, counts_people=True, source="004",
              stock=True),
    Indicator("women_members", _("Women members of cooperatives"),
              _("The members above who are women."),
              _("members"), (*TERRITORY, SECTOR, GENDER, AGE_BAND), women_members, counts_people=True, stock=True),
    Indicator("women_cooperatives", _("Women's cooperatives"),
              _("Cooperatives marked as women's cooperatives in the registry, on 31 December."),
              _("cooperatives"), (*TERRITORY, SECTOR), women_cooperatives, source="004", stock=True),
    Indicator("people_trained", _("People trained"),
              _("Distinct people present at least once at a training session held during the year, in the province "
                "of the organisation they came for. Someone trained in two programmes counts once in each."),
              _("people"), (*TERRITORY, SECTOR, KIND, GENDER, AGE_BAND, PROGRAMME), people_trained, counts_people=True, source="003, 004"),
    Indicator("organizations_accompanied", _("Organisations accompanied by a programme"),
              _("Organisations enrolled in a capacity-building programme (enrolled, active or completed) by the end "
                "of the year. An organisation in two programmes counts once in each."),
              _("organisations"), (*TERRITORY, SECTOR, KIND, PROGRAMME), organizations_accompanied, source="003", stock=True,
              short_name=pgettext_lazy("short name of an indicator", "Organisations accompanied")),
    Indicator("fair_exhibitors", _("Organisations exhibiting at a fair"),
              _("Organisations selected to exhibit at a national or regional fair held during the year."),
              _("organisations"), (*TERRITORY, SECTOR, KIND), fair_exhibitors, source="000, 004",
              short_name=pgettext_lazy("short name of an indicator", "Fair exhibitors")),
    Indicator("awareness_sessions", _("Awareness sessions"),
              _("Awareness sessions held during the year, in the province where they took place."),
              _("sessions"), TERRITORY, awareness_sessions, source="004"),
    Indicator("projects_funded", _("Association projects funded"),
              _("Applications of associations funded by a call, decided during the year."),
              _("projects"), (*TERRITORY, SECTOR), projects_funded, source="004",
              short_name=pgettext_lazy("short name of an indicator", "Projects funded")),
    Indicator("name_requests_processed", _("Name-certificate requests processed"),
              _("Name-certificate requests approved or refused during the year, in the province of the cooperative "
                "to be formed."),
              _("requests"), TERRITORY, name_requests_processed, source="004",
              short_name=pgettext_lazy("short name of an indicator", "Name requests processed")),
    Indicator("inspections", _("Inspections under Law 112.12"),
              _("Inspections of cooperatives carried out during the year."),
              _("inspections"), (*TERRITORY, SECTOR), inspections, source="004",
              short_name=pgettext_lazy("short name of an indicator", "Inspections (Law 112.12)")),
    Indicator("academy_learners", _("Learners of the academy"),
              _("Distinct people who started an online course of the academy during the year, in the province of "
                "the organisation they learn for. Someone following several courses of a programme counts once in it."),
              _("people"), (*TERRITORY, SECTOR, KIND, GENDER, AGE_BAND, PROGRAMME), academy_learners,
              counts_people=True),
    Indicator("academy_completions", _("Online courses completed"),
              _("Distinct people who completed an online course of the academy (lessons followed, quizzes passed) "
                "during the year. Someone completing several courses of a programme counts once in it."),
              _("people"), (*TERRITORY, SECTOR, KIND, GENDER, AGE_BAND, PROGRAMME), academy_completions,
              counts_people=True),
]
BY_CODE = {indicator.code: indicator for indicator in CATALOGUE}
# The indicators an import of organisations changes (it brings organisations, not members).
IMPORT_INDICATORS = ["cooperatives", "women_cooperatives"]
