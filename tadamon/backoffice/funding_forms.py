from django import forms
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from tadamon.accounts.enums import Role
from tadamon.accounts.models import User
from tadamon.common.forms import CodeChoiceField, NamesSelectMultiple, without_maxlength
from tadamon.common.i18n import page_language
from tadamon.common.validators import validate_name_has_letters
from tadamon.funding.enums import InspectionResult, NameRequestStatus, SupportCategory, SupportRequestStatus
from tadamon.funding.models import CHECKLIST, AnnualDeclaration, Call, NameRequest, SupportRequest
from tadamon.registry.enums import OrganizationKind
from tadamon.registry.models import Organization, Province


class NameRequestForm(forms.ModelForm):
    """A founder's request, recorded by the office's officer (the office is theirs) or by an
    admin (who says which office it is filed with)."""

    province = CodeChoiceField(Province.objects.order_by("code"), to_field_name="code", label=_("Province"))

    class Meta:
        model = NameRequest
        fields = ["name_ar", "name_latin", "kind", "province", "authority", "applicant_name", "applicant_phone",
                  "applicant_email"]
        widgets = {
            "name_ar": forms.TextInput(attrs={"dir": "rtl", "lang": "ar"}),
            "name_latin": forms.TextInput(attrs={"dir": "ltr"}),
            "applicant_phone": forms.TextInput(attrs={"type": "tel", "dir": "ltr", "inputmode": "tel"}),
            "applicant_email": forms.EmailInput(attrs={"dir": "ltr"}),
        }

    def __init__(self, *args, chooses_office: bool, **kwargs):
        """chooses_office: whether the user picks the office the request is filed with (an admin);
        an officer's is filed with their own."""
        super().__init__(*args, **kwargs)
        without_maxlength(self, "name_ar", "name_latin")
        for name in ("name_ar", "name_latin"):
            self.fields[name].error_messages.update(NAME_TOO_LONG)
        # In the order of the names the page shows, where one looks for a province (by code they were not).
        by_name = "name_ar" if page_language() in ("ar", "zgh") else "name_fr"
        self.fields["province"].queryset = Province.objects.order_by(by_name, "code")
        self.fields["kind"].choices = [c for c in OrganizationKind.choices
                                       if c[0] in OrganizationKind.social_economy()]
        if chooses_office:
            self.fields["authority"].queryset = Organization.objects.filter(
                kind=OrganizationKind.PUBLIC_BODY).order_by("name_latin")
        else:
            del self.fields["authority"]

    def clean(self):
        data = super().clean()
        if not (data.get("name_ar") or "").strip() and not (data.get("name_latin") or "").strip():
            raise forms.ValidationError(_("Give the name in Arabic, in Latin script, or both."))
        return data


class DecisionForm(forms.Form):
    decision = forms.ChoiceField(label=_("Decision"), widget=forms.RadioSelect, choices=[
        ("approve", pgettext_lazy("name request", "Approve")), ("refuse", pgettext_lazy("name request", "Refuse"))])
    reason = forms.CharField(label=_("Reason"), required=False, widget=forms.Textarea(attrs={"rows": 3}),
                             help_text=_("The applicant reads it. Required to refuse, and to approve a name that "
                                         "clashes with another."))


class NameQueueFilterForm(forms.Form):
    status = forms.ChoiceField(label=_("Status"), required=False,
                               choices=[("", _("All"))] + NameRequestStatus.choices)
    q = forms.CharField(label=_("Search"), required=False)


NAME_TOO_LONG = {"max_length": _("The name is too long: at most %(limit_value)d characters (it has %(show_value)d).")}


