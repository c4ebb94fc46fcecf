from django import forms
from django.utils.translation import gettext_lazy as _

from tadamon.common.forms import CodeChoiceField
from tadamon.events.enums import EventKind
from tadamon.programmes.domain.certificates import normalize_code
from tadamon.registry.domain.queries.directory import DirectoryFilters
from tadamon.registry.enums import Gender, OrganizationKind
from tadamon.registry.models import Province, Region, Sector


class DirectoryFilterForm(forms.Form):
    q = forms.CharField(label=_("Search"), required=False, max_length=100,
                        widget=forms.TextInput(attrs={"type": "search", "placeholder": _("Name in Arabic or Latin script")}))
    region = CodeChoiceField(Region.objects.all(), to_field_name="code", required=False, label=_("Region"),
                             empty_label=_("All regions"))
    province = CodeChoiceField(Province.objects.all(), to_field_name="code", required=False,
                               label=_("Province"), empty_label=_("All provinces"))
    kind = forms.ChoiceField(choices=[("", _("All kinds"))] + OrganizationKind.choices, required=False, label=_("Kind"))
    sector = CodeChoiceField(Sector.objects.select_related("parent"), to_field_name="code", required=False,
                             label=_("Sector"), empty_label=_("All sectors"))
    women = forms.BooleanField(required=False, label=_("Women's organisations"))
    youth = forms.BooleanField(required=False, label=_("Youth organisations"))

    def filters(self) -> DirectoryFilters:
        """The filters a valid form asks for; an invalid one (a stale code in a URL) filters nothing."""
        data = self.cleaned_data if self.is_valid() else {}
        return DirectoryFilters(
            q=data.get("q", ""),
            region=data["region"].code if data.get("region") else "",
            province=data["province"].code if data.get("province") else "",
            kind=data.get("kind", ""),
            sector=data["sector"].code if data.get("sector") else "",
            women=True if data.get("women") else None,
            youth=True if data.get("youth") else None,
        )


class CertificateCodeForm(forms.Form):
    code = forms.CharField(label=_("Verification code"), max_length=20,
                           widget=forms.TextInput(attrs={"placeholder": "XXXX-XXXX-XXXX", "autocomplete": "off",
                                                         "autocapitalize": "characters", "spellcheck": "false",
                                                         "dir": "ltr"}))

    def clean_code(self) -> str:
        code = normalize_code(self.cleaned_data["code"])
        if not code:
            raise forms.ValidationError(_("A verification code has 12 letters and digits, as printed on the "
                                          "certificate (e.g. 7K3M-Q9TD-X2PA)."))
        return code


class EventFilterForm(forms.Form):
    WHEN = [("upcoming", _("Upcoming")), ("past", _("Past")), ("all", _("All dates"))]

    kind = forms.ChoiceField(label=_("Kind"), required=False, choices=[("", _("All kinds"))])
    region = CodeChoiceField(Region.objects.all(), to_field_name="code", required=False, label=_("Region"),
                             empty_label=_("All regions"))
    when = forms.ChoiceField(label=_("When"), required=False, choices=WHEN)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["kind"].choices = [("", _("All kinds"))] + EventKind.choices


class EventRegistrationForm(forms.Form):
    full_name = forms.CharField(label=_("Full name"), max_length=200,
                                widget=forms.TextInput(attrs={"autocomplete": "name", "dir": "auto"}))
    gender = forms.ChoiceField(label=_("Gender"), choices=Gender.choices, widget=forms.RadioSelect)
    organization_name = forms.CharField(label=_("Organisation"), max_length=200, required=False,
                                        help_text=_("Your cooperative, association or company, if any."),
                                        widget=forms.TextInput(attrs={"dir": "auto"}))
    email = forms.EmailField(label=_("E-mail"), required=False,
                             help_text=_("We send your entry code there. Without it, keep the next page."))

