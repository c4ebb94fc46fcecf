"""Tifinagh, Latin and Arabic as one name (issue 23): the transliteration table of docs/tamazight.md,
and what it is for — search in the directory, the catalogue and the API, the name check and imports
across the three scripts."""

import io
import re

import pytest
from django.test import Client
from django.utils import translation

from tadamon.common import numbers
from tadamon.common.i18n import localized, written_in
from tadamon.common.text import normalize_text, phonetic_key
from tadamon.common.tifinagh import from_arabic, from_latin, is_tifinagh, latin_form, to_arabic, to_latin


@pytest.mark.parametrize(("tifinagh", "french", "ircam"), [
    ("ⴰⴱⴳⴷⴹⴻⴼⴽⵀⵃ", "abgddefkhh", "abgdḍefkhḥ"),
    ("ⵄⵅⵇⵉⵊⵍⵎⵏⵓ", "akhqijlmnou", "ɛxqijlmnu"),
    ("ⵔⵕⵖⵙⵚⵛⵜⵟⵡⵢⵣⵥ", "rrghsschttwyzz", "rṛɣsṣctṭwyzẓ"),
    ("ⴰⴳⵯⵔⴰⵡ", "agwraw", "agʷraw"),  # labialisation
    ("ⵜⵉⴼⴰⵡⵉⵏ", "tifawin", "tifawin"),
    ("ⵜⵉⵏⵖⵉⵔ", "tinghir", "tinɣir"),
    ("ⴰⵎⴰⵏ ⵓⴳⵉⴷⴰⵔ", "aman ouguidar", "aman ugidar"),  # gu before i, as French writes it
    ("ⵜⴰⵣⵏⴰⵅⵜ", "taznakht", "taznaxt"),
])
def test_tifinagh_reads_as_french_style_latin_or_as_ircam_latin(tifinagh, french, ircam):
    assert to_latin(tifinagh) == french
    assert to_latin(tifinagh, scholarly=True) == ircam


@pytest.mark.parametrize(("tifinagh", "arabic"), [
    ("ⵜⵉⴼⴰⵡⵉⵏ", "تيفاوين"), ("ⵉⵎⵉⴹⵔ", "إميضر"), ("ⴰⵎⴰⵏ", "أمان"), ("ⵜⵉⵏⵖⵉⵔ", "تينغير"), ("ⴷⴰⴷⵙ", "دادس"),
])
def test_tifinagh_reads_in_arabic_letters_with_a_words_first_vowel_on_an_alef(tifinagh, arabic):
    assert to_arabic(tifinagh) == arabic


@pytest.mark.parametrize(("latin", "tifinagh"), [
    ("Tifawin", "ⵜⵉⴼⴰⵡⵉⵏ"), ("Ouarzazate", "ⵡⴰⵔⵣⴰⵣⴰⵜ"), ("Tinghir", "ⵜⵉⵏⵖⵉⵔ"), ("Aman Ouguidar", "ⴰⵎⴰⵏ ⵓⴳⵉⴷⴰⵔ"),
    ("Dadès", "ⴷⴰⴷⵙ"), ("Zagora", "ⵣⴰⴳⵓⵔⴰ"), ("Taznakht", "ⵜⴰⵣⵏⴰⵅⵜ"), ("taɣawsa", "ⵜⴰⵖⴰⵡⵙⴰ"),
])
def test_latin_names_get_a_tifinagh_spelling(latin, tifinagh):
    assert from_latin(latin) == tifinagh


@pytest.mark.parametrize(("arabic", "tifinagh"), [
    ("تيفاوين", "ⵜⵉⴼⴰⵡⵉⵏ"), ("إميضر", "ⵉⵎⵉⴹⵔ"), ("تاوريرت", "ⵜⴰⵡⵔⵉⵔⵜ"), ("أوكيدار", "ⵓⴽⵉⴷⴰⵔ"),
    ("أيت باعمران", "ⴰⵢⵜ ⴱⴰⵄⵎⵔⴰⵏ"), ("دادس", "ⴷⴰⴷⵙ"),
])
def test_arabic_names_get_a_tifinagh_spelling(arabic, tifinagh):
    assert from_arabic(arabic) == tifinagh


