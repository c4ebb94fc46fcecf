"""The indicators' choices: the dimensions and what open data is published by."""

import pytest

from tadamon.indicators.catalogue import CATALOGUE, DIMENSION_NAMES
from tadamon.indicators.domain.open_data import open_data
from tadamon.indicators.domain.pivot import pivot
from tadamon.indicators.enums import Dimension, OpenDataBy


def test_every_dimension_of_the_catalogue_is_a_dimension_choice():
    assert {d for indicator in CATALOGUE for d in indicator.dimensions} == set(Dimension.values)


def test_the_dimension_names_are_the_choices_in_the_forms_order():
    assert list(DIMENSION_NAMES) == ["region", "province", "sector", "kind", "gender", "age_band", "programme",
                                     "year"]
    assert DIMENSION_NAMES["age_band"] == "Age band"


def test_open_data_is_by_region_province_or_sector():
    assert OpenDataBy.values == ["region", "province", "sector"]
    assert set(OpenDataBy.values) <= set(Dimension.values)


@pytest.mark.django_db
def test_a_crossed_table_by_an_unknown_dimension_is_refused():
    indicator = CATALOGUE[0]
    with pytest.raises(ValueError):
        pivot(indicator, "commune", "year")


@pytest.mark.django_db
def test_open_data_by_an_unknown_dimension_is_refused():
    with pytest.raises(ValueError):
        open_data(2023, "commune")


@pytest.mark.django_db
def test_the_api_answers_400_to_open_data_by_an_unknown_dimension(client):
    response = client.get("/api/v1/indicators", {"by": "commune"})
    assert response.status_code == 400
    assert "by" in response.json()
