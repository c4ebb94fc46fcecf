"""The Tamazight interface at /zgh/ (issue 23): pages in Tifinagh, left to right, with a visible note
where text fell back to Arabic; the certificate in Arabic and Tamazight; the web font shipped."""

import io
from pathlib import Path

import pytest
from django.conf import settings
from django.test import Client
from django.utils import translation
from django.utils.translation import gettext
from pypdf import PdfReader

from tadamon.common.tests.page_crawl import tamazight_foreign_words
from tadamon.common.translation_fallback import fallback_messages, start_record
from tadamon.events.tests.factories import EventFactory

pytestmark = pytest.mark.django_db

DADES_TIFINAGH = "ⵜⴰⵎⵢⴰⵡⴰⵙⵜ ⵏ ⵜⵎⵖⴰⵔⵉⵏ ⵏ ⴷⴰⴷⵙ"


@pytest.fixture
def dades(cooperative):
    from tadamon.market.tests.factories import ProductFactory

    cooperative.name_zgh = DADES_TIFINAGH
    cooperative.save()
    ProductFactory(organization=cooperative, name_ar="أملو", name_fr="Amlou", name_en="", name_zgh="ⴰⵎⵍⵓ")
    return cooperative


def public_pages(organization):
    event = EventFactory(kind="regional_fair", name_fr="Salon régional", name_ar="المعرض الجهوي")
    return ["/zgh/", "/zgh/organizations/", "/zgh/products/", f"/zgh/organizations/{organization.pk}/",
            f"/zgh/events/{event.pk}/", "/zgh/accounts/login/"]


def manager_pages(organization):
    return ["/zgh/manage/", f"/zgh/manage/organizations/{organization.pk}/", "/zgh/manage/products/",
            "/zgh/manage/products/new/", "/zgh/manage/orders/", f"/zgh/manage/organizations/{organization.pk}/edit/"]


def get(client, path):
    response = client.get(path, secure=True, follow=True)
    assert response.status_code == 200, path
    return response.content.decode()


def test_tamazight_pages_are_left_to_right_and_say_so(dades, manager_user):
    client = Client()
    for path in public_pages(dades):
        html = get(client, path)
        assert '<html lang="zgh" dir="ltr">' in html, path
    client.force_login(manager_user)
    for path in manager_pages(dades):
        assert '<html lang="zgh" dir="ltr">' in get(client, path), path


def test_the_language_switcher_names_tamazight_in_tifinagh_on_every_page():
    html = get(Client(), "/fr/")
    assert '<a href="/zgh/" lang="zgh" hreflang="zgh">ⵜⴰⵎⴰⵣⵉⵖⵜ</a>' in html
    html = get(Client(), "/zgh/")
    assert '<span class="current" lang="zgh">ⵜⴰⵎⴰⵣⵉⵖⵜ</span>' in html


def test_the_organisation_page_shows_its_tifinagh_name(dades):
    assert f"<h1><span dir=\"auto\">{DADES_TIFINAGH}</span></h1>" in get(Client(), f"/zgh/organizations/{dades.pk}/")
    html = get(Client(), f"/fr/organizations/{dades.pk}/")  # under the French name, marked as Tamazight
    assert f'<span lang="zgh" dir="auto">{DADES_TIFINAGH}</span>' in html
    assert "<h1><span dir=\"auto\">Coopérative des Femmes de Dadès</span></h1>" in html


def test_a_product_shows_its_tifinagh_name_on_tamazight_pages(dades):
    assert "ⴰⵎⵍⵓ" in get(Client(), "/zgh/products/")
    assert "ⴰⵎⵍⵓ" not in get(Client(), "/fr/products/")


def test_text_not_yet_translated_is_shown_in_arabic_under_a_visible_note(rf):
    """A Tamazight page with a message the catalogue lacks says so in a band; pages in other languages never."""
    from django.template import RequestContext, Template

    page = Template('{% extends "base.html" %}{% load i18n %}{% block content %}'
                    '{% translate "A message nobody translated" %}{% endblock %}')
    with translation.override("zgh"):
        start_record()
        html = page.render(RequestContext(rf.get("/zgh/")))
    assert '<aside class="fallback-band" role="note">' in html
    assert '<p lang="ar" dir="rtl">' in html  # the note in Arabic, and in Tamazight once translated
    assert html.index("fallback-band") > html.index("site-footer")  # asked once everything is translated
    for language in ("fr", "ar"):
        with translation.override(language):
            start_record()
            assert "fallback-band" not in page.render(RequestContext(rf.get(f"/{language}/")))
    assert "fallback-band" not in get(Client(), "/fr/organizations/")


