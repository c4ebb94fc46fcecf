from django import forms
from django.utils.translation import gettext_lazy as _

from tadamon.common.forms import CodeChoiceField
from tadamon.common.validators import validate_name_has_letters
from tadamon.registry.enums import MemberRole, OrganizationKind
from tadamon.registry.models import Province, Sector

BOARD_POSITIONS = [(value, label) for value, label in MemberRole.choices if value != MemberRole.MEMBER]


class FindForm(forms.Form):
    q = forms.CharField(label=_("Name of the cooperative"), required=False, max_length=100,
                        help_text=_("In Arabic or Latin letters, as you write it."))
    province = CodeChoiceField(Province.objects.all(), to_field_name="code", required=False,
                               label=_("Province"), empty_label=_("All provinces"))
    registry_number = forms.CharField(label=_("Registry number"), required=False, max_length=50)

    def clean(self):
        data = super().clean()
        if not (data.get("q", "").strip() or data.get("registry_number", "").strip()):
            raise forms.ValidationError(_("Type the cooperative's name or its registry number."))
        return data


class ClaimantForm(forms.Form):
    first_name = forms.CharField(label=_("Your first name"), max_length=150)
    last_name = forms.CharField(label=_("Your last name"), max_length=150)
    position = forms.ChoiceField(label=_("Your role in the cooperative"), choices=BOARD_POSITIONS)


class ProposedOrganizationForm(ClaimantForm):
    """A cooperative not found in the registry; the claimant's own fields come after."""

    name_ar = forms.CharField(label=_("Name in Arabic"), max_length=255, required=False,
                              validators=[validate_name_has_letters])
    name_latin = forms.CharField(label=_("Name in Latin script"), max_length=255, required=False,
                                 validators=[validate_name_has_letters])
    kind = forms.ChoiceField(label=_("Kind"), choices=[
        (OrganizationKind.COOPERATIVE, OrganizationKind.COOPERATIVE.label),
        (OrganizationKind.ASSOCIATION, OrganizationKind.ASSOCIATION.label),
        (OrganizationKind.EIG, OrganizationKind.EIG.label),
    ])
    province = CodeChoiceField(Province.objects.all(), to_field_name="code", label=_("Province"))
    sector = CodeChoiceField(Sector.objects.select_related("parent"), to_field_name="code", required=False,
                             label=_("Sector"))
    registry_number = forms.CharField(label=_("Registry number"), max_length=50, required=False,
                                      help_text=_("If the cooperative has one already."))

    field_order = ["name_ar", "name_latin", "kind", "province", "sector", "registry_number",
                   "first_name", "last_name", "position"]

    def clean(self):
        data = super().clean()
        if not (data.get("name_ar", "").strip() or data.get("name_latin", "").strip()):
            raise forms.ValidationError(_("Write the cooperative's name, in Arabic or in Latin letters."))
        return data

    def proposed(self) -> dict:
        return {name: self.cleaned_data[name] for name in
                ("name_ar", "name_latin", "kind", "province", "sector", "registry_number")}

    def claimant(self) -> dict:
        return {name: self.cleaned_data[name] for name in ("first_name", "last_name", "position")}


class InvitationAcceptForm(forms.Form):
    first_name = forms.CharField(label=_("Your first name"), max_length=150, required=False)
    last_name = forms.CharField(label=_("Your last name"), max_length=150, required=False)
