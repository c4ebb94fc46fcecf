"""The organisation's public page that sells it: story per language (another one only when said
so), products, certifications, fairs, programmes, the schematic map, the contact it chose, the
Open Graph tags; never a member's data."""

import datetime
import io
import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone, translation
from django.utils.translation import gettext
from PIL import Image

from tadamon.events.models import ExhibitorApplication
from tadamon.events.tests.factories import EventFactory
from tadamon.market.domain.products import add_photo
from tadamon.market.models import Certification
from tadamon.market.tests.factories import ProductFactory
from tadamon.programmes.tests.factories import EnrolmentFactory
from tadamon.registry.domain.stories import story_language
from tadamon.registry.tests.factories import OrganizationFactory

STORY_AR = "قصتنا: نساء دادس يقطرن ماء الورد."
STORY_FR = "Notre histoire : les femmes du Dadès distillent l'eau de rose."
STORY_EN = "Our story: the women of the Dades valley distil rose water."


def page(client, organization, language="ar") -> str:
    response = client.get(f"/{language}/organizations/{organization.pk}/")
    assert response.status_code == 200
    return response.content.decode()


def written_in(language_code: str, page_language: str) -> str:
    names = {"ar": "Written in Arabic", "fr": "Written in French", "en": "Written in English"}
    with translation.override(page_language):
        return gettext(names[language_code])


def jpeg(name="rose.jpg") -> SimpleUploadedFile:
    buffer = io.BytesIO()
    Image.new("RGB", (64, 48), (200, 60, 90)).save(buffer, "JPEG")
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/jpeg")


def set_fields(organization, **fields):
    for name, value in fields.items():
        setattr(organization, name, value)
    organization.save()


# --- Story ----------------------------------------------------------------------------------------

def test_story_in_the_page_language_is_shown_without_a_label(client, cooperative):
    set_fields(cooperative, story_ar=STORY_AR, story_fr=STORY_FR, story_en=STORY_EN)
    html_ar, html_fr = page(client, cooperative, "ar"), page(client, cooperative, "fr")
    assert STORY_AR in html_ar and STORY_FR not in html_ar and STORY_EN not in html_ar
    assert STORY_FR.replace("'", "&#x27;") in html_fr and STORY_AR not in html_fr
    assert 'class="written-in"' not in html_ar + html_fr


def test_english_story_is_never_shown_on_the_arabic_page_without_the_written_in_label(client, cooperative):
    set_fields(cooperative, story_en=STORY_EN)
    html = page(client, cooperative, "ar")
    assert STORY_EN in html
    assert written_in("en", "ar") in html
    assert 'lang="en"' in html


def test_french_story_on_the_arabic_page_is_labelled_written_in_french(client, cooperative):
    set_fields(cooperative, story_fr="Les roses de la vallée.")
    html = page(client, cooperative, "ar")
    assert "Les roses de la vallée." in html and written_in("fr", "ar") in html


def test_no_story_shows_no_story_block(client, cooperative):
    html = page(client, cooperative, "ar")
    assert 'class="description story"' not in html


def test_story_language_is_detected_from_the_script_and_frequent_words():
    assert story_language("تعاونية نسائية لتقطير الورد") == "ar"
    assert story_language("Coopérative de femmes pour la distillation des roses") == "fr"
    assert story_language("Women's cooperative; exhibited at the 4th national SSE fair.") == "en"
    assert story_language("") == "fr"


# --- Products -------------------------------------------------------------------------------------

def test_products_with_thumbnails_link_to_their_pages(client, cooperative):
    product = ProductFactory(organization=cooperative, name_ar="ماء الورد", name_fr="Eau de rose")
    photo = add_photo(product, jpeg(), alt="Flacon d'eau de rose")
    hidden = ProductFactory(organization=cooperative, name_fr="Brouillon", name_ar="مسودة", published=False)
    html = page(client, cooperative, "fr")
    assert f'href="{product.get_absolute_url()}"' in html
    assert photo.thumbnail.url in html
    assert hidden.get_absolute_url() + '"' not in html


def test_products_are_capped_at_twelve_with_a_link_to_the_catalogue(client, cooperative):
    for _ in range(13):
        ProductFactory(organization=cooperative)
    html = page(client, cooperative, "fr")
    assert html.count('class="card product-card"') == 12
    link = f"/fr/products/?organization={cooperative.pk}"
    assert link in html
    assert client.get(link).content.decode().count('class="card product-card"') == 13  # all of its own


def test_twelve_products_show_no_catalogue_link(client, cooperative):
    for _ in range(12):
        ProductFactory(organization=cooperative)
    html = page(client, cooperative, "fr")
    assert html.count('class="card product-card"') == 12 and "?organization=" not in html


# --- Certifications, fairs, programmes ------------------------------------------------------------

def test_only_valid_certifications_are_shown(client, cooperative):
    today = timezone.localdate()
    Certification.objects.create(organization=cooperative, kind="onssa", issuer="ONSSA Ouarzazate", number="A-1",
                                 issued_on=today - datetime.timedelta(days=30))
    Certification.objects.create(organization=cooperative, kind="organic", issuer="Ecocert", number="B-2",
                                 issued_on=today - datetime.timedelta(days=900),
                                 expires_on=today - datetime.timedelta(days=1))
    html = page(client, cooperative, "fr")
    assert "ONSSA Ouarzazate" in html and "Ecocert" not in html


