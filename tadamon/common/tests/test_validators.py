"""A name is written with letters, in any of the scripts the platform reads."""

import pytest
from django.core.exceptions import ValidationError
from django.template import Context, Template

from tadamon.common.validators import has_letters, validate_name_has_letters


@pytest.mark.parametrize("name", ["تعاونية تيفاوين", "Coopérative 2", "ⵜⵉⴼⴰⵡⵉⵏ", "G.I.E", "أ"])
def test_names_with_letters_of_any_script_pass(name):
    assert has_letters(name)
    validate_name_has_letters(name)


@pytest.mark.parametrize("name", ["123", "٢٠٢٦", "۱۲۳", "!!! ؟؟", "-- / --", "«»"])
def test_digits_and_punctuation_alone_are_refused_quoting_what_was_typed(name):
    with pytest.raises(ValidationError) as refused:
        validate_name_has_letters(f" {name} ")
    assert refused.value.messages == [f"A name is written with letters: «{name}» has none (only digits or punctuation)."]


def test_blank_is_left_to_the_field_s_own_rule():
    validate_name_has_letters("")
    validate_name_has_letters("   ")


def test_mark_words_marks_whole_words_and_escapes_the_rest():
    html = Template("{% load tadamon %}{{ name|mark_words:words }}").render(Context({
        "name": "Coop <b>Amal</b> Amalou & Tinghir", "words": ("Amal", "Tinghir")}))
    assert html == "Coop &lt;b&gt;<mark>Amal</mark>&lt;/b&gt; Amalou &amp; <mark>Tinghir</mark>"
    assert Template("{% load tadamon %}{{ name|mark_words:words }}").render(
        Context({"name": "تعاونية الزيتونة", "words": ("الزيتونة",)})) == "تعاونية <mark>الزيتونة</mark>"
