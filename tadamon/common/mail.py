"""E-mail to people who may read Arabic or French: the body in both, one after the other."""

from collections.abc import Callable

from django.core.mail import send_mail
from django.utils import translation

LANGUAGES = ("ar", "fr")
SEPARATOR = "\n\n———\n\n"


def send_in_both_languages(recipients: list[str], *, subject: Callable[[], str], body: Callable[[], str]) -> int:
    """`body` is written once per language (it runs under each in turn); the subject in French,
    which mail clients show whatever the reader's script."""
    parts = []
    for language in LANGUAGES:
        with translation.override(language):
            parts.append(body())
    with translation.override("fr"):
        subject_text = subject()
    return send_mail(subject_text, SEPARATOR.join(parts), None, recipients)
