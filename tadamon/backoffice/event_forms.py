from django import forms
from django.contrib.auth import get_user_model
from django.utils.translation import gettext_lazy as _

from tadamon.accounts.enums import Role
from tadamon.backoffice.forms import VersionedForm
from tadamon.events.enums import ParticipantRole
from tadamon.events.models import Event
from tadamon.registry.enums import Gender, OrganizationKind
from tadamon.registry.models import Organization

DATETIME = forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M")


class EventForm(VersionedForm):
    RELATIONS = ("organisers", "partners", "staff")

    class Meta:
        model = Event
        fields = ["kind", "edition", "name_ar", "name_fr", "name_en", "description_ar", "description_fr",
                  "description_en", "starts_at", "ends_at", "venue", "city", "province", "organisers", "partners",
                  "programme", "capacity", "registration_open", "staff"]
        widgets = {
            "name_ar": forms.TextInput(attrs={"dir": "rtl", "lang": "ar"}),
            "description_ar": forms.Textarea(attrs={"rows": 3, "dir": "rtl", "lang": "ar"}),
            "description_fr": forms.Textarea(attrs={"rows": 3, "dir": "ltr", "lang": "fr"}),
            "description_en": forms.Textarea(attrs={"rows": 3, "dir": "ltr", "lang": "en"}),
            "starts_at": DATETIME, "ends_at": DATETIME,
            "organisers": forms.SelectMultiple(attrs={"size": 6}),
            "partners": forms.SelectMultiple(attrs={"size": 6}),
            "staff": forms.SelectMultiple(attrs={"size": 6}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        supporters = Organization.objects.exclude(kind__in=OrganizationKind.social_economy())
        self.fields["organisers"].queryset = supporters.order_by("name_latin")
        self.fields["partners"].queryset = supporters.order_by("name_latin")
        self.fields["staff"].queryset = get_user_model().objects.filter(role=Role.STAFF, is_active=True)
        self.fields["starts_at"].input_formats = ["%Y-%m-%dT%H:%M"]
        self.fields["ends_at"].input_formats = ["%Y-%m-%dT%H:%M"]

    def clean(self):
        data = super().clean()
        if not (data.get("name_ar") or data.get("name_fr") or data.get("name_en")):
            self.add_error("name_ar", _("Give the event a name in at least one language."))
        if data.get("starts_at") and data.get("ends_at") and data["ends_at"] < data["starts_at"]:
            self.add_error("ends_at", _("The event ends before it starts."))
        return data

    def event_fields(self) -> dict:
        return {k: v for k, v in self.cleaned_data.items() if k not in self.RELATIONS and k != "version"}

    def relations(self) -> dict:
        return {k: self.cleaned_data[k] for k in self.RELATIONS}


class ParticipantForm(forms.Form):
    full_name = forms.CharField(label=_("Full name"), max_length=200, widget=forms.TextInput(attrs={"dir": "auto"}))
    gender = forms.ChoiceField(label=_("Gender"), choices=Gender.choices, widget=forms.RadioSelect)
    role = forms.ChoiceField(label=_("Role"), choices=ParticipantRole.choices, initial=ParticipantRole.PARTICIPANT)
    organization_name = forms.CharField(label=_("Organisation"), max_length=200, required=False,
                                        widget=forms.TextInput(attrs={"dir": "auto"}))
    email = forms.EmailField(label=_("E-mail"), required=False)
