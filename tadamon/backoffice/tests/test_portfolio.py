"""Who reads a sponsor's portfolio and its yearly report: its own programme staff and officers,
and admins; nobody reads another organisation's."""

import io

import pytest
from openpyxl import load_workbook

from tadamon.accounts.tests.factories import UserFactory
from tadamon.partnerships.tests.factories import sponsor_books
from tadamon.registry.tests.factories import OrganizationFactory

pytestmark = pytest.mark.django_db

ROLES = ["anonymous", "admin", "sponsor_staff", "other_staff", "sponsor_officer", "officer", "manager",
         "other_manager", "buyer"]
MATRIX = {
    "own": [302, 200, 200, 200, 200, 200, 403, 403, 403],
    "sponsor": [302, 200, 200, 403, 200, 403, 403, 403, 403],
    "pdf": [302, 200, 200, 403, 200, 403, 403, 403, 403],
    "xlsx": [302, 200, 200, 403, 200, 403, 403, 403, 403],
}


def text(response) -> str:
    """The page, with French thousands separators (no-break spaces) as plain spaces."""
    return response.content.decode().replace("\xa0", " ").replace("\u202f", " ")


@pytest.fixture
def setting(admin_user, officer_user, manager_user, other_manager, buyer_user):
    sponsor, argan_coop, dates_coop = sponsor_books()
    users = {"anonymous": None, "admin": admin_user,
             "sponsor_staff": UserFactory(username="sponsor-staff", role="staff", organization=sponsor),
             "other_staff": UserFactory(username="other-staff", role="staff", organization=OrganizationFactory()),
             "sponsor_officer": UserFactory(username="sponsor-officer", role="officer", organization=sponsor),
             "officer": officer_user, "manager": manager_user, "other_manager": other_manager, "buyer": buyer_user}
    return sponsor, users


@pytest.mark.parametrize("what", MATRIX)
def test_every_role_gets_the_expected_answer(what, setting, client_for):
    sponsor, users = setting
    url = {"own": "/fr/manage/portfolio/", "sponsor": f"/fr/manage/portfolio/?organization={sponsor.pk}",
           "pdf": f"/fr/manage/portfolio/report.pdf?year=2026&organization={sponsor.pk}",
           "xlsx": f"/fr/manage/portfolio/report.xlsx?year=2026&organization={sponsor.pk}"}[what]
    for role, expected in zip(ROLES, MATRIX[what], strict=True):
        response = client_for(users[role]).get(url)
        assert response.status_code == expected, f"{role} on {what}: {response.status_code}, expected {expected}"
        if expected == 200 and what in ("sponsor", "pdf"):
            assert (b"Managem" in response.content) if what == "sponsor" else response.content.startswith(b"%PDF")


def test_another_organisation_s_page_shows_none_of_the_sponsor_s_figures(setting, client_for):
    _sponsor, users = setting
    page = text(client_for(users["other_staff"]).get("/fr/manage/portfolio/"))
    assert "Managem" not in page and "53 000" not in page


def test_the_page_shows_the_figures_and_the_filters_narrow_them(setting, client_for):
    sponsor, users = setting
    client = client_for(users["sponsor_staff"])
    page = text(client.get("/fr/manage/portfolio/"))
    assert "Portefeuille : Managem" in page
    assert "68 000" in page and "53 000" in page  # committed, delivered
    assert "Tinghir" in page and "Zagora" in page
    zagora = text(client.get("/fr/manage/portfolio/?province=MA-ZAG"))
    assert "18 000" in zagora and "53 000" not in zagora
    wrong = client.get("/fr/manage/portfolio/?year=abc")
    assert wrong.status_code == 200 and "Saisissez un nombre entier" in text(wrong)
    assert "53 000" in text(wrong)  # an invalid filter filters nothing


def test_an_admin_chooses_whose_portfolio_and_a_bad_choice_is_refused(setting, client_for, admin_user):
    sponsor, _users = setting
    client = client_for(admin_user)
    page = client.get(f"/fr/manage/portfolio/?organization={sponsor.pk}").content.decode()
    assert "Portefeuille : Managem" in page
    response = client.get("/fr/manage/portfolio/report.xlsx?year=2026&organization=999999")
    assert response.status_code == 404
    workbook = load_workbook(io.BytesIO(client.get(
        f"/fr/manage/portfolio/report.xlsx?year=2026&organization={sponsor.pk}").content))
    assert workbook["Chiffres clés"]["A1"].value == "Indicateur"
    assert client.get(f"/fr/manage/portfolio/report.pdf?year=1850&organization={sponsor.pk}").status_code == 400  # a year out of range names itself
