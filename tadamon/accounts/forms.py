from django import forms
from django.utils.translation import gettext_lazy as _

from tadamon.common.phones import parse_phone


class PhoneForm(forms.Form):
    """A Moroccan mobile, written any way people write it (06…, +212…, 00212…, spaces, dots)."""

    phone = forms.CharField(
        label=_("Mobile phone number"), max_length=30,
        help_text=_("The number of your phone, e.g. 06 12 34 56 78. We send you a code by SMS."),
        widget=forms.TextInput(attrs={"inputmode": "tel", "autocomplete": "tel", "dir": "ltr"}),
    )

    def clean_phone(self) -> str:
        return parse_phone(self.cleaned_data["phone"], mobile=True)


class CodeForm(forms.Form):
    code = forms.CharField(
        label=_("Code received by SMS"), max_length=12,
        widget=forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "one-time-code", "dir": "ltr",
                                      "pattern": "[0-9٠-٩ ]*"}),
    )


class MessagePreferencesForm(forms.ModelForm):
    """How a signed-in person wants the platform's messages: by SMS, WhatsApp or e-mail, in which
    language. A channel needs its address: a phone for SMS and WhatsApp, an e-mail for e-mail."""

    class Meta:
        from tadamon.accounts.models import User

        model = User
        fields = ["preferred_channel", "preferred_language"]
        widgets = {"preferred_channel": forms.RadioSelect, "preferred_language": forms.RadioSelect}

    def clean_preferred_channel(self) -> str:
        from tadamon.notifications.enums import Channel

        channel = self.cleaned_data["preferred_channel"]
        if channel in (Channel.SMS, Channel.WHATSAPP) and not self.instance.phone:
            raise forms.ValidationError(_("Your account has no mobile number: choose e-mail."))
        if channel == Channel.EMAIL and not self.instance.email:
            raise forms.ValidationError(_("Your account has no e-mail address: choose SMS or WhatsApp."))
        return channel
