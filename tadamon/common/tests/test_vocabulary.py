from tadamon.common.text import is_arabic
from tadamon.common.vocabulary import GENERIC_STEMS, LATIN_ARTICLES, core_name
from tadamon.funding.domain.name_check import name_forms


def test_core_name_drops_generic_words_in_both_scripts():
    assert core_name("تعاونية تافوكت") == "تافوكت"
    assert core_name("التعاونية النسوية للتنمية تافوكت") == "تافوكت"
    # "femmes" says what the cooperative is, the way "coopérative" does: Dadès is which one.
    assert core_name("Coopérative des Femmes de Dadès") == "dades"
    assert core_name("Coopérative Al Amal") == "amal"
    assert core_name("Association") == "association"  # nothing else left: keep it


def test_the_name_check_and_the_duplicate_finder_share_one_vocabulary():
    for word in [*GENERIC_STEMS, *LATIN_ARTICLES]:
        name = f"{word} تافوكت" if is_arabic(word) else f"{word} tafoukt"
        distinctive = "تافوكت" if is_arabic(word) else "tafoukt"
        assert core_name(name) == distinctive, word
        assert name_forms(name)[0].text == distinctive, word
