"""The analysis shared by the directory, the catalogue and the API: what a query word matches."""

import csv
import io
import re

import pytest

from tadamon.common.search_terms import (
    LANGUAGES,
    VOCABULARY_CSV,
    build_vocabulary,
    document_terms,
    fully_understood,
    light_stem,
    query_groups,
    read_vocabulary,
    strip_article,
)
from tadamon.common.text import is_arabic, normalize_text


def matches(query: str, *names: str) -> bool:
    """What the database does: every query group has one of its terms among the stored terms."""
    stored = document_terms(*names)
    return bool(query_groups(query)) and all(
        any(f" {term} " in stored for term in group) for group in query_groups(query))


# --- The vocabulary file ------------------------------------------------------------------------

def test_every_line_of_the_vocabulary_is_well_formed():
    with open(VOCABULARY_CSV, encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        assert reader.fieldnames == ["concept", *LANGUAGES]
        rows = list(reader)
    assert len(rows) >= 60
    concepts = [row["concept"] for row in rows]
    assert len(concepts) == len(set(concepts)), "a concept is listed once"
    for number, row in enumerate(rows, start=2):
        assert re.fullmatch(r"[a-z][a-z_]*", row["concept"]), f"line {number}: concept id"
        assert None not in row and all(row[language] for language in LANGUAGES), f"line {number}: 4 cells"
        for language in LANGUAGES:
            for form in row[language].split("|"):
                assert form == form.strip() and normalize_text(form), f"line {number}: empty or padded form"
                assert is_arabic(form) == (language == "ar"), f"line {number}: {form!r} in the {language} column"


def test_no_word_of_the_vocabulary_means_two_things():
    owners: dict[str, set[str]] = {}
    for concept, forms in read_vocabulary():
        for form in forms:
            key = " ".join(strip_article(w) if is_arabic(w) else w for w in normalize_text(form).split())
            owners.setdefault(key, set()).add(concept)
    assert {key: found for key, found in owners.items() if len(found) > 1} == {}


def test_a_stem_shared_by_two_concepts_does_not_name_either():
    vocabulary = build_vocabulary([("oil", ["زيت"]), ("olive", ["زيتون"])])
    assert vocabulary.forms == {"زيت": "oil", "زيتون": "olive"}
    assert "زيت" not in vocabulary.stems or vocabulary.stems["زيت"] == "oil"


# --- Arabic -------------------------------------------------------------------------------------

@pytest.mark.parametrize("word, expected", [
    ("التمور", "تمور"), ("بالتمور", "تمور"), ("والتمور", "تمور"), ("للتنميه", "تنميه"), ("كالتمر", "تمر"),
    ("فالتمر", "تمر"), ("للا", "للا"), ("ال", "ال"),
])
def test_the_article_and_what_attaches_to_it_are_removed(word, expected):
    assert strip_article(word) == expected


@pytest.mark.parametrize("word, expected", [
    ("تعاونيات", "تعاون"), ("تعاونيه", "تعاون"), ("تعاوني", "تعاون"), ("فلاحين", "فلاح"), ("تمره", "تمر"),
    ("رمان", "رمان"), ("بنات", "بنات"), ("زعفران", "زعفران"),
])
def test_endings_go_when_three_letters_stay(word, expected):
    assert light_stem(word) == expected


@pytest.mark.parametrize("query", ["تمر", "تمور", "التمور", "بالتمور", "والتمور", "تمرة", "dattes", "dates",
                                   "DATTES", "datte"])
def test_every_form_of_dates_finds_an_arabic_only_name(query):
    assert matches(query, "تمور بوفقوس")


@pytest.mark.parametrize("query, name", [
    ("زيت الأركان", "زيت أركان غذائي"), ("زيوت", "زيت أركان غذائي"), ("الزيت", "Huile d'argan"),
    ("argane", "زيت أركان غذائي"), ("أرگان", "Huile d'argan"), ("اركان", "زيت أركان غذائي"),
    ("الزعفران", "Safran de Taliouine"), ("saffron", "زعفران تالوين"), ("safran", "زعفران تالوين"),
    ("زرابي", "Tapis de Taznakht"), ("carpet", "زربية تازناخت"), ("tapis", "زربية تازناخت"),
    ("طواجين", "طاجين فخاري"), ("tajines", "طاجين فخاري"), ("medjool", "تمور المجهول"),
    ("figue de barbarie", "زيت بذور الصبار"), ("prickly pear", "زيت بذور الصبار"), ("henné", "حناء"),
    ("honey", "عسل الزعتر"), ("miel", "عسل الزعتر"), ("couscous", "كسكس الشعير"), ("أملو", "Amlou"),
    ("التعاونيات", "Coopérative Tamount"), ("brodées", "Nappe brodée"),
    # Products and trades of cooperatives beyond the first list: walnuts, rabbits, snails, distilling...
    ("noix", "جوز أزيلال"), ("الجوز", "Noix de Boumalne"), ("walnuts", "جوز أزيلال"),
    ("lapins", "تعاونية لتربية الأرانب"), ("أرانب", "Coopérative cunicole Tadla"),
    ("escargots", "حلزون مجفف"), ("distillation", "ماء الورد المقطر بالتقطير التقليدي"),
    ("حلويات", "Pâtisserie marocaine"), ("agrumes", "حوامض بركان"), ("figues", "تين مجفف"),
    # "PAM" is how programmes write plantes aromatiques et médicinales.
    ("النباتات العطرية", "GIE Ibdaa de plantes de PAM"), ("aromatiques", "GIE Ibdaa de PAM"),
    # What associations work for: literacy, disability, drinking water, childhood, mountain tourism.
    ("alphabétisation", "جمعية النماء لمحو الأمية"), ("handicap", "جمعية لذوي الاحتياجات الخاصة"),
    ("الإعاقة", "Association pour les personnes handicapées"), ("eau potable", "جمعية الماء الصالح للشرب"),
    ("الطفولة", "Association de protection de l'enfance"), ("tourisme", "تعاونية السياحة الجبلية"),
    ("écotourisme", "سياحة قروية"), ("terfess", "ترفاس الصحراء"), ("PAM", "تعاونية النباتات العطرية والطبية"),
    # Olive pressing, the trade of many cooperatives: لعصر الزيتون, trituration, huilerie, oil mill.
    ("trituration", "تعاونية الندى لعصر الزيتون"), ("عصر الزيتون", "Coopérative Annada de trituration des olives"),
    ("معصرة", "Huilerie coopérative Al Amal"), ("oil mill", "معصرة تقليدية"),
])
def test_the_same_thing_in_arabic_french_and_english(query, name):
    assert matches(query, name)


@pytest.mark.parametrize("query, name", [
    ("زيت", "زيتون أسود"), ("تمر", "عسل الزعتر"), ("dattes", "Miel de thym"), ("figue", "زيت بذور الصبار"),
    ("زيت الأركان", "زيت الزيتون البكر"), ("safran", "Savon noir"), ("tapis", "Nappe brodée"),
    ("noix", "لوز بلدي"), ("lapins", "Poulet beldi"), ("حلويات", "Couscous d'orge"),
    ("trituration", "زيت الزيتون البكر"),
])
def test_what_means_something_else_is_not_matched(query, name):
    assert not matches(query, name)


def test_every_word_of_the_query_must_be_found():
    assert matches("huile d'argan", "زيت أركان غذائي")
    assert not matches("huile d'olive", "زيت أركان غذائي")


def test_small_words_alone_ask_nothing():
    assert query_groups("de la") == [] and query_groups("في") == []


def test_a_query_of_vocabulary_words_is_fully_understood_a_name_is_not():
    assert fully_understood("زيت الأركان") and fully_understood("dattes")
    assert not fully_understood("Tamount") and not fully_understood("arg") and not fully_understood("")


@pytest.mark.django_db
def test_after_a_vocabulary_change_the_command_makes_stored_rows_findable_by_the_new_words(monkeypatch):
    from django.core.management import call_command

    from tadamon.common import search_terms
    from tadamon.market.models import Product
    from tadamon.market.tests.factories import ProductFactory
    from tadamon.registry.models import Organization
    from tadamon.registry.tests.factories import OrganizationFactory

    organization = OrganizationFactory(name_latin="Coopérative Tislit", name_ar="")
    product = ProductFactory(organization=organization, name_fr="Tislit", name_ar="", name_en="")
    assert not Product.objects.filter(search_terms__contains="~bride").exists()
    rows = search_terms.read_vocabulary() + [("bride", ["تسليت", "tislit", "bride"])]
    monkeypatch.setattr(search_terms, "vocabulary", lambda: search_terms.build_vocabulary(rows))
    search_terms.word_terms.cache_clear()
    try:
        call_command("refresh_search_terms", stdout=io.StringIO())
    finally:
        search_terms.word_terms.cache_clear()
    assert "~bride" in Product.objects.get(pk=product.pk).search_terms
    assert "~bride" in Organization.objects.get(pk=organization.pk).search_terms


@pytest.mark.parametrize("query, name", [
    ("safron", "زعفران تالوين"), ("couscouss", "كسكس الشعير"), ("arganne", "زيت أركان غذائي"),
    ("medjol", "تمور المجهول"), ("زعفرا", "Safran de Taliouine"),
])
def test_a_product_word_typed_one_letter_wrong_still_finds_the_product(query, name):
    assert matches(query, name)


def test_a_typo_is_never_a_guess_between_two_products_and_short_words_are_left_alone():
    from tadamon.common.search_terms import typo_concept

    assert typo_concept("safron") == "saffron"
    assert typo_concept("amlal") is None  # a name, five letters from nothing in particular
    assert typo_concept("mile") is None  # four letters: "miel" and "mil" are one letter apart
    assert typo_concept("dades") is None  # a valley, one letter from "dates"
    assert not matches("dades", "تمور بوفقوس")
    # A name typed as it is registered still finds itself by its letters.
    assert matches("Tamount", "Coopérative Tamount pour le safran")


@pytest.mark.parametrize("query, name", [
    ("huile d'argan bio", "زيت أركان غذائي"), ("miel pur", "عسل الزعتر"), ("عسل حر", "Miel de thym"),
    ("dattes fraîches", "تمور بوفقوس"), ("tapis fait main", "زربية تازناخت"),
])
def test_a_qualifier_beside_a_product_is_not_required(query, name):
    assert matches(query, name)


def test_a_qualifier_alone_or_a_product_the_name_lacks_still_counts():
    assert not matches("bio", "زيت أركان غذائي")
    assert not matches("huile de figue bio", "زيت أركان غذائي")


def test_a_name_written_with_a_final_alif_maqsura_is_read_whole_not_as_a_product():
    # لبنى is Loubna: not لبن (milk) with an adjective's ي, nor a typo of it.
    assert not matches("حليب", "تعاونية لبنى للكسكس") and not matches("lait", "تعاونية لبنى")
    assert matches("لبنى", "تعاونية لبنى للكسكس") and not matches("لبنى", "تعاونية الحليب")
    assert matches("سلمى", "جمعية سلمى") and not matches("سلمى", "جمعية السلام")
    # The adjective still reads as its product.
    assert matches("lait", "تعاونية الإنتاج الحليبي") and matches("حليب", "منتجات لبنية")
