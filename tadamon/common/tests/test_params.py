"""Query parameters and posted ids: one parser, and what a caller sees when a value is bad —
400 naming the parameter (page or JSON), 404 for a posted id that points at nothing — never 500."""

import json

import pytest
from django.http import Http404, QueryDict
from django.utils import timezone
from rest_framework.test import APIClient

from tadamon.common.params import BadParameter, id_list_param, id_param, parse_id, posted_object_or_404, year_param
from tadamon.registry.models import Province

# What str.isdigit() accepts and int() or the database refuses, and other junk.
NOT_IDS = ["", "²", "¹²", "abc", "-1", "0", "1.5", " ", "1" * 30, str(2**63), "\x00", "1e3", "0x10"]


@pytest.mark.parametrize("value", NOT_IDS)
def test_parse_id_refuses_what_is_not_an_id(value):
    assert parse_id(value) is None


def test_parse_id_reads_ids():
    assert parse_id("42") == 42 and parse_id(" 7 ") == 7 and parse_id(str(2**63 - 1)) == 2**63 - 1


def test_id_param_is_none_when_absent_and_400_when_malformed():
    assert id_param(QueryDict(""), "programme") is None
    assert id_param(QueryDict("programme="), "programme") is None
    assert id_param(QueryDict("programme=12"), "programme") == 12
    with pytest.raises(BadParameter) as error:
        id_param(QueryDict("programme=%C2%B2"), "programme")
    assert error.value.name == "programme" and "²" in error.value.message


def test_id_list_param_refuses_one_bad_id_among_good_ones():
    assert id_list_param(QueryDict("product=1&product=3"), "product") == [1, 3]
    with pytest.raises(BadParameter):
        id_list_param(QueryDict("product=1&product=%C2%B2"), "product")


def test_year_param_keeps_to_its_range():
    this_year = timezone.localdate().year
    assert year_param(QueryDict(""), default=2020) == 2020
    assert year_param(QueryDict("year=2023")) == 2023
    for bad in ("0", "1", "9999", "²", "20x3", "-2023", "2023.0"):
        with pytest.raises(BadParameter):
            year_param(QueryDict(f"year={bad}"))
    with pytest.raises(BadParameter):
        year_param(QueryDict(f"year={this_year}"), last=this_year - 1)


@pytest.mark.django_db
def test_posted_object_or_404():
    province = Province.objects.order_by("pk").first()
    assert posted_object_or_404(Province.objects.all(), {"province": str(province.pk)}, "province") == province
    for bad in ("abc", "²", "", "999999"):
        with pytest.raises(Http404):
            posted_object_or_404(Province.objects.all(), {"province": bad}, "province")


# --- What callers see ------------------------------------------------------------------------

@pytest.fixture
def api(admin_user):
    client = APIClient()
    client.force_authenticate(admin_user)
    return client


@pytest.mark.parametrize("url", [
    "/api/v1/sessions?programme=²", "/api/v1/registrations?session=²", "/api/v1/participants?event=²",
    "/api/v1/commitments?agreement=²", "/api/v1/support?year=²", "/api/v1/support?recipient=²",
    "/api/v1/support?provider=abc", "/api/v1/support?year=9999", "/api/v1/support?year=0",
])
def test_the_api_answers_400_naming_the_bad_parameter(api, url):
    response = api.get(url)
    assert response.status_code == 400
    name = url.split("?")[1].split("=")[0]
    assert name in response.json() and response.json()[name][0]


def test_the_api_still_filters_with_good_parameters(api):
    assert api.get("/api/v1/support?year=2023&recipient=1").status_code == 200


def test_patching_attendance_with_nothing_is_a_400(staff_user, cooperative):
    from tadamon.programmes.domain.training import register
    from tadamon.programmes.tests.factories import EnrolmentFactory, ProgrammeFactory, make_session

    programme = ProgrammeFactory(staff=[staff_user])
    EnrolmentFactory(programme=programme, organization=cooperative)
    registration = register(make_session(programme), cooperative.memberships.first())
    client = APIClient()
    client.force_authenticate(staff_user)
    response = client.patch(f"/api/v1/registrations/{registration.pk}", {}, format="json")
    assert response.status_code == 400 and "attended" in response.json()
    registration.refresh_from_db()
    assert registration.attended is None or registration.attended is False


def test_json_nested_thousands_deep_is_a_400(api):
    from tadamon.events.tests.factories import EventFactory

    EventFactory()
    deep = "[" * 5000 + "]" * 5000
    response = api.post("/api/v1/participants", data=deep, content_type="application/json")
    assert response.status_code == 400
    assert "nested" in json.dumps(response.json())


def test_a_back_office_page_answers_400_with_a_message(client_for, admin_user):
    client = client_for(admin_user)
    response = client.get("/fr/manage/communes/?province=²")
    assert response.status_code == 400
    page = response.content.decode()
    assert "province" in page and "²" in page
    assert client.get("/fr/manage/products/labels.pdf?organization=abc").status_code == 400


def test_a_posted_id_that_is_not_one_is_a_404(client_for, admin_user, cooperative):
    from tadamon.programmes.tests.factories import ProgrammeFactory

    programme = ProgrammeFactory()
    client = client_for(admin_user)
    response = client.post(f"/fr/manage/programmes/{programme.pk}/enrol/", {"organization": "abc"})
    assert response.status_code == 404
    response = client.post(f"/fr/manage/programmes/{programme.pk}/certificates/issue/", {"session": "abc"})
    assert response.status_code == 404


def test_a_declaration_year_out_of_range_is_a_400_and_files_nothing(client_for, manager_user):
    from tadamon.funding.models import AnnualDeclaration

    client = client_for(manager_user)
    for year in ("0", "1", "9999", "²"):
        assert client.get(f"/fr/manage/declarations/?year={year}").status_code == 400
        assert client.post(f"/fr/manage/declarations/?year={year}", {"members_women": "3"}).status_code == 400
    assert not AnnualDeclaration.objects.exists()


def test_the_domain_refuses_a_declaration_before_the_first_year(cooperative, manager_user):
    from django.core.exceptions import ValidationError

    from tadamon.funding.domain.compliance import file_declaration

    with pytest.raises(ValidationError) as error:
        file_declaration(cooperative, year=1, by=manager_user, members_women=3, members_men=0)
    assert "year" in error.value.message_dict


def test_a_nul_byte_in_any_query_parameter_is_a_400_before_any_query(db, client, django_assert_num_queries):
    with django_assert_num_queries(0):
        page = client.get("/fr/events/?kind=%00")
    assert page.status_code == 400 and "kind" in page.content.decode()
    response = client.get("/api/v1/events?region=MA%0008")
    assert response.status_code == 400 and "region" in response.json()
