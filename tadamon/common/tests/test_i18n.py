from django.utils import translation

from tadamon.common.i18n import arabic_page, localized
from tadamon.common.text import is_arabic


def test_localized_picks_the_form_of_the_page_language_and_falls_back_to_the_other():
    with translation.override("ar"):
        assert arabic_page() and localized("إميضر", "Imider") == "إميضر" and localized("", "Imider") == "Imider"
    for language in ("fr", "en"):
        with translation.override(language):
            assert not arabic_page()
            assert localized("إميضر", "Imider") == "Imider" and localized("إميضر", "") == "إميضر"
    with translation.override(None):
        assert localized("إميضر", "Imider") == "إميضر"  # no language active: the default, Arabic


def test_is_arabic_looks_for_an_arabic_letter_anywhere():
    assert is_arabic("تعاونية") and is_arabic("Coopérative الأمل") and is_arabic("ه")
    assert not is_arabic("Coopérative Al Amal") and not is_arabic("") and not is_arabic(None)
