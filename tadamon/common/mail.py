"""E-mail to people who may read Arabic or French: the body in both, one after the other.

Kept for callers written before tadamon.notifications; new code calls `notify` with a kind."""

from collections.abc import Callable

from tadamon.notifications import Recipient, notify
from tadamon.notifications.kinds import InLanguage
from tadamon.notifications.recipients import BOTH

LANGUAGES = ("ar", "fr")
SEPARATOR = "\n\n———\n\n"


def send_in_both_languages(recipients: list[str], *, subject: Callable[[], str], body: Callable[[], str],
                           kind: str = "general") -> int:
    """`body` is written once per language (it runs under each in turn); the subject in French,
    which mail clients show whatever the reader's script. One logged message per address."""
    return len(notify(kind, [Recipient(email=address, language=BOTH, channel="email") for address in recipients],
                      {"subject": InLanguage(subject), "text": InLanguage(body)}))
