from django import forms
from django.contrib.auth import get_user_model
from django.utils.translation import gettext_lazy as _

from tadamon.accounts.enums import Role
from tadamon.backoffice.forms import VersionedForm
from tadamon.common.forms import NamesSelectMultiple, WrittenSelect, person_name
from tadamon.programmes.enums import DiagnosisRound, EnrolmentStatus
from tadamon.programmes.models import CoachingVisit, Module, Phase, PlanAction, Programme, Session, Trainer
from tadamon.programmes.questionnaire import QUESTIONS, questions_by_dimension
from tadamon.registry.enums import OrganizationKind
from tadamon.registry.models import Organization, Province

DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


class ProgrammeForm(VersionedForm):
    RELATIONS = ("sponsors", "partners", "provinces", "staff")

    phase_1 = forms.CharField(label=_("Phase 1"), required=False, max_length=200,
                              help_text=_("e.g. diagnosis and training in management, finance, law"))
    phase_2 = forms.CharField(label=_("Phase 2"), required=False, max_length=200,
                              help_text=_("e.g. strategy, marketing, financing"))

    class Meta:
        model = Programme
        fields = ["name_ar", "name_fr", "name_en", "description_ar", "description_fr", "description_en",
                  "sponsors", "partners", "provinces", "staff", "start_date", "end_date",
                  "target_organizations", "target_people_trained", "target_sessions", "planned_visits"]
        widgets = {
            "name_ar": forms.TextInput(attrs={"dir": "rtl", "lang": "ar"}),
            "description_ar": forms.Textarea(attrs={"rows": 3, "dir": "rtl", "lang": "ar"}),
            "description_fr": forms.Textarea(attrs={"rows": 3, "dir": "ltr", "lang": "fr"}),
            "description_en": forms.Textarea(attrs={"rows": 3, "dir": "ltr", "lang": "en"}),
            "start_date": DATE, "end_date": DATE,
            "sponsors": forms.SelectMultiple(attrs={"size": 6}),
            "partners": forms.SelectMultiple(attrs={"size": 6}),
            "provinces": forms.SelectMultiple(attrs={"size": 8}),
            "staff": NamesSelectMultiple(attrs={"size": 6}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        supporters = Organization.objects.exclude(kind__in=OrganizationKind.social_economy()).order_by("name_latin")
        self.fields["sponsors"].queryset = supporters
        self.fields["partners"].queryset = Organization.objects.filter(
            kind__in=[OrganizationKind.NGO, OrganizationKind.ASSOCIATION, OrganizationKind.PUBLIC_BODY,
                      OrganizationKind.COMPANY]
        ).order_by("name_latin")
        self.fields["provinces"].queryset = Province.objects.all()
        self.fields["staff"].queryset = get_user_model().objects.filter(role=Role.STAFF, is_active=True)
        self.fields["staff"].label_from_instance = person_name
        if self.instance.pk:
            # Phases are edited with the programme: the first two here.
            del self.fields["phase_1"], self.fields["phase_2"]

    def clean(self):
        data = super().clean()
        if not (data.get("name_ar") or data.get("name_fr") or data.get("name_en")):
            self.add_error("name_ar", _("Give the programme a name in at least one language."))
        return data

    def programme_fields(self) -> dict:
        return {k: v for k, v in self.cleaned_data.items()
                if k not in self.RELATIONS and k not in ("version", "phase_1", "phase_2")}

    def relations(self) -> dict:
        return {k: self.cleaned_data[k] for k in self.RELATIONS}

    def phases(self) -> list[dict]:
        return [{"name_fr": self.cleaned_data[k], "name_en": self.cleaned_data[k]}
                for k in ("phase_1", "phase_2") if self.cleaned_data.get(k)]


class EnrolmentStatusForm(forms.Form):
    status = forms.ChoiceField(label=_("Status"), choices=EnrolmentStatus.choices)
    phase = forms.ModelChoiceField(label=_("Phase"), queryset=Phase.objects.none(), required=False)
    withdrawal_reason = forms.CharField(label=_("Reason for withdrawal"), required=False,
                                        widget=forms.Textarea(attrs={"rows": 2}),
                                        help_text=_("Required when the organisation withdraws."))

    def __init__(self, *args, programme, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["phase"].queryset = programme.phases.all()


class DiagnosisForm(forms.Form):
    """The questionnaire: one radio group per question (big tap targets on a phone)."""

    round = forms.ChoiceField(label=_("Round"), choices=DiagnosisRound.choices)
    done_on = forms.DateField(label=_("Date"), widget=DATE)
    notes = forms.CharField(label=_("Notes"), required=False, widget=forms.Textarea(attrs={"rows": 3}))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        choices = [(2, _("Yes")), (1, _("Partly")), (0, _("No"))]
        for question in QUESTIONS:
            self.fields[f"q_{question.code}"] = forms.TypedChoiceField(
                label=question.text, choices=choices, coerce=int, widget=forms.RadioSelect,
                error_messages={"required": _("Choose an answer.")},
            )

    def groups(self):
        """(dimension label, [bound fields]) in questionnaire order, for the template."""
        return [(label, [self[f"q_{q.code}"] for q in questions]) for _value, label, questions in questions_by_dimension()]

    def answers(self) -> dict:
        return {q.code: self.cleaned_data[f"q_{q.code}"] for q in QUESTIONS}


class PlanActionForm(forms.ModelForm):
    class Meta:
        model = PlanAction
        fields = ["objective", "action", "owner", "due_date", "status"]
        widgets = {"due_date": DATE}


class SessionForm(forms.ModelForm):
    class Meta:
        model = Session
        fields = ["module", "phase", "place", "province", "starts_at", "ends_at", "capacity", "trainers"]
        widgets = {
            "starts_at": forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
            "ends_at": forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
            "trainers": NamesSelectMultiple(attrs={"size": 5}),
        }

    def __init__(self, *args, programme, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["phase"].queryset = programme.phases.all()
        provinces = programme.provinces.all()
        self.fields["province"].queryset = provinces if provinces.exists() else Province.objects.all()
        self.fields["module"].queryset = Module.objects.all()

    def validate_unique(self):
        pass  # the domain function checks the session as a whole

    def session_fields(self) -> dict:
        return {k: v for k, v in self.cleaned_data.items() if k != "trainers"}


class VisitForm(forms.ModelForm):
    class Meta:
        model = CoachingVisit
        fields = ["visited_on", "coach", "topics", "findings"]
        widgets = {"visited_on": DATE, "findings": forms.Textarea(attrs={"rows": 3}), "coach": WrittenSelect}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["coach"].queryset = Trainer.objects.all()


class FollowUpForm(forms.Form):
    action = forms.CharField(label=_("Follow-up action"), max_length=255, required=False)
    owner = forms.CharField(label=_("Owner"), max_length=120, required=False)
    due_date = forms.DateField(label=_("Due"), required=False, widget=DATE)

    def clean(self):
        data = super().clean()
        if (data.get("owner") or data.get("due_date")) and not data.get("action"):
            self.add_error("action", _("Describe the action, or clear its owner and date."))
        return data


FollowUpFormSet = forms.formset_factory(FollowUpForm, extra=3, max_num=10)
