"""The buyer's side of orders: ordering from a cooperative (or asking it a question), the order's
page (reached from the link in every e-mail, which also confirms a guest's address), a buyer's
orders, and buyer accounts."""

from django.contrib import messages
from django.contrib.auth import get_user_model, login
from django.contrib.auth.tokens import default_token_generator
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import translation
from django.utils.encoding import force_str
from django.utils.http import urlsafe_base64_decode
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from tadamon.accounts.access import may
from tadamon.accounts.enums import Role
from tadamon.common.attachment_forms import AttachmentForm
from tadamon.common.attachments import attachment_response
from tadamon.common.i18n import by_name
from tadamon.common.ratelimits import limited
from tadamon.market.domain import buyers
from tadamon.market.domain import orders as order_domain
from tadamon.market.domain.order_mail import send_order_links
from tadamon.market.domain.queries.orders import orders_of_buyer
from tadamon.market.enums import OrderStatus
from tadamon.market.forms import OrderMessageForm
from tadamon.market.models import Order, OrderAttachment
from tadamon.public.order_forms import (
    MAX_PRODUCTS_ON_FORM,
    BuyerSignupForm,
    OrderForm,
    OrderLinksForm,
)
from tadamon.public.product_views import public_products


@limited("order", "POST")
def order_create(request, pk: int):
    """Order from, or ask a question to, the cooperative of a product: its published products are
    listed with a quantity each, the chosen one filled with its minimum order."""
    chosen = get_object_or_404(public_products().select_related("organization"), pk=pk)
    organization = chosen.organization
    others = (public_products().filter(organization=organization).exclude(pk=chosen.pk)
              .order_by(by_name("name_ar", "name_fr"), "pk")[:MAX_PRODUCTS_ON_FORM - 1])
    form = OrderForm(request.POST or None, products=[chosen, *others], chosen=chosen,
                     user=request.user if may(request, "market.follow_own_orders") else None,
                     initial={"kind": request.GET.get("kind", "order")})
    if request.method == "POST" and form.is_valid():
        try:
            order = order_domain.place_order(
                organization, kind=form.cleaned_data["kind"], lines=form.lines(), buyer=form.buyer(),
                message=form.cleaned_data["message"], user=request.user, language=translation.get_language())
        except ValidationError as error:
            form.add_error(None, error)
        else:
            if order.status == OrderStatus.SUBMITTED:
                messages.success(request, _("Sent to %(organization)s. You will get an e-mail when they answer.") % {
                    "organization": organization})
                return redirect("public:order", order.token)
            request.session["order_sent_to"] = order.buyer_email
            return redirect("public:order_sent")
    return render(request, "public/order_form.html", {"form": form, "product": chosen, "organization": organization})


def order_sent(request):
    """A guest's order waits for their e-mail: say where the link went."""
    return render(request, "public/order_sent.html", {"email": request.session.get("order_sent_to", "")})


def _order_by_token(token: str) -> Order:
    return get_object_or_404(Order.objects.select_related("organization__province"), token=token)


@limited("order_message", "POST")
def order_page(request, token: str):
    """The buyer's page of one order: status, lines, the history both sides write, and what the
    buyer may do now (the button pressed names the move). Opening it from the e-mail confirms a
    guest's address. A refused move shows the page again with the message as it was typed."""
    order = _order_by_token(token)
    if order.status == OrderStatus.UNVERIFIED and order_domain.verify_email(order):
        messages.success(request, _("Your e-mail is confirmed: %(organization)s has received your %(kind)s.") % {
            "organization": order.organization, "kind": order.get_kind_display().lower()})
    form = OrderMessageForm(request.POST or None)
    files = AttachmentForm(request.POST if request.method == "POST" else None, request.FILES or None, prefix="attach")
    if request.method == "POST" and all([form.is_valid(), files.is_valid()]):
        try:
            order_domain.move(order, request.POST.get("move", ""), user=request.user, by_buyer=True,
                              message=form.cleaned_data["message"], attachments=files.checked)
        except PermissionDenied:
            raise Http404 from None
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, DONE.get(request.POST.get("move", ""), DONE["write"]))
            return redirect("public:order", order.token)
    return render(request, "public/order.html", {
        "order": order, "lines": order.lines.select_related("product"),
        "updates": order.updates.select_related("author").prefetch_related("attachments"),
        "moves": order_domain.moves_for(order, by_buyer=True), "form": form, "files": files},
        status=400 if form.errors or files.errors else 200)


DONE = {  # what the buyer's click did, said back on the page it leads to
    "write": gettext_lazy("Your message is sent: the cooperative is told."),
    "received": gettext_lazy("Thank you: the order is marked as delivered to you, and the cooperative is told."),
    "cancel": gettext_lazy("Your order is cancelled: the cooperative is told."),
}


def order_attachment(request, token: str, attachment_pk: int):
    """A voice note or photo of the order's history, for the holder of the order's link."""
    order = _order_by_token(token)
    return attachment_response(request, get_object_or_404(OrderAttachment, pk=attachment_pk, update__order=order))


@limited("password_reset", "POST")  # like a password reset, it sends e-mail to any address typed
def my_orders(request):
    """A buyer account's orders; for a guest, a form that e-mails the links to their orders."""
    if may(request, "market.follow_own_orders"):
        orders = orders_of_buyer(request.user).select_related("organization")
        return render(request, "public/my_orders.html", {"orders": orders})
    form = OrderLinksForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        send_order_links(form.cleaned_data["email"].lower())
        # The same answer whether or not the address has orders: the page does not tell who ordered.
        messages.success(request, _("If orders were sent from this address, their links are on their way to it."))
        return redirect("public:my_orders")
    return render(request, "public/my_orders.html", {"form": form})


@limited("buyer_signup", "POST")
def buyer_signup(request):
    if request.user.is_authenticated:
        return redirect("public:my_orders")
    form = BuyerSignupForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        buyers.sign_up(name=form.cleaned_data["name"], email=form.cleaned_data["email"],
                       password=form.cleaned_data["password"], language=translation.get_language())
        return render(request, "public/buyer_signup_sent.html", {"email": form.cleaned_data["email"]})
    return render(request, "public/buyer_signup.html", {"form": form})


def buyer_activate(request, uidb64: str, token: str):
    try:
        user = get_user_model().objects.get(pk=force_str(urlsafe_base64_decode(uidb64)), role=Role.BUYER)
    except (ValueError, TypeError, OverflowError, get_user_model().DoesNotExist):
        user = None
    if user is None or not default_token_generator.check_token(user, token):
        return render(request, "public/buyer_activate_failed.html", status=400)
    attached = buyers.activate(user)
    login(request, user, backend="django.contrib.auth.backends.ModelBackend")
    messages.success(request, _("Your account is ready.") + (" " + _(
        "The orders you sent from this address are listed here.") if attached else ""))
    return redirect("public:my_orders")
