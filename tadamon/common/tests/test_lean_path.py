"""The lean path: an anonymous GET of a public page is answered by the first middleware from the
cache, with the same body and the same security headers as the full chain gave it, and without a
query; anyone signed in, anything with a session or messages, any POST, any page with a form's
token goes the whole way; an edit shows once the documented delay has passed."""

import re
import time

import pytest
from django.contrib.messages.storage.cookie import CookieStorage
from django.core.cache import cache
from django.core.cache.backends import base as cache_base
from django.core.cache.backends import locmem

from tadamon.common import page_cache as page_cache_module
from tadamon.events.tests.factories import EventFactory
from tadamon.indicators.domain.figures import refresh
from tadamon.registry.models import Province
from tadamon.registry.tests.factories import OrganizationFactory

pytestmark = pytest.mark.django_db

SECURITY_HEADERS = ["Content-Security-Policy", "X-Frame-Options", "X-Content-Type-Options", "Referrer-Policy",
                    "Cross-Origin-Opener-Policy", "Content-Language", "Content-Type"]


@pytest.fixture
def page_cache(settings):
    cache.clear()
    page_cache_module.forget_local_copies()
    settings.PUBLIC_PAGE_CACHE_SECONDS = 60
    yield settings
    cache.clear()
    page_cache_module.forget_local_copies()


@pytest.fixture
def local_copies(page_cache, monkeypatch):
    """As in production, where the cache (Redis) is shared and each process keeps its own copies."""
    monkeypatch.setattr(page_cache_module, "_shared_cache", lambda: True)


@pytest.fixture
def later(monkeypatch):
    """Moves the cache's clock forward, as if that many seconds had passed."""
    shift = [0.0]

    class Clock:
        @staticmethod
        def time():
            return time.time() + shift[0]

    monkeypatch.setattr(locmem, "time", Clock)
    monkeypatch.setattr(cache_base, "time", Clock)
    monkeypatch.setattr(page_cache_module, "time", Clock)

    def move(seconds):
        shift[0] += seconds

    return move


def tinghir():
    return Province.objects.get(code="MA-TIN")


def test_an_anonymous_visitor_gets_the_same_page_and_headers_from_the_cache_without_a_query(
        client, page_cache, django_assert_num_queries):
    OrganizationFactory(name_latin="Coopérative Tiwizi", province=tinghir())
    first = client.get("/fr/organizations/?q=tiwizi")
    assert first.status_code == 200 and "Tiwizi" in first.content.decode()
    with django_assert_num_queries(0):
        again = client.get("/fr/organizations/?q=tiwizi")
    assert again.status_code == 200
    assert again.content == first.content
    for name in SECURITY_HEADERS:
        assert again[name] == first[name], name
    assert "default-src 'self'" in again["Content-Security-Policy"]
    assert again["X-Frame-Options"] == "DENY"
    assert not again.cookies


@pytest.mark.parametrize("url", ["/fr/", "/fr/events/", "/ar/organizations/", "/fr/products/",
                                 "/api/v1/organizations?page=1"])
def test_each_public_page_is_answered_from_the_cache_the_second_time(client, page_cache, url,
                                                                       django_assert_num_queries):
    OrganizationFactory(name_latin="Coopérative Tiwizi", province=tinghir())
    EventFactory(name_fr="Salon de Tinghir")
    first = client.get(url)
    assert first.status_code == 200
    with django_assert_num_queries(0):
        assert client.get(url).content == first.content


def test_the_organisation_product_and_event_pages_are_cached_too(client, page_cache, django_assert_num_queries):
    organization = OrganizationFactory(name_latin="Coopérative Tiwizi", province=tinghir())
    event = EventFactory(name_fr="Salon de Tinghir", registration_open=False)
    for url in [f"/fr/organizations/{organization.pk}/", f"/fr/events/{event.pk}/"]:
        first = client.get(url)
        assert first.status_code == 200
        with django_assert_num_queries(0):
            assert client.get(url).content == first.content


