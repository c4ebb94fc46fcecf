"""Forms of the buyer's side: an order or a question to one cooperative, a message on an order,
asking for one's order links again, and signing up as a buyer."""

from django import forms
from django.contrib.auth import get_user_model, password_validation
from django.utils.translation import gettext_lazy as _

from tadamon.market.domain.orders import BuyerDetails
from tadamon.market.enums import OrderKind
from tadamon.market.models import Order

# A cooperative's order form lists at most this many of its products (the one chosen first).
MAX_PRODUCTS_ON_FORM = 40


class OrderForm(forms.ModelForm):
    """The buyer's details and message, plus a quantity per product of the cooperative (`qty_<id>`).
    A signed-in buyer's name and e-mail come from their account."""

    kind = forms.ChoiceField(label=_("What do you want to send?"), choices=OrderKind.choices,
                             widget=forms.RadioSelect, initial=OrderKind.ORDER)

    class Meta:
        model = Order
        fields = ["kind", "buyer_name", "buyer_email", "buyer_phone", "buyer_company", "city", "country",
                  "delivery_address", "message"]
        widgets = {"delivery_address": forms.Textarea(attrs={"rows": 2}),
                   "message": forms.Textarea(attrs={"rows": 3}),
                   "buyer_email": forms.EmailInput(attrs={"autocomplete": "email", "dir": "ltr"}),
                   "buyer_phone": forms.TextInput(attrs={"autocomplete": "tel", "dir": "ltr", "inputmode": "tel"}),
                   "buyer_name": forms.TextInput(attrs={"autocomplete": "name"})}

    def __init__(self, *args, products, chosen=None, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.products = list(products)
        self.user = user  # the buyer account ordering (the view passes it only for one), or None: a guest
        for product in self.products:
            self.fields[f"qty_{product.pk}"] = forms.DecimalField(
                label=product.name.text, required=False, min_value=0, max_digits=10, decimal_places=2,
                initial=f"{product.min_order.normalize():f}" if chosen is not None and product.pk == chosen.pk else None,
                widget=forms.NumberInput(attrs={"step": "any", "inputmode": "decimal", "min": 0}))
        if self.user:
            for name in ("buyer_name", "buyer_email"):
                del self.fields[name]
        self.fields["message"].label = _("Message to the cooperative")
        self.fields["message"].help_text = _("Required for a question.")

    def quantity_fields(self):
        """(product, bound field) pairs, for the table of products."""
        return [(product, self[f"qty_{product.pk}"]) for product in self.products]

    def details_fields(self):
        return [self[name] for name in self.Meta.fields if name in self.fields and name not in ("kind", "message")]

    def lines(self):
        return [(product, self.cleaned_data.get(f"qty_{product.pk}")) for product in self.products]

    def buyer(self) -> BuyerDetails:
        data = self.cleaned_data
        name = (self.user.get_full_name() or self.user.username) if self.user else data["buyer_name"]
        email = self.user.email if self.user else data["buyer_email"]
        return BuyerDetails(name=name, email=email, phone=data["buyer_phone"], company=data["buyer_company"],
                            city=data["city"], country=data["country"], delivery_address=data["delivery_address"])

    def _post_clean(self):
        """The order is built by place_order, not saved from this form: skip the model's validation."""


class OrderLinksForm(forms.Form):
    email = forms.EmailField(label=_("E-mail you ordered with"),
                             widget=forms.EmailInput(attrs={"autocomplete": "email", "dir": "ltr"}))


class BuyerSignupForm(forms.Form):
    name = forms.CharField(label=_("Your name"), max_length=150,
                           widget=forms.TextInput(attrs={"autocomplete": "name"}))
    email = forms.EmailField(label=_("E-mail"), widget=forms.EmailInput(attrs={"autocomplete": "email",
                                                                             "dir": "ltr"}))
    password = forms.CharField(label=_("Password"), strip=False,
                               widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
                               help_text=_("At least 12 characters; not only digits, not a common word."))

    def clean_email(self) -> str:
        email = self.cleaned_data["email"].strip().lower()
        accounts = get_user_model().objects.filter(username__iexact=email)
        # A buyer who signed up and never opened the link may sign up again (a new link is sent).
        if accounts.exclude(role="buyer", is_active=False, last_login=None).exists():
            raise forms.ValidationError(_("An account already uses this e-mail. Sign in, or reset its password."))
        return email

    def clean(self):
        data = super().clean()
        if data.get("password"):
            user = get_user_model()(username=data.get("email", ""), email=data.get("email", ""),
                                    first_name=data.get("name", ""))
            try:
                password_validation.validate_password(data["password"], user)
            except forms.ValidationError as error:
                self.add_error("password", error)
        return data
