"""Forms shared by the public pages, the back office and the API: the catalogue's filters (read
from a query string) and the message that goes with a move on an order."""

from django import forms
from django.utils.translation import gettext_lazy as _

from tadamon.common.forms import CodeChoiceField
from tadamon.events.models import Event
from tadamon.market.domain.catalogue import CatalogueFilters
from tadamon.market.enums import CertificationType
from tadamon.registry.domain.queries.directory import public_organizations
from tadamon.registry.models import Province, Region, Sector


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
    # ?event=<id>: the products of that fair's exhibitors (its page links here).
    event = forms.ModelChoiceField(Event.objects.all(), required=False, widget=forms.HiddenInput)
    # ?organization=<id>: one organisation's products (its public page links here).
    organization = forms.ModelChoiceField(public_organizations(), required=False, widget=forms.HiddenInput)

    def filters(self) -> CatalogueFilters:
        if not self.is_valid():
            return CatalogueFilters()
        data = self.cleaned_data
        return CatalogueFilters(
            q=data["q"], category=data["category"].code if data["category"] else "",
            region=data["region"].code if data["region"] else "",
            province=data["province"].code if data["province"] else "", certification=data["certification"],
            women=data["women"] or None, youth=data["youth"] or None, price_min=data["price_min"],
            price_max=data["price_max"], sort=data["sort"] or "name",
            event=data["event"].pk if data["event"] else None,
            organization=data["organization"].pk if data["organization"] else None)


class OrderMessageForm(forms.Form):
    """The message written with a move on an order (required for some: the domain says which)."""

    message = forms.CharField(label=_("Message"), required=False, widget=forms.Textarea(attrs={"rows": 3}),
                              max_length=4000)