def test_an_edit_shows_once_the_documented_delay_has_passed(client, page_cache, later):
    organization = OrganizationFactory(name_latin="Coopérative Tiwizi", province=tinghir())
    url = f"/fr/organizations/{organization.pk}/"
    assert "Tiwizi" in client.get(url).content.decode()
    organization.name_latin = "Coopérative Tiwizi Nouvelle"
    organization.save()
    later(59)
    assert "Tiwizi Nouvelle" not in client.get(url).content.decode()  # within the minute: the cached page
    later(2)
    assert "Tiwizi Nouvelle" in client.get(url).content.decode()


def test_signed_in_users_and_session_holders_always_get_a_fresh_page(client, page_cache, staff_user,
                                                                       django_assert_max_num_queries):
    OrganizationFactory(name_latin="Coopérative Tiwizi", province=tinghir())
    anonymous = client.get("/fr/").content.decode()
    client.force_login(staff_user)
    signed_in = client.get("/fr/").content.decode()
    assert 'action="/fr/accounts/logout/"' in signed_in
    assert signed_in != anonymous
    client.logout()
    assert client.get("/fr/").content.decode() == anonymous
    # A session cookie, even one the server does not know, is never answered from the cache.
    client.cookies["sessionid"] = "x" * 32
    with django_assert_max_num_queries(50) as queries:
        client.get("/fr/")
    assert len(queries) > 0


def test_a_page_a_signed_in_user_saw_is_never_stored_for_anonymous_visitors(client, page_cache, staff_user):
    client.force_login(staff_user)
    assert 'action="/fr/accounts/logout/"' in client.get("/fr/").content.decode()
    client.logout()
    assert 'action="/fr/accounts/logout/"' not in client.get("/fr/").content.decode()


def test_messages_and_posts_are_never_answered_from_the_cache(client, page_cache, django_assert_max_num_queries):
    event = EventFactory(name_fr="Salon de Tinghir", registration_open=False)
    url = f"/fr/events/{event.pk}/"
    client.get(url)
    client.cookies[CookieStorage.cookie_name] = "anything"
    with django_assert_max_num_queries(50) as queries:
        client.get(url)
    assert len(queries) > 0
    del client.cookies[CookieStorage.cookie_name]
    with django_assert_max_num_queries(50) as queries:
        client.post(url, {})
    assert len(queries) > 0


def test_a_page_with_a_form_comes_from_the_cache_with_each_visitors_own_token(page_cache,
                                                                             django_assert_num_queries):
    from django.test import Client

    from tadamon.events.models import Participant

    event = EventFactory(name_fr="Rencontre ouverte", registration_open=True)
    url = f"/fr/events/{event.pk}/"
    first_visitor, second_visitor = Client(enforce_csrf_checks=True), Client(enforce_csrf_checks=True)
    first = first_visitor.get(url)
    assert first.status_code == 200 and "csrftoken" in first.cookies
    with django_assert_num_queries(0):
        second = second_visitor.get(url)
    token = re.search(rb'name="csrfmiddlewaretoken" value="([A-Za-z0-9]{64})"', second.content).group(1).decode()
    assert "csrftoken" in second.cookies and second.cookies["csrftoken"].value != first.cookies["csrftoken"].value
    assert b"tadamon-page-cache" not in second.content
    assert second.content.replace(token.encode(), b"") == re.sub(
        rb'(name="csrfmiddlewaretoken" value=")[A-Za-z0-9]{64}', rb"\1", first.content)
    assert second["Content-Security-Policy"] == first["Content-Security-Policy"]
    # The token the cache gave works: the second visitor registers.
    sent = second_visitor.post(url, {"csrfmiddlewaretoken": token, "full_name": "Amina Ait", "gender": "F"})
    assert sent.status_code == 302 and "/ticket/" in sent["Location"]
    assert Participant.objects.filter(event=event, full_name="Amina Ait").count() == 1
    # Without a token, refused as always.
    assert Client(enforce_csrf_checks=True).post(url, {"full_name": "X", "gender": "F"}).status_code == 403


