"""The product form on a phone: name in the page's language, price, unit and a photo first, the
rest folded away; no organisation to choose for a manager, a chooser for staff who keep several."""

import io
import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from tadamon.market.models import Product
from tadamon.programmes.tests.factories import EnrolmentFactory, ProgrammeFactory
from tadamon.registry.models import Sector

pytestmark = pytest.mark.django_db


def phone_photo() -> SimpleUploadedFile:
    buffer = io.BytesIO()
    Image.new("RGB", (1200, 900), (180, 120, 40)).save(buffer, format="JPEG")
    return SimpleUploadedFile("IMG_0001.jpg", buffer.getvalue(), content_type="image/jpeg")


def what_the_browser_sends(form) -> dict:
    """The form's fields as the page shows them, untouched (the folded ones keep their defaults)."""
    data = {}
    for field in form:
        value = field.value()
        if value is True:
            data[field.html_name] = "on"
        elif value not in (None, False, ""):
            data[field.html_name] = value
    return data


def test_the_manager_s_form_asks_first_for_what_matters(client_for, manager_user):
    page = client_for(manager_user).get("/ar/manage/products/new/").content.decode()
    first, folded = page.split("<details", 1)
    for name in ("name_ar", "price_mad", "unit", "image"):
        assert f'name="{name}"' in first
    for name in ("name_fr", "name_en", "description_ar", "category", "min_order", "published"):
        assert f'name="{name}"' in folded and f'name="{name}"' not in first
    assert re.search(r'<input type="file" name="image" accept="image/\*" capture="environment"', first)
    assert 'enctype="multipart/form-data"' in first
    assert 'name="organization"' not in page


def test_on_a_french_page_the_name_asked_first_is_the_french_one(client_for, manager_user):
    first = client_for(manager_user).get("/fr/manage/products/new/").content.decode().split("<details", 1)[0]
    assert 'name="name_fr"' in first and 'name="name_ar"' not in first


def test_a_manager_adds_a_product_with_its_arabic_name_price_unit_and_a_photo(client_for, manager_user, cooperative):
    client = client_for(manager_user)
    data = what_the_browser_sends(client.get("/ar/manage/products/new/").context["form"])
    data.update({"name_ar": "كسكس الشعير", "price_mad": "40", "unit": "kg", "image": phone_photo()})
    response = client.post("/ar/manage/products/new/", data)
    product = Product.objects.get(name_ar="كسكس الشعير")
    assert response["Location"] == f"/ar/manage/products/{product.pk}/"
    assert product.organization == cooperative and product.category == cooperative.sector
    assert product.name_fr == "" and product.price_mad == 40 and product.published
    assert product.photos.count() == 1


def test_only_name_price_and_unit_posted_is_enough_for_her(client_for, manager_user, cooperative):
    """Even without the folded fields' defaults (a browser that sends only what was filled)."""
    response = client_for(manager_user).post("/ar/manage/products/new/", {
        "name_ar": "زيت أركان", "price_mad": "250", "unit": "l", "min_order": "1", "availability": "in_stock"})
    assert response.status_code == 302
    assert Product.objects.get(name_ar="زيت أركان").category == cooperative.sector


def test_a_photo_that_is_not_one_leaves_no_product(client_for, manager_user):
    client = client_for(manager_user)
    data = what_the_browser_sends(client.get("/fr/manage/products/new/").context["form"])
    data.update({"name_fr": "Amlou", "price_mad": "95", "unit": "kg",
                 "image": SimpleUploadedFile("x.jpg", b"not a photo", content_type="image/jpeg")})
    response = client.post("/fr/manage/products/new/", data)
    assert response.status_code == 200 and not Product.objects.filter(name_fr="Amlou").exists()
    assert 'name="image"' in response.content.decode()


def test_staff_keeping_several_cooperatives_choose_one(client_for, staff_user, cooperative, other_cooperative):
    programme = ProgrammeFactory(staff=[staff_user])
    EnrolmentFactory(programme=programme, organization=cooperative)
    EnrolmentFactory(programme=programme, organization=other_cooperative)
    client = client_for(staff_user)
    first = client.get("/fr/manage/products/new/").content.decode().split("<details", 1)[0]
    assert 'name="organization"' in first and 'name="category"' in first
    category = Sector.objects.exclude(parent=None).exclude(pk=cooperative.sector_id).first()
    client.post("/fr/manage/products/new/", {"organization": other_cooperative.pk, "name_fr": "Dattes",
                                             "category": category.pk, "price_mad": "60", "unit": "kg",
                                             "min_order": "1", "availability": "in_stock"})
    assert Product.objects.get(name_fr="Dattes").organization == other_cooperative


def test_the_edit_page_folds_the_rest_and_keeps_its_photos_apart(client_for, manager_user, cooperative):
    from tadamon.market.tests.factories import ProductFactory

    product = ProductFactory(organization=cooperative)
    page = client_for(manager_user).get(f"/fr/manage/products/{product.pk}/").content.decode()
    form = page.split('class="product-form"', 1)[1].split("</form>", 1)[0]
    assert "<details" in form and 'name="image"' in page.split("</form>", 1)[1]
    assert 'name="organization"' not in form
