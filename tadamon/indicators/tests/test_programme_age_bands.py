"""A programme's dashboard counts every person trained in one age band, "birth year unknown"
included, and its tables add up to the people trained: the rows hidden in public (—) are counted
together, since the total less the rows shown gives their sum anyway."""

import pytest
from django.utils import timezone

from tadamon.indicators.domain.programme_figures import compute, programme_dashboard
from tadamon.indicators.models import ProgrammeFigures
from tadamon.programmes.tests.factories import EnrolmentFactory, ProgrammeFactory, make_session, trained
from tadamon.registry.domain.people import AGE_BAND_LABELS
from tadamon.registry.tests.factories import MembershipFactory

pytestmark = pytest.mark.django_db

BANDS = {"under_25": 76, "25_34": 165, "35_44": 164, "45_54": 182, "55_plus": 296}  # 883, the demo's


def figures(programme, bands):
    return ProgrammeFigures.objects.create(
        programme=programme, people_trained=sum(bands.values()), people_by_age_band=bands,
        people_by_gender={"F": 484, "M": sum(bands.values()) - 484}, refreshed_at=timezone.now())


def bands_shown(dashboard) -> dict:
    return {band: n for band, (_label, n, _p) in zip(AGE_BAND_LABELS, dashboard["by_age_band"], strict=True)}


def adds_up(dashboard, table) -> int:
    """The rows shown plus the hidden ones counted together."""
    return sum(n for _label, n, _p in dashboard[table] if n is not None) + (dashboard[f"{table}_hidden"] or 0)


def test_the_age_bands_and_the_hidden_ones_add_up_to_the_people_trained():
    programme = ProgrammeFactory()
    figures(programme, BANDS)
    dashboard = programme_dashboard(programme)
    shown = bands_shown(dashboard)
    # No one without a birth year: that 0 is hidden, and the smallest band beside it.
    assert shown["unknown"] is None and shown["under_25"] is None
    assert dashboard["by_age_band_hidden"] == 76
    assert adds_up(dashboard, "by_age_band") == adds_up(dashboard, "by_gender") == dashboard["people_trained"] == 883
    assert dashboard["by_gender_hidden"] is None  # nothing hidden: no such row


def test_people_with_no_birth_year_have_their_band():
    programme = ProgrammeFactory()
    figures(programme, {**BANDS, "unknown": 40})
    dashboard = programme_dashboard(programme)
    shown = bands_shown(dashboard)
    assert shown["unknown"] == 40 and dashboard["by_age_band_hidden"] is None
    assert sum(shown.values()) == dashboard["people_trained"] == 923
    inside = programme_dashboard(programme, public=False)
    assert adds_up(inside, "by_age_band") == 923 and inside["by_age_band_hidden"] is None


def test_the_bands_counted_from_the_records_include_people_with_no_birth_year(cooperative):
    programme = ProgrammeFactory()
    EnrolmentFactory(programme=programme, organization=cooperative, status="active")
    session = make_session(programme, capacity=10)
    year = timezone.localdate().year
    for birth_year in (year - 30, year - 31, None, None, None):
        trained(session, MembershipFactory(organization=cooperative, person__birth_year=birth_year))
    counted = compute(programme)
    assert counted["people_by_age_band"] == {"25_34": 2, "unknown": 3}
    assert sum(counted["people_by_age_band"].values()) == counted["people_trained"] == 5


def test_the_page_shows_the_hidden_rows_together_and_the_total(client):
    programme = ProgrammeFactory()
    figures(programme, BANDS)
    html = client.get(f"/fr/dashboard/programmes/{programme.pk}/").content.decode()
    age = html[html.index('id="age-title"'):]
    age = age[:age.index("</table>")]
    assert "<tfoot>" in age and '<td class="number">76</td>' in age and "<strong>883</strong>" in age
