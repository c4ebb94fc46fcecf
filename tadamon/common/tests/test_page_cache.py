"""Anonymous visitors get the busiest public pages from the cache; a refresh of the figures
shows at once; signed-in users always get their own fresh page."""

import pytest
from django.core.cache import cache

from tadamon.indicators.domain.figures import refresh
from tadamon.registry.models import Province
from tadamon.registry.tests.factories import OrganizationFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def page_cache(settings):
    cache.clear()
    settings.PUBLIC_PAGE_CACHE_SECONDS = 60
    yield
    cache.clear()


def test_the_directory_comes_from_the_cache_for_anonymous_visitors(client, page_cache, staff_user,
                                                                     django_assert_max_num_queries):
    OrganizationFactory(name_latin="Coopérative Tiwizi", province=Province.objects.get(code="MA-TIN"))
    assert "Tiwizi" in client.get("/fr/organizations/").content.decode()
    OrganizationFactory(name_latin="Coopérative Azul", province=Province.objects.get(code="MA-TIN"))
    with django_assert_max_num_queries(0):
        again = client.get("/fr/organizations/").content.decode()
    assert "Azul" not in again  # within the minute, the cached page
    client.force_login(staff_user)
    assert "Azul" in client.get("/fr/organizations/").content.decode()  # signed in: always fresh


def test_the_dashboard_follows_each_refresh_of_the_figures(client, page_cache):
    tinghir = Province.objects.get(code="MA-TIN")
    OrganizationFactory.create_batch(3, province=tinghir)
    refresh(["cooperatives"], years=[2023])
    url = "/fr/dashboard/?year=2023&region=MA-08&indicator=cooperatives"
    assert "<strong>3</strong>" in client.get(url).content.decode()
    OrganizationFactory.create_batch(4, province=tinghir)
    assert "<strong>3</strong>" in client.get(url).content.decode()  # cached until the figures change
    refresh(["cooperatives"], years=[2023])
    assert "<strong>7</strong>" in client.get(url).content.decode()


def test_the_public_api_list_is_cached_and_a_page_with_a_form_never_is(client, page_cache):
    OrganizationFactory(name_latin="Coopérative Tiwizi")
    first = client.get("/api/v1/organizations")
    assert first.status_code == 200 and first.json()["count"] == 1
    OrganizationFactory(name_latin="Coopérative Azul")
    assert client.get("/api/v1/organizations").json()["count"] == 1
    assert client.get("/api/v1/organizations?page=1").json()["count"] == 2  # another address, another entry
    from django.http import HttpResponse

    from tadamon.common.page_cache import _cacheable

    assert not _cacheable(HttpResponse('<input name="csrfmiddlewaretoken" value="x">'))
