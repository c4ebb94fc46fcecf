import datetime
import io
from decimal import Decimal

import pytest
import zxingcpp
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import translation
from PIL import Image

from tadamon.market.domain.catalogue import CatalogueFilters
from tadamon.market.domain.products import add_certification, add_photo, create_product, organizations_kept_by
from tadamon.market.domain.queries.catalogue import catalogue
from tadamon.market.models import Certification
from tadamon.market.tests.factories import ProductFactory
from tadamon.programmes.tests.factories import EnrolmentFactory, ProgrammeFactory
from tadamon.registry.models import Province, Sector
from tadamon.registry.tests.factories import OrganizationFactory

pytestmark = pytest.mark.django_db


def photo_upload(width=3000, height=2000, gps=True, name="argan.jpg"):
    image = Image.new("RGB", (width, height), (180, 120, 40))
    exif = Image.Exif()
    if gps:
        exif[0x8825] = {2: (31.0, 55.0, 0.0)}  # a phone's GPS position
    exif[0x0112] = 6  # taken sideways
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", exif=exif)
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/jpeg")


def test_a_photo_is_turned_upright_resized_given_a_thumbnail_and_loses_its_metadata():
    product = ProductFactory()
    photo = add_photo(product, photo_upload(), alt="Bouteilles d'huile")
    with photo.image.open("rb") as handle:
        stored = Image.open(handle)
        assert stored.size == (1067, 1600)  # turned upright (EXIF orientation 6), at most 1600 px
        assert not stored.getexif()  # no GPS, no metadata
    with photo.thumbnail.open("rb") as handle:
        assert max(Image.open(handle).size) == 400


def test_a_photo_is_stored_under_a_name_of_its_own_not_the_file_name_typed_on_the_phone():
    product = ProductFactory()
    first = add_photo(product, photo_upload(width=300, height=200, gps=False, name="Fatima Zahra AB123456.jpg"))
    second = add_photo(product, photo_upload(width=300, height=200, gps=False, name="Fatima Zahra AB123456.jpg"))
    for photo in (first, second):
        for name in (photo.image.name, photo.thumbnail.name):
            assert name.startswith(f"products/{product.pk}/") and "Fatima" not in name and "AB123456" not in name
            assert name == name.lower()  # no Django suffix of random capitals either
    assert first.image.name != second.image.name


def test_a_file_that_is_not_a_photo_is_refused_with_the_reason():
    with pytest.raises(ValidationError, match="not a photo we can read"):
        add_photo(ProductFactory(), SimpleUploadedFile("cv.pdf", b"%PDF-1.4 not an image"))


def test_certification_status_follows_its_dates():
    certification = Certification(kind="organic", issuer="Ecocert", number="1", issued_on=datetime.date(2026, 1, 1),
                                  expires_on=datetime.date(2026, 12, 31))
    assert certification.status_on(datetime.date(2025, 12, 31)) == "not_yet_valid"
    assert certification.status_on(datetime.date(2026, 6, 1)) == "valid"
    assert certification.status_on(datetime.date(2026, 11, 15)) == "expiring"  # within 60 days
    assert certification.status_on(datetime.date(2026, 12, 31)) == "expiring"
    assert certification.status_on(datetime.date(2027, 1, 1)) == "expired"
    certification.expires_on = None
    assert certification.status_on(datetime.date(2040, 1, 1)) == "valid"


def test_staff_keep_the_products_of_the_organisations_their_programmes_support(staff_user, manager_user,
                                                                                 cooperative):
    programme = ProgrammeFactory(staff=[staff_user])
    EnrolmentFactory(programme=programme, organization=cooperative)
    OrganizationFactory()
    assert list(organizations_kept_by(staff_user)) == [cooperative]
    assert list(organizations_kept_by(manager_user)) == [cooperative]


