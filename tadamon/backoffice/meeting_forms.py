from django import forms
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from tadamon.backoffice.event_forms import DATETIME
from tadamon.backoffice.forms import VersionedForm
from tadamon.events.domain.meetings import AGENDA_FIELDS, RECOMMENDATION_FIELDS
from tadamon.events.enums import RECOMMENDATION_MOVES, RecommendationStatus
from tadamon.events.models import AgendaItem, Recommendation
from tadamon.registry.enums import OrganizationKind
from tadamon.registry.models import Organization

ARABIC = {"dir": "rtl", "lang": "ar"}


def _text(language_attrs: dict, rows: int = 3):
    return forms.Textarea(attrs={"rows": rows, **language_attrs})


class AgendaItemForm(forms.ModelForm):
    class Meta:
        model = AgendaItem
        fields = list(AGENDA_FIELDS)
        widgets = {
            "starts_at": DATETIME, "ends_at": DATETIME,
            "title_ar": forms.TextInput(attrs=ARABIC),
            "title_fr": forms.TextInput(attrs={"dir": "ltr", "lang": "fr"}),
            "title_en": forms.TextInput(attrs={"dir": "ltr", "lang": "en"}),
            "speakers": forms.Textarea(attrs={"rows": 2, "dir": "auto"}),
            "place": forms.TextInput(attrs={"dir": "auto"}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in ("starts_at", "ends_at"):
            self.fields[name].input_formats = ["%Y-%m-%dT%H:%M"]

    def domain_fields(self) -> dict:
        return {name: self.cleaned_data[name] for name in AGENDA_FIELDS}


class MinutesForm(forms.Form):
    version = forms.IntegerField(widget=forms.HiddenInput, required=False)
    text_ar = forms.CharField(label=_("Minutes in Arabic"), required=False, widget=_text(ARABIC, 8))
    text_fr = forms.CharField(label=_("Minutes in French"), required=False,
                              widget=_text({"dir": "ltr", "lang": "fr"}, 8))
    text_en = forms.CharField(label=_("Minutes in English"), required=False,
                              widget=_text({"dir": "ltr", "lang": "en"}, 8),
                              help_text=_("Write each language in its own box; leave empty a language the minutes "
                                          "were not written in: the page says which language it shows instead."))

    def domain_fields(self) -> dict:
        return {name: self.cleaned_data[name] for name in ("text_ar", "text_fr", "text_en")}


def follower_choices(event):
    """Institutions, companies and networks, and the event's own organisers and partners."""
    return Organization.objects.filter(
        ~Q(kind__in=OrganizationKind.social_economy()) | Q(organised_events=event) | Q(partnered_events=event)
    ).distinct().order_by("name_latin", "pk")


class RecommendationForm(VersionedForm):
    class Meta:
        model = Recommendation
        fields = list(RECOMMENDATION_FIELDS)
        widgets = {
            "text_ar": _text(ARABIC), "text_fr": _text({"dir": "ltr", "lang": "fr"}),
            "text_en": _text({"dir": "ltr", "lang": "en"}),
            "follower_text": forms.TextInput(attrs={"dir": "auto"}),
            "due_on": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        }

    def __init__(self, *args, event, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["follower"].queryset = follower_choices(event)

    def clean(self):
        data = super().clean()
        if not data.get("follower") and not data.get("follower_text"):
            self.add_error("follower", _("Say who follows the recommendation up: an organisation or a name."))
        return data

    def domain_fields(self) -> dict:
        return {name: self.cleaned_data[name] for name in RECOMMENDATION_FIELDS}


class RecommendationStatusForm(forms.Form):
    version = forms.IntegerField(widget=forms.HiddenInput)
    status = forms.ChoiceField(label=_("New status"), choices=(), widget=forms.RadioSelect)
    drop_reason = forms.CharField(label=_("Why it is dropped"), required=False,
                                  widget=forms.Textarea(attrs={"rows": 2, "dir": "auto"}),
                                  help_text=_("Needed to drop a recommendation; shown on the public page."))

    def __init__(self, *args, recommendation, **kwargs):
        super().__init__(*args, **kwargs)
        moves = RECOMMENDATION_MOVES[recommendation.status]
        self.fields["status"].choices = [(value, label) for value, label in RecommendationStatus.choices
                                         if value in moves]
        self.initial.setdefault("version", recommendation.version)
