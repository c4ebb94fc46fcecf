"""Each indicator against a hand-counted fixture; the precomputed cells always equal a direct
count; small counts of people suppressed with their complement; the public API never shows more."""

import datetime

import pytest
from django.utils import timezone, translation
from django.utils.translation import gettext

from tadamon.events.tests.factories import EventFactory
from tadamon.funding.models import Application, Inspection
from tadamon.funding.tests.factories import NameRequestFactory, make_call
from tadamon.indicators.catalogue import BY_CODE, CATALOGUE
from tadamon.indicators.domain.figures import direct, refresh, table
from tadamon.indicators.domain.suppression import suppress
from tadamon.programmes.tests.factories import EnrolmentFactory, ProgrammeFactory, make_session, trained
from tadamon.registry.models import Province, Region
from tadamon.registry.tests.factories import MembershipFactory, OrganizationFactory

pytestmark = pytest.mark.django_db
D = datetime.date


def at(year, month=6, day=1):
    return timezone.make_aware(datetime.datetime(year, month, day, 10))


@pytest.fixture
def world(db):
    """Drâa-Tafilalet (MA-08): 3 cooperatives in Tinghir and Zagora, one created in 2024, one
    dissolved; a cooperative in Rabat. Hand count for 2023 in MA-08: 2 cooperatives (1 women's),
    6 members (4 women) on 31 December."""
    tinghir, zagora = Province.objects.get(code="MA-TIN"), Province.objects.get(code="MA-ZAG")
    women = OrganizationFactory(province=tinghir, is_women=True, creation_date=D(2015, 1, 1))
    dates = OrganizationFactory(province=zagora, creation_date=D(2019, 5, 1))
    OrganizationFactory(province=zagora, creation_date=D(2024, 2, 1))  # not yet in 2023
    OrganizationFactory(province=tinghir, status="dissolved", creation_date=D(2010, 1, 1))
    OrganizationFactory(province=Province.objects.get(code="MA-RAB"), creation_date=D(2012, 1, 1))
    OrganizationFactory(kind="association", province=tinghir)  # not a cooperative
    for _ in range(4):
        MembershipFactory(organization=women, person__gender="F", start_date=D(2020, 1, 1))
    MembershipFactory(organization=dates, person__gender="M", start_date=D(2020, 1, 1))
    MembershipFactory(organization=dates, person__gender="M", start_date=D(2023, 12, 31))
    MembershipFactory(organization=dates, person__gender="M", start_date=D(2020, 1, 1), end_date=D(2023, 6, 30))
    MembershipFactory(organization=dates, person__gender="F", start_date=D(2024, 1, 15))
    return {"women": women, "dates": dates, "region": Region.objects.get(code="MA-08")}


def count(code, year=2023, by=None, **where):
    return direct(BY_CODE[code], year, by, **where)


def test_registry_indicators_against_a_hand_count(world):
    region = world["region"]
    assert count("cooperatives", region=region) == {None: 2}
    assert count("cooperatives", 2024, region=region) == {None: 3}
    assert count("women_cooperatives", region=region) == {None: 1}
    assert count("cooperative_members", region=region) == {None: 6}
    assert count("women_members", region=region) == {None: 4}
    assert count("cooperative_members", 2024, region=region) == {None: 7}
    tinghir = Province.objects.get(code="MA-TIN")
    assert count("cooperative_members", by="province", region=region) == {tinghir.pk: 4, world["dates"].province_id: 2}
    assert count("cooperatives", by="region") == {region.pk: 2, Region.objects.get(code="MA-04").pk: 1}


