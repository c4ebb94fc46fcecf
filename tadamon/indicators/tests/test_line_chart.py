"""The line over the years on a phone: the first and last years' labels inside the chart, and
every other year labelled when there are many (main.css hides the `minor` ones on a phone); a line
halfway up with its value."""

from tadamon.indicators.domain.dashboards import line_points


def test_the_first_and_last_years_leave_room_for_their_labels():
    line = line_points([(year, 10) for year in range(2017, 2027)])
    xs = [label["x"] for label in line["labels"]]
    assert xs[0] >= 36 and xs[-1] <= line["width"] - 36  # half of a 4-digit year at the phone's 21px
    assert [d["x"] for d in line["dots"]] == xs


def test_a_long_line_labels_every_other_year_on_a_phone_the_first_and_last_always():
    labels = line_points([(year, 10) for year in range(2017, 2027)])["labels"]
    # the first year is named too; the year beside it gives way so the two do not run together
    assert [label["year"] for label in labels if not label["minor"]] == [2017, 2020, 2022, 2024, 2026]
    labels = line_points([(year, 10) for year in range(2017, 2026)])["labels"]
    assert [label["year"] for label in labels if not label["minor"]] == [2017, 2019, 2021, 2023, 2025]


def test_a_short_line_labels_every_year():
    assert not any(label["minor"] for label in line_points([(year, 10) for year in range(2020, 2027)])["labels"])


def test_a_line_halfway_up_says_its_value():
    line = line_points([(2020, 0), (2021, 40), (2022, 80)])
    assert line["middle"]["value"] == 40 and line["dots"][1]["y"] == line["middle"]["y"]
    assert line_points([(2020, 0), (2021, 1)])["middle"] is None  # no half of 1 to read
