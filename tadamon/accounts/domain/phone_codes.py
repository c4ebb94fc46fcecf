"""One-time sign-in codes sent to a mobile (django-otp does the codes: random digits, expiry,
single use, slower tries after wrong ones). What a visitor sees never depends on whether a
number has an account: asking for a code for an unknown number sends nothing and shows the
same page; any code typed for it is "wrong or expired", like a wrong one."""

import re

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils.translation import get_language

from tadamon.accounts.models import PhoneCode
from tadamon.notifications import Recipient, notify
from tadamon.notifications.enums import Channel

_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "0123456789" * 2)


def account_for_phone(phone: str):
    return get_user_model().objects.filter(phone=phone, is_active=True).first()


def send_code(phone: str, *, to_anyone: bool = False) -> bool:
    """Send a sign-in code to `phone` (E.164) if it has an active account, or to any mobile with
    `to_anyone` (someone registering their cooperative proves the number is theirs). Within the
    cool-down after a code, nothing new is sent: the code already sent still works.
    Whether something was sent is for tests and logs, never for the page."""
    user = account_for_phone(phone)
    if user is None and not to_anyone:
        return False
    with transaction.atomic():
        device, _created = PhoneCode.objects.select_for_update().get_or_create(phone=phone, defaults={"user": user})
        device.user = user
        allowed, _why = device.generate_is_allowed()
        if not allowed:
            device.save(update_fields=["user"])
            return False
        device.generate_token(length=settings.SIGN_IN_CODE_DIGITS, valid_secs=settings.SIGN_IN_CODE_VALID_SECONDS,
                              commit=False)
        device.cooldown_set(commit=False)
        device.save()
        code = device.token
    channel = user.preferred_channel if user and user.preferred_channel != Channel.EMAIL else Channel.SMS
    language = user.preferred_language if user else (get_language() or settings.LANGUAGE_CODE)
    notify("sign_in_code", Recipient(phone=phone, language=language, channel=channel),
           {"code": code, "minutes": settings.SIGN_IN_CODE_VALID_SECONDS // 60})
    return True


def check_code(phone: str, code: str) -> bool:
    """Whether `code` is the live code of `phone`; a right code works once. Wrong codes make the
    next try wait longer (exponentially), so guessing six digits is hopeless."""
    code = (code or "").translate(_DIGITS).replace(" ", "").strip()
    if not re.fullmatch(r"[0-9]{4,12}", code):  # ASCII digits only: "²" is a digit to str.isdigit()
        return False
    with transaction.atomic():
        device = PhoneCode.objects.select_for_update().filter(phone=phone).first()
        if device is None or not device.verify_is_allowed()[0]:
            return False
        if device.verify_token(code):
            device.throttle_reset()
            return True
        device.throttle_increment()
        return False