def test_activity_indicators_against_a_hand_count(world, admin_user):
    women = world["women"]
    # Training: two people present on 4 March 2024, one absent.
    programme = ProgrammeFactory()
    EnrolmentFactory(programme=programme, organization=women, status="active")
    session = make_session(programme)
    members = list(women.memberships.all())
    trained(session, members[0])
    trained(session, members[1])
    trained(session, members[2], attended=False)
    assert count("people_trained", 2024, region=world["region"]) == {None: 2}
    # Awareness sessions of 2023 in Ouarzazate (MA-08) and Rabat.
    EventFactory(kind="awareness", starts_at=at(2023), ends_at=at(2023))
    EventFactory(kind="awareness", starts_at=at(2023, 9), ends_at=at(2023, 9))
    EventFactory(kind="awareness", starts_at=at(2023), ends_at=at(2023), province=Province.objects.get(code="MA-RAB"))
    EventFactory(kind="meeting", starts_at=at(2023), ends_at=at(2023))
    assert count("awareness_sessions", region=world["region"]) == {None: 2}
    # A funded association project decided in 2023, one rejected.
    call = make_call(OrganizationFactory(kind="public_body"))
    for status, kind in (("funded", "association"), ("rejected", "association"), ("funded", "cooperative")):
        Application.objects.create(call=call, organization=OrganizationFactory(kind=kind, province=women.province),
                                   title="Projet", status=status, decided_at=at(2023))
    assert count("projects_funded", region=world["region"]) == {None: 1}
    # Name requests decided in 2023 (one still pending), an inspection done in 2023.
    NameRequestFactory(province=women.province, status="approved", decided_at=at(2023))
    NameRequestFactory(province=women.province, status="refused", decided_at=at(2023, 11))
    NameRequestFactory(province=women.province)
    assert count("name_requests_processed", region=world["region"]) == {None: 2}
    Inspection.objects.create(organization=women, authority=OrganizationFactory(kind="public_body"),
                              planned_on=D(2023, 3, 1), done_on=D(2023, 3, 15), result="ok")
    Inspection.objects.create(organization=women, authority=OrganizationFactory(kind="public_body"),
                              planned_on=D(2024, 3, 1))
    assert count("inspections", region=world["region"]) == {None: 1}


def test_the_precomputed_cells_equal_a_direct_count(world):
    refresh(years=[2023, 2024])
    region = world["region"]
    for indicator in CATALOGUE:
        for year in (2023, 2024):
            for by in (None, *[d for d in indicator.dimensions if d != "year"]):
                assert table(indicator, year, by) == direct(indicator, year, by), (indicator.code, year, by)
            assert table(indicator, year, region=region) == direct(indicator, year, region=region)


def test_members_and_people_trained_by_gender_age_band_kind_and_programme(world):
    """Members of 2023 in MA-08: the 4 women of the women's cooperative (born 1990, 1990, 1960,
    unknown) and 2 men of the dates cooperative (born 2001 and 1985)."""
    women = [m.person for m in world["women"].memberships.order_by("pk")]
    for person, born in zip(women, (1990, 1990, 1960, None), strict=True):
        person.birth_year = born
        person.save()
    men = [m.person for m in world["dates"].memberships.filter(person__gender="M").order_by("pk")]
    for person, born in zip(men, (2001, 1985, 1970), strict=True):  # the third left in June 2023
        person.birth_year = born
        person.save()
    region = world["region"]
    assert count("cooperative_members", by="gender", region=region) == {"F": 4, "M": 2}
    assert count("cooperative_members", by="age_band", region=region) == {
        "25_34": 2, "55_plus": 1, "unknown": 1, "under_25": 1, "35_44": 1}
    assert count("women_members", by="age_band", region=region) == {"25_34": 2, "55_plus": 1, "unknown": 1}
    # Two programmes train one woman each; a third woman is trained in both: she counts once in each.
    first, second = ProgrammeFactory(), ProgrammeFactory()
    memberships = list(world["women"].memberships.order_by("pk"))
    association = OrganizationFactory(kind="association", province=world["women"].province)
    EnrolmentFactory(programme=first, organization=world["women"], status="active")
    EnrolmentFactory(programme=second, organization=world["women"], status="completed")
    left = EnrolmentFactory(programme=second, organization=association, status="active")
    trained(make_session(first), memberships[0])
    trained(make_session(first), memberships[2])
    trained(make_session(second), memberships[2])
    trained(make_session(second), MembershipFactory(organization=association, person__gender="M"))
    assert count("people_trained", 2024, by="programme") == {first.pk: 2, second.pk: 2}
    assert count("people_trained", 2024, by="kind") == {"cooperative": 3, "association": 1}
    assert count("people_trained", 2024, by="gender", programme=second) == {"F": 1, "M": 1}
    left.status, left.withdrawal_reason = "withdrawn", "Moved away"  # after its member was trained
    left.save()
    assert count("organizations_accompanied", 2030, by="programme") == {first.pk: 1, second.pk: 1}
    assert count("organizations_accompanied", 2030, by="kind") == {"cooperative": 2}


