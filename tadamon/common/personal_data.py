"""Helpers for personal data under Law 09-08: masking for display, keyed hashing for matching."""

import hashlib
import hmac
import re

from django.conf import settings


def normalize_cin(cin: str | None) -> str:
    """CINs are written with spaces, dashes and lower case; compare them upper-cased and bare."""
    return re.sub(r"[^0-9A-Za-z]", "", cin or "").upper()


def cin_hash(cin: str | None) -> str:
    """A keyed hash of a CIN: equal CINs match, but the hash reveals nothing without the key."""
    cin = normalize_cin(cin)
    if not cin:
        return ""
    key = settings.PERSONAL_DATA_HASH_KEY.encode()
    return hmac.new(key, cin.encode(), hashlib.sha256).hexdigest()


def mask(value: str | int | None, keep_start: int = 2, keep_end: int = 2) -> str:
    """'AB123456' -> 'AB••••56'. Short values (a birth year) are masked whole."""
    if not value:
        return ""
    value = str(value)
    if len(value) <= keep_start + keep_end + 1:
        return "•" * len(value)
    return value[:keep_start] + "•" * (len(value) - keep_start - keep_end) + value[-keep_end:]


def shown_personal_data(person, *, visible: bool) -> dict:
    """A person's birth year, CIN and phone as a viewer sees them, the same on the member list, in
    the API and in exports: in clear when `visible` (registry.view_personal_data on the person's
    organisation), else masked ("••••" for a birth year, "JK••••56" for a CIN). A value the person
    does not have stays empty either way (None for the birth year, "" for the others), so a masked
    value always means "there is one, not for you"."""
    if visible:
        return {"birth_year": person.birth_year, "cin": person.cin, "phone": person.phone}
    return {"birth_year": mask(person.birth_year) or None, "cin": mask(person.cin), "phone": mask(person.phone)}
