from django import forms
from django.conf import settings
from django.urls import reverse_lazy
from django.utils.translation import gettext_lazy as _

from tadamon.common.params import parse_id
from tadamon.common.phones import parse_phone
from tadamon.registry.models import Commune, Membership, Organization, Person, Province


class VersionedForm(forms.ModelForm):
    """Carries the version the user started from, so a concurrent edit is detected on save."""

    version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk and not self.is_bound:
            self.initial["version"] = self.instance.version


class OrganizationForm(VersionedForm):
    class Meta:
        model = Organization
        fields = [
            "kind", "name_ar", "name_latin", "name_zgh", "acronym", "sector", "registry_number", "creation_date", "status",
            "province", "commune", "address", "phone", "email", "website", "is_women", "is_youth", "description",
            "story_ar", "story_fr", "story_en", "public_phone", "public_whatsapp", "public_email",
        ]
        widgets = {
            "creation_date": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "name_ar": forms.TextInput(attrs={"dir": "rtl", "lang": "ar"}),
            "name_latin": forms.TextInput(attrs={"dir": "ltr"}),
            "name_zgh": forms.TextInput(attrs={"dir": "ltr", "lang": "zgh"}),
            "phone": forms.TextInput(attrs={"type": "tel", "dir": "ltr", "inputmode": "tel"}),
            "email": forms.EmailInput(attrs={"dir": "ltr"}),
            "website": forms.URLInput(attrs={"dir": "ltr"}),
            "description": forms.Textarea(attrs={"rows": 4}),
            "story_ar": forms.Textarea(attrs={"rows": 5, "dir": "rtl", "lang": "ar"}),
            "story_fr": forms.Textarea(attrs={"rows": 5, "dir": "ltr", "lang": "fr"}),
            "story_en": forms.Textarea(attrs={"rows": 5, "dir": "ltr", "lang": "en"}),
            "public_phone": forms.TextInput(attrs={"type": "tel", "dir": "ltr", "inputmode": "tel"}),
            "public_email": forms.EmailInput(attrs={"dir": "ltr"}),
        }
        help_texts = {
            "description": _("For the registry. The public page shows the story below."),
            "story_ar": _("Public: shown on the organisation's page to everyone. Write it in the languages you "
                          "can; a language left empty shows another one, labelled with its language."),
            "public_phone": _("Public: shown to everyone on the organisation's page. A business number, never a "
                              "member's own number. Leave empty to show no phone."),
            "public_whatsapp": _("Public: adds a WhatsApp button for this number."),
            "public_email": _("Public: shown to everyone on the organisation's page."),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["province"].queryset = Province.objects.select_related("region")
        # Only the communes of the chosen province; htmx refreshes them when the province changes.
        province_id = self.data.get("province") if self.is_bound else self.instance.province_id
        communes = Commune.objects.all()
        self.fields["commune"].queryset = (
            communes.filter(province_id=parse_id(province_id)) if parse_id(province_id) else communes.none()
        )
        self.fields["province"].widget.attrs.update({
            "hx-get": reverse_lazy("backoffice:commune_options"), "hx-target": "#id_commune", "hx-trigger": "change",
        })
        self.fields["name_ar"].required = False
        self.fields["name_latin"].required = False

    def clean_public_phone(self):
        return parse_phone(self.cleaned_data.get("public_phone"))

    def clean(self):
        data = super().clean()
        if data.get("public_whatsapp") and not data.get("public_phone"):
            self.add_error("public_whatsapp", _("Give the public phone that takes WhatsApp messages."))
        if not data.get("name_ar") and not data.get("name_latin"):
            self.add_error("name_ar", _("Give the name in Arabic, in Latin script, or both."))
        commune, province = data.get("commune"), data.get("province")
        if commune and province and commune.province_id != province.pk:
            self.add_error("commune", _("This commune is not in the chosen province."))
        return data


class MemberForm(VersionedForm):
    """A person and their membership of one organisation, edited together."""

    role = forms.ChoiceField(label=_("Role"), choices=Membership._meta.get_field("role").choices)
    start_date = forms.DateField(label=_("Member since"), required=False,
                                 widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"))

    class Meta:
        model = Person
        fields = ["first_name_ar", "last_name_ar", "first_name_latin", "last_name_latin", "first_name_zgh",
                  "last_name_zgh", "gender", "birth_year", "cin", "phone"]
        widgets = {
            "first_name_ar": forms.TextInput(attrs={"dir": "rtl", "lang": "ar"}),
            "last_name_ar": forms.TextInput(attrs={"dir": "rtl", "lang": "ar"}),
            "first_name_zgh": forms.TextInput(attrs={"dir": "ltr", "lang": "zgh"}),
            "last_name_zgh": forms.TextInput(attrs={"dir": "ltr", "lang": "zgh"}),
            "cin": forms.TextInput(attrs={"dir": "ltr", "autocomplete": "off"}),
            "phone": forms.TextInput(attrs={"type": "tel", "dir": "ltr", "inputmode": "tel"}),
        }
        help_texts = {"cin": _("Optional. Stored encrypted; only people allowed to see it can read it back.")}

    def __init__(self, *args, membership=None, **kwargs):
        super().__init__(*args, **kwargs)
        if membership is not None and not self.is_bound:
            self.initial.update(role=membership.role, start_date=membership.start_date)

    def clean(self):
        data = super().clean()
        if not (data.get("first_name_ar") or data.get("last_name_ar")) and not (
            data.get("first_name_latin") or data.get("last_name_latin")
        ):
            self.add_error("last_name_ar", _("Give the name in Arabic, in Latin script, or both."))
        return data

    def validate_unique(self):
        # Uniqueness of the CIN is decided by domain.people (the same CIN may mean the same person).
        pass

    def person_fields(self) -> dict:
        return {name: self.cleaned_data[name] for name in self.Meta.fields}

    def membership_fields(self) -> dict:
        return {"role": self.cleaned_data["role"], "start_date": self.cleaned_data["start_date"]}


class ImportForm(forms.Form):
    file = forms.FileField(label=_("File (CSV or XLSX)"),
                           widget=forms.ClearableFileInput(attrs={"accept": ".csv,.xlsx"}))
    dry_run = forms.BooleanField(label=_("Check only, write nothing"), required=False)

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if not upload.name.lower().endswith((".csv", ".xlsx")):
            raise forms.ValidationError(_("Choose a .csv or .xlsx file."))
        limit = settings.IMPORT_MAX_UPLOAD_BYTES
        if upload.size > limit:
            raise forms.ValidationError(_("The file is larger than %(size)d MB: split it into several files.")
                                        % {"size": limit // (1024 * 1024)})
        return upload