def test_a_refresh_sees_a_change_and_leaves_other_years_alone(world):
    refresh(years=[2023, 2024])
    MembershipFactory(organization=world["dates"], person__gender="F", start_date=D(2023, 2, 1))
    assert table(BY_CODE["cooperative_members"], 2023) == {None: 6}  # not refreshed yet
    refresh(["cooperative_members"], years=[2023])
    assert table(BY_CODE["cooperative_members"], 2023) == {None: 7}
    assert table(BY_CODE["cooperative_members"], 2024) == {None: 7}  # 2024 kept its earlier cells


@pytest.mark.parametrize(("cells", "total", "expected", "expected_total"), [
    ({"a": 12, "b": 3, "c": 40}, 55, {"a": None, "b": None, "c": 40}, 55),  # 3 hidden, and 12 beside it
    ({"a": 12, "b": 3, "c": 2}, 17, {"a": 12, "b": None, "c": None}, 17),  # two hidden: no complement needed
    ({"a": 0, "b": 9}, 9, {"a": None, "b": None}, 9),  # a zero is under 5 too
    ({"a": 2, "b": 1}, 3, {"a": None, "b": None}, None),  # the total itself is small
    ({"a": 7, "b": 30}, 37, {"a": 7, "b": 30}, 37),
])
def test_suppression_hides_small_cells_and_their_complement(cells, total, expected, expected_total):
    assert suppress(cells, total) == (expected, expected_total)


def test_the_open_data_api_suppresses_and_never_shows_people(world, client):
    refresh(years=[2023])
    response = client.get("/api/v1/indicators", {"by": "province", "year": 2023, "indicator": "cooperative_members"})
    assert response.status_code == 200
    body = response.json()
    (members,) = body["indicators"]
    values = {row["code"]: row["value"] for row in members["rows"]}
    # Tinghir 4 and Zagora 2 are both under 5: hidden; Rabat's cooperative has no members (0, hidden too).
    assert values["MA-TIN"] is None and values["MA-ZAG"] is None and members["total"] == 6
    assert len(members["rows"]) == Province.objects.count()
    text = response.content.decode()
    assert "cin" not in text.lower() and "phone" not in text.lower()
    cooperatives = client.get("/api/v1/indicators", {"by": "region", "year": 2023, "indicator": "cooperatives"})
    rows = {r["code"]: r["value"] for r in cooperatives.json()["indicators"][0]["rows"]}
    assert rows["MA-08"] == 2  # organisations, not people: shown
    sectors = client.get("/api/v1/indicators", {"by": "sector", "year": 2023}).json()
    assert "awareness_sessions" not in {i["code"] for i in sectors["indicators"]}
    assert client.get("/api/v1/indicators", {"by": "commune"}).status_code == 400