def test_only_tifinagh_letters_change():
    assert to_latin("Coop ⵜⵉⴼⴰⵡⵉⵏ 2015 تعاونية") == "Coop tifawin 2015 تعاونية"
    assert to_latin("Tifawin") == "Tifawin" and to_latin(None) == ""
    assert is_tifinagh("ⵜ") and not is_tifinagh("Tifawin") and not is_tifinagh("")
    assert latin_form("ⵜⵉⴼⴰⵡⵉⵏ") == "tifawin" and latin_form("تيفاوين") == "تيفاوين"


@pytest.mark.parametrize("name", ["ⵜⵉⴼⴰⵡⵉⵏ", "Tifawin", "تيفاوين", "TIFAWIN"])
def test_one_name_in_three_scripts_has_one_skeleton(name):
    assert phonetic_key(name) == "tfn"


def test_search_forms_read_tifinagh_as_latin():
    assert normalize_text("ⵜⴰⵎⵢⴰⵡⴰⵙⵜ ⵏ ⵜⵎⵖⴰⵔⵉⵏ ⵏ ⴷⴰⴷⵙ") == "tamyawast n tmgharin n dads"
    assert phonetic_key("ⵉⵎⵉⴹⵔ") == phonetic_key("إميضر") == phonetic_key("Imider")


def test_a_text_in_tifinagh_is_told_to_be_tamazight():
    assert written_in("ⵜⵉⴼⴰⵡⵉⵏ") == "zgh"
    assert written_in("تيفاوين") == "ar" and written_in("Tifawin") == "fr" and written_in("2015") == ""


def test_names_on_a_tamazight_page_are_in_tifinagh_else_in_arabic():
    with translation.override("zgh"):
        assert localized("تيفاوين", "Tifawin", "ⵜⵉⴼⴰⵡⵉⵏ") == "ⵜⵉⴼⴰⵡⵉⵏ"
        assert localized("تيفاوين", "Tifawin") == "تيفاوين"
        assert localized("", "Tifawin") == "Tifawin"
    with translation.override("fr"):
        assert localized("تيفاوين", "Tifawin", "ⵜⵉⴼⴰⵡⵉⵏ") == "Tifawin"


def test_tamazight_numbers_money_and_dates_as_cldr_writes_them():
    import datetime

    assert numbers.format_money(98500, language="zgh") == "98\u202f500\u00a0MAD"
    assert numbers.format_decimal("1234.5", 2, "zgh") == "1\u202f234,50"
    assert numbers.format_date(datetime.date(2015, 10, 18), language="zgh") == "18 ⴽⵜⵓⴱⵔ 2015"
    assert numbers.format_percent(42, language="zgh") == "42\u00a0%"


# --- Search, name check and imports across the three scripts --------------------------------------

DADES_TIFINAGH = "ⵜⴰⵎⵢⴰⵡⴰⵙⵜ ⵏ ⵜⵎⵖⴰⵔⵉⵏ ⵏ ⴷⴰⴷⵙ"


@pytest.fixture
def tifinagh_names(cooperative, other_cooperative):
    """The demo's Tifinagh names (demo/tamazight.py) on the conftest's Dadès cooperative, and a
    cooperative named in Arabic and Latin only."""
    from tadamon.demo.tamazight import load_tifinagh_names
    from tadamon.market.tests.factories import ProductFactory
    from tadamon.registry.tests.factories import OrganizationFactory

    ProductFactory(organization=cooperative, name_ar="أملو", name_fr="Amlou", name_en="")
    ProductFactory(organization=other_cooperative, name_ar="تمور المجهول", name_fr="Dattes Mejhoul", name_en="")
    assert load_tifinagh_names() >= 2  # the cooperative, its product, its members
    OrganizationFactory(name_ar="تعاونية تيفاوين", name_latin="Coopérative Tifawin", province__code="MA-OUA")
    cooperative.refresh_from_db()
    assert cooperative.name_zgh == DADES_TIFINAGH
    return cooperative


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["zgh", "fr", "ar"])
def test_the_directory_finds_the_dades_cooperative_from_its_tifinagh_name(tifinagh_names, language):
    html = Client().get(f"/{language}/organizations/", {"q": "ⴷⴰⴷⵙ"}, secure=True).content.decode()
    results = re.findall(r'<h2><a href="([^"]+)"', html)
    assert results == [f"/{language}/organizations/{tifinagh_names.pk}/"]