def test_the_catalogue_filters_by_name_in_either_script_region_certification_and_price(cooperative):
    oil = create_product(cooperative, fields={"name_fr": "Huile d'argan", "name_ar": "زيت أركان",
                                              "category": Sector.objects.exclude(parent=None).first(),
                                              "price_mad": Decimal("180")})
    dates = ProductFactory(name_fr="Dattes Mejhoul", organization=OrganizationFactory(
        province=Province.objects.get(code="MA-ZAG")), price_mad=Decimal("60"), search_text="dattes mejhoul")
    ProductFactory(name_fr="Caché", published=False, search_text="cache")

    def names(**filters):  # on a French page: sorted by the French names
        with translation.override("fr"):
            return [p.name_fr for p in catalogue(CatalogueFilters(**filters))]

    assert names(q="HUILE") == ["Huile d'argan"] and names(q="أركان") == ["Huile d'argan"]
    assert names(region="MA-08") == ["Dattes Mejhoul", "Huile d'argan"]
    assert names(price_max=Decimal("100")) == ["Dattes Mejhoul"]
    assert names(sort="-price") == ["Huile d'argan", "Dattes Mejhoul"]
    assert names(women=True) == ["Huile d'argan"]
    Certification.objects.create(organization=dates.organization, kind="organic", issuer="Ecocert", number="X",
                                 issued_on=datetime.date(2020, 1, 1), expires_on=datetime.date(2021, 1, 1))
    assert names(certification="organic") == []  # expired: no badge, no match
    Certification.objects.create(organization=oil.organization, product=oil, kind="organic", issuer="Ecocert",
                                 number="Y", issued_on=datetime.date(2020, 1, 1))
    assert names(certification="organic") == ["Huile d'argan"]


def test_the_qr_label_decodes_to_the_products_short_address(client, cooperative):
    product = ProductFactory(organization=cooperative)
    png = client.get(f"/fr/products/{product.pk}/qr.png")
    assert png["Content-Type"] == "image/png"
    decoded = [r.text for r in zxingcpp.read_barcodes(Image.open(io.BytesIO(png.content)))]
    assert decoded == [f"http://127.0.0.1:8000/p/{product.pk}"]
    assert client.get(f"/p/{product.pk}", headers={"Accept-Language": "ar"})["Location"] == \
        f"/ar/products/{product.pk}/"


def test_reminders_go_before_expiry_once_a_month_to_the_organisation_and_its_managers(cooperative, manager_user):
    from django.core import mail

    from tadamon.market.domain.reminders import send_reminders

    manager_user.email = "gerante@dades.ma"
    manager_user.save()
    cooperative.email = "contact@dades.ma"
    cooperative.save()
    today = datetime.date(2026, 11, 25)
    soon = Certification.objects.create(organization=cooperative, kind="onssa_authorisation", issuer="ONSSA",
                                        number="AS.1", issued_on=datetime.date(2024, 1, 1),
                                        expires_on=today + datetime.timedelta(days=30))
    Certification.objects.create(organization=cooperative, kind="organic", issuer="Ecocert", number="B",
                                 issued_on=datetime.date(2024, 1, 1), expires_on=today + datetime.timedelta(days=200))
    Certification.objects.create(organization=cooperative, kind="iso", issuer="Bureau", number="C",
                                 issued_on=datetime.date(2020, 1, 1), expires_on=today - datetime.timedelta(days=1))
    assert send_reminders(today) == 1
    assert sorted(message.to[0] for message in mail.outbox) == ["contact@dades.ma", "gerante@dades.ma"]
    message = mail.outbox[0]
    assert "expire le 25/12/2026, dans 30 jours" in message.body and "ONSSA" in message.body
    assert send_reminders(today + datetime.timedelta(days=10)) == 0  # not again within the month
    assert send_reminders(today + datetime.timedelta(days=31)) == 0  # expired by then: nothing to renew ahead
    soon.refresh_from_db()
    assert soon.reminded_on == today


def test_a_certification_added_covers_the_organisation_or_one_product_and_says_who_added_it(cooperative,
                                                                                            manager_user):
    oil = ProductFactory(organization=cooperative)
    fields = {"kind": "organic", "issuer": "Ecocert", "number": "MA-BIO-7", "issued_on": datetime.date(2026, 1, 1),
              "expires_on": datetime.date(2027, 1, 1), "document": None}
    whole = add_certification(cooperative, fields={**fields, "product": None}, user=manager_user)
    product = add_certification(cooperative, fields={**fields, "product": oil,
                                                     "document": SimpleUploadedFile("bio.pdf", b"%PDF")},
                                user=manager_user)
    assert [(c.product, c.created_by, bool(c.document)) for c in (whole, product)] == [
        (None, manager_user, False), (oil, manager_user, True)]
    assert whole.history.get().history_user == manager_user
    with pytest.raises(ValidationError, match="The expiry date is before the issue date."):
        add_certification(cooperative, fields={**fields, "expires_on": datetime.date(2025, 1, 1)})
    assert cooperative.certifications.count() == 2
