"""The kinds of message the platform sends: a name, a label for the opt-out page and the log,
whether a person may opt out of it, the context keys it needs, and how it reads.

A kind's `render(context)` runs under `translation.override(language)` and returns a `Content`:
the short text (SMS and WhatsApp), and the subject and body of an e-mail (the short text, when the
kind has no longer one). Texts are gettext strings, as elsewhere in Tadamon, so the catalogues in
`tadamon/locale` hold them (Arabic, French, English; Tamazight when it lands).
"""

from collections.abc import Callable
from dataclasses import dataclass, field

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy


@dataclass(frozen=True)
class Content:
    text: str
    subject: str = ""
    email: str = ""

    def __post_init__(self):
        for name in ("text", "subject", "email"):  # InLanguage values and lazy strings, rendered now
            object.__setattr__(self, name, str(getattr(self, name)))

    @property
    def email_body(self) -> str:
        return self.email or self.text


@dataclass(frozen=True)
class Kind:
    name: str
    label: object
    render: Callable[[dict], Content]
    opt_out: bool = True
    keys: tuple[str, ...] = ()
    # Sent by SMS when the recipient has a phone, whatever channel they prefer (sign-in codes).
    prefers_sms: bool = False
    extra: dict = field(default_factory=dict)


KINDS: dict[str, Kind] = {}


class InLanguage:
    """A context value worked out in the language the message is rendered in:
    `InLanguage(lambda: str(event.name))`, `InLanguage(lambda: date_format(day))`."""

    def __init__(self, function: Callable[[], object]):
        self.function = function

    def __str__(self) -> str:
        return str(self.function())


def register(name: str, label, *, keys: tuple[str, ...] = (), opt_out: bool = True, prefers_sms: bool = False):
    def decorator(render: Callable[[dict], Content]) -> Callable[[dict], Content]:
        KINDS[name] = Kind(name, label, render, opt_out=opt_out, keys=keys, prefers_sms=prefers_sms)
        return render
    return decorator


def get_kind(name: str) -> Kind:
    try:
        return KINDS[name]
    except KeyError:
        raise ValueError(f"Unknown kind of message: {name!r}") from None


def check_context(kind: Kind, context: dict) -> None:
    missing = [key for key in kind.keys if key not in context]
    if missing:
        raise ValueError(f"Message {kind.name!r} needs {', '.join(missing)} in its context")


def opt_out_kinds() -> list[Kind]:
    return [kind for kind in KINDS.values() if kind.opt_out]


# --- Accounts ------------------------------------------------------------------------------------

@register("sign_in_code", gettext_lazy("Sign-in codes"), keys=("code", "minutes"), opt_out=False, prefers_sms=True)
def sign_in_code(c: dict) -> Content:
    return Content(
        text=_("Tadamon: your code is %(code)s. It expires in %(minutes)s minutes. Never share it.") % c,
        subject=_("Your Tadamon sign-in code"))


@register("invitation", gettext_lazy("Invitations"), keys=("organization_name", "role_label", "inviter_name", "url"))
def invitation(c: dict) -> Content:
    return Content(
        text=_("Tadamon: %(inviter_name)s invites you to join %(organization_name)s as %(role_label)s. "
               "Open: %(url)s") % c,
        subject=_("Invitation to join %(organization_name)s on Tadamon") % c)


@register("claim_decided", gettext_lazy("Decisions on cooperative claims"),
          keys=("organization_name", "approved", "url"))
def claim_decided(c: dict) -> Content:
    if c["approved"]:
        text = _("Tadamon: you now manage %(organization_name)s. Open: %(url)s") % c
    elif c.get("reason"):
        text = _("Tadamon: your claim on %(organization_name)s was declined: %(reason)s. %(url)s") % c
    else:
        text = _("Tadamon: your claim on %(organization_name)s was declined. %(url)s") % c
    return Content(text=text, subject=_("Your claim on %(organization_name)s") % c)


@register("claim_received", gettext_lazy("Cooperative claims to review"),
          keys=("organization_name", "claimant_name", "url"))
