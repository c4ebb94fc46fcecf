from django import forms
from django.utils.translation import gettext_lazy as _

# What an empty choice says, instead of Django's "---------": in a filter (not required), "all";
# in a form, what to choose.
EMPTY_CHOICE = {
    "region": (_("All regions"), _("Choose a region")),
    "province": (_("All provinces"), _("Choose a province")),
    "commune": (_("All communes"), _("Choose a commune")),
    "sector": (_("All sectors"), _("Choose a sector")),
}


def without_maxlength(form: forms.Form, *names: str) -> None:
    """Takes the browser's maxlength off text fields (all, or those named): a browser cuts a pasted
    text at the limit without a word, where the form's own check says what is too long and keeps it."""
    for name in names or form.fields:
        form.fields[name].widget.attrs.pop("maxlength", None)


class CodeChoiceField(forms.ModelChoiceField):
    """Chooses a territory or sector by its code, so URLs stay readable (?region=MA-08)."""

    def __init__(self, queryset, **kwargs):
        if "empty_label" not in kwargs and queryset.model._meta.model_name in EMPTY_CHOICE:
            every, choose = EMPTY_CHOICE[queryset.model._meta.model_name]
            kwargs["empty_label"] = choose if kwargs.get("required", True) else every
        super().__init__(queryset, **kwargs)

    def label_from_instance(self, obj):
        return obj.name


class WrittenOptions:
    """Options that people typed (names, a commitment's wording), each marked with its language
    when it is not in the page's script (an Arabic name on a French page), as the `written_name`
    filter marks them in pages."""

    def create_option(self, *args, **kwargs):
        from tadamon.common.i18n import other_script, written_in

        option = super().create_option(*args, **kwargs)
        language = written_in(str(option["label"]))
        if other_script(language):
            option["attrs"]["lang"] = language
        option["attrs"]["dir"] = "auto"
        return option


class WrittenSelect(WrittenOptions, forms.Select):
    pass


class NamesSelectMultiple(WrittenOptions, forms.SelectMultiple):
    pass


def person_name(user) -> str:
    """How a form's list names a signed-in person: their name, else their username."""
    return user.get_full_name() or user.username
