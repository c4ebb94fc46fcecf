"""A cooperative's own dashboard: its manager reads theirs and never another's; the figures are
its own records, counted."""

import datetime

import pytest

from tadamon.registry.tests.factories import MembershipFactory

pytestmark = pytest.mark.django_db


def test_who_reads_an_organisation_s_dashboard(cooperative, other_cooperative, manager_user, other_manager,
                                               admin_user, staff_user, officer_user, buyer_user, client_for):
    url = f"/fr/manage/organizations/{cooperative.pk}/dashboard/"
    for user, expected in ((None, 302), (manager_user, 200), (other_manager, 404), (admin_user, 200),
                           (staff_user, 200), (officer_user, 200), (buyer_user, 404)):
        response = client_for(user).get(url)
        assert response.status_code == expected, (user, response.status_code)


def test_the_dashboard_counts_the_organisation_s_own_records(cooperative, manager_user, client_for):
    # The fixture's three members, plus one who left in 2020 and one who joined this year.
    MembershipFactory(organization=cooperative, person__gender="M", start_date=datetime.date(2015, 1, 1),
                      end_date=datetime.date(2020, 6, 30))
    this_year = datetime.date.today().year
    MembershipFactory(organization=cooperative, person__gender="F", start_date=datetime.date(this_year, 1, 2))
    page = client_for(manager_user).get(f"/fr/manage/organizations/{cooperative.pk}/dashboard/").content.decode()
    assert "<strong>4</strong><span>membres actuels</span>" in page.replace("\n", "")
    from tadamon.indicators.domain.organization_dashboard import members_over_years

    years = dict(members_over_years(cooperative, range(this_year - 9, this_year + 1)))
    assert years[this_year] == 4 and years[this_year - 1] == 3
