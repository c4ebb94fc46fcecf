"""A text field encrypted at rest with Fernet (AES-128-CBC + HMAC).

Written here rather than taken from a package because the packages we looked at derive
their key from SECRET_KEY, so rotating the session key would make every stored CIN
unreadable. Ours reads FIELD_ENCRYPTION_KEYS (newest first) and decrypts with any of them.
Encrypted values cannot be filtered on: look records up by a keyed hash instead.
"""

from functools import lru_cache

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.db import models


@lru_cache(maxsize=4)
def _fernet(keys: tuple[str, ...]) -> MultiFernet:
    if not keys:
        raise ImproperlyConfigured("FIELD_ENCRYPTION_KEYS is empty")
    return MultiFernet([Fernet(key.encode()) for key in keys])


def fernet() -> MultiFernet:
    return _fernet(tuple(settings.FIELD_ENCRYPTION_KEYS))


class EncryptedTextField(models.TextField):
    def get_prep_value(self, value):
        value = super().get_prep_value(value)
        if value in (None, ""):
            return value
        return fernet().encrypt(str(value).encode()).decode()

    def from_db_value(self, value, expression, connection):
        if value in (None, ""):
            return value
        try:
            return fernet().decrypt(value.encode()).decode()
        except InvalidToken as exc:
            raise ImproperlyConfigured(
                "Cannot decrypt a stored value: FIELD_ENCRYPTION_KEYS lacks the key it was written with"
            ) from exc

    def get_lookup(self, lookup_name):
        if lookup_name not in ("isnull",):
            raise TypeError(f"Encrypted fields cannot be filtered with '{lookup_name}'")
        return super().get_lookup(lookup_name)


class HttpsURLField(models.URLField):
    """A URL field whose forms add https:// (not http://) to an address typed without a scheme,
    as Django 6 will by default."""

    def formfield(self, **kwargs):
        return super().formfield(**{"assume_scheme": "https", **kwargs})