def claim_received(c: dict) -> Content:
    return Content(
        text=_("Tadamon: %(claimant_name)s claims %(organization_name)s. Review: %(url)s") % c,
        subject=_("New claim on %(organization_name)s") % c)


# The test message is written out per language, not looked up in the catalogues, so that
# `send_test_message --language ar` shows Arabic reaching the phone even before a deployment has
# compiled its translations.
TEST_TEXTS = {
    "ar": "تضامن: هذه رسالة تجريبية. إذا قرأتموها فالرسائل تصلكم.",
    "fr": "Tadamon : ceci est un message d'essai. Si vous le lisez, les messages vous parviennent.",
    "en": "Tadamon: this is a test message. If you read it, messages reach you.",
}


@register("test", gettext_lazy("Test messages"), keys=(), opt_out=False)
def test_message(c: dict) -> Content:
    from django.utils.translation import get_language

    text = TEST_TEXTS.get((get_language() or "ar")[:2], TEST_TEXTS["ar"])
    return Content(text=text, subject=text.split(":", 1)[0].split("：")[0])


# --- Programmes and events -----------------------------------------------------------------------

@register("session_reminder", gettext_lazy("Training session reminders"), keys=("title", "date", "time", "place"))
def session_reminder(c: dict) -> Content:
    return Content(
        text=_("Tadamon: reminder, training \"%(title)s\" tomorrow %(date)s at %(time)s, %(place)s.") % c,
        subject=_("Tomorrow: %(title)s") % c)


@register("fair_programme", gettext_lazy("Fair programmes and bus departures"),
          keys=("event_name", "dates", "place", "departure"))
def fair_programme(c: dict) -> Content:
    if c["departure"]:
        text = _("Tadamon: %(event_name)s, %(dates)s, %(place)s. Bus: %(departure)s.") % c
    else:
        text = _("Tadamon: %(event_name)s, %(dates)s, %(place)s.") % c
    if c.get("programme"):
        text += "\n" + c["programme"]
    return Content(text=text, subject=_("Programme of %(event_name)s") % c)


@register("bulk", gettext_lazy("Messages from programme staff"), keys=("text",))
def bulk(c: dict) -> Content:
    return Content(text=str(c["text"]), subject=str(c.get("subject") or _("A message from Tadamon")))


# --- Messages whose text their own module writes (gettext strings there), given as `InLanguage`
# values: "subject", "text" (the e-mail's body, and the SMS unless an "sms" is given).

def _written(c: dict) -> Content:
    text = str(c["text"])
    return Content(text=str(c["sms"]) if c.get("sms") else text, subject=str(c["subject"]), email=text)


def register_written(name: str, label, *, opt_out: bool = True) -> None:
    register(name, label, keys=("subject", "text"), opt_out=opt_out)(_written)


for _name, _label, _opt_out in [
    ("password_reset", gettext_lazy("Password reset"), False),
    ("buyer_account", gettext_lazy("Buyer account confirmation"), False),
    ("order_verification", gettext_lazy("Order confirmation links"), False),
    ("order_links", gettext_lazy("Links to one's orders"), False),
    ("order_received", gettext_lazy("Orders received"), True),
    ("order_update", gettext_lazy("Order updates"), True),
    ("certification_reminder", gettext_lazy("Certification renewal reminders"), True),
    ("exhibitor_decision", gettext_lazy("Decisions on exhibitor applications"), True),
    ("event_ticket", gettext_lazy("Event tickets"), True),
    ("late_commitment", gettext_lazy("Late commitments"), True),
    ("declaration_reminder", gettext_lazy("Annual declaration reminders"), True),
    ("name_decision", gettext_lazy("Decisions on name certificates"), True),
    ("application_decided", gettext_lazy("Decisions on applications"), True),
    ("support_answered", gettext_lazy("Answers to support requests"), True),
    ("general", gettext_lazy("Other messages"), True),
]:
    register_written(_name, _label, opt_out=_opt_out)