class NameCheckForm(forms.Form):
    """A name to check, in either script or both. Its fields carry no maxlength: a browser would cut a
    pasted name without a word; the form says what is too long and keeps what was typed."""

    name = forms.CharField(label=_("Proposed name"), max_length=200, required=False,
                           validators=[validate_name_has_letters], error_messages=NAME_TOO_LONG,
                           widget=forms.TextInput(attrs={"dir": "auto"}),  # either script, each in its direction
                           help_text=_("In Arabic or Latin script; give both forms for a closer check."))
    latin = forms.CharField(label=_("Latin form"), max_length=200, required=False, error_messages=NAME_TOO_LONG,
                            validators=[validate_name_has_letters], widget=forms.TextInput(attrs={"dir": "ltr"}))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        without_maxlength(self)

    def clean(self):
        data = super().clean()
        if not self.errors and not data.get("name") and not data.get("latin"):
            raise forms.ValidationError(_("Write the name to check, in Arabic or Latin script."))
        return data


# --- Support requests ---------------------------------------------------------------------------

class SupportRequestForm(forms.ModelForm):
    class Meta:
        model = SupportRequest
        fields = ["category", "title", "description"]
        widgets = {"description": forms.Textarea(attrs={"rows": 5})}


class SupportFilterForm(forms.Form):
    status = forms.ChoiceField(label=_("Status"), required=False, choices=[
        ("", _("All")), ("open", _("Open or in progress")), *SupportRequestStatus.choices])
    category = forms.ChoiceField(label=_("Category"), required=False, choices=[("", _("All"))]
                                 + SupportCategory.choices)
    overdue = forms.BooleanField(label=_("Overdue only"), required=False)


class MessageForm(forms.Form):
    version = forms.IntegerField(widget=forms.HiddenInput)
    message = forms.CharField(label=_("Message"), widget=forms.Textarea(attrs={"rows": 3}), required=False)


class ReassignForm(forms.Form):
    version = forms.IntegerField(widget=forms.HiddenInput)
    institution = forms.ModelChoiceField(
        label=_("Send to"), queryset=Organization.objects.filter(kind=OrganizationKind.PUBLIC_BODY)
        .order_by("name_latin"))
    reason = forms.CharField(label=_("Why"), widget=forms.Textarea(attrs={"rows": 2}), required=False)


class FinishForm(forms.Form):
    version = forms.IntegerField(widget=forms.HiddenInput)
    outcome = forms.ChoiceField(label=_("Outcome"), widget=forms.RadioSelect, choices=[
        ("resolved", _("Resolved")), ("closed", _("Closed without solution"))])
    message = forms.CharField(label=_("What was done, or why not"), widget=forms.Textarea(attrs={"rows": 3}),
                              required=False)


# --- Calls, applications, reviews, grants -------------------------------------------------------

MONEY_INPUT = forms.NumberInput(attrs={"inputmode": "decimal", "step": "0.01", "min": 0})


class ApplicationForm(forms.Form):
    version = forms.IntegerField(widget=forms.HiddenInput, required=False)
    title = forms.CharField(label=_("Project"), max_length=250)
    summary = forms.CharField(label=_("Summary"), widget=forms.Textarea(attrs={"rows": 5}), required=False)


class BudgetLineForm(forms.Form):
    label = forms.CharField(label=_("Budget line"), max_length=200, required=False)
    amount = forms.DecimalField(label=_("Amount (MAD)"), min_value=0, max_digits=14, decimal_places=2,
                                required=False, widget=MONEY_INPUT)

    def clean(self):
        data = super().clean()
        if data.get("label") and data.get("amount") is None:
            self.add_error("amount", _("Give the amount of this line."))
        if data.get("amount") and not data.get("label"):
            self.add_error("label", _("Say what this amount is for."))
        return data


BudgetLineFormSet = forms.formset_factory(BudgetLineForm, extra=0, min_num=6, max_num=30)


class DocumentForm(forms.Form):
    name = forms.CharField(widget=forms.HiddenInput)
    file = forms.FileField(label=_("File"), required=False)


