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


def test_written_in_tells_the_language_of_a_text_from_its_script():
    from tadamon.common.i18n import written_in

    assert written_in("Retard de déclaration") == "fr" and written_in("تأخر في التصريح") == "ar"
    assert written_in("Coopérative الأمل للنسيج") == "ar"  # more Arabic letters than Latin ones
    assert written_in("AS.TIN.1000 ×") == "fr" and written_in("2 000 × 3") == "" and written_in("") == ""


def test_a_place_typed_as_text_takes_the_page_language_when_the_registry_knows_it(db, monkeypatch):
    from tadamon.common import i18n
    from tadamon.registry.models import Province

    zagora = Province.objects.get(code="MA-ZAG")
    # Never read yet, whenever the process starts: the machine's clock since boot may be under the
    # time territories are kept (a place stayed "Zagora" on a server started in its first ten minutes).
    monkeypatch.setattr(i18n.time, "monotonic", lambda: 5.0)
    monkeypatch.setitem(i18n._PLACES, "names", {})
    monkeypatch.setitem(i18n._PLACES, "loaded_at", None)
    with translation.override("ar"):
        assert i18n.place_name(" zagora ") == zagora.name_ar and i18n.place_name(zagora.name_ar) == zagora.name_ar
        assert i18n.place_name("Palais des congrès") == "Palais des congrès"  # not a territory: as typed
    with translation.override("fr"):
        assert i18n.place_name(zagora.name_ar) == zagora.name_fr


def test_options_people_typed_are_marked_with_their_language_on_a_page_of_the_other_script():
    from django import forms

    from tadamon.common.forms import NamesSelectMultiple

    field = forms.MultipleChoiceField(choices=[("1", "كريم العلوي"), ("2", "Claire Dubois")],
                                      widget=NamesSelectMultiple)
    with translation.override("fr"):
        html = field.widget.render("staff", [], attrs={"id": "staff"})
    assert '<option value="1" lang="ar" dir="auto">كريم العلوي</option>' in html
    assert '<option value="2" dir="auto">Claire Dubois</option>' in html
