from decimal import Decimal

import pytest
from django.core import mail

from tadamon.market.domain.orders import BuyerDetails, place_order, verify_email
from tadamon.market.enums import OrderStatus
from tadamon.market.tests.factories import ProductFactory
from tadamon.programmes.tests.factories import EnrolmentFactory, ProgrammeFactory

pytestmark = pytest.mark.django_db

ROLES = ["anonymous", "admin", "staff_supporting", "staff_other", "officer", "manager", "other_manager", "buyer"]
MATRIX = {
    "list": [302, 200, 200, 200, 403, 200, 200, 403],
    "detail": [302, 200, 200, 404, 404, 200, 404, 404],
    "move": [302, 302, 403, 404, 404, 302, 404, 404],  # the manager, and a platform admin for support
    "api_list": [403, 1, 1, 0, 0, 1, 0, 0],  # status, or how many orders the list shows
    "api_move": [403, 200, 403, 404, 404, 200, 404, 404],
}


@pytest.fixture
def setting(admin_user, staff_user, officer_user, manager_user, other_manager, buyer_user, cooperative):
    from tadamon.accounts.tests.factories import UserFactory

    EnrolmentFactory(programme=ProgrammeFactory(staff=[staff_user]), organization=cooperative)
    oil = ProductFactory(organization=cooperative, name_fr="Huile d'argan", stock=Decimal("10"))
    order = place_order(cooperative, kind="order", lines=[(oil, Decimal("2"))],
                        buyer=BuyerDetails(name="Claire", email="claire@example.org"), language="fr")
    verify_email(order)
    users = {"anonymous": None, "admin": admin_user, "staff_supporting": staff_user,
             "staff_other": UserFactory(username="staff-other", role="staff"), "officer": officer_user,
             "manager": manager_user, "other_manager": other_manager, "buyer": buyer_user}
    return order, users


@pytest.mark.parametrize("what", MATRIX)
def test_every_role_gets_the_expected_answer(what, setting, client_for):
    order, users = setting
    for role, expected in zip(ROLES, MATRIX[what], strict=True):
        client = client_for(users[role])
        if what == "list":
            status = client.get("/fr/manage/orders/").status_code
        elif what == "detail":
            status = client.get(f"/fr/manage/orders/{order.pk}/").status_code
        elif what == "move":
            status = client.post(f"/fr/manage/orders/{order.pk}/", {"move": "answer", "message": "x"}).status_code
        elif what == "api_list":
            response = client.get("/api/v1/orders")
            status = response.status_code if response.status_code != 200 else response.json()["count"]
        else:
            status = client.post(f"/api/v1/orders/{order.pk}/move", {"move": "answer", "message": "Bonjour"},
                                 content_type="application/json").status_code
        assert status == expected, f"{role} on {what}: {status}, expected {expected}"
    # The refused callers wrote nothing: the answers recorded are those of the admin and the manager.
    answers = order.updates.filter(by_buyer=False).count()
    assert answers == {"move": 2, "api_move": 2}.get(what, 0)


def test_the_manager_confirms_and_a_refused_move_keeps_the_message(setting, client_for, manager_user):
    order, _users = setting
    client = client_for(manager_user)
    page = client.get(f"/fr/manage/orders/{order.pk}/").content.decode()
    assert "Claire" in page and "claire@example.org" in page and 'value="confirm"' in page
    refused = client.post(f"/fr/manage/orders/{order.pk}/", {"move": "decline", "message": ""})
    assert refused.status_code == 400
    response = client.post(f"/fr/manage/orders/{order.pk}/", {"move": "confirm", "message": "Livraison jeudi"})
    assert response.status_code == 302
    order.refresh_from_db()
    assert order.status == OrderStatus.CONFIRMED and "Livraison jeudi" in mail.outbox[-1].body
    stale = client.post(f"/fr/manage/orders/{order.pk}/", {"move": "answer", "message": "Texte à garder"})
    assert stale.status_code == 400
    assert "Texte à garder" in stale.content.decode()  # the page shows why and keeps what was typed


def test_the_order_list_filters_by_status_and_costs_a_fixed_number_of_queries(
        setting, client_for, admin_user, cooperative, django_assert_max_num_queries):
    order, _users = setting
    client = client_for(admin_user)
    assert order.reference in client.get("/fr/manage/orders/?status=open").content.decode()
    assert order.reference not in client.get("/fr/manage/orders/?status=shipped").content.decode()
    for i in range(5):
        verify_email(place_order(cooperative, kind="inquiry", lines=[], message="?", language="ar",
                                 buyer=BuyerDetails(name=f"B{i}", email=f"b{i}@example.org")))
    with django_assert_max_num_queries(8):
        assert client.get("/fr/manage/orders/").status_code == 200


def test_the_products_page_counts_the_orders_waiting(setting, client_for, manager_user):
    assert "1 commande ou question attend une réponse" in client_for(manager_user).get(
        "/fr/manage/products/").content.decode()


def test_the_api_shows_lines_and_history_to_the_buyer_account(setting, client_for, buyer_user, cooperative):
    oil = cooperative.products.get()
    mine = place_order(cooperative, kind="order", lines=[(oil, Decimal("3"))], user=buyer_user, language="ar",
                       buyer=BuyerDetails(name="Omar", email=buyer_user.email))
    data = client_for(buyer_user).get(f"/api/v1/orders/{mine.pk}").json()
    assert data["lines"][0]["quantity"] == "3.00" and data["total"] == "300.00"
    assert [u["status"] for u in data["updates"]] == ["submitted"]
    refused = client_for(buyer_user).post(f"/api/v1/orders/{mine.pk}/move", {"move": "confirm"},
                                          content_type="application/json")
    assert refused.status_code == 403
    cancelled = client_for(buyer_user).post(f"/api/v1/orders/{mine.pk}/move", {"move": "cancel"},
                                            content_type="application/json")
    assert cancelled.json()["status"] == "cancelled"


def test_orders_are_in_the_openapi_schema(client):
    paths = client.get("/api/v1/openapi.json").json()["paths"]
    assert {"/api/v1/orders", "/api/v1/orders/{id}", "/api/v1/orders/{id}/move"} <= set(paths)
    assert "post" in paths["/api/v1/orders/{id}/move"]


def test_the_lists_total_is_kept_a_minute_per_user_and_filter_its_rows_are_always_fresh(
        setting, staff_user, manager_user, cooperative):
    from django.test import Client

    staff, manager = Client(), Client()
    staff.force_login(staff_user)
    manager.force_login(manager_user)

    def shown(client, query=""):
        page = client.get(f"/fr/manage/orders/{query}")
        return page.context["page_obj"].paginator.count, page.content.decode()

    assert shown(staff)[0] == 1
    newer = place_order(cooperative, kind="inquiry", lines=[], message="?", language="ar",
                        buyer=BuyerDetails(name="Nadia", email="nadia@example.org"))
    verify_email(newer)
    count, html = shown(staff)
    assert count == 1 and newer.reference in html  # the new row is there; the total catches up within a minute
    assert shown(manager)[0] == 2  # another user's total is their own
    assert shown(staff, "?status=open")[0] == 2  # and another filter's
    assert shown(staff, "?status=nonsense")[0] == 1  # an unknown filter is the whole list, and its total
