import datetime
import re

import pytest

from tadamon.market.models import Certification
from tadamon.market.tests.factories import ProductFactory
from tadamon.programmes.tests.factories import EnrolmentFactory, ProgrammeFactory

pytestmark = pytest.mark.django_db

CIN_OR_PHONE = re.compile(r"\b(?:[A-Z]{1,2}\d{5,7}|0[5-7]\d{8})\b")


def test_the_product_page_traces_the_product_to_its_maker(client, cooperative):
    product = ProductFactory(organization=cooperative, name_fr="Eau de rose", name_ar="ماء الورد",
                             description_fr="Distillée à Kelaat M'Gouna.")
    Certification.objects.create(organization=cooperative, kind="onssa_authorisation", issuer="ONSSA",
                                 number="AS.1", issued_on=datetime.date(2020, 1, 1))
    Certification.objects.create(organization=cooperative, product=product, kind="organic", issuer="Ecocert",
                                 number="B.2", issued_on=datetime.date(2019, 1, 1),
                                 expires_on=datetime.date(2020, 1, 1))
    EnrolmentFactory(organization=cooperative, programme=ProgrammeFactory(name_fr="Cooper UP"))
    html = client.get(f"/fr/products/{product.pk}/").content.decode()
    assert "Eau de rose" in html and "Coopérative des Femmes de Dadès" in html and "Tinghir" in html
    assert "Dirigée par des femmes" in html and "1–9" in html and "Cooper UP" in html
    assert "Autorisation sanitaire ONSSA" in html and "Biologique" not in html  # only valid ones as badges
    assert 'property="og:title"' in html
    assert not CIN_OR_PHONE.search(html), "no CIN or phone number on a public page"
    assert "ماء الورد" in client.get(f"/ar/products/{product.pk}/").content.decode()


def test_an_unpublished_product_is_not_public(client, cooperative):
    product = ProductFactory(organization=cooperative, published=False)
    assert client.get(f"/fr/products/{product.pk}/").status_code == 404
    assert client.get(f"/fr/products/{product.pk}/qr.png").status_code == 404
    assert product.name_fr not in client.get("/fr/products/").content.decode()


def test_the_catalogue_searches_as_you_type_and_keeps_the_filters(client, cooperative):
    ProductFactory(organization=cooperative, name_fr="Huile d'argan", search_text="huile d'argan")
    ProductFactory(organization=cooperative, name_fr="Amlou", search_text="amlou")
    fragment = client.get("/fr/products/", {"q": "argan"}, headers={"HX-Request": "true"}).content.decode()
    assert "Huile d&#x27;argan" in fragment and "Amlou" not in fragment and "<html" not in fragment
    page = client.get("/fr/products/", {"q": "argan", "price_max": "abc"}).content.decode()
    assert 'value="argan"' in page
