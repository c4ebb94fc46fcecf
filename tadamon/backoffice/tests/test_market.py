import pytest

from tadamon.market.models import Product
from tadamon.market.tests.factories import ProductFactory
from tadamon.programmes.tests.factories import EnrolmentFactory, ProgrammeFactory
from tadamon.registry.models import Sector

pytestmark = pytest.mark.django_db

ROLES = ["anonymous", "admin", "staff_supporting", "staff_other", "officer", "manager", "other_manager"]
MATRIX = {
    "list": [302, 200, 200, 200, 403, 200, 200],
    "product": [302, 200, 200, 404, 404, 200, 404],
    "certifications": [302, 200, 200, 404, 404, 200, 404],
    "labels": [302, 200, 200, 404, 403, 200, 404],
    "create": [302, 200, 200, 403, 403, 200, 200],
    "photo": [302, 302, 302, 404, 404, 302, 404],
}


@pytest.fixture
def setting(admin_user, staff_user, officer_user, manager_user, other_manager, cooperative):
    from tadamon.accounts.tests.factories import UserFactory

    EnrolmentFactory(programme=ProgrammeFactory(staff=[staff_user]), organization=cooperative)
    product = ProductFactory(organization=cooperative, name_fr="Huile d'argan", name_ar="زيت أركان")
    users = {"anonymous": None, "admin": admin_user, "staff_supporting": staff_user,
             "staff_other": UserFactory(username="staff-other", role="staff"), "officer": officer_user,
             "manager": manager_user, "other_manager": other_manager}
    return product, users


@pytest.mark.parametrize("what", MATRIX)
def test_every_role_gets_the_expected_answer(what, setting, client_for):
    product, users = setting
    url = {"list": "/fr/manage/products/", "product": f"/fr/manage/products/{product.pk}/",
           "certifications": f"/fr/manage/organizations/{product.organization_id}/certifications/",
           "labels": f"/fr/manage/products/labels.pdf?product={product.pk}",
           "create": "/fr/manage/products/new/", "photo": f"/fr/manage/products/{product.pk}/photos/"}[what]
    for role, expected in zip(ROLES, MATRIX[what], strict=True):
        client = client_for(users[role])
        status = (client.post(url, {"alt": "x"}) if what == "photo" else client.get(url)).status_code
        assert status == expected, f"{role} on {what}: {status}, expected {expected}"


def test_a_manager_adds_a_product_and_a_stale_edit_is_refused(setting, client_for, manager_user):
    _product, _users = setting
    client = client_for(manager_user)
    data = {"organization": manager_user.organization_id, "name_fr": "Amlou", "category":
            Sector.objects.exclude(parent=None).first().pk, "price_mad": "95", "unit": "kg", "min_order": "1",
            "availability": "in_stock", "published": "on"}
    response = client.post("/fr/manage/products/new/", data)
    product = Product.objects.get(name_fr="Amlou")
    assert response["Location"] == f"/fr/manage/products/{product.pk}/"
    edit = {**data, "version": product.version, "price_mad": "99"}
    client.post(f"/fr/manage/products/{product.pk}/", edit)
    stale = client.post(f"/fr/manage/products/{product.pk}/", {**edit, "price_mad": "120"}).content.decode()
    assert "a enregistré cette fiche après que vous" in stale and 'value="120"' in stale
    product.refresh_from_db()
    assert product.price_mad == 99


def test_the_label_sheet_is_a_pdf_with_each_product(setting, client_for, manager_user):
    import io

    from pypdf import PdfReader

    product, _users = setting
    pdf = client_for(manager_user).get(f"/fr/manage/products/labels.pdf?organization={product.organization_id}")
    text = PdfReader(io.BytesIO(pdf.content)).pages[0].extract_text()
    assert product.name_fr in text and product.name_ar in text


def test_the_products_page_lists_the_certifications_to_renew(setting, client_for, manager_user):
    import datetime

    from django.utils import timezone

    from tadamon.market.models import Certification

    product, _users = setting
    today = timezone.localdate()
    for number, expires in (("SOON", 20), ("GONE", -10), ("LATER", 400)):
        Certification.objects.create(organization=product.organization, kind="organic", issuer="Ecocert",
                                     number=number, issued_on=today - datetime.timedelta(days=500),
                                     expires_on=today + datetime.timedelta(days=expires))
    html = client_for(manager_user).get("/fr/manage/products/").content.decode()
    assert "Certifications à renouveler" in html
    assert "SOON" in html and "GONE" in html and "LATER" not in html
    assert html.index("GONE") < html.index("SOON")  # the oldest expiry first


def test_certifications_show_their_status_and_bad_dates_keep_the_form(setting, client_for, manager_user):
    product, _users = setting
    client = client_for(manager_user)
    url = f"/fr/manage/organizations/{product.organization_id}/certifications/"
    refused = client.post(url, {"kind": "organic", "issuer": "Ecocert", "number": "BIO-7", "issued_on": "2026-01-10",
                                "expires_on": "2025-01-10"}).content.decode()
    assert "La date d&#x27;expiration est antérieure à la date de délivrance." in refused
    assert 'value="BIO-7"' in refused
    client.post(url, {"kind": "organic", "issuer": "Ecocert", "number": "BIO-7", "issued_on": "2020-01-10",
                      "expires_on": "2021-01-10", "product": product.pk})
    assert "Expirée" in client.get(url).content.decode()
    assert "BIO-7 — Expirée" in client.get(f"/fr/manage/products/{product.pk}/").content.decode()