def test_the_open_data_page_and_csv_in_both_languages(world, client):
    refresh(years=[2023])
    page = client.get("/ar/open-data/?year=2023&by=province").content.decode()
    assert 'dir="rtl"' in page and "تنغير" in page and "—" in page
    response = client.get("/fr/open-data/indicators.csv?year=2023&by=region")
    lines = response.content.decode("utf-8-sig").splitlines()
    assert lines[0] == "indicator,year,region,name_ar,name_fr,value"
    assert "cooperatives,2023,MA-08,درعة-تافيلالت,Drâa-Tafilalet,2" in lines
    # Drâa-Tafilalet's 6 members are the whole national total: shown, they would say that every
    # other region (hidden) has none, so they are hidden too (docs/open-data.md).
    assert "cooperative_members,2023,MA-08,درعة-تافيلالت,Drâa-Tafilalet," in lines
    assert "cooperative_members,2023,MA-04,الرباط-سلا-القنيطرة,Rabat-Salé-Kénitra," in lines  # 0 people: hidden
    assert "cooperative_members,2023,total,,,6" in lines
    catalogue = client.get("/fr/open-data/catalogue/").content.decode()
    assert all(indicator.code in catalogue for indicator in CATALOGUE)


def test_the_open_data_api_reads_one_query_per_indicator(world, client, django_assert_num_queries):
    refresh(years=[2023])
    # The labels once, one aggregate per indicator, the time of the last refresh.
    with django_assert_num_queries(len(CATALOGUE) + 2):
        assert client.get("/api/v1/indicators", {"by": "province", "year": 2023}).status_code == 200


def test_the_dashboard_for_the_country_a_region_and_a_province(world, client):
    refresh(years=[2022, 2023])
    page = client.get("/fr/dashboard/?year=2023").content.decode()
    assert "Maroc · 2023" in page and 'class="tile-map"' in page
    assert 'href="?year=2023&amp;region=MA-08&amp;indicator=cooperatives"' in page
    region = client.get("/ar/dashboard/?year=2023&region=MA-08&indicator=cooperative_members").content.decode()
    assert "درعة-تافيلالت · 2023" in region and 'class="tile-map"' not in region
    # Members by province: Tinghir 4 and Zagora 2 are under 5, hidden; the region's 6 is shown.
    assert region.count("—") >= 2 and ">6<" in region.replace(" ", "")
    province = client.get("/fr/dashboard/?year=2023&province=MA-TIN&indicator=cooperatives").content.decode()
    assert "Tinghir · 2023" in province
    assert 'cx="' in province and "," not in province.split('cx="')[1].split('"')[0]  # SVG numbers unlocalised
    assert client.get("/fr/dashboard/?year=1990").status_code == 200  # an unknown year falls back


def test_the_dashboard_has_no_change_on_a_year_with_no_figure(world, client):
    """Name requests were decided in 2023 and none before: 2022 has no figure, so the dashboard
    says there is nothing to compare with instead of "+3 on 2022"; the cooperatives, counted in
    2022 too, keep their change."""
    from tadamon.indicators.domain.dashboards import key_figures

    tinghir = Province.objects.get(code="MA-TIN")
    for day in (1, 2, 3):
        NameRequestFactory(province=tinghir, status="approved", decided_at=at(2023, 5, day))
    refresh(years=[2022, 2023])
    figures = {f.indicator.code: f for f in key_figures(2023, {"region": world["region"]})}
    requests, cooperatives = figures["name_requests_processed"], figures["cooperatives"]
    assert (requests.value, requests.previous, requests.change, requests.compared) == (3, None, None, False)
    assert (cooperatives.value, cooperatives.previous, cooperatives.change, cooperatives.compared) == (2, 2, 0, True)
    page = client.get("/en/dashboard/?year=2023&region=MA-08").content.decode()
    assert "No figure for 2022 to compare with" in page and "+3" not in page
    # No change reads as such, not "0 sur 2022" ("0 out of 2022" to a French reader).
    assert "Unchanged since 2022" in page
    assert "sur 2022" not in client.get("/fr/dashboard/?year=2023&region=MA-08").content.decode()


