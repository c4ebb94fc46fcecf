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


def mask(value: str | None, keep_start: int = 2, keep_end: int = 2) -> str:
    """'AB123456' -> 'AB••••56'. Short values are masked whole."""
    if not value:
        return ""
    value = str(value)
    if len(value) <= keep_start + keep_end + 1:
        return "•" * len(value)
    return value[:keep_start] + "•" * (len(value) - keep_start - keep_end) + value[-keep_end:]
