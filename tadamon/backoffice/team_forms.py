from django import forms
from django.utils.translation import gettext_lazy as _

from tadamon.accounts.enums import InvitedAs
from tadamon.common.phones import parse_phone
from tadamon.public.join_forms import BOARD_POSITIONS
from tadamon.registry.models import Person


class ClaimDecisionForm(forms.Form):
    decision = forms.ChoiceField(choices=[("approve", _("Approve")), ("refuse", _("Refuse"))],
                                 widget=forms.RadioSelect, label=_("Decision"))
    reason = forms.CharField(label=_("Reason (required to refuse; the claimant reads it)"), required=False,
                             widget=forms.Textarea(attrs={"rows": 3}), max_length=1000)

    def clean(self):
        data = super().clean()
        if data.get("decision") == "refuse" and not data.get("reason", "").strip():
            self.add_error("reason", _("Say why the claim is refused: the claimant reads it."))
        return data


class InvitationForm(forms.Form):
    """Invite someone to the cooperative's team: a board officer who manages it with the manager, or
    a member who gets an account to follow their trainings, certificates and fairs."""

    # No default: making someone a manager gives them the cooperative's keys, so it is chosen.
    invited_as = forms.ChoiceField(label=_("Invite as"), choices=InvitedAs.choices, widget=forms.RadioSelect)
    position = forms.ChoiceField(label=_("Position"), choices=[("", "—"), *BOARD_POSITIONS], required=False)
    person = forms.ModelChoiceField(label=_("Member"), queryset=Person.objects.none(), required=False,
                                    help_text=_("For a member's account: who in the member list."))
    name = forms.CharField(label=_("Name"), max_length=150, required=False)
    phone = forms.CharField(label=_("Mobile phone number"), max_length=30, required=False,
                            help_text=_("The link goes there by SMS. Leave empty to print a QR code instead."),
                            widget=forms.TextInput(attrs={"inputmode": "tel", "dir": "ltr"}))

    def __init__(self, *args, organization, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["person"].queryset = Person.objects.filter(
            memberships__organization=organization, memberships__end_date__isnull=True, account__isnull=True,
        ).order_by("last_name_ar", "last_name_latin", "pk")

    def clean_phone(self) -> str:
        return parse_phone(self.cleaned_data["phone"], mobile=True)

    def clean(self):
        data = super().clean()
        if data.get("invited_as") == InvitedAs.MEMBER and not data.get("person"):
            self.add_error("person", _("Choose the member in the list: their account shows their trainings."))
        if data.get("invited_as") == InvitedAs.MANAGER and not (data.get("name") or "").strip():
            self.add_error("name", _("Write the name of the person you invite."))
        return data
