import pytest

from tadamon.common.text import normalize_text, phonetic_key, quoted


@pytest.mark.parametrize(
    ("variant", "canonical"),
    [
        ("أمل", "امل"), ("إيمان", "ايمان"), ("آمنة", "امنه"),  # alef forms, ta marbuta
        ("مستشفى", "مستشفي"),  # alef maqsura
        ("تعــاونيـة", "تعاونيه"),  # tatweel
        ("تَعَاوُنِيَّة", "تعاونيه"),  # diacritics
        ("مؤسسة", "موسسه"), ("هيئة", "هييه"),  # hamza carriers
        ("تاڭنزا", "تاكنزا"),  # Moroccan gaf
    ],
)
def test_normalize_text_unifies_arabic_spellings(variant, canonical):
    assert normalize_text(variant) == canonical


def test_normalize_text_folds_latin_case_and_accents():
    assert normalize_text("Coopérative  DRÂA-Tafilalet") == "cooperative draa tafilalet"


@pytest.mark.parametrize(
    ("arabic", "latin"),
    [
        ("إميضر", "Imider"), ("أمان أوكيدار", "Aman Ouguidar"), ("تازناخت", "Taznakht"), ("أكدز", "Agdz"),
        ("ورزازات", "Ouarzazate"), ("تنغير", "Tinghir"), ("زاكورة", "Zagora"), ("الحوز", "Al Haouz"),
        ("الرشيدية", "Errachidia"), ("إنجاز المغرب", "Injaz Al-Maghrib"),
    ],
)
def test_phonetic_key_is_the_same_across_scripts(arabic, latin):
    assert phonetic_key(arabic) == phonetic_key(latin)


def test_phonetic_key_tells_different_names_apart():
    assert phonetic_key("Tinghir") != phonetic_key("Zagora")


def test_quoted_text_is_spaced_with_no_break_spaces_in_french_only():
    assert quoted("Amal", "fr") == "«\u00a0Amal\u00a0»"  # never parted from its guillemet at a line's end
    assert quoted("الأمل", "ar") == "«الأمل»"
