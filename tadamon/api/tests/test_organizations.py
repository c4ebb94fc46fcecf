import pytest

from tadamon.registry.tests.factories import MembershipFactory, OrganizationFactory

pytestmark = pytest.mark.django_db

PRIVATE_FIELDS = {"registry_number", "address", "phone", "description", "members", "members_count"}


def test_anonymous_list_has_public_fields_only(client, cooperative):
    response = client.get("/api/v1/organizations")
    assert response.status_code == 200
    item = response.json()["results"][0]
    assert not PRIVATE_FIELDS & set(item)
    assert item["name_ar"] == "تعاونية نساء دادس"
    assert item["province"]["code"] == "MA-TIN" and item["region"]["code"] == "MA-08"
    assert item["members_band"] == "1–9"


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"q": "dades"}, ["Coopérative des Femmes de Dadès"]),
        ({"q": "أكدز"}, ["Coopérative des Dattes d'Agdz"]),
        ({"region": "MA-08"}, ["Coopérative des Dattes d'Agdz", "Coopérative des Femmes de Dadès"]),
        ({"province": "ma-zag"}, ["Coopérative des Dattes d'Agdz"]),
        ({"women": "true"}, ["Coopérative des Femmes de Dadès"]),
        ({"kind": "association"}, []),
        ({"sector": "agrifood"}, ["Coopérative des Dattes d'Agdz", "Coopérative des Femmes de Dadès"]),
    ],
)
def test_list_filters(client, cooperative, other_cooperative, params, expected):
    names = sorted(o["name_latin"] for o in client.get("/api/v1/organizations", params).json()["results"])
    assert names == expected


def test_invalid_filter_value_is_a_400_that_names_the_field(client):
    response = client.get("/api/v1/organizations", {"kind": "factory"})
    assert response.status_code == 400
    assert "kind" in response.json()


def test_anonymous_detail_is_public_and_hides_dissolved_organisations(client, cooperative):
    data = client.get(f"/api/v1/organizations/{cooperative.pk}").json()
    assert not PRIVATE_FIELDS & set(data)
    dissolved = OrganizationFactory(status="dissolved")
    assert client.get(f"/api/v1/organizations/{dissolved.pk}").status_code == 404


def test_staff_detail_has_members_with_personal_data_masked(client_for, staff_user, cooperative):
    data = client_for(staff_user).get(f"/api/v1/organizations/{cooperative.pk}").json()
    president = next(m for m in data["members"] if m["role"] == "president")
    assert (president["cin"], president["phone"], president["birth_year"]) == ("JK••••56", "06••••••78", "••••")
    assert data["members_count"] == 3


def test_admin_and_own_manager_see_personal_data(client_for, admin_user, manager_user, cooperative):
    for user in (admin_user, manager_user):
        data = client_for(user).get(f"/api/v1/organizations/{cooperative.pk}").json()
        president = next(m for m in data["members"] if m["role"] == "president")
        assert (president["cin"], president["phone"], president["birth_year"]) == ("JK123456", "0612345678", 1980)


def test_manager_reading_another_cooperative_gets_public_fields_only(client_for, manager_user, other_cooperative):
    data = client_for(manager_user).get(f"/api/v1/organizations/{other_cooperative.pk}").json()
    assert not PRIVATE_FIELDS & set(data)


def test_manager_list_is_the_public_one(client_for, manager_user, cooperative, other_cooperative):
    results = client_for(manager_user).get("/api/v1/organizations").json()["results"]
    assert all(not PRIVATE_FIELDS & set(item) for item in results)


def test_no_personal_data_in_any_anonymous_response(client, cooperative, other_cooperative):
    body = client.get("/api/v1/organizations").content.decode() + client.get(
        f"/api/v1/organizations/{cooperative.pk}").content.decode()
    for secret in ("JK123456", "0612345678", "ZZ987654", "Fatima", "فاطمة"):
        assert secret not in body


@pytest.mark.parametrize("count", [1, 3])
def test_list_query_count_does_not_grow_with_the_page(client, django_assert_num_queries, count):
    for _ in range(count):
        MembershipFactory(organization=OrganizationFactory())
    with django_assert_num_queries(3):  # count, page, member counts
        response = client.get("/api/v1/organizations")
    assert len(response.json()["results"]) == count


def test_openapi_schema_describes_the_organizations_endpoint(client):
    schema = client.get("/api/v1/openapi.json").json()
    assert schema["openapi"].startswith("3.")
    parameters = {p["name"] for p in schema["paths"]["/api/v1/organizations"]["get"]["parameters"]}
    assert {"region", "province", "kind", "sector", "women", "youth", "q", "page"} <= parameters
    assert "/api/v1/organizations/{id}" in schema["paths"]
