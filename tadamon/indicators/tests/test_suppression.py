"""Small counts of people cannot be worked back from a published table: the linear-programming
audit (audit.py) finds the hidden values the former complementary pass left recoverable, and every
table suppressed now passes it, alone and, for the tables by territory, read together with the
national one (docs/open-data.md)."""

import csv
import io
import random

import pytest

from tadamon.indicators.domain.audit import (
    TOTAL,
    Audit,
    audit_grid,
    audit_line,
    grid_equations,
    grid_values,
    group_key,
    grouped_equations,
    too_narrow,
)
from tadamon.indicators.domain.suppression import THRESHOLD, _pattern, suppress, suppress_table

BANDS = ["under_25", "25_34", "35_44", "45_54", "55_plus", "unknown"]
DRAA = ["Errachidia", "Ouarzazate", "Midelt", "Tinghir", "Zagora"]

# People trained in 2023 in Drâa-Tafilalet by province and age band: the shape of the table of the
# issue, where Zagora × 35–44 (1 person) came back by subtraction.
ISSUE = dict(zip([(p, b) for p in DRAA for b in BANDS], [
    8, 31, 8, 11, 23, 8,
    8, 14, 6, 9, 14, 31,
    11, 31, 6, 8, 23, 0,
    14, 11, 8, 17, 31, 11,
    11, 14, 1, 8, 31, 0,
], strict=True))

# What the former suppression published for it: the four cells of one rectangle hidden, all
# totals shown (none under 5).
OLD_HIDDEN = {("Midelt", "35_44"), ("Midelt", "unknown"), ("Zagora", "35_44"), ("Zagora", "unknown")}


def totals(grid: dict, rows: list, columns: list) -> tuple[dict, dict, int]:
    row_totals = {r: sum(grid[(r, c)] for c in columns) for r in rows}
    column_totals = {c: sum(grid[(r, c)] for r in rows) for c in columns}
    return row_totals, column_totals, sum(row_totals.values())


def narrow_in(shown) -> dict:
    """The hidden values of a suppressed table an outsider can pin down closer than the threshold."""
    return too_narrow(audit_grid(shown.cells, shown.row_totals, shown.column_totals, shown.total), THRESHOLD)


def test_the_audit_finds_the_person_the_former_suppression_let_out():
    row_totals, column_totals, total = totals(ISSUE, DRAA, BANDS)
    published = {key: (None if key in OLD_HIDDEN else value) for key, value in ISSUE.items()}
    ranges = audit_grid(published, row_totals, column_totals, total)
    # The two zeros of "birth year unknown" are all the column's total leaves; Zagora's row then
    # gives its 35–44 exactly, and Midelt's too.
    assert too_narrow(ranges, THRESHOLD) == {("Zagora", "35_44"): (1, 1), ("Zagora", "unknown"): (0, 0),
                                             ("Midelt", "35_44"): (6, 6), ("Midelt", "unknown"): (0, 0)}


def test_the_table_of_the_issue_is_now_protected():
    shown = suppress_table(ISSUE, rows=DRAA, columns=BANDS)
    assert shown.cells[("Zagora", "35_44")] is None and shown.cells[("Zagora", "unknown")] is None
    assert narrow_in(shown) == {}
    # Every hidden value can be anything in a range of 5 at least; what is shown is the truth.
    row_totals, column_totals, total = totals(ISSUE, DRAA, BANDS)
    assert all(shown.cells[key] in (None, value) for key, value in ISSUE.items())
    assert shown.row_totals == row_totals and shown.column_totals == column_totals and shown.total == total


def test_the_audit_finds_what_no_line_by_line_rule_sees():
    grid = {("a", 1): 6, ("a", 2): 7, ("a", 3): 6,
            ("b", 1): 9, ("b", 2): 2, ("b", 3): 20,
            ("c", 1): 6, ("c", 2): 12, ("c", 3): 2}
    # The former pass hid 2 and 2, then a complement beside each in its row and column, until no
    # line had a single hidden cell: every line has two, adding up to 5 or more...
    old = {("a", 1): 6, ("a", 2): None, ("a", 3): None, ("b", 1): None, ("b", 2): None, ("b", 3): 20,
           ("c", 1): None, ("c", 2): 12, ("c", 3): None}
    narrow = too_narrow(audit_grid(old, *totals(grid, ["a", "b", "c"], [1, 2, 3])), THRESHOLD)
    # ... but the six hidden cells make one cycle, which the two 2s hold to 4 of play: each 2 lies
    # in [0, 4].
    assert narrow == {("a", 2): (5, 9), ("a", 3): (4, 8), ("b", 1): (7, 11), ("b", 2): (0, 4),
                      ("c", 1): (4, 8), ("c", 3): (0, 4)}
    assert narrow_in(suppress_table(grid)) == {}