def test_fairs_where_it_was_selected_are_shown(client, cooperative):
    selected = EventFactory(kind="fair", name_fr="Salon national de l'ESS", name_ar="المعرض الوطني")
    declined = EventFactory(kind="fair", name_fr="Foire refusée", name_ar="معرض مرفوض")
    ExhibitorApplication.objects.create(event=selected, organization=cooperative, products="Roses", status="selected",
                                        decision_reason="Produits du terroir", decided_at=timezone.now())
    ExhibitorApplication.objects.create(event=declined, organization=cooperative, products="Roses", status="declined",
                                        decision_reason="Complet", decided_at=timezone.now())
    html = page(client, cooperative, "ar")
    assert "المعرض الوطني" in html and f'href="/ar/events/{selected.pk}/"' in html
    assert "معرض مرفوض" not in html


def test_programmes_that_accompany_it_are_shown(client, cooperative):
    EnrolmentFactory(organization=cooperative, programme__name_ar="برنامج مواكبة", status="active")
    EnrolmentFactory(organization=cooperative, programme__name_ar="برنامج منسحب", status="withdrawn",
                     withdrawal_reason="Départ")
    html = page(client, cooperative, "ar")
    assert "برنامج مواكبة" in html and "برنامج منسحب" not in html


# --- Map ------------------------------------------------------------------------------------------

def test_map_highlights_the_province_inline_without_any_style(client, cooperative):
    html = page(client, cooperative, "fr")
    svg = html[html.index("<svg"):html.index("</svg>")]
    assert svg.count("<circle") == 75
    assert svg.count("map-here") == 1
    here = re.search(r'<circle class="map-dot map-here"[^>]*><title>([^<]+)</title>', svg)
    assert here.group(1) == "Tinghir"
    assert "style" not in svg
    assert re.search(r'cx="\d+(\.\d)?"', svg)  # a dot, never a decimal comma, on a French page


# --- Contact --------------------------------------------------------------------------------------

def test_the_contact_is_shown_only_when_the_manager_chose_one(client, cooperative):
    html = page(client, cooperative, "fr")
    assert "tel:" not in html and "wa.me" not in html
    set_fields(cooperative, public_phone="+212524831234")
    html = page(client, cooperative, "fr")
    assert 'href="tel:+212524831234"' in html and "05 24 83 12 34" in html
    assert "wa.me" not in html
    set_fields(cooperative, public_whatsapp=True, public_email="contact@dades.ma")
    html = page(client, cooperative, "fr")
    assert 'href="https://wa.me/212524831234"' in html
    assert 'href="mailto:contact@dades.ma"' in html


def test_a_members_phone_never_appears_on_the_page(client, cooperative):
    # The fixture's president has the phone 0612345678; the cooperative publishes another number.
    set_fields(cooperative, public_phone="+212524831234", public_whatsapp=True, story_fr=STORY_FR)
    ProductFactory(organization=cooperative)
    for language in ("ar", "fr", "en"):
        html = page(client, cooperative, language)
        digits = re.sub(r"\D", "", html)
        assert "612345678" not in digits and "JK123456" not in html, language


# --- Sharing --------------------------------------------------------------------------------------

def test_open_graph_tags_use_the_story_and_the_first_product_photo(client, cooperative):
    set_fields(cooperative, story_fr=STORY_FR)
    product = ProductFactory(organization=cooperative)
    photo = add_photo(product, jpeg())
    html = page(client, cooperative, "fr")
    assert '<meta property="og:title" content="Coopérative des Femmes de Dadès">' in html
    assert '<meta property="og:description" content="Notre histoire : les femmes du Dadès' in html
    assert f'<meta property="og:image" content="http://testserver{photo.image.url}">' in html
    assert f'<meta property="og:url" content="http://testserver/fr/organizations/{cooperative.pk}/">' in html


# --- Queries --------------------------------------------------------------------------------------

@pytest.mark.parametrize("count", [1, 3])
def test_organization_page_query_count_does_not_grow_with_products(client, django_assert_num_queries, cooperative,
                                                                   count):
    for _ in range(count):
        add_photo(ProductFactory(organization=cooperative), jpeg())
        EnrolmentFactory(organization=cooperative)
    url = f"/fr/organizations/{cooperative.pk}/"
    client.get(url)
    # organisation, member count, products, their photos, certifications, fairs, programmes,
    # provinces of the map, plus the awards section's own.
    with django_assert_num_queries(EXPECTED_QUERIES):
        response = client.get(url)
    assert len(response.context["products"]) == count


EXPECTED_QUERIES = 9


def test_other_organisations_products_are_not_shown(client, cooperative):
    other = ProductFactory(organization=OrganizationFactory(), name_fr="Dattes d'ailleurs", name_ar="تمور")
    html = page(client, cooperative, "fr")
    assert other.get_absolute_url() + '"' not in html