def test_a_response_that_sets_another_cookie_is_never_stored(page_cache, rf):
    from django.http import HttpResponse

    from tadamon.common import page_cache as module

    request = rf.get("/fr/")
    key = module.request_key(request)
    response = HttpResponse("<p>bonjour</p>")
    response.page_cache = {"follows_figures": False, "version": ""}
    response.set_cookie("tadamon_language", "fr")
    module.store(request, key, response)
    assert cache.get(key) is None
    response = HttpResponse("<p>bonjour</p>", headers={"Cache-Control": "private"})
    response.page_cache = {"follows_figures": False, "version": ""}
    module.store(request, key, response)
    assert cache.get(key) is None
    response = HttpResponse("<p>bonjour</p>")
    response.page_cache = {"follows_figures": False, "version": ""}
    module.store(request, key, response)
    assert cache.get(key)["content"] == b"<p>bonjour</p>"


def test_a_fragment_and_each_language_have_their_own_entry(client, page_cache):
    OrganizationFactory(name_latin="Coopérative Tiwizi", province=tinghir())
    page = client.get("/fr/organizations/?q=tiwizi").content.decode()
    fragment = client.get("/fr/organizations/?q=tiwizi", headers={"HX-Request": "true"}).content.decode()
    assert "<html" in page and "<html" not in fragment
    assert "<html" in client.get("/fr/organizations/?q=tiwizi").content.decode()
    assert 'lang="ar"' in client.get("/ar/organizations/?q=tiwizi").content.decode()
    french = client.get("/api/v1/organizations", headers={"Accept-Language": "fr"})
    arabic = client.get("/api/v1/organizations", headers={"Accept-Language": "ar"})
    assert french["Content-Language"] == "fr" and arabic["Content-Language"] == "ar"


def test_the_figures_follow_each_refresh_at_once_and_cost_no_query_in_between(client, page_cache,
                                                                              django_assert_num_queries):
    OrganizationFactory.create_batch(3, province=tinghir())
    refresh(["cooperatives"], years=[2023])
    url = "/fr/dashboard/?year=2023&region=MA-08&indicator=cooperatives"
    assert "<strong>3</strong>" in client.get(url).content.decode()
    with django_assert_num_queries(0):
        assert "<strong>3</strong>" in client.get(url).content.decode()
    OrganizationFactory.create_batch(4, province=tinghir())
    refresh(["cooperatives"], years=[2023])
    assert "<strong>7</strong>" in client.get(url).content.decode()


def test_turned_off_nothing_is_cached(client, page_cache, django_assert_max_num_queries):
    page_cache.PUBLIC_PAGE_CACHE_SECONDS = 0
    client.get("/fr/")
    with django_assert_max_num_queries(50) as queries:
        client.get("/fr/")
    assert len(queries) > 0


def test_each_process_keeps_its_own_copy_no_longer_than_the_shared_cache(client, local_copies, later,
                                                                         django_assert_num_queries):
    organization = OrganizationFactory(name_latin="Coopérative Tiwizi", province=tinghir())
    url = f"/fr/organizations/{organization.pk}/"
    first = client.get(url)
    organization.name_latin = "Coopérative Tiwizi Nouvelle"
    organization.save()
    cache.clear()  # the shared cache is gone: this process still has its copy, for the same minute
    with django_assert_num_queries(0):
        assert client.get(url).content == first.content
    later(61)
    assert "Tiwizi Nouvelle" in client.get(url).content.decode()


def test_a_local_copy_of_a_figures_page_follows_a_refresh(client, local_copies, later):
    OrganizationFactory.create_batch(3, province=tinghir())
    refresh(["cooperatives"], years=[2023])
    url = "/fr/dashboard/?year=2023&region=MA-08&indicator=cooperatives"
    assert "<strong>3</strong>" in client.get(url).content.decode()
    OrganizationFactory.create_batch(4, province=tinghir())
    refresh(["cooperatives"], years=[2023])  # in this process: at once
    assert "<strong>7</strong>" in client.get(url).content.decode()
    # A refresh in another process (the scheduled command, the worker) leaves this process's copy.
    copies = dict(page_cache_module._local)
    OrganizationFactory.create_batch(1, province=tinghir())
    refresh(["cooperatives"], years=[2023])
    page_cache_module._local.update(copies)
    assert "<strong>7</strong>" in client.get(url).content.decode()
    later(page_cache_module.FIGURES_CHECK_SECONDS + 1)  # but for no longer than this
    assert "<strong>8</strong>" in client.get(url).content.decode()