@pytest.mark.parametrize(("cells", "total", "old"), [
    ({"a": 1, "b": 3, "c": 20, "d": 40}, 64, {"a": None, "b": None, "c": 20, "d": 40}),
    ({"a": 0, "b": 0, "c": 6}, 6, {"a": None, "b": None, "c": 6}),
])
def test_a_one_way_table_hides_enough_for_its_hidden_cells_to_be_5_wide(cells, total, old):
    # The former rule stopped at two hidden cells: 1 and 3 beside the total each lie in [0, 4].
    assert too_narrow(audit_line(old, total), THRESHOLD)
    shown, shown_total = suppress(cells, total)
    assert shown_total == total
    assert sum(1 for value in shown.values() if value is None) > sum(1 for value in old.values() if value is None)
    assert too_narrow(audit_line(shown, shown_total), THRESHOLD) == {}


def small_count_table(rng: random.Random, rows: int, columns: int) -> dict:
    """A table like those of people trained or members: some rows large, many counts under 5,
    zeros most of all."""
    share = rng.choice([0.2, 0.4, 0.6, 0.8])
    grid = {}
    for r in range(rows):
        scale = rng.choice([3, 8, 20, 60, 300])
        for c in range(columns):
            if rng.random() < share:
                grid[(r, c)] = rng.choice([0, 0, 0, 1, 1, 2, 3, 4])
            else:
                grid[(r, c)] = 5 + int(rng.expovariate(1 / scale))
    return grid


# Provinces of a region × age bands, gender × age band, region × year, sector × kind of
# organisation, programme × gender, and thin tables.
SHAPES = [(3, 6), (5, 6), (8, 6), (10, 6), (2, 6), (3, 6), (12, 17), (8, 4), (5, 2), (1, 6), (6, 1)]


def test_hundreds_of_tables_of_small_counts_are_protected_once_suppressed():
    rng = random.Random(16)
    for n in range(300):
        rows, columns = SHAPES[n % len(SHAPES)]
        grid = small_count_table(rng, rows, columns)
        shown = suppress_table(grid)
        assert narrow_in(shown) == {}, (n, grid)
        assert all(shown.cells[key] in (None, value) for key, value in grid.items())
        assert all(shown.cells[key] is None for key, value in grid.items() if value < THRESHOLD)


def test_hundreds_of_one_way_tables_are_protected_once_suppressed():
    rng = random.Random(5)
    for n in range(300):
        grid = small_count_table(rng, 1, rng.choice([2, 3, 5, 12, 75]))
        cells = {c: value for (_r, c), value in grid.items()}
        total = sum(cells.values())
        shown, shown_total = suppress(cells, total)
        assert too_narrow(audit_line(shown, shown_total), THRESHOLD) == {}, (n, cells)


def test_provinces_with_their_regions_subtotals_are_protected_read_together():
    rng = random.Random(8)
    for n in range(40):
        provinces, columns = rng.choice([(10, 6), (20, 6), (24, 17)])
        regions = rng.choice([2, 3, 5])
        grid = small_count_table(rng, provinces, columns)
        groups = {p: p % regions for p in range(provinces)}
        rows = sorted(groups, key=lambda p: (groups[p], p))
        shown = suppress_table(grid, rows=rows, groups=groups)
        published = grid_values(shown.cells, shown.row_totals, shown.column_totals, shown.total)
        published.update({(group_key(g), c): v for (g, c), v in shown.group_cells.items()})
        published.update({(group_key(g), TOTAL): v for g, v in shown.group_totals.items()})
        ranges = Audit(published, grouped_equations(rows, range(columns), groups)).ranges()
        assert too_narrow(ranges, THRESHOLD) == {}, (n, grid)


def test_the_same_table_always_gets_the_same_pattern():
    rng = random.Random(3)
    grid = small_count_table(rng, 12, 17)
    first = suppress_table(grid)
    _pattern.cache_clear()
    assert suppress_table(dict(reversed(list(grid.items()))), rows=range(12), columns=range(17)) == first


def test_the_quick_audit_agrees_with_every_range_worked_out():
    """`narrow` settles most values with the solutions it meets on the way; what it reports must be
    what solving for each range gives, on patterns safe or not."""
    rng = random.Random(11)
    for _n in range(60):
        rows, columns = rng.choice([(3, 6), (5, 6), (12, 17)])
        grid = small_count_table(rng, rows, columns)
        row_totals, column_totals, total = totals(grid, list(range(rows)), list(range(columns)))
        values = grid_values(grid, row_totals, column_totals, total)
        hidden = {key for key, value in values.items() if value < THRESHOLD or rng.random() < 0.1}
        published = {key: (None if key in hidden else value) for key, value in values.items()}
        equations = grid_equations(range(rows), range(columns))
        expected = too_narrow(Audit(published, equations).ranges(), THRESHOLD)
        assert Audit(published, equations).narrow(THRESHOLD, known=values) == expected
        assert Audit(published, equations).narrow(THRESHOLD) == expected


# --- Through the pivot and its CSV ------------------------------------------------------------


def read_pivot_csv(response) -> tuple[list, list, dict, dict, dict, int | None]:
    """(rows, columns, cells, row totals, column totals, total) as the file says, None where blank."""
    lines = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    columns = lines[1][1:-1]

    def number(text):
        return None if text == "" else int(text)

    body, footer = lines[2:-1], lines[-1]
    rows = [line[0] for line in body]
    cells = {(line[0], c): number(v) for line in body for c, v in zip(columns, line[1:-1], strict=True)}
    row_totals = {line[0]: number(line[-1]) for line in body}
    column_totals = {c: number(v) for c, v in zip(columns, footer[1:-1], strict=True)}
    return rows, columns, cells, row_totals, column_totals, number(footer[-1])