@pytest.mark.django_db
@pytest.mark.parametrize(("query", "expected"), [
    ("ⵜⵉⴼⴰⵡⵉⵏ", {"Coopérative Tifawin"}),  # Tifinagh query, names in Arabic and Latin only
    ("تيفاوين", {"Coopérative Tifawin"}),
    ("ⴷⴰⴷⵙ", {"Coopérative des Femmes de Dadès"}),  # Tifinagh query, Tifinagh name
    (DADES_TIFINAGH, {"Coopérative des Femmes de Dadès"}),
    ("tamyawast n tmgharin", {"Coopérative des Femmes de Dadès"}),  # the Tifinagh name typed in Latin
])
def test_the_api_searches_across_the_three_scripts(tifinagh_names, query, expected):
    results = Client().get("/api/v1/organizations", {"q": query}, secure=True).json()["results"]
    assert {row["name_latin"] for row in results} == expected


@pytest.mark.django_db
def test_the_catalogue_finds_a_product_by_its_tifinagh_name_or_a_tifinagh_query(tifinagh_names):
    from tadamon.market.domain.catalogue import CatalogueFilters
    from tadamon.market.domain.queries.catalogue import catalogue

    def found(query):
        return set(catalogue(CatalogueFilters(q=query)).values_list("name_fr", flat=True))

    assert found("ⴰⵎⵍⵓ") == {"Amlou"}
    assert found("amlou") == {"Amlou"}
    html = Client().get("/zgh/products/", {"q": "ⴰⵎⵍⵓ"}, secure=True).content.decode()
    assert "ⴰⵎⵍⵓ" in html and "Mejhoul" not in html and "المجهول" not in html


@pytest.mark.django_db
def test_the_name_check_hears_a_tifinagh_name_as_its_latin_and_arabic_forms(tifinagh_names):
    from tadamon.funding.domain.name_check import check_name

    result = check_name(name_latin="ⵜⴰⵎⵢⴰⵡⴰⵙⵜ ⵜⵉⴼⴰⵡⵉⵏ")
    best = result.matches[0]
    assert best.name_latin == "Coopérative Tifawin" and best.score >= 90, result.matches[:3]


@pytest.mark.django_db
def test_organisation_imports_read_a_tifinagh_name_column(cooperative):
    from tadamon.registry.domain.imports import import_organizations
    from tadamon.registry.models import Organization

    csv = ("kind,name_ar,name_latin,ⵉⵙⵎ,province\n"
           "cooperative,تعاونية تيليلا,Coopérative Tilila,ⵜⴰⵎⵢⴰⵡⴰⵙⵜ ⵜⵉⵍⵉⵍⴰ,Tinghir\n")
    report = import_organizations(io.BytesIO(csv.encode()), filename="orgs.csv")
    assert report.ok, report.as_dict()
    organization = Organization.objects.get(name_latin="Coopérative Tilila")
    assert organization.name_zgh == "ⵜⴰⵎⵢⴰⵡⴰⵙⵜ ⵜⵉⵍⵉⵍⴰ"
    assert list(Organization.objects.search("ⵜⵉⵍⵉⵍⴰ")) == [organization]


@pytest.mark.django_db
def test_member_imports_read_tifinagh_name_columns(cooperative):
    from tadamon.registry.domain.member_imports import COLUMNS, import_members
    from tadamon.registry.models import Person

    header = ",".join([*COLUMNS, "first_name_tifinagh", "last_name_zgh"])
    csv = f"{header}\nإيطو,أوحمو,Itto,Ouhammou,F,1985,,,member,,ⵉⵟⵟⵓ,ⵓⵃⵎⵎⵓ\n"
    report = import_members(io.BytesIO(csv.encode()), filename="members.csv", organization=cooperative)
    assert report.ok, report.errors
    person = Person.objects.get(first_name_latin="Itto")
    assert (person.first_name_zgh, person.last_name_zgh) == ("ⵉⵟⵟⵓ", "ⵓⵃⵎⵎⵓ")
    with translation.override("zgh"):
        assert person.full_name == "ⵉⵟⵟⵓ ⵓⵃⵎⵎⵓ"
