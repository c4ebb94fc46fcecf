"""A programme's dashboard: its targets against what it has done over its whole life (people
trained counted once however many years they trained), by province, gender and age band, and
year by year from the indicator cells. Precomputed in ProgrammeFigures, refreshed with the
indicators; in public, counts of people under 5 are hidden with their complement."""

import dataclasses

from django.db import transaction
from django.db.models import Count, F
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from tadamon.indicators.catalogue import BY_CODE
from tadamon.indicators.domain.dashboards import line_points
from tadamon.indicators.domain.figures import FIRST_YEAR, totals
from tadamon.indicators.domain.suppression import THRESHOLD, suppress
from tadamon.indicators.models import ProgrammeFigures
from tadamon.programmes.domain.training import training_figures
from tadamon.programmes.enums import EnrolmentStatus
from tadamon.programmes.models import Enrolment, Programme, Registration
from tadamon.registry.domain.people import AGE_BAND_LABELS
from tadamon.registry.enums import Gender
from tadamon.registry.models import Province


def compute(programme: Programme) -> dict:
    """The programme's life figures, counted from its records."""
    training = training_figures(programme)
    taking_part = Enrolment.objects.filter(programme=programme, status__in=EnrolmentStatus.taking_part())
    present = Registration.objects.filter(session__programme=programme, attended=True)
    return {
        "organizations": taking_part.count(),
        "people_trained": training["people_trained"],
        "sessions_held": training["sessions_held"],
        "people_by_province": dict(present.values_list(F("organization__province__code"))
                                   .annotate(n=Count("person_id", distinct=True)).order_by()),
        "organizations_by_province": dict(taking_part.values_list(F("organization__province__code"))
                                          .annotate(n=Count("pk")).order_by()),
        "people_by_gender": {g: n for g, n in (("F", training["women_trained"]), ("M", training["men_trained"])) if n},
        "people_by_age_band": {band: n for band, _label, n in training["by_age_band"] if n},
    }


def refresh_programmes(programmes=None) -> int:
    """Recompute every programme's figures (or those given); returns how many."""
    programmes = list(programmes if programmes is not None else Programme.objects.all())
    for programme in programmes:
        figures = compute(programme)
        with transaction.atomic():
            ProgrammeFigures.objects.update_or_create(
                programme=programme, defaults={**figures, "refreshed_at": timezone.now()})
    return len(programmes)


@dataclasses.dataclass
class Target:
    name: str
    target: int | None
    actual: int | None

    @property
    def percent(self) -> int | None:
        if not self.target or self.actual is None:
            return None
        return round(100 * self.actual / self.target)


def _hidden(cells: dict, public: bool, counts_people: bool) -> dict:
    if not (public and counts_people):
        return cells
    shown, _total = suppress(cells, sum(cells.values()))
    return shown


def _hidden_together(cells: dict, total: int | None) -> int | None:
    """How many people the hidden cells (—) of a table hold together, when its total is published
    and some are hidden: what the total less the cells shown gives anyway, said so that the rows
    visibly add up to the total."""
    if total is None or None not in cells.values():
        return None
    return total - sum(value for value in cells.values() if value is not None)


def _rows(cells: dict, labels: dict) -> list[tuple[str, int | None, float]]:
    """(label, value, percent of the largest) in the labels' order, zeros included."""
    largest = max((v for v in cells.values() if v), default=0)
    return [(label, cells.get(key), 100 * cells[key] / largest if largest and cells.get(key) else 0)
            for key, label in labels.items()]


def programme_dashboard(programme: Programme, *, public: bool = True) -> dict | None:
    """What the programme's dashboard shows, or None before the first refresh."""
    figures = ProgrammeFigures.objects.filter(programme=programme).first()
    if figures is None:
        return None

    def people(value):
        return None if public and value < THRESHOLD else value

    # The target provinces, and any other where the programme reached someone.
    provinces = {p.code: p.name for p in
                 Province.objects.filter(code__in=[*programme.provinces.values_list("code", flat=True),
                                                   *figures.people_by_province, *figures.organizations_by_province])
                 .order_by("code")}
    trained = _hidden({code: figures.people_by_province.get(code, 0) for code in provinces}, public, True)
    by_province = [(*row, figures.organizations_by_province.get(code, 0))
                   for code, row in zip(provinces, _rows(trained, provinces), strict=True)]
    genders = _hidden({g: figures.people_by_gender.get(g, 0) for g in Gender.values}, public, True)
    bands = _hidden({b: figures.people_by_age_band.get(b, 0) for b in AGE_BAND_LABELS}, public, True)
    first = programme.start_date.year if programme.start_date else FIRST_YEAR
    last = (programme.end_date.year if programme.end_date else timezone.localdate().year)
    years = range(max(FIRST_YEAR, first), max(first, last) + 1)
    yearly = totals(["people_trained", "organizations_accompanied"], years, programme=programme)
    series = [(year, people(yearly[("people_trained", year)]), yearly[("organizations_accompanied", year)])
              for year in years]
    return {
        "academy": academy_dashboard(programme, public=public),
        "figures": figures,
        "targets": [
            Target(BY_CODE["organizations_accompanied"].name, programme.target_organizations, figures.organizations),
            Target(BY_CODE["people_trained"].name, programme.target_people_trained, people(figures.people_trained)),
            Target(_("Sessions held"), programme.target_sessions, figures.sessions_held),
        ],
        "by_province": by_province,  # (name, people trained, percent of the largest, organisations)
        # Every person trained has one gender and one age band ("birth year unknown" included):
        # each table adds up to the people trained, its hidden rows (—) counted together.
        "people_trained": people(figures.people_trained),
        "by_gender": _rows(genders, dict(Gender.as_people())),
        "by_gender_hidden": _hidden_together(genders, people(figures.people_trained)),
        "by_age_band": _rows(bands, AGE_BAND_LABELS),
        "by_age_band_hidden": _hidden_together(bands, people(figures.people_trained)),
        "series": series,
        "line": line_points([(year, value) for year, value, _o in series]),
    }



def academy_dashboard(programme: Programme, *, public: bool = True) -> dict:
    """The programme's learners of the academy and those who completed a course, each person once
    however many courses they followed; by gender and age band. Read from the records (a handful
    of aggregates): a completion shows at once. In public, counts under 5 are hidden."""
    from tadamon.academy.domain.queries.progress import programme_figures

    figures = programme_figures(programme)

    def people(value):
        return None if public and value < THRESHOLD else value

    genders = _hidden({g: figures["learners_by_gender"].get(g, 0) for g in Gender.values}, public, True)
    bands = _hidden({band: n for band, _label, n in figures["learners_by_age_band"]}, public, True)
    return {
        "learners": people(figures["learners"]),
        "completed": people(figures["completed"]) if figures["completed"] else 0,
        "by_gender": _rows(genders, dict(Gender.as_people())),
        "by_age_band": _rows(bands, AGE_BAND_LABELS),
    }
