"""Query counts of the public lists: the same with 1 and 3 rows (no query per row). Each page is read
once first, so the content types and the session come from the cache, as in production."""

import datetime
from decimal import Decimal

import pytest
from django.utils import timezone

from tadamon.registry.tests.factories import OrganizationFactory

pytestmark = pytest.mark.django_db

COUNTS = [1, 3]


def assert_same_queries(client, url, queries, django_assert_num_queries):
    client.get(url)  # warm the content types and the session
    with django_assert_num_queries(queries):
        response = client.get(url)
    assert response.status_code == 200
    return response


@pytest.mark.parametrize("count", COUNTS)
def test_home_counts_kinds_and_regions_in_one_query(client, django_assert_num_queries, count):
    for _number in range(count):
        OrganizationFactory(kind="cooperative", province__code="MA-HAO")
        OrganizationFactory(kind="association", province__code="MA-TIN")
    OrganizationFactory(kind="cooperative", province__code="MA-HAO", status="dissolved")  # not counted
    # the organisations by kind and region (one GROUP BY), the regions
    response = assert_same_queries(client, "/fr/", 2, django_assert_num_queries)
    # each kind named as the count it follows takes it: 1 coopérative, 3 coopératives
    assert dict((str(label), n) for label, n in response.context["figures"]) == {
        ("coopérative" if count < 2 else "coopératives"): count,
        ("association" if count < 2 else "associations"): count}
    regions = {region.code: n for region, n in response.context["regions"]}
    assert (regions["MA-07"], regions["MA-08"], regions["MA-01"]) == (count, count, 0)


@pytest.mark.parametrize("count", COUNTS)
def test_catalogue_query_count_does_not_grow(client, django_assert_num_queries, count):
    from tadamon.market.models import Certification
    from tadamon.market.tests.factories import ProductFactory

    for number in range(count):
        product = ProductFactory()
        Certification.objects.create(organization=product.organization, product=product, kind="organic",
                                     issuer="Ecocert", number=f"B.{number}", issued_on=datetime.date(2020, 1, 1))
    # count, the filter <select>s (sectors, regions, provinces), page, photos
    response = assert_same_queries(client, "/fr/products/", 6, django_assert_num_queries)
    assert len(response.context["page_obj"]) == count


@pytest.mark.parametrize("count", COUNTS)
def test_event_list_query_count_does_not_grow(client, django_assert_num_queries, count):
    from tadamon.events.tests.factories import EventFactory

    EventFactory.create_batch(count)
    # count, regions of the filter, page
    response = assert_same_queries(client, "/fr/events/", 3, django_assert_num_queries)
    assert len(response.context["page_obj"]) == count


@pytest.mark.parametrize("count", COUNTS)
def test_event_calendar_query_count_does_not_grow(client, django_assert_num_queries, count):
    from tadamon.events.tests.factories import EventFactory

    month = timezone.localdate().replace(day=1) + datetime.timedelta(days=40)
    starts = timezone.make_aware(datetime.datetime(month.year, month.month, 10, 9))
    EventFactory.create_batch(count, starts_at=starts)
    # the month's events
    response = assert_same_queries(client, f"/fr/events/calendar/?month={month:%Y-%m}", 1,
                                   django_assert_num_queries)
    assert len(response.context["events"]) == count


@pytest.mark.parametrize("count", COUNTS)
def test_programme_dashboards_query_count_does_not_grow(client, django_assert_num_queries, count):
    from tadamon.programmes.tests.factories import ProgrammeFactory
    from tadamon.registry.models import Province

    for _ in range(count):
        programme = ProgrammeFactory()
        programme.sponsors.add(OrganizationFactory(kind="company"))
        programme.provinces.add(Province.objects.get(code="MA-TIN"))
    # programmes with figures, sponsors, provinces
    response = assert_same_queries(client, "/fr/dashboard/programmes/", 3, django_assert_num_queries)
    assert len(response.context["programmes"]) == count


@pytest.mark.parametrize("count", COUNTS)
def test_a_buyers_orders_query_count_does_not_grow(buyer_user, client_for, django_assert_num_queries, count):
    from tadamon.market.domain.orders import BuyerDetails, place_order
    from tadamon.market.tests.factories import ProductFactory

    for _ in range(count):
        product = ProductFactory(stock=Decimal("10"))
        place_order(product.organization, kind="order", lines=[(product, Decimal("1"))], user=buyer_user,
                    buyer=BuyerDetails(name="Omar", email=buyer_user.email), language="fr")
    # user, orders
    response = assert_same_queries(client_for(buyer_user), "/fr/orders/", 2, django_assert_num_queries)
    assert len(response.context["orders"]) == count


@pytest.mark.parametrize("count", COUNTS)
def test_product_page_lists_query_count_does_not_grow(client, django_assert_num_queries, count):
    from tadamon.market.models import Certification
    from tadamon.market.tests.factories import ProductFactory
    from tadamon.programmes.tests.factories import EnrolmentFactory

    product = ProductFactory()
    for number in range(count):
        Certification.objects.create(organization=product.organization, product=product, kind="organic",
                                     issuer="Ecocert", number=f"B.{number}", issued_on=datetime.date(2020, 1, 1))
        EnrolmentFactory(organization=product.organization)
    # product, programmes, members, photos, certifications
    response = assert_same_queries(client, f"/fr/products/{product.pk}/", 6, django_assert_num_queries)
    assert (len(response.context["certifications"]), len(response.context["programmes"])) == (count, count)
