"""Forms of the academy's authoring pages (backoffice/academy_views.py)."""

from django import forms
from django.utils.translation import gettext_lazy as _

from tadamon.academy.enums import MediaKind
from tadamon.academy.models import Course, Lesson
from tadamon.programmes.models import Module

MEDIA_LANGUAGES = [("", _("All languages (an image without words)")), ("ar", _("Arabic")), ("fr", _("French")),
                   ("zgh", _("Tamazight"))]


class CourseForm(forms.ModelForm):
    modules = forms.ModelMultipleChoiceField(queryset=Module.objects.all(), required=False,
                                             widget=forms.CheckboxSelectMultiple, label=_("Modules covered"))

    class Meta:
        model = Course
        fields = ["programme", "modules", "title_ar", "title_fr", "title_zgh", "summary_ar", "summary_fr",
                  "summary_zgh", "hours", "pass_mark"]
        widgets = {f"summary_{lang}": forms.Textarea(attrs={"rows": 3}) for lang in ("ar", "fr", "zgh")}

    def __init__(self, *args, programmes=None, **kwargs):
        super().__init__(*args, **kwargs)
        if programmes is not None:
            self.fields["programme"].queryset = programmes
        for lang, direction in (("ar", "rtl"), ("fr", "ltr"), ("zgh", "ltr")):
            for name in (f"title_{lang}", f"summary_{lang}"):
                self.fields[name].widget.attrs.update({"dir": direction, "lang": lang})

    def course_fields(self) -> dict:
        return {name: value for name, value in self.cleaned_data.items() if name != "modules"}


class LessonForm(forms.ModelForm):
    class Meta:
        model = Lesson
        fields = ["order", "kind", "minutes", "title_ar", "title_fr", "title_zgh", "body_ar", "body_fr", "body_zgh"]
        widgets = {f"body_{lang}": forms.Textarea(attrs={"rows": 8}) for lang in ("ar", "fr", "zgh")}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["order"].required = False  # a new lesson goes last
        self.fields["order"].help_text = _("Empty: after the last lesson.")
        for lang, direction in (("ar", "rtl"), ("fr", "ltr"), ("zgh", "ltr")):
            for name in (f"title_{lang}", f"body_{lang}"):
                self.fields[name].widget.attrs.update({"dir": direction, "lang": lang})


class MediaForm(forms.Form):
    kind = forms.ChoiceField(label=_("Kind"), choices=MediaKind.choices)
    language = forms.ChoiceField(label=_("Language"), choices=MEDIA_LANGUAGES, required=False)
    file = forms.FileField(label=_("File"), help_text=_("A recording (Ogg, WebM, M4A or WAV), an image (JPEG, PNG, "
                                                        "WebP) or a short video (MP4, WebM)."))
    caption = forms.CharField(label=_("Caption"), max_length=250, required=False)


class QuizForm(forms.Form):
    text = forms.CharField(
        label=_("Questions"), widget=forms.Textarea(attrs={"rows": 14, "dir": "auto"}),
        help_text=_("One question per block, blocks apart by an empty line. “?” starts the question, “+” the right "
                    "answer, “-” a wrong one; “|” separates Arabic | French | Tamazight."))