@pytest.fixture
def trained(db):
    """People trained in 2023 by province and age band: Drâa-Tafilalet as in the issue, and
    small counts in the provinces of three other regions."""
    from tadamon.indicators.models import IndicatorCell
    from tadamon.registry.models import Province

    provinces = {p.name_fr: p for p in Province.objects.all()}
    cells = [IndicatorCell(indicator="people_trained", year=2023, province=provinces[p], age_band=b, gender="F",
                           kind="cooperative", detailed=True, value=v) for (p, b), v in ISSUE.items() if v]
    rng = random.Random(2023)
    for province in Province.objects.filter(region__code__in=["MA-01", "MA-04", "MA-09"]).order_by("code"):
        for band in BANDS:
            value = rng.choice([0, 0, 1, 2, 3, 6, 9, 15, 40])
            if value:
                cells.append(IndicatorCell(indicator="people_trained", year=2023, province=province, age_band=band,
                                           gender="M", kind="association", detailed=True, value=value))
    IndicatorCell.objects.bulk_create(cells)
    return provinces


PIVOT = "/fr/open-data/pivot.csv?indicator=people_trained&columns=age_band&year=2023"


def test_the_published_csv_of_the_issue_cannot_be_worked_back(trained, client):
    rows, columns, cells, row_totals, column_totals, total = read_pivot_csv(
        client.get(f"{PIVOT}&rows=province&region=MA-08"))
    assert rows == ["Errachidia", "Midelt", "Ouarzazate", "Tinghir", "Zagora"]
    assert cells[("Zagora", "35–44")] is None  # the 1 person of the issue
    ranges = audit_grid(cells, row_totals, column_totals, total)
    assert ranges and too_narrow(ranges, THRESHOLD) == {}
    # What the file shows is the truth.
    labels = dict(zip(BANDS, columns, strict=True))
    for (province, band), value in ISSUE.items():
        assert cells[(province, labels[band])] in (None, value)


def test_the_national_regional_and_by_region_files_read_together_cannot_be_worked_back(trained, client):
    provinces, columns, cells, row_totals, column_totals, total = read_pivot_csv(
        client.get(f"{PIVOT}&rows=province"))
    regions, region_columns, by_region, region_totals, region_column_totals, region_total = read_pivot_csv(
        client.get(f"{PIVOT}&rows=region"))
    assert region_columns == columns and region_column_totals == column_totals and region_total == total
    region_of = {p.name_fr: p.region.name_fr for p in trained.values()}
    for code, name in (("MA-08", "Drâa-Tafilalet"), ("MA-04", "Rabat-Salé-Kénitra")):
        part, _c, part_cells, part_row_totals, part_column_totals, part_total = read_pivot_csv(
            client.get(f"{PIVOT}&rows=province&region={code}"))
        # A region's table is its part of the national one, with its row of the table by region.
        assert part == [p for p in provinces if region_of[p] == name]
        assert part_cells == {key: v for key, v in cells.items() if key[0] in part}
        assert part_row_totals == {p: row_totals[p] for p in part}
        assert part_column_totals == {c: by_region[(name, c)] for c in columns} and part_total == region_totals[name]
    published = grid_values(cells, row_totals, column_totals, total)
    published.update({(group_key(g), c): by_region[(g, c)] for g in regions for c in columns})
    published.update({(group_key(g), TOTAL): region_totals[g] for g in regions})
    ranges = Audit(published, grouped_equations(provinces, columns, region_of)).ranges()
    assert any(value is None for value in published.values())
    assert too_narrow(ranges, THRESHOLD) == {}


def test_a_table_by_territory_in_columns_or_filtered_by_region_hides_the_same_cells(trained):
    from tadamon.indicators.catalogue import BY_CODE
    from tadamon.indicators.domain.pivot import pivot
    from tadamon.registry.models import Region

    people, draa = BY_CODE["people_trained"], Region.objects.get(code="MA-08")
    by_province = pivot(people, "province", "age_band", year=2023, region=draa)
    transposed = pivot(people, "age_band", "province", year=2023, region=draa)
    assert transposed.cells == {(b, p): v for (p, b), v in by_province.cells.items()}
    assert transposed.row_totals == by_province.column_totals and transposed.total == by_province.total
    by_region = pivot(people, "region", "age_band", year=2023)
    one_region = pivot(people, "region", "age_band", year=2023, region=draa)
    assert {b: one_region.cells[(draa.pk, b)] for b in BANDS} == by_province.column_totals
    assert {b: by_region.cells[(draa.pk, b)] for b in BANDS} == by_province.column_totals
    assert one_region.row_totals[draa.pk] == by_region.row_totals[draa.pk] == by_province.total
    # The other regions have no row in a table of Drâa-Tafilalet: empty, hidden.
    assert all(v is None for (r, _b), v in one_region.cells.items() if r != draa.pk)