def test_grid_suppression_leaves_no_hidden_cell_alone_in_a_row_or_column():
    from tadamon.indicators.domain.suppression import suppress_grid

    grid = {("a", 1): 3, ("a", 2): 20, ("a", 3): 30, ("b", 1): 40, ("b", 2): 50, ("b", 3): 60}
    shown = suppress_grid(grid)
    hidden = {key for key, value in shown.items() if value is None}
    # 3 is hidden; then 20 in its row, then 40 in its column, then 50 to pair with 20's column.
    assert hidden == {("a", 1), ("a", 2), ("b", 1), ("b", 2)}
    for axis in (0, 1):
        for line in {key[axis] for key in grid}:
            assert sum(1 for key in hidden if key[axis] == line) != 1


def test_the_pivot_against_a_hand_count_and_its_files(world, client):
    import io

    from openpyxl import load_workbook

    from tadamon.indicators.domain.pivot import pivot

    refresh(years=[2023, 2024])
    table = pivot(BY_CODE["cooperatives"], "region", "year")
    ma08 = Region.objects.get(code="MA-08").pk
    assert table.cells[(ma08, 2023)] == 2 and table.cells[(ma08, 2024)] == 3
    assert table.column_totals[2023] == 3 and table.row_totals[ma08] == 5  # 2 + 3 over the years
    members = pivot(BY_CODE["cooperative_members"], "province", "year", region=world["region"])
    tinghir = Province.objects.get(code="MA-TIN").pk
    assert members.cells[(tinghir, 2023)] is None  # 4 people: hidden
    # Drâa-Tafilalet has every member of the country: its table is the national table's part, where
    # its figures would say that every other region has none. Hidden, like the national table's.
    assert members.row_totals[tinghir] is None and members.total is None
    private = pivot(BY_CODE["cooperative_members"], "province", "year", region=world["region"], public=False)
    assert private.row_totals[tinghir] == 8  # 4 in 2023 and 4 in 2024
    response = client.get("/fr/open-data/pivot.xlsx?indicator=cooperatives&rows=region&columns=year")
    sheet = load_workbook(io.BytesIO(response.content)).active
    rows = list(sheet.iter_rows(values_only=True))
    header = list(rows[1])
    ma08_row = next(r for r in rows if r[0] == "Drâa-Tafilalet")
    assert ma08_row[header.index("2023")] == 2 and ma08_row[header.index("2024")] == 3
    assert "Total" not in header and 5 not in ma08_row  # cooperatives on 31 December: years not added up
    csv_lines = client.get("/ar/open-data/pivot.csv?indicator=cooperative_members&rows=province&columns=year"
                           "&region=MA-08").content.decode("utf-8-sig").splitlines()
    tinghir_line = next(line for line in csv_lines if line.startswith("تنغير"))
    assert set(tinghir_line.split(",")[1:]) == {""}  # every year and the total hidden, as above
    shown = client.get("/fr/open-data/pivot/?indicator=cooperatives&rows=region&columns=year").content.decode()
    footer = shown[shown.index("<tfoot>"):shown.index("</tfoot>")]
    assert "<strong>3</strong>" in footer  # 2023's column: 2 in Drâa-Tafilalet and 1 in Rabat
    page = client.get("/fr/open-data/pivot/?indicator=awareness_sessions&rows=sector&columns=year")
    assert page.status_code == 400 and "n’est pas ventilé par secteur" in page.content.decode()
    assert "Il l’est par : région, province, année" in page.content.decode()


