import pytest

from tadamon.programmes.tests.factories import EnrolmentFactory, ProgrammeFactory

pytestmark = pytest.mark.django_db


def test_programme_detail_has_targets_and_actuals_and_no_enrolment_list(client, cooperative):
    programme = ProgrammeFactory(name_fr="Cooper UP", target_organizations=50, target_people_trained=900)
    EnrolmentFactory(programme=programme, organization=cooperative, status="active")
    EnrolmentFactory(programme=programme, status="withdrawn", withdrawal_reason="x")
    data = client.get(f"/api/v1/programmes/{programme.pk}").json()
    assert data["name_fr"] == "Cooper UP"
    assert data["targets"] == {"organizations": 50, "people_trained": 900, "sessions": None}
    assert data["actuals"] == {"organizations_enrolled": 1, "organizations_invited": 0, "organizations_withdrawn": 1}
    assert [p["number"] for p in data["phases"]] == [1, 2]
    assert "enrolments" not in data and "staff" not in data


@pytest.mark.parametrize("count", [1, 3])
def test_programme_list_query_count_does_not_grow(client, django_assert_num_queries, count):
    for _ in range(count):
        EnrolmentFactory(programme=ProgrammeFactory())
    with django_assert_num_queries(7):  # count, page, five prefetches
        response = client.get("/api/v1/programmes")
    assert len(response.json()["results"]) == count


def test_programmes_are_in_the_openapi_schema(client):
    paths = client.get("/api/v1/openapi.json").json()["paths"]
    assert "/api/v1/programmes" in paths and "/api/v1/programmes/{id}" in paths