class DecisionOnApplicationForm(forms.Form):
    version = forms.IntegerField(widget=forms.HiddenInput)
    outcome = forms.ChoiceField(label=_("Decision"), choices=[
        ("funded", pgettext_lazy("application", "Funded")), ("waiting", pgettext_lazy("application", "Waiting list")),
        ("rejected", pgettext_lazy("application", "Rejected"))])
    amount = forms.DecimalField(label=_("Amount granted (MAD)"), min_value=0, max_digits=14, decimal_places=2,
                                required=False, widget=forms.NumberInput(attrs={
                                    "inputmode": "decimal", "step": "0.01", "min": 0,
                                    "placeholder": _("Amount granted (MAD)"), "aria-label": _("Amount granted (MAD)")}))
    reason = forms.CharField(label=_("Reason"), required=False, widget=forms.Textarea(attrs={
        "rows": 2, "placeholder": _("Reason (required to reject)"), "aria-label": _("Reason")}))


class ReviewForm(forms.Form):
    """A score and a comment per criterion of the call."""

    def __init__(self, *args, criteria, **kwargs):
        super().__init__(*args, **kwargs)
        for criterion in criteria:
            self.fields[f"score_{criterion.pk}"] = forms.IntegerField(
                label=f"{criterion.name.text} (0–{criterion.max_score}, ×{criterion.weight})", min_value=0,
                max_value=criterion.max_score, required=False)
            self.fields[f"comment_{criterion.pk}"] = forms.CharField(
                label=_("Comment"), required=False, widget=forms.Textarea(attrs={"rows": 2}))
        self.criteria = criteria

    def scores(self) -> dict:
        return {c.pk: (self.cleaned_data.get(f"score_{c.pk}"), self.cleaned_data.get(f"comment_{c.pk}", ""))
                for c in self.criteria}


class ConflictForm(forms.Form):
    conflict_note = forms.CharField(label=_("What is the conflict of interest?"), max_length=250, required=False)


