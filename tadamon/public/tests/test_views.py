import re

import pytest
from django.urls import reverse

from tadamon.registry.tests.factories import MembershipFactory, OrganizationFactory

pytestmark = pytest.mark.django_db

CIN_OR_PHONE = re.compile(r"\b(?:[A-Z]{1,2}\d{5,7}|0[5-7]\d{8})\b")


def test_home_is_arabic_right_to_left_by_default(client):
    response = client.get("/", follow=True)
    assert response.redirect_chain[-1][0] == "/ar/"
    html = response.content.decode()
    assert '<html lang="ar" dir="rtl">' in html
    assert "الاقتصاد الاجتماعي والتضامني بالمغرب في مكان واحد" in html


def test_french_page_is_left_to_right_and_translated(client):
    html = client.get("/fr/organizations/").content.decode()
    assert '<html lang="fr" dir="ltr">' in html
    assert "Annuaire des organisations" in html


def test_language_switcher_links_to_the_same_page_in_the_other_language(client, cooperative):
    html = client.get(f"/ar/organizations/{cooperative.pk}/").content.decode()
    assert f'href="/fr/organizations/{cooperative.pk}/"' in html
    assert f'href="/en/organizations/{cooperative.pk}/"' in html


def test_directory_finds_an_arabic_named_cooperative_from_a_latin_query(client):
    OrganizationFactory(name_ar="جمعية إيمضر", name_latin="", province__code="MA-TIN")
    OrganizationFactory(name_ar="تعاونية زاكورة", name_latin="", province__code="MA-ZAG")
    html = client.get("/fr/organizations/", {"q": "Imider"}).content.decode()
    assert "جمعية إيمضر" in html
    assert "تعاونية زاكورة" not in html
    assert "1 organisation trouvée" in html


def test_directory_filters_and_keeps_the_filters_in_the_form(client, cooperative, other_cooperative):
    html = client.get("/fr/organizations/", {"province": "MA-ZAG", "q": "agdz"}).content.decode()
    assert "Coopérative des Dattes d&#x27;Agdz" in html
    assert "Femmes de Dadès" not in html
    assert 'value="agdz"' in html
    assert '<option value="MA-ZAG" selected>' in html


def test_directory_with_an_unknown_code_in_the_url_does_not_crash(client, cooperative):
    response = client.get("/fr/organizations/", {"region": "MA-99", "page": "abc"})
    assert response.status_code == 200


def test_htmx_request_gets_only_the_results_fragment(client, cooperative):
    html = client.get("/fr/organizations/", {"q": "dades"}, headers={"HX-Request": "true"}).content.decode()
    assert html.lstrip().startswith('<section id="results"')
    assert "<html" not in html


def test_dissolved_organisations_and_sponsors_are_not_in_the_public_directory(client):
    OrganizationFactory(name_latin="Dissolved coop", status="dissolved")
    OrganizationFactory(name_latin="Mining company", kind="company")
    html = client.get("/fr/organizations/").content.decode()
    assert "Dissolved coop" not in html and "Mining company" not in html


def test_public_pages_never_show_personal_data(client, cooperative):
    for url in ["/ar/", "/fr/organizations/", f"/fr/organizations/{cooperative.pk}/",
                f"/ar/organizations/{cooperative.pk}/"]:
        html = client.get(url).content.decode()
        assert not CIN_OR_PHONE.search(html), url
        assert "Fatima" not in html and "فاطمة" not in html, url


def test_organization_page_shows_a_members_band_and_open_graph_tags(client, cooperative):
    html = client.get(f"/fr/organizations/{cooperative.pk}/").content.decode()
    assert "1–9" in html
    assert '<meta property="og:title" content="Coopérative des Femmes de Dadès">' in html


def test_unknown_or_dissolved_organization_is_404(client):
    dissolved = OrganizationFactory(status="dissolved")
    assert client.get("/fr/organizations/999999/").status_code == 404
    assert client.get(f"/fr/organizations/{dissolved.pk}/").status_code == 404


@pytest.mark.parametrize("count", [1, 3])
def test_directory_query_count_does_not_grow_with_results(client, django_assert_num_queries, count):
    for _ in range(count):
        MembershipFactory(organization=OrganizationFactory(province__code="MA-TIN"))
    url = reverse("public:directory")
    client.get(url)  # warm the form's choice querysets' content types
    # count, page, member counts, then the four filter <select>s (regions, provinces, sectors).
    with django_assert_num_queries(6):
        response = client.get(url)
    assert len(response.context["results"]) == count


def test_healthz_answers_ok(client):
    response = client.get("/healthz")
    assert response.json() == {"status": "ok", "database": "ok"}


def test_home_counts_public_organisations_by_region(client, cooperative, other_cooperative):
    OrganizationFactory(province__code="MA-HAO")
    OrganizationFactory(province__code="MA-HAO", status="dissolved")
    regions = {region.code: count for region, count in client.get("/fr/").context["regions"]}
    assert (regions["MA-08"], regions["MA-07"], regions["MA-01"]) == (2, 1, 0)
    assert len(regions) == 12


def test_the_members_band_reads_left_to_right_inside_arabic_text(client, cooperative):
    html = client.get("/ar/organizations/").content.decode()
    assert "\u20661–9\u2069 عضو" in html  # isolated: not shown as 9–1
