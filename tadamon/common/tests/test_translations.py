"""Every string of the interface is translated to Arabic and French (pretalx's strings check)."""

from pathlib import Path

import pytest
from babel.messages.pofile import read_po

LOCALE = Path(__file__).resolve().parents[2] / "locale"


@pytest.mark.parametrize("language", ["ar", "fr"])
def test_every_message_is_translated(language):
    with open(LOCALE / language / "LC_MESSAGES" / "django.po", "rb") as handle:
        catalog = read_po(handle, locale=language)
    untranslated = [m.id for m in catalog if m.id and (not m.string or (isinstance(m.string, tuple) and not all(m.string)))]
    fuzzy = [m.id for m in catalog if m.id and m.fuzzy]
    assert untranslated == [] and fuzzy == []


@pytest.mark.parametrize("language", ["ar", "fr"])
def test_placeholders_survive_translation(language):
    import re

    with open(LOCALE / language / "LC_MESSAGES" / "django.po", "rb") as handle:
        catalog = read_po(handle, locale=language)
    pattern = re.compile(r"%\((\w+)\)[sd]")
    for message in catalog:
        if not message.id:
            continue
        source = message.id[-1] if isinstance(message.id, tuple) else message.id
        targets = message.string if isinstance(message.string, tuple) else (message.string,)
        for target in targets:
            # Arabic singular/dual forms may spell the number out instead of using %(counter)s.
            assert set(pattern.findall(target)) <= set(pattern.findall(source)), (message.id, target)