class TrancheForm(forms.Form):
    amount = forms.DecimalField(label=_("Amount (MAD)"), min_value=1, max_digits=14, decimal_places=2,
                                widget=MONEY_INPUT)
    condition = forms.CharField(label=_("Condition"), max_length=250, required=False)
    due_on = forms.DateField(label=_("Due on"), widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"))


class GrantReportForm(forms.Form):
    title = forms.CharField(label=_("Report"), max_length=200)
    file = forms.FileField(label=_("File"))


# --- Compliance ---------------------------------------------------------------------------------

class DeclarationForm(forms.ModelForm):
    class Meta:
        model = AnnualDeclaration
        fields = ["members_women", "members_men", "capital_subscribed_mad", "capital_paid_mad", "turnover_mad",
                  "general_assembly_held", "general_assembly_on", "accounts_filed"]
        widgets = {"general_assembly_on": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
                   "capital_subscribed_mad": MONEY_INPUT, "capital_paid_mad": MONEY_INPUT, "turnover_mad": MONEY_INPUT}


class ComplianceFilterForm(forms.Form):
    year = forms.TypedChoiceField(label=_("Year"), coerce=int, required=False)
    province = CodeChoiceField(Province.objects.order_by("code"), to_field_name="code", required=False,
                               label=_("Province"))

    def __init__(self, *args, years, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["year"].choices = [(y, y) for y in years]


class PlanInspectionForm(forms.Form):
    organization = forms.IntegerField(widget=forms.HiddenInput)
    planned_on = forms.DateField(label=_("Planned on"),
                                 widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"))
    reason = forms.CharField(widget=forms.HiddenInput, required=False)


class InspectionRecordForm(forms.Form):
    done_on = forms.DateField(label=_("Done on"), widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"))
    # No result chosen in advance: the inspector says it, after the checklist.
    result = forms.ChoiceField(label=_("Result"), choices=InspectionResult.choices, widget=forms.RadioSelect,
                               error_messages={"required": _("Choose the result of the inspection.")})
    findings = forms.CharField(label=_("Findings, one per line"), required=False,
                               widget=forms.Textarea(attrs={"rows": 4}))
    follow_up_due = forms.DateField(label=_("Follow-up due"), required=False,
                                    widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"))
    notes = forms.CharField(label=_("Other remarks"), required=False, widget=forms.Textarea(attrs={"rows": 3}))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for key, label in CHECKLIST:
            self.fields[f"check_{key}"] = forms.ChoiceField(
                label=label, widget=forms.RadioSelect, choices=[("yes", _("Yes")), ("no", _("No"))])
        # The order an inspector works in: the checklist, then what it shows.
        self.order_fields(["done_on", *[f"check_{key}" for key, _label in CHECKLIST], "result", "findings",
                           "follow_up_due", "notes"])

    def checklist(self) -> dict[str, bool]:
        return {key: self.cleaned_data[f"check_{key}"] == "yes" for key, _label in CHECKLIST}


class EvaluatorsField(forms.ModelMultipleChoiceField):
    widget = NamesSelectMultiple

    def label_from_instance(self, user):
        return user.get_full_name() or user.username


class CallForm(forms.ModelForm):
    """A call: dates, budget, eligibility, documents asked, evaluators. Its criteria come in a
    formset beside it."""

    kinds = forms.MultipleChoiceField(label=_("Kinds of organisation"), required=False,
                                      widget=forms.CheckboxSelectMultiple, help_text=_("None ticked: every kind."),
                                      choices=[c for c in OrganizationKind.choices
                                               if c[0] in OrganizationKind.social_economy()])
    documents = forms.CharField(label=_("Documents required"), required=False,
                                widget=forms.Textarea(attrs={"rows": 3}), help_text=_("One per line."))
    evaluators = EvaluatorsField(
        label=_("Evaluators"), required=False, widget=forms.SelectMultiple(attrs={"size": 6}),
        queryset=User.objects.filter(is_active=True, role__in=[Role.STAFF, Role.OFFICER]).order_by("username"))

    class Meta:
        model = Call
        fields = ["kind", "title_ar", "title_fr", "description", "opens_at", "closes_at", "budget_mad",
                  "max_amount_mad", "provinces", "women_only", "youth_only", "min_age_years", "max_age_years"]
        widgets = {"opens_at": forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
                   "closes_at": forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
                   "title_ar": forms.TextInput(attrs={"dir": "rtl", "lang": "ar"}),
                   "title_fr": forms.TextInput(attrs={"dir": "ltr", "lang": "fr"}),
                   "budget_mad": MONEY_INPUT, "max_amount_mad": MONEY_INPUT,
                   "provinces": forms.SelectMultiple(attrs={"size": 6}),
                   "description": forms.Textarea(attrs={"rows": 4})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["provinces"].help_text = _("None chosen: every province.")
        if self.instance.pk:
            self.initial["kinds"] = self.instance.kinds
            self.initial["documents"] = "\n".join(self.instance.documents_required)
            self.initial["evaluators"] = list(self.instance.evaluators.all())

    def call_fields(self) -> dict:
        data = self.cleaned_data
        fields = {name: data[name] for name in self.Meta.fields if name != "provinces"}
        fields["kinds"] = list(data["kinds"])
        fields["documents_required"] = [line.strip() for line in data["documents"].splitlines() if line.strip()]
        return fields


class CriterionForm(forms.Form):
    name_fr = forms.CharField(label=_("Criterion (French)"), max_length=150, required=False)
    name_ar = forms.CharField(label=_("Criterion (Arabic)"), max_length=150, required=False,
                              widget=forms.TextInput(attrs={"dir": "rtl", "lang": "ar"}))
    weight = forms.IntegerField(label=_("Weight"), min_value=1, initial=1)
    max_score = forms.IntegerField(label=_("Scored out of"), min_value=1, initial=10)


CriterionFormSet = forms.formset_factory(CriterionForm, extra=0, min_num=5, max_num=15)
