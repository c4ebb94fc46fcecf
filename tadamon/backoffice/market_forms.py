from django import forms
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from tadamon.backoffice.forms import VersionedForm
from tadamon.market.models import Certification, Product
from tadamon.registry.models import Sector

DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


class ProductForm(VersionedForm):
    """A product. What matters comes first (its name in the page's language, price, unit, a photo
    taken with the phone); the rest is optional and folded away (`first_fields`, `more_fields`).
    A user who keeps one organisation's products chooses none: it is that one (`organization`),
    and its sector, when it is a product category, is the product's category by default."""

    image = forms.FileField(label=_("Photo"), required=False, widget=forms.ClearableFileInput(
        attrs={"accept": "image/*", "capture": "environment"}))

    class Meta:
        model = Product
        fields = ["organization", "name_ar", "name_fr", "name_en", "name_zgh", "description_ar", "description_fr",
                  "description_en", "category", "price_mad", "unit", "min_order", "stock", "availability",
                  "season_from", "season_to", "published"]
        widgets = {
            "name_ar": forms.TextInput(attrs={"dir": "rtl", "lang": "ar"}),
            "name_zgh": forms.TextInput(attrs={"dir": "ltr", "lang": "zgh"}),
            "description_ar": forms.Textarea(attrs={"rows": 3, "dir": "rtl", "lang": "ar"}),
            "description_fr": forms.Textarea(attrs={"rows": 3, "dir": "ltr", "lang": "fr"}),
            "description_en": forms.Textarea(attrs={"rows": 3, "dir": "ltr", "lang": "en"}),
            "price_mad": forms.NumberInput(attrs={"inputmode": "decimal", "step": "0.01"}),
        }

    def __init__(self, *args, organizations, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organization"].queryset = organizations.order_by("name_latin", "name_ar")
        self.fields["category"].queryset = Sector.objects.exclude(parent=None).select_related("parent")
        self.organization, self.default_category = None, None
        if self.instance.pk:
            del self.fields["organization"]  # a product stays with its maker
            del self.fields["image"]  # photos are added on the product's page
            return
        kept = list(organizations.select_related("sector")[:2])
        if len(kept) == 1:  # no chooser: the one organisation the user keeps
            self.organization = kept[0]
            del self.fields["organization"]
            sector = self.organization.sector
            if sector is not None and sector.parent_id is not None:
                self.default_category = sector
                self.fields["category"].required = False
                if not self.initial.get("category"):
                    self.initial["category"] = sector.pk

    def main_name(self) -> str:
        """The name field in the page's language (Arabic on a page in another language)."""
        name = f"name_{(get_language() or 'ar')[:2]}"
        return name if name in self.fields else "name_ar"

    def first_fields(self) -> list:
        names = ["organization", self.main_name(), "price_mad", "unit", "image"]
        if self.default_category is None:
            names.append("category")
        return [self[name] for name in names if name in self.fields]

    def more_fields(self) -> list:
        first = {field.name for field in self.first_fields()}
        return [field for field in self.visible_fields() if field.name not in first]

    def more_has_errors(self) -> bool:
        return any(field.errors for field in self.more_fields())

    def clean(self):
        data = super().clean()
        if not data.get("category") and self.default_category is not None:
            data["category"] = self.default_category
        if not (data.get("name_ar") or data.get("name_fr") or data.get("name_en")):
            self.add_error(self.main_name(), _("Give the product a name in at least one language."))
        if bool(data.get("season_from")) != bool(data.get("season_to")):
            self.add_error("season_to", _("Give both months of the season, or neither."))
        return data

    def product_fields(self) -> dict:
        return {k: v for k, v in self.cleaned_data.items() if k not in ("version", "organization", "image")}


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
