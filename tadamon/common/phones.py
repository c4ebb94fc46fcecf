"""Phone numbers as Moroccans write them, stored in E.164 (+212612345678).

Parsing is Google's libphonenumber (`phonenumbers`): 06…, 07…, +212…, 00212…, with spaces, dots,
dashes or Arabic-Indic digits all give the same number. Sign-in codes and SMS go to mobiles only.
"""

import phonenumbers
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

DEFAULT_REGION = "MA"
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "0123456789" * 2)
_MOBILE_TYPES = {phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE}

INVALID_PHONE = _("Enter a Moroccan phone number such as 0612345678, 06 12 34 56 78 or +212 612 345 678.")
NOT_A_MOBILE = _("This is not a mobile number: codes and messages go to numbers starting 06 or 07.")


def parse_phone(text: str | None, *, mobile: bool = False) -> str:
    """The number in E.164, or "" for an empty value; ValidationError with a message saying
    what to type when it is not a valid number (or, with `mobile`, not a mobile one)."""
    raw = (text or "").translate(_DIGITS).strip()
    if not raw:
        return ""
    try:
        number = phonenumbers.parse(raw, DEFAULT_REGION)
    except phonenumbers.NumberParseException:
        raise ValidationError(INVALID_PHONE, code="invalid_phone") from None
    if not phonenumbers.is_valid_number(number):
        raise ValidationError(INVALID_PHONE, code="invalid_phone")
    if mobile and phonenumbers.number_type(number) not in _MOBILE_TYPES:
        raise ValidationError(NOT_A_MOBILE, code="not_mobile")
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def phone_or_none(text: str | None, *, mobile: bool = False) -> str | None:
    """As `parse_phone`, but None where the text is not a valid number (for searches and lookups)."""
    try:
        return parse_phone(text, mobile=mobile) or None
    except ValidationError:
        return None


def display_phone(e164: str | None) -> str:
    """How a Moroccan reads a Moroccan number (06 12 34 56 78); others in international form."""
    if not e164:
        return ""
    try:
        number = phonenumbers.parse(e164, DEFAULT_REGION)
    except phonenumbers.NumberParseException:
        return e164
    if number.country_code == 212:
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def mask_phone(e164: str | None) -> str:
    """Enough of a number to recognise one's own (…5678), not enough to call it."""
    if not e164:
        return ""
    return "•••• " + e164[-4:]
