from django import forms
from django.contrib.auth import get_user_model
from django.utils.translation import gettext_lazy as _

from tadamon.accounts.enums import Role
from tadamon.backoffice.forms import VersionedForm
from tadamon.common.forms import NamesSelectMultiple, person_name
from tadamon.events.enums import ApplicationStatus, CostCategory, ParticipantRole
from tadamon.events.models import Event
from tadamon.registry.enums import Gender, OrganizationKind
from tadamon.registry.models import Membership, Organization, Province

DATETIME = forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M")


class EventForm(VersionedForm):
    RELATIONS = ("organisers", "partners", "staff")

    class Meta:
        model = Event
        fields = ["kind", "edition", "name_ar", "name_fr", "name_en", "description_ar", "description_fr",
                  "description_en", "starts_at", "ends_at", "venue", "city", "province", "organisers", "partners",
                  "programme", "capacity", "registration_open", "applications_close_on", "staff"]
        widgets = {
            "name_ar": forms.TextInput(attrs={"dir": "rtl", "lang": "ar"}),
            "description_ar": forms.Textarea(attrs={"rows": 3, "dir": "rtl", "lang": "ar"}),
            "description_fr": forms.Textarea(attrs={"rows": 3, "dir": "ltr", "lang": "fr"}),
            "description_en": forms.Textarea(attrs={"rows": 3, "dir": "ltr", "lang": "en"}),
            "starts_at": DATETIME, "ends_at": DATETIME,
            "applications_close_on": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "organisers": forms.SelectMultiple(attrs={"size": 6}),
            "partners": forms.SelectMultiple(attrs={"size": 6}),
            "staff": NamesSelectMultiple(attrs={"size": 6}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organisers"].queryset = _payers()
        self.fields["partners"].queryset = _payers()
        self.fields["staff"].queryset = get_user_model().objects.filter(role=Role.STAFF, is_active=True)
        self.fields["staff"].label_from_instance = person_name
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


class ApplicationForm(forms.Form):
    products = forms.CharField(label=_("Products to show"), widget=forms.Textarea(attrs={"rows": 3, "dir": "auto"}))
    stand_needs = forms.CharField(label=_("Stand needs"), required=False,
                                  widget=forms.Textarea(attrs={"rows": 2, "dir": "auto"}),
                                  help_text=_("Size, electricity, water, a table for tasting…"))
    transport = forms.ModelMultipleChoiceField(
        label=_("Members travelling (transport needed)"), queryset=Membership.objects.none(), required=False,
        widget=forms.CheckboxSelectMultiple)
    lodging = forms.ModelMultipleChoiceField(
        label=_("Members who need lodging"), queryset=Membership.objects.none(), required=False,
        widget=forms.CheckboxSelectMultiple)

    def __init__(self, *args, organization, **kwargs):
        super().__init__(*args, **kwargs)
        members = Membership.objects.current().filter(organization=organization).select_related("person").order_by(
            "person__last_name_latin", "person__first_name_latin", "pk")
        for name in ("transport", "lodging"):
            self.fields[name].queryset = members
            self.fields[name].label_from_instance = lambda m: m.person.full_name

    def traveller_rows(self):
        """(transport checkbox, lodging checkbox) per member, for a table with one row each."""
        return zip(self["transport"], self["lodging"], strict=True)

    def travellers(self) -> list:
        transport, lodging = set(self.cleaned_data["transport"]), set(self.cleaned_data["lodging"])
        return [(m, m in transport, m in lodging) for m in sorted(transport | lodging, key=lambda m: m.pk)]


class DecisionForm(forms.Form):
    version = forms.IntegerField(widget=forms.HiddenInput)
    status = forms.ChoiceField(label=_("Decision"), choices=[(s, label) for s, label in ApplicationStatus.choices
                                                             if s in ApplicationStatus.decisions()],
                               widget=forms.RadioSelect)
    decision_reason = forms.CharField(label=_("Reason"), widget=forms.Textarea(attrs={"rows": 2}),
                                      help_text=_("Sent to the applicant with the decision."))


class StandForm(forms.Form):
    number = forms.CharField(label=_("Number"), max_length=10)
    zone = forms.CharField(label=_("Zone"), max_length=50, required=False)
    size_m2 = forms.DecimalField(label=_("Size (m²)"), max_digits=5, decimal_places=1, min_value=1)


def _payers():
    return Organization.objects.exclude(kind__in=OrganizationKind.social_economy()).order_by("name_latin")


class TripForm(forms.Form):
    label = forms.CharField(label=_("Vehicle"), max_length=100, help_text=_("e.g. Bus 1 — Tinghir"))
    origin = forms.ModelChoiceField(label=_("From the province of"), queryset=Province.objects.all())
    departs_at = forms.DateTimeField(label=_("Departure"), required=False, widget=DATETIME,
                                     input_formats=["%Y-%m-%dT%H:%M"])
    seats = forms.IntegerField(label=_("Seats"), min_value=1, max_value=100)
    cost = forms.DecimalField(label=_("Cost (MAD)"), min_value=0, max_digits=10, decimal_places=2)
    paid_by = forms.ModelChoiceField(label=_("Paid by"), queryset=Organization.objects.none(), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["paid_by"].queryset = _payers()


class LodgingForm(forms.Form):
    hotel = forms.CharField(label=_("Hotel"), max_length=150)
    nights = forms.IntegerField(label=_("Nights"), min_value=1, max_value=60)
    rooms = forms.IntegerField(label=_("Rooms"), min_value=1, max_value=500)
    places = forms.IntegerField(label=_("Places"), min_value=1, max_value=1000)
    cost = forms.DecimalField(label=_("Cost (MAD)"), min_value=0, max_digits=10, decimal_places=2)
    paid_by = forms.ModelChoiceField(label=_("Paid by"), queryset=Organization.objects.none(), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["paid_by"].queryset = _payers()


class BudgetLineForm(forms.Form):
    category = forms.ChoiceField(label=_("Category"), choices=CostCategory.choices)
    label = forms.CharField(label=_("Line"), max_length=150)
    planned = forms.DecimalField(label=_("Planned (MAD)"), min_value=0, max_digits=12, decimal_places=2)
    actual = forms.DecimalField(label=_("Actual (MAD)"), min_value=0, max_digits=12, decimal_places=2, required=False,
                                help_text=_("Leave empty for transport and lodging: their actual cost is what the "
                                            "trips and hotels booked cost."))
    paid_by = forms.ModelChoiceField(label=_("Paid by"), queryset=Organization.objects.none(), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["paid_by"].queryset = _payers()


class SalesForm(forms.Form):
    sales_mad = forms.DecimalField(label=_("Sales during the fair (MAD)"), min_value=0, max_digits=12,
                                   decimal_places=2)
    contacts = forms.IntegerField(label=_("Business contacts made"), min_value=0, max_value=100000)
    orders = forms.IntegerField(label=_("Orders taken for later delivery"), min_value=0, max_value=100000, initial=0)
    notes = forms.CharField(label=_("Notes"), required=False, widget=forms.Textarea(attrs={"rows": 2, "dir": "auto"}))
