"""Opting out of a kind of message: a signed link in each message (its page asks to confirm), or a
STOP reply that the SMS or WhatsApp provider forwards to the inbound endpoint."""

from django.conf import settings
from django.core import signing
from django.urls import reverse
from django.utils import translation

from tadamon.notifications.enums import OptOutSource
from tadamon.notifications.models import ALL_KINDS, OptOut

SALT = "tadamon.notifications.stop"
# What people reply to stop every message (compared upper-cased, spaces removed).
STOP_WORDS = {"STOP", "ARRET", "ARRÊT", "STOPALL", "UNSUBSCRIBE", "توقف", "قف", "ايقاف", "إيقاف"}


def make_token(address: str, kind: str) -> str:
    return signing.dumps({"a": address, "k": kind}, salt=SALT, compress=True)


def read_token(token: str) -> tuple[str, str] | None:
    try:
        data = signing.loads(token, salt=SALT)
    except signing.BadSignature:
        return None
    if not isinstance(data, dict) or not data.get("a") or not data.get("k"):
        return None
    return data["a"], data["k"]


def stop_url(address: str, kind: str, language: str) -> str:
    with translation.override(language or "ar"):
        path = reverse("public:message_stop", args=[make_token(address, kind)])
    return settings.SITE_URL.rstrip("/") + path


def opt_out(address: str, kind: str = ALL_KINDS, source: str = OptOutSource.LINK) -> OptOut:
    optout, _created = OptOut.objects.get_or_create(address=address, kind=kind, defaults={"source": source})
    return optout


def is_opted_out(address: str, kind: str) -> bool:
    return OptOut.objects.filter(address=address, kind__in=[kind, ALL_KINDS]).exists()


def is_stop_word(text: str) -> bool:
    return "".join((text or "").split()).upper() in STOP_WORDS
