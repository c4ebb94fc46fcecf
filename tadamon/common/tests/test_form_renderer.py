"""Our <select> template writes the same HTML as Django's, without a template include per option."""

import pytest
from django import forms
from django.forms.renderers import DjangoTemplates
from django.utils import translation

from tadamon.common.renderers import FormRenderer


class OwnOptions(forms.Select):
    option_template_name = "django/forms/widgets/input_option.html"


class Everything(forms.Form):
    plain = forms.ChoiceField(choices=[("", "—"), ("x", "X <&> \"q\""), ("y", "Y")], required=False)
    grouped = forms.ChoiceField(choices=[("G1", [("1", "one"), ("2", "two")]), ("3", "three")])
    several = forms.MultipleChoiceField(choices=[("1", "one"), ("2", "two")])
    attrs = forms.ChoiceField(choices=[(1, "one")], widget=forms.Select(attrs={"class": "k", "data-x": 'q"t',
                                                                                  "disabled": True}))
    typed = forms.TypedChoiceField(choices=[(True, "yes"), (False, "no")], coerce=bool)
    maybe = forms.NullBooleanField()
    radio = forms.ChoiceField(choices=[("1", "a")], widget=forms.RadioSelect)
    day = forms.DateField(widget=forms.SelectDateWidget)
    own = forms.ChoiceField(choices=[("1", "a"), ("2", "b")], widget=OwnOptions)


def same_html(form_class, data, **kwargs):
    django_form = form_class(data, renderer=DjangoTemplates(), **kwargs)
    our_form = form_class(data, renderer=FormRenderer(), **kwargs)
    for name in django_form.fields:
        assert str(our_form[name]) == str(django_form[name]), name
    return len(django_form.fields)


@pytest.mark.parametrize("data", [None, {"plain": "x", "grouped": "2", "several": ["1", "2"], "attrs": "1",
                                         "typed": "False", "maybe": "true", "radio": "1", "own": "2"}])
def test_select_is_written_as_django_writes_it(data):
    assert same_html(Everything, data) == 9


@pytest.mark.django_db
@pytest.mark.parametrize("data", [None, {"kind": "cooperative", "women": "on"}])
def test_the_directory_filters_are_written_as_django_writes_them(cooperative, data):
    from tadamon.public.forms import DirectoryFilterForm

    with translation.override("ar"):
        assert same_html(DirectoryFilterForm, data)


def test_the_project_renders_forms_with_it():
    from django.forms.renderers import get_default_renderer

    assert isinstance(get_default_renderer(), FormRenderer)


class Named(forms.Form):
    name = forms.CharField(label="Nom")


@pytest.mark.parametrize(("language", "after_label"), [("fr", "</a>\u00a0: "), ("ar", "</a>: ")])
def test_the_error_summary_writes_the_colon_as_the_page_language_does(language, after_label):
    from django.template.loader import render_to_string

    with translation.override(language):
        summary = render_to_string("includes/form_errors.html", {"form": Named({"name": ""})})
    assert after_label in summary  # "Nom : ce champ…" in French, with a no-break space before the colon
