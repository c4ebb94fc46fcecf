"""Name normalisation for search and duplicate detection across Arabic and Latin scripts.

Two forms of a name (the generic words a name is compared without are in ``vocabulary.py``):
- ``normalize_text``: Arabic letter variants unified and diacritics removed, Latin folded for
  case and accents. Two spellings of the same name in the same script become equal.
- ``phonetic_key``: a consonant skeleton shared by both scripts (إميضر and "Imider" both give
  "mdr"), so a Latin query finds an Arabic name and the other way round.

Tifinagh is read as its French-style Latin spelling first (``tifinagh.to_latin``: ⵜⵉⴼⴰⵡⵉⵏ ->
"tifawin"), so a name or a query in Tifinagh meets the Latin and Arabic forms of the same name in
both ``normalize_text`` and ``phonetic_key`` (and through them in search terms and the name check).
"""

import re
import unicodedata
from functools import lru_cache

from tadamon.common.tifinagh import is_tifinagh, to_latin

# Harakat, superscript alef, Quranic marks, and tatweel: dropped.
_ARABIC_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_ARABIC_LETTER_FORMS = str.maketrans(
    {
        "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا",  # alef with hamza/madda/wasla
        "ؤ": "و", "ئ": "ي", "ء": "",  # hamza carriers
        "ة": "ه",  # ta marbuta
        "ى": "ي", "ی": "ي",  # alef maqsura, Persian yeh
        "ڭ": "ك", "گ": "ك", "ک": "ك",  # Moroccan and Persian gaf/kaf
        "ڤ": "ف", "پ": "ب",
        "٠": "0", "١": "1", "٢": "2", "٣": "3", "٤": "4",
        "٥": "5", "٦": "6", "٧": "7", "٨": "8", "٩": "9",
    }
)
_NON_WORD = re.compile(r"[^\w]+", re.UNICODE)


_ASCII_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "0123456789" * 2)


def ascii_digits(text: str | None) -> str:
    """Arabic-Indic (٠١٢…) and Eastern Arabic-Indic (۰۱۲…) digits as ASCII digits, the rest as it is."""
    return (text or "").translate(_ASCII_DIGITS)


def is_arabic(text: str | None) -> bool:
    """Whether the text holds an Arabic letter (the script to print it in, right to left)."""
    return any("\u0600" <= ch <= "\u06ff" for ch in text or "")


def normalize_arabic(text: str) -> str:
    return _ARABIC_MARKS.sub("", text).translate(_ARABIC_LETTER_FORMS)


def fold_latin(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def normalize_text(text: str | None) -> str:
    """The searchable form of any name, in either script or both."""
    if not text:
        return ""
    text = fold_latin(normalize_arabic(to_latin(text)))
    text = text.replace("_", " ")
    return " ".join(_NON_WORD.sub(" ", text).split())


# --- Phonetic key ---------------------------------------------------------------------------
# Each Arabic letter maps to a consonant class; long vowels, ayn and hamza are dropped because
# Latin spellings of Moroccan names mostly leave them out or write them as vowels.
_ARABIC_TO_CLASS = {
    "ب": "b", "ت": "t", "ث": "t", "ج": "j", "ح": "h", "خ": "x", "د": "d", "ذ": "d",
    "ر": "r", "ز": "z", "س": "s", "ش": "S", "ص": "s", "ض": "d", "ط": "t", "ظ": "z",
    "غ": "R", "ف": "f", "ق": "k", "ك": "k", "ل": "l", "م": "m", "ن": "n", "ه": "h",
    "ع": "", "ا": "", "و": "", "ي": "", "ة": "", "ى": "", "ء": "",
}
# Order matters: digraphs before single letters.
_LATIN_DIGRAPHS = [
    ("tch", "S"), ("sch", "S"), ("ch", "S"), ("sh", "S"), ("kh", "x"), ("gh", "R"),
    ("rh", "R"), ("th", "t"), ("dh", "d"), ("ph", "f"), ("dj", "j"), ("ou", ""),
]
_LATIN_TO_CLASS = {
    "b": "b", "p": "b", "t": "t", "d": "d", "j": "j", "h": "h", "r": "r", "z": "z",
    "s": "s", "f": "f", "v": "f", "k": "k", "q": "k", "g": "k", "c": "k", "l": "l",
    "m": "m", "n": "n", "x": "ks",
}
_ARTICLE_PREFIXES = ("al", "el")
_ALEF_AND_GAF_FORMS = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ڭ": "ك", "گ": "ك", "ک": "ك"})


@lru_cache(maxsize=100_000)  # names reuse the same words over and over: imports hit the cache
def word_key(word: str) -> str:
    if is_tifinagh(word):
        word = to_latin(word)
    if is_arabic(word):
        word = _ARABIC_MARKS.sub("", word).translate(_ALEF_AND_GAF_FORMS)
        if word.startswith("ال") and len(word) > 3:
            word = word[2:]
        return "".join(_ARABIC_TO_CLASS.get(ch, ch if ch.isdigit() else "") for ch in word)
    word = fold_latin(word)
    if word in _ARTICLE_PREFIXES:
        return ""
    word = re.sub(r"(.)\1+", r"\1", word)  # doubled letters: Arabic writes them once
    for digraph, cls in _LATIN_DIGRAPHS:
        word = word.replace(digraph, cls)
    return "".join(
        ch if ch in "SxR" or ch.isdigit() else _LATIN_TO_CLASS.get(ch, "") for ch in word
    )


def phonetic_key(text: str | None) -> str:
    """Script-independent consonant skeleton of a name, one group per word."""
    if not text:
        return ""
    words = re.split(r"[\s\-'’_.,/()]+", text)
    keys = (re.sub(r"(.)\1+", r"\1", word_key(w)) for w in words if w)
    return " ".join(k for k in keys if k)


def listed(items, language: str | None = None) -> str:
    """Items joined as the page's language writes a list: with the Arabic comma "، " on an Arabic
    page, where a Latin "," reads as a foreign mark, and ", " elsewhere."""
    from django.utils import translation

    language = language or translation.get_language() or "ar"
    return ("، " if language.startswith("ar") else ", ").join(str(item) for item in items)


def quoted(text, language: str | None = None) -> str:
    """Text in guillemets as the page's language writes them: « x » in French, with no-break spaces
    inside so the quoted text never parts from its guillemet at a line's end, and «x» elsewhere."""
    from django.utils import translation

    language = language or translation.get_language() or "ar"
    return f"«\u00a0{text}\u00a0»" if language.startswith("fr") else f"«{text}»"