def test_the_pivot_by_gender_and_age_band_hides_small_cells_with_their_complement(world):
    from tadamon.indicators.domain.pivot import pivot

    for membership in world["women"].memberships.all():  # 4 women born in 1990: 25-34 in 2023
        membership.person.birth_year = 1990
        membership.person.save()
    for born in (1990, 1990, 1960, 1960, 1960):  # and 5 more women, 3 of them over 55
        MembershipFactory(organization=world["women"], person__gender="F", person__birth_year=born,
                          start_date=D(2021, 1, 1))
    for membership in world["dates"].memberships.all():
        membership.person.birth_year = None
        membership.person.save()
    refresh(["cooperative_members"], years=[2023])
    members = pivot(BY_CODE["cooperative_members"], "gender", "age_band", year=2023, region=world["region"])
    assert members.cells[("F", "55_plus")] is None  # 3 women
    assert members.total == 11
    # 2 men are hidden, and so are the 9 women: shown beside the total of 11, they would give the men.
    assert members.row_totals["M"] is None and members.row_totals["F"] is None
    # 6 women of 25-34 are hidden too: shown, with the column total of 6, they would give away
    # the men's (hidden) 0 in that column.
    assert members.cells[("F", "25_34")] is None and members.column_totals["25_34"] == 6
    for axis in (0, 1):  # no line is left with a single hidden cell, to be found by subtraction
        for line in {key[axis] for key in members.cells}:
            assert sum(1 for key, v in members.cells.items() if key[axis] == line and v is None) != 1
    private = pivot(BY_CODE["cooperative_members"], "gender", "age_band", year=2023, region=world["region"],
                    public=False)
    assert private.cells[("F", "55_plus")] == 3


def test_the_regional_report_read_back_from_the_pdf_and_the_xlsx(world, client):
    import io

    from openpyxl import load_workbook
    from pypdf import PdfReader

    refresh(years=[2022, 2023])
    response = client.get("/fr/dashboard/report.pdf?year=2023&region=MA-08")
    assert response["Content-Type"] == "application/pdf"
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(response.content)).pages)
    assert "rapport annuel 2023" in text and "Drâa-Tafilalet" in text
    assert "Coopératives · 2023" in text and "Membres des coopératives · 2023" in text
    assert "total 2" not in text  # the total is the table's last row, as on the dashboard
    arabic = client.get("/ar/dashboard/report.pdf?year=2023&region=MA-08")
    assert arabic.content.startswith(b"%PDF") and len(PdfReader(io.BytesIO(arabic.content)).pages) >= 1
    workbook = load_workbook(io.BytesIO(client.get("/fr/dashboard/report.xlsx?year=2023&region=MA-08").content))
    key = workbook.worksheets[0]
    rows = {row[0]: row[1] for row in key.iter_rows(min_row=2, values_only=True) if row[0]}
    assert rows["Coopératives"] in (2, "2") and rows["Membres des coopératives"] in (6, "6")
    members = workbook["Membres des coopératives"]
    by_province = {row[0]: row[1] for row in members.iter_rows(min_row=2, values_only=True) if row[0]}
    assert by_province["Tinghir"] == "—" and by_province["Zagora"] == "—"  # 4 and 2 people: hidden
    assert by_province["Total"] == 6  # in a cell, not in the sheet's name


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_the_annual_report_sheets_are_named_whole_and_once(world, client, language):
    """A total in the sheet name was cut at Excel's 31 characters mid-number ("Coopératives · 2025
    · total 5 5"): each sheet is named after its indicator, whole, once."""
    import io

    from openpyxl import load_workbook
    from pypdf import PdfReader

    refresh(years=[2022, 2023])
    workbook = load_workbook(io.BytesIO(client.get(f"/{language}/dashboard/report.xlsx?year=2023").content))
    names = workbook.sheetnames
    with translation.override(language):
        expected = [gettext("Key figures"), *[indicator.sheet_name for indicator in CATALOGUE]]
    assert names == expected and len(set(names)) == len(names)
    # no name cut inside a number (an ASCII digit last: str.isdigit() would also take "²")
    assert all((len(name) <= 31 and name[-1] not in "0123456789") or name.endswith("112.12)") for name in names)
    key = list(workbook.worksheets[0].iter_rows(values_only=True))
    assert key[0][3] not in ("Modifier", "تغيير")  # "Change" as a button says it; here the change between the years
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(client.get(
        f"/{language}/dashboard/report.pdf?year=2023").content)).pages)
    assert "Modifier" not in text