def test_the_record_notes_only_messages_the_tamazight_catalogue_lacks():
    start_record()
    with translation.override("zgh"):
        assert gettext("October") == "ⴽⵜⵓⴱⵔ"  # in the catalogue (CLDR's month name)
        assert fallback_messages() == set()
        untranslated = "A message nobody translated"  # a variable: makemessages must not collect it
        gettext(untranslated)
    assert fallback_messages() == {untranslated}
    with translation.override("fr"):
        start_record()
        gettext("Directory")
    assert fallback_messages() == set()


def test_the_certificate_pdf_in_tamazight_reads_back_in_tifinagh(dades):
    from tadamon.programmes.certificate_pdf import render_certificates
    from tadamon.programmes.domain import certificates
    from tadamon.programmes.tests.factories import EnrolmentFactory, make_session, trained
    from tadamon.registry.tests.factories import MembershipFactory, PersonFactory

    enrolment = EnrolmentFactory(organization=dades)
    session = make_session(enrolment.programme)
    person = PersonFactory(first_name_ar="إيطو", last_name_ar="أوحمو", first_name_latin="Itto",
                           last_name_latin="Ouhammou", first_name_zgh="ⵉⵟⵟⵓ", last_name_zgh="ⵓⵃⵎⵎⵓ", gender="F")
    trained(session, MembershipFactory(organization=dades, person=person))
    certificate, _ = certificates.issue(enrolment.programme, person, module=session.module)
    data = render_certificates([certificate], language="zgh")
    reader = PdfReader(io.BytesIO(data))
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert "ⵉⵟⵟⵓ ⵓⵃⵎⵎⵓ" in text and DADES_TIFINAGH in text  # the Tamazight column
    assert "إيطو أوحمو" in text and "تعاونية نساء دادس" in text  # the Arabic column stays
    assert "Coopérative des Femmes de Dadès" not in text  # no French column
    fonts = {str(font.get_object()["/BaseFont"]) for page in reader.pages
             for font in page["/Resources"]["/Font"].values()}
    assert any("NotoSansTifinagh" in font for font in fonts), fonts
    # The same certificate asked for from a Tamazight page.
    with translation.override("zgh"):
        assert "ⵉⵟⵟⵓ ⵓⵃⵎⵎⵓ" in "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(
            render_certificates([certificate]))).pages)
    # And in French and Arabic as before, from any other page.
    assert "Itto Ouhammou" in "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(
        render_certificates([certificate], language="fr"))).pages)


def test_the_tifinagh_web_font_is_shipped_and_declared_for_the_tifinagh_block():
    static = Path(settings.BASE_DIR) / "tadamon" / "static" / "common"
    font = static / "fonts" / "NotoSansTifinagh-Regular.woff2"
    assert font.read_bytes()[:4] == b"wOF2"
    css = (static / "css" / "main.css").read_text()
    assert 'url("../fonts/NotoSansTifinagh-Regular.woff2")' in css and "unicode-range: U+2D30-2D7F" in css
    assert '--font: "Tadamon Tifinagh"' in css


def test_forms_keep_what_was_typed_in_tifinagh(dades, manager_user):
    client = Client()
    client.force_login(manager_user)
    html = get(client, f"/zgh/manage/organizations/{dades.pk}/edit/")
    assert f'value="{DADES_TIFINAGH}"' in html and 'lang="zgh"' in html


def test_public_and_manager_pages_are_in_tifinagh_only(dades, manager_user):
    """Done when of issue 23: no Arabic or Latin word on these pages outside names, places (no
    Tifinagh names yet), codes and the allow-list of page_crawl, and no fallback band."""
    from tadamon.common.tests.page_crawl import ARABIC
    from tadamon.registry.models import Commune, Province, Region

    places = frozenset(word for model in (Region, Province, Commune)
                       for name in model.objects.values_list("name_ar", flat=True) for word in ARABIC.findall(name))
    client = Client()
    pages = public_pages(dades)
    problems = {}
    for path in pages:
        html = get(client, path)
        words = tamazight_foreign_words(html, places)
        if words or "fallback-band" in html:
            problems[path] = words[:10]
    client.force_login(manager_user)
    for path in manager_pages(dades):
        html = get(client, path)
        words = tamazight_foreign_words(html, places)
        if words or "fallback-band" in html:
            problems[path] = words[:10]
    assert problems == {}, "\n".join(f"{path}: {words}" for path, words in problems.items())
