from django import forms
from django.utils.translation import gettext_lazy as _

from tadamon.events.enums import EventKind
from tadamon.market.domain.catalogue import CatalogueFilters
from tadamon.market.enums import CertificationType
from tadamon.programmes.domain.certificates import normalize_code
from tadamon.registry.domain.queries.directory import DirectoryFilters
from tadamon.registry.enums import Gender, OrganizationKind
from tadamon.registry.models import Province, Region, Sector


class CodeChoiceField(forms.ModelChoiceField):
    """Chooses a territory or sector by its code, so URLs stay readable (?region=MA-08)."""

    def label_from_instance(self, obj):
        return obj.name


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


class CatalogueFilterForm(forms.Form):
    SORTS = [("name", _("Name")), ("price", _("Price, lowest first")), ("-price", _("Price, highest first")),
             ("new", _("Newest"))]

    q = forms.CharField(label=_("Search"), required=False, max_length=100,
                        widget=forms.TextInput(attrs={"type": "search", "placeholder": _("Argan oil, dates, زيت…")}))
    category = CodeChoiceField(Sector.objects.select_related("parent"), to_field_name="code", required=False,
                               label=_("Category"), empty_label=_("All categories"))
    region = CodeChoiceField(Region.objects.all(), to_field_name="code", required=False, label=_("Region"),
                             empty_label=_("All regions"))
    province = CodeChoiceField(Province.objects.all(), to_field_name="code", required=False,
                               label=_("Province"), empty_label=_("All provinces"))
    certification = forms.ChoiceField(label=_("Certification"), required=False,
                                      choices=[("", _("Any"))] + CertificationType.choices)
    women = forms.BooleanField(required=False, label=_("Women's cooperatives"))
    youth = forms.BooleanField(required=False, label=_("Youth cooperatives"))
    price_min = forms.DecimalField(label=_("Price from (MAD)"), required=False, min_value=0)
    price_max = forms.DecimalField(label=_("Price up to (MAD)"), required=False, min_value=0)
    sort = forms.ChoiceField(label=_("Sort by"), required=False, choices=SORTS)

    def filters(self) -> CatalogueFilters:
        if not self.is_valid():
            return CatalogueFilters()
        data = self.cleaned_data
        return CatalogueFilters(
            q=data["q"], category=data["category"].code if data["category"] else "",
            region=data["region"].code if data["region"] else "",
            province=data["province"].code if data["province"] else "", certification=data["certification"],
            women=data["women"] or None, youth=data["youth"] or None, price_min=data["price_min"],
            price_max=data["price_max"], sort=data["sort"] or "name")
