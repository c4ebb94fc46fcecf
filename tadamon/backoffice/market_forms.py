from django import forms
from django.utils.translation import gettext_lazy as _

from tadamon.backoffice.forms import VersionedForm
from tadamon.market.models import Certification, Product
from tadamon.registry.models import Sector

DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


class ProductForm(VersionedForm):
    class Meta:
        model = Product
        fields = ["organization", "name_ar", "name_fr", "name_en", "description_ar", "description_fr",
                  "description_en", "category", "price_mad", "unit", "min_order", "stock", "availability",
                  "season_from", "season_to", "published"]
        widgets = {
            "name_ar": forms.TextInput(attrs={"dir": "rtl", "lang": "ar"}),
            "description_ar": forms.Textarea(attrs={"rows": 3, "dir": "rtl", "lang": "ar"}),
            "description_fr": forms.Textarea(attrs={"rows": 3, "dir": "ltr", "lang": "fr"}),
            "description_en": forms.Textarea(attrs={"rows": 3, "dir": "ltr", "lang": "en"}),
            "price_mad": forms.NumberInput(attrs={"inputmode": "decimal", "step": "0.01"}),
        }

    def __init__(self, *args, organizations, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organization"].queryset = organizations.order_by("name_latin", "name_ar")
        self.fields["category"].queryset = Sector.objects.exclude(parent=None).select_related("parent")
        if self.instance.pk:
            del self.fields["organization"]  # a product stays with its maker

    def clean(self):
        data = super().clean()
        if not (data.get("name_ar") or data.get("name_fr") or data.get("name_en")):
            self.add_error("name_ar", _("Give the product a name in at least one language."))
        if bool(data.get("season_from")) != bool(data.get("season_to")):
            self.add_error("season_to", _("Give both months of the season, or neither."))
        return data

    def product_fields(self) -> dict:
        return {k: v for k, v in self.cleaned_data.items() if k not in ("version", "organization")}


class PhotoForm(forms.Form):
    image = forms.FileField(label=_("Photo"), widget=forms.ClearableFileInput(attrs={"accept": "image/*",
                                                                                    "capture": "environment"}))
    alt = forms.CharField(label=_("What the photo shows"), max_length=200, required=False)


class CertificationForm(forms.ModelForm):
    class Meta:
        model = Certification
        fields = ["product", "kind", "issuer", "number", "issued_on", "expires_on", "document"]
        widgets = {"issued_on": DATE, "expires_on": DATE}

    def __init__(self, *args, organization, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.organization = organization
        self.fields["product"].queryset = organization.products.all()
        self.fields["product"].empty_label = _("The whole organisation")