def test_a_stock_is_not_added_up_across_years_in_the_pivot_and_its_files(world, client):
    """Cooperatives are counted on 31 December: 2 in 2023 and 3 in 2024 in Drâa-Tafilalet are not
    5. The totals of a year across regions stay; a flow (sessions held) keeps every total."""
    import io

    from openpyxl import load_workbook

    from tadamon.indicators.domain.pivot import pivot

    EventFactory(kind="awareness", starts_at=at(2023), ends_at=at(2023))
    EventFactory(kind="awareness", starts_at=at(2024), ends_at=at(2024))
    refresh(years=[2023, 2024])
    assert BY_CODE["cooperatives"].stock and not BY_CODE["awareness_sessions"].stock
    by_year = pivot(BY_CODE["cooperatives"], "region", "year")
    assert (by_year.shows_row_totals, by_year.shows_column_totals) == (False, True)
    assert by_year.footer() == [by_year.column_totals[key] for key, _label in by_year.columns]
    transposed = pivot(BY_CODE["cooperatives"], "year", "region")
    assert (transposed.shows_row_totals, transposed.shows_column_totals) == (True, False)
    sessions = pivot(BY_CODE["awareness_sessions"], "region", "year")
    assert sessions.shows_row_totals and sessions.shows_column_totals
    ma08 = world["region"].pk
    assert sessions.row_totals[ma08] == 2  # one session in 2023, one in 2024

    page = client.get("/fr/open-data/pivot/?indicator=cooperatives&rows=region&columns=year").content.decode()
    head = page[page.index("<thead>"):page.index("</thead>")]
    ma08_line = page[page.index("Drâa-Tafilalet"):].split("</tr>")[0]
    assert "Total" not in head and "<strong>5</strong>" not in ma08_line
    assert "<tfoot>" in page  # each year's total across the regions stays
    years_down = client.get("/fr/open-data/pivot/?indicator=cooperatives&rows=year&columns=region").content.decode()
    assert "<tfoot>" not in years_down and ">Total<" in years_down  # each year's total across regions
    csv_lines = client.get("/fr/open-data/pivot.csv?indicator=cooperatives&rows=region&columns=year"
                           ).content.decode("utf-8-sig").splitlines()
    header = csv_lines[1].split(",")
    assert "Total" not in header and csv_lines[-1].startswith("Total")
    ma08_cells = next(line for line in csv_lines if line.startswith("Drâa-Tafilalet")).split(",")
    assert len(ma08_cells) == len(header) and ma08_cells[header.index("2024")] == "3"
    sheet = load_workbook(io.BytesIO(client.get(
        "/ar/open-data/pivot.xlsx?indicator=cooperatives&rows=year&columns=region").content)).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[-1][0] != "المجموع" and "المجموع" in rows[1]  # no sum of the years; a total per year

    flow = client.get("/fr/open-data/pivot.csv?indicator=awareness_sessions&rows=region&columns=year"
                      ).content.decode("utf-8-sig").splitlines()
    assert flow[1].endswith(",Total") and flow[-1].startswith("Total")
    assert next(line for line in flow if line.startswith("Drâa-Tafilalet")).endswith(",2")


def test_an_import_of_organisations_refreshes_the_registry_figures(world, admin_user):
    import io

    from tadamon.registry.domain.imports import import_organizations

    refresh(years=[2018, 2023])
    assert table(BY_CODE["cooperatives"], 2023, region=world["region"]) == {None: 2}
    # Created behind the figures' back (no import, no refresh): a refresh of 2018 would count it.
    OrganizationFactory(province=world["women"].province, creation_date=D(2016, 1, 1))
    rows = ("kind,name_ar,name_latin,province,sector,creation_date\n"
            "cooperative,تعاونية تيويزي,Coopérative Tiwizi,MA-TIN,argan,2021-03-01\n"
            "cooperative,تعاونية أزهار,Coopérative Azhar,MA-ZAG,argan,2019-05-01\n")
    report = import_organizations(io.BytesIO(rows.encode()), filename="new.csv", user=admin_user)
    assert report.ok and report.created == 2, report.as_dict()
    assert table(BY_CODE["cooperatives"], 2023, region=world["region"]) == {None: 5}  # with the 2016 one
    assert table(BY_CODE["cooperatives"], 2019, region=world["region"]) == {None: 4}
    # Years before the oldest imported cooperative are left as they were, cells included.
    assert table(BY_CODE["cooperatives"], 2018, region=world["region"]) == {None: 1}


