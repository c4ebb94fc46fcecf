from django import forms
from django.urls import reverse_lazy
from django.utils.translation import gettext_lazy as _

from tadamon.backoffice.forms import VersionedForm
from tadamon.common.forms import CodeChoiceField, WrittenSelect
from tadamon.common.params import parse_id
from tadamon.partnerships.enums import PartyRole, SupportKind
from tadamon.partnerships.models import Agreement, Commitment, Support
from tadamon.registry.models import Organization, Province, Sector

DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
MONEY = forms.NumberInput(attrs={"inputmode": "decimal", "step": "0.01", "min": 0})


class OrganizationPicker(forms.ModelChoiceField):
    """An organisation among 60,000: a search box fills the select through htmx
    (backoffice:organization_options); the select only ever holds the options found, and the
    one chosen, never the whole registry."""

    def __init__(self, **kwargs):
        super().__init__(queryset=Organization.objects.all(), **kwargs)

    def limit_rendering_to(self, value) -> None:
        chosen = Organization.objects.filter(pk=parse_id(value)) if parse_id(value) else Organization.objects.none()
        self.widget.choices = [("", "---------")] + [(o.pk, o.display_name) for o in chosen]


def picker_search(target: str) -> forms.TextInput:
    return forms.TextInput(attrs={
        "type": "search", "autocomplete": "off", "hx-get": reverse_lazy("backoffice:organization_options"),
        "hx-trigger": "input changed delay:300ms, search", "hx-target": f"#{target}"})


class PickerFormMixin:
    """Forms with OrganizationPicker fields: each gets a search box (`<name>_search`) before it."""

    pickers: tuple[str, ...] = ()

    def setup_pickers(self):
        order = []
        for name in self.fields.copy():
            if name in self.pickers:
                self.fields[name].limit_rendering_to(self[name].value())
                self.fields[f"{name}_search"] = forms.CharField(
                    label=_("Find the organisation"), required=False, widget=picker_search(self[name].auto_id))
                order.append(f"{name}_search")
            order.append(name)
        self.order_fields(order)


class AgreementForm(VersionedForm):
    class Meta:
        model = Agreement
        fields = ["reference", "title_ar", "title_fr", "title_en", "signed_on", "starts_on", "ends_on", "provinces",
                  "objectives", "budget_mad", "document"]
        widgets = {"signed_on": DATE, "starts_on": DATE, "ends_on": DATE, "budget_mad": MONEY,
                   "title_ar": forms.TextInput(attrs={"dir": "rtl", "lang": "ar"}),
                   "objectives": forms.Textarea(attrs={"rows": 3}),
                   "provinces": forms.SelectMultiple(attrs={"size": 6})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["provinces"].queryset = Province.objects.order_by("name_fr")

    def clean(self):
        data = super().clean()
        if not (data.get("title_ar") or data.get("title_fr") or data.get("title_en")):
            self.add_error("title_ar", _("Give the agreement a title in at least one language."))
        return data

    def agreement_fields(self) -> dict:
        return {k: v for k, v in self.cleaned_data.items() if k not in ("version", "provinces")}


class PartyForm(PickerFormMixin, forms.Form):
    pickers = ("organization",)
    organization = OrganizationPicker(label=_("Organisation"))
    role = forms.ChoiceField(label=_("Role"), choices=PartyRole.choices)
    money = forms.DecimalField(label=_("Contribution in money (MAD)"), min_value=0, required=False, widget=MONEY)
    in_kind = forms.CharField(label=_("Contribution in kind"), max_length=250, required=False)
    in_kind_value = forms.DecimalField(label=_("Value in kind (MAD)"), min_value=0, required=False, widget=MONEY)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, prefix="party", **kwargs)
        self.setup_pickers()


class CommitmentForm(forms.ModelForm):
    class Meta:
        model = Commitment
        fields = ["debtor", "beneficiary", "deliverable", "amount_mad", "quantity", "unit", "due_on"]
        widgets = {"due_on": DATE, "amount_mad": MONEY}

    def __init__(self, *args, agreement, **kwargs):
        super().__init__(*args, prefix="commitment", **kwargs)
        parties = Organization.objects.filter(agreement_parts__agreement=agreement).order_by("name_latin", "name_ar")
        self.fields["debtor"].queryset = parties
        self.fields["beneficiary"].queryset = parties
        self.fields["beneficiary"].empty_label = _("All the beneficiaries")
        self.instance.agreement = agreement


class SupportForm(forms.ModelForm):
    class Meta:
        model = Support
        fields = ["commitment", "recipient", "provider", "kind", "description", "quantity", "unit", "value_mad",
                  "people", "delivered_on", "evidence"]
        widgets = {"delivered_on": DATE, "value_mad": MONEY, "commitment": WrittenSelect}

    def __init__(self, *args, agreement, **kwargs):
        super().__init__(*args, prefix="support", **kwargs)
        parties = Organization.objects.filter(agreement_parts__agreement=agreement).order_by("name_latin", "name_ar")
        self.fields["recipient"].queryset = parties
        self.fields["provider"].queryset = parties
        self.fields["commitment"].queryset = agreement.commitments.filter(cancelled_on__isnull=True)
        self.fields["commitment"].required = True
        self.fields["kind"].choices = SupportKind.choices

    def _post_clean(self):
        """Validated by record_support, which says why a delivery does not fit its commitment."""


class AmendmentForm(forms.Form):
    signed_on = forms.DateField(label=_("Signed on"), widget=DATE)
    summary = forms.CharField(label=_("What it changes"), widget=forms.Textarea(attrs={"rows": 2}))
    document = forms.FileField(label=_("Signed document"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, prefix="amendment", **kwargs)


class CancelForm(forms.Form):
    reason = forms.CharField(label=_("Why it is cancelled"), widget=forms.Textarea(attrs={"rows": 2}))


class PortfolioFilterForm(forms.Form):
    """Narrow a portfolio to a year, a province, a sector; admins also choose whose portfolio."""

    organization = forms.ModelChoiceField(queryset=Organization.objects.none(), required=False,
                                          label=_("Sponsor"), empty_label=None)
    year = forms.IntegerField(label=_("Year"), required=False, min_value=2000, max_value=2100,
                              widget=forms.NumberInput(attrs={"inputmode": "numeric"}))
    province = CodeChoiceField(Province.objects.all(), to_field_name="code", required=False, label=_("Province"),
                               empty_label=_("All provinces"))
    sector = CodeChoiceField(Sector.objects.filter(parent__isnull=False), to_field_name="code", required=False,
                             label=_("Sector"), empty_label=_("All sectors"))

    def __init__(self, *args, sponsors=None, **kwargs):
        super().__init__(*args, **kwargs)
        if sponsors is None:
            del self.fields["organization"]
        else:
            self.fields["organization"].queryset = sponsors
