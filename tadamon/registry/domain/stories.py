"""Which language a story (or an imported description) was written in, for the column it goes in."""

import re

from tadamon.common.text import is_arabic

# Latin-script text is French or English here; a few frequent words tell them apart. A guess:
# French wins ties, as most Latin-script texts of Moroccan organisations are in French.
_ENGLISH = {"the", "and", "of", "with", "women's", "in", "for", "our", "we", "is", "at"}
_FRENCH = {"de", "la", "le", "les", "et", "des", "du", "en", "au", "aux", "nous", "pour", "est", "une"}


def story_language(text: str) -> str:
    """"ar", "fr" or "en"."""
    if is_arabic(text):
        return "ar"
    words = re.findall(r"[\w']+", (text or "").lower())
    english = sum(w in _ENGLISH for w in words)
    french = sum(w in _FRENCH for w in words)
    return "en" if english > french else "fr"
