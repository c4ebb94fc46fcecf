"""(Pages in English: the new strings' translations are not compiled in the tests' catalogue yet.)
A fair's exhibitors in public: its page lists the selected ones by province with their stand,
the plan of the stands by zone and the counts; the catalogue shows their products (?event=)."""

import re
from html import unescape

import pytest

from tadamon.events.tests.exhibitor_factories import exhibitor, fair_with_exhibitors
from tadamon.events.tests.factories import EventFactory
from tadamon.market.tests.factories import ProductFactory

pytestmark = pytest.mark.django_db


def exhibitor_links(html: str) -> list[str]:
    return [unescape(name) for name in re.findall(r'<li id="exhibitor-\d+">\s*<a href="/en/organizations/\d+/">([^<]+)</a>',
                                                  html)]


def test_a_fair_page_lists_only_its_selected_exhibitors_with_links_and_stands(client):
    fair = fair_with_exhibitors(2)
    selected = list(fair.applications.filter(status="selected").select_related("organization", "stand"))
    html = client.get(f"/en/events/{fair.pk}/").content.decode()
    assert sorted(exhibitor_links(html)) == sorted(a.organization.name_latin for a in selected)
    assert "en attente" not in html and "refusée" not in html
    for application in selected:
        assert f'href="/en/organizations/{application.organization_id}/"' in html
        assert f'stand <span dir="auto">Hall A {application.stand.number}</span>' in html
    assert f'href="/en/products/?event={fair.pk}"' in html


def test_a_fair_page_counts_exhibitors_provinces_and_members_brought(client):
    fair = fair_with_exhibitors(3, travelling=2)  # provinces: Ouarzazate, Tinghir, Ouarzazate
    response = client.get(f"/en/events/{fair.pk}/")
    figures = response.context["fair_figures"]
    assert (figures["exhibitors"], figures["members_brought"]) == (3, 6)
    assert [(province.code, count) for province, count in figures["by_province"]] == [("MA-OUA", 2), ("MA-TIN", 1)]
    html = response.content.decode()
    assert re.search(r"<strong>3</strong><span>exhibiting organisations</span>", html)
    assert re.search(r"<strong>6</strong><span>members brought</span>", html)


def test_the_plan_shows_the_stands_by_zone_taken_and_free(client):
    fair = fair_with_exhibitors(1)
    other = exhibitor(fair, "selected", stand="2", zone="Pavillon B")
    from tadamon.events.domain.exhibitors import add_stand

    add_stand(fair, number="10", zone="Hall A", size_m2=9)
    plan = client.get(f"/en/events/{fair.pk}/").context["stand_plan"]
    assert [(zone, [(s["number"], s["exhibitor"] is not None) for s in stands]) for zone, stands in plan] == [
        ("Hall A", [("1", True), ("10", False)]), ("Pavillon B", [("2", True)])]
    assert plan[1][1][0]["exhibitor"].pk == other.pk


def test_an_event_without_exhibitors_shows_no_exhibitor_section(client):
    html = client.get(f"/en/events/{EventFactory().pk}/").content.decode()
    assert 'id="exhibitors-title"' not in html


@pytest.mark.parametrize("count", [1, 3])
def test_fair_page_query_count_does_not_grow_with_exhibitors(client, django_assert_num_queries, count):
    fair = fair_with_exhibitors(count)
    url = f"/en/events/{fair.pk}/"
    client.get(url)
    # event, organisers, partners, exhibitors (organisation, province, sector, stand, travellers), stands,
    # and the meeting's agenda (public_meeting)
    with django_assert_num_queries(6):
        response = client.get(url)
    assert len(response.context["exhibitors"]) == count


def test_the_catalogue_filtered_by_a_fair_shows_its_exhibitors_products_only(client):
    fair = fair_with_exhibitors(2)
    shown = [ProductFactory(organization=a.organization, published=True)
             for a in fair.applications.filter(status="selected").select_related("organization")]
    waiting = fair.applications.get(status="waiting").organization
    ProductFactory(organization=waiting, published=True)
    ProductFactory(published=True)
    response = client.get("/en/products/", {"event": fair.pk})
    assert sorted(p.pk for p in response.context["page_obj"]) == sorted(p.pk for p in shown)
    html = unescape(response.content.decode())
    assert f"Products of the exhibitors of {fair.name.text}" in html
    assert f'name="event" value="{fair.pk}"' in html  # kept when the other filters change
    assert client.get("/en/products/").context["page_obj"].paginator.count == 4


def test_the_catalogue_shows_one_organisations_products(client, db):
    from tadamon.market.tests.factories import ProductFactory
    from tadamon.registry.tests.factories import OrganizationFactory

    maker, other = OrganizationFactory(), OrganizationFactory()
    mine = ProductFactory(organization=maker, name_fr="Huile d'argan de la maison")
    theirs = ProductFactory(organization=other, name_fr="Miel de thym d'ailleurs")
    page = client.get(f"/fr/products/?organization={maker.pk}").content.decode()
    assert mine.name_fr.replace("'", "&#x27;") in page and theirs.name_fr.replace("'", "&#x27;") not in page
    assert maker.get_absolute_url() in page  # the heading leads back to its page
