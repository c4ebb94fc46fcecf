"""Buyer accounts: a buyer signs up with their e-mail, opens the link sent to it, and from then
on follows all their orders in one place (the ones they sent as a guest from that address too).
A buyer account has no organisation and no back-office permission."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.tokens import default_token_generator
from django.db import transaction
from django.urls import reverse
from django.utils import translation
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from django.utils.translation import gettext as _

from tadamon.accounts.enums import Role
from tadamon.market.domain.orders import attach_guest_orders
from tadamon.notifications import Recipient, notify


def activation_link(user) -> str:
    with translation.override(user.preferred_language):
        return settings.SITE_URL.rstrip("/") + reverse("public:buyer_activate", args=[
            urlsafe_base64_encode(force_bytes(user.pk)), default_token_generator.make_token(user)])


@transaction.atomic
def sign_up(*, name: str, email: str, password: str, language: str):
    """Create the account, inactive until the e-mail's link is opened, and send that link. Signing up
    again before opening it replaces the name and password and sends a new link."""
    User = get_user_model()
    email = email.strip().lower()
    user = User.objects.filter(username=email, role=Role.BUYER, is_active=False, last_login=None).first()
    if user is None:
        user = User(username=email, role=Role.BUYER)
    user.email, user.first_name, user.is_active, user.preferred_language = email, name.strip(), False, language
    user.set_password(password)
    user.save()
    with translation.override(language):
        subject = _("Confirm your Tadamon buyer account")
        text = _("Hello %(name)s,\n\nOpen this link to confirm your e-mail and start following your orders:\n"
                 "%(url)s\n\nIf you did not ask for an account, ignore this e-mail.\n\nTadamon") % {
            "name": user.first_name, "url": activation_link(user)}
    notify("buyer_account", Recipient(email=email, language=language, channel="email", name=user.first_name),
           {"subject": subject, "text": text})
    return user


@transaction.atomic
def activate(user) -> int:
    """The e-mail is proven: open the account and bring in the guest orders sent from it."""
    user.is_active = True
    user.save(update_fields=["is_active"])
    return attach_guest_orders(user)