def test_the_dashboard_reads_a_fixed_number_of_queries(world, client, django_assert_max_num_queries):
    refresh(years=[2022, 2023])
    # Two per indicator for the key figures (the year and the one before), ten for the line, the
    # breakdown, the territories and the form's choices: whatever the size of the registry.
    with django_assert_max_num_queries(40):
        assert client.get("/fr/dashboard/?year=2023&region=MA-08").status_code == 200
    OrganizationFactory.create_batch(20, province=Province.objects.get(code="MA-TIN"))
    refresh(years=[2023])
    with django_assert_max_num_queries(40):
        assert client.get("/fr/dashboard/?year=2023&region=MA-08").status_code == 200


def test_a_programme_counts_a_person_once_over_its_life_and_its_page_shows_targets(world, client,
                                                                                   django_assert_max_num_queries):
    """Six women trained in 2024 and three of them again in 2025: six people over the programme,
    six in 2024 and three in 2025 year by year."""
    import datetime as dt

    from tadamon.indicators.domain.programme_figures import compute
    from tadamon.indicators.models import ProgrammeFigures

    programme = ProgrammeFactory(target_people_trained=12, target_organizations=2, name_fr="Cap Coop")
    programme.provinces.set([world["women"].province, world["dates"].province])
    EnrolmentFactory(programme=programme, organization=world["women"], status="active")
    memberships = list(world["women"].memberships.all())
    memberships += [MembershipFactory(organization=world["women"], person__gender="F") for _ in range(2)]
    first, second = make_session(programme, capacity=10), make_session(programme, capacity=10)
    second.starts_at += dt.timedelta(days=365)
    second.ends_at += dt.timedelta(days=365)
    second.save()
    for membership in memberships:
        trained(first, membership)
    for membership in memberships[:3]:
        trained(second, membership)
    refresh(years=[2024, 2025])
    figures = ProgrammeFigures.objects.get(programme=programme)
    assert figures.people_trained == 6 and figures.organizations == 1 and figures.sessions_held == 2
    assert {k: getattr(figures, k) for k in compute(programme)} == compute(programme)  # equals a direct count
    assert table(BY_CODE["people_trained"], 2024, programme=programme) == {None: 6}
    assert table(BY_CODE["people_trained"], 2025, programme=programme) == {None: 3}
    with django_assert_max_num_queries(12):
        page = client.get(f"/fr/dashboard/programmes/{programme.pk}/")
    html = page.content.decode()
    assert page.status_code == 200 and "Cap Coop" in html
    assert '<meter min="0" max="100" low="50" high="99" optimum="100" value="50">' in html  # 6 of 12 trained
    assert "Tinghir" in html and "Zagora" in html  # the target provinces, Zagora with no one yet
    listing = client.get("/ar/dashboard/programmes/").content.decode()
    assert f"/ar/dashboard/programmes/{programme.pk}/" in listing


def test_a_programme_page_hides_small_counts_of_people(world, client):
    programme = ProgrammeFactory(target_people_trained=10)
    EnrolmentFactory(programme=programme, organization=world["women"], status="active")
    session = make_session(programme)
    for membership in list(world["women"].memberships.all())[:3]:
        trained(session, membership)
    refresh(["people_trained"], years=[2024])
    html = client.get(f"/fr/dashboard/programmes/{programme.pk}/").content.decode()
    assert "<strong>—</strong>" in html and "<strong>3</strong>" not in html
