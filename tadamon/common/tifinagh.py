"""Tifinagh (the IRCAM Neo-Tifinagh alphabet of Standard Moroccan Tamazight) to and from the Latin and
Arabic scripts, so that ⵜⵉⴼⴰⵡⵉⵏ, "Tifawin" and تيفاوين are one name to search and to the name check.

Three Latin spellings are possible for a Tifinagh letter: IRCAM's scholarly one (ⵅ x, ⵖ ɣ, ⵛ c, ⵓ u,
ⴹ ḍ…), the French-style one that Moroccan records use for names (ⵅ kh, ⵖ gh, ⵛ ch, ⵓ ou: "Ouguidar",
"Tinghir", "Ait Bouguemez"), and the bare phonetic skeleton of tadamon.common.text. Search and the
name check use the French-style spelling (`to_latin`), since that is how the Latin names they are
compared with are written; `to_latin(text, scholarly=True)` gives IRCAM's. docs/tamazight.md has the
whole table and the reasons for each choice.

Only the letters of the Tifinagh block (U+2D30–U+2D7F) change; everything else (digits, Latin or
Arabic letters, punctuation) is kept, so a name written in two scripts stays readable.
"""

import re
import unicodedata

TIFINAGH_BLOCK = re.compile("[\u2d30-\u2d7f]")
LABIALISATION = "\u2d6f"  # ⵯ, written after ⴳ or ⴽ: ⴳⵯ gʷ

# letter: (French-style Latin, IRCAM Latin, Arabic)
LETTERS = {
    "ⴰ": ("a", "a", "ا"),
    "ⴱ": ("b", "b", "ب"),
    "ⴳ": ("g", "g", "ڭ"),
    "ⴷ": ("d", "d", "د"),
    "ⴹ": ("d", "ḍ", "ض"),
    "ⴻ": ("e", "e", ""),  # the schwa: Arabic script does not write it
    "ⴼ": ("f", "f", "ف"),
    "ⴽ": ("k", "k", "ك"),
    "ⵀ": ("h", "h", "ه"),
    "ⵃ": ("h", "ḥ", "ح"),
    "ⵄ": ("a", "ɛ", "ع"),  # Abdellah, Aicha: French spellings write ع as a vowel
    "ⵅ": ("kh", "x", "خ"),
    "ⵇ": ("q", "q", "ق"),
    "ⵉ": ("i", "i", "ي"),
    "ⵊ": ("j", "j", "ج"),
    "ⵍ": ("l", "l", "ل"),
    "ⵎ": ("m", "m", "م"),
    "ⵏ": ("n", "n", "ن"),
    "ⵓ": ("ou", "u", "و"),
    "ⵔ": ("r", "r", "ر"),
    "ⵕ": ("r", "ṛ", "ر"),
    "ⵖ": ("gh", "ɣ", "غ"),
    "ⵙ": ("s", "s", "س"),
    "ⵚ": ("s", "ṣ", "ص"),
    "ⵛ": ("ch", "c", "ش"),
    "ⵜ": ("t", "t", "ت"),
    "ⵟ": ("t", "ṭ", "ط"),
    "ⵡ": ("w", "w", "و"),
    "ⵢ": ("y", "y", "ي"),
    "ⵣ": ("z", "z", "ز"),
    "ⵥ": ("z", "ẓ", "ز"),
    LABIALISATION: ("w", "ʷ", ""),
    # Letters of the extended alphabet met in loanwords and names.
    "ⵒ": ("p", "p", "ب"),
    "ⵠ": ("v", "v", "ف"),
    "ⵞ": ("tch", "č", "تش"),
}
TIFINAGH_SEPARATOR = "\u2d70"  # ⵰, the Tuareg word separator: a space in the other scripts


def is_tifinagh(text: str | None) -> bool:
    """Whether the text holds a Tifinagh letter."""
    return bool(text) and TIFINAGH_BLOCK.search(text) is not None


def to_latin(text: str | None, *, scholarly: bool = False) -> str:
    """The text with its Tifinagh letters in Latin script: French-style ("ⴰⵎⴰⵏ ⵓⴳⵉⴷⴰⵔ" -> "aman ouguidar",
    as Moroccan records spell names), or IRCAM's transcription with scholarly=True ("aman ugidar").
    Case: Tifinagh has none, so the Latin comes out in lower case."""
    if not is_tifinagh(text):
        return text or ""
    out = []
    column = 1 if scholarly else 0
    for position, letter in enumerate(text):
        spelled = LETTERS.get(letter)
        if spelled is None:
            out.append(" " if letter == TIFINAGH_SEPARATOR else letter)
            continue
        latin = spelled[column]
        following = text[position + 1] if position + 1 < len(text) else ""
        if not scholarly:
            if letter == "ⴳ" and following in ("ⵉ", "ⴻ"):
                latin = "gu"  # French reads "gi" as "ji": Ouguidar, Aguerd
            elif letter == "ⵄ" and following == "ⴰ":
                latin = ""  # ⵄⴰ is one vowel in French spellings, not "aa"
        out.append(latin)
    return "".join(out)


def to_arabic(text: str | None) -> str:
    """The text with its Tifinagh letters in Arabic script, as Moroccan Arabic writes Amazigh names:
    ⵜⵉⴼⴰⵡⵉⵏ -> تيفاوين, ⵉⵎⵉⴹⵔ -> إميضر (a word's first vowel on an alef: أ, إ, أو)."""
    if not is_tifinagh(text):
        return text or ""
    out = []
    for position, letter in enumerate(text):
        spelled = LETTERS.get(letter)
        if spelled is None:
            out.append(" " if letter == TIFINAGH_SEPARATOR else letter)
            continue
        starts_word = position == 0 or not is_tifinagh(text[position - 1])
        if starts_word and letter in "ⴰⵉⵓ":
            out.append({"ⴰ": "أ", "ⵉ": "إ", "ⵓ": "أو"}[letter])
        else:
            out.append(spelled[2])
    return "".join(out)


# --- Latin and Arabic to Tifinagh ----------------------------------------------------------------

_LATIN_GROUPS = [  # longest first; French-style and IRCAM spellings both read
    ("tch", "ⵜⵛ"), ("kh", "ⵅ"), ("gh", "ⵖ"), ("rh", "ⵖ"), ("ch", "ⵛ"), ("sh", "ⵛ"), ("ou", "ⵓ"),
    ("gu", "ⴳ"), ("qu", "ⴽ"), ("dj", "ⵊ"), ("ss", "ⵙ"), ("ph", "ⴼ"), ("th", "ⵜ"),
]
_LATIN_LETTERS = {
    "a": "ⴰ", "b": "ⴱ", "c": "ⴽ", "d": "ⴷ", "e": "ⴻ", "f": "ⴼ", "g": "ⴳ", "h": "ⵀ", "i": "ⵉ", "j": "ⵊ",
    "k": "ⴽ", "l": "ⵍ", "m": "ⵎ", "n": "ⵏ", "o": "ⵓ", "p": "ⴱ", "q": "ⵇ", "r": "ⵔ", "s": "ⵙ", "t": "ⵜ",
    "u": "ⵓ", "v": "ⴼ", "w": "ⵡ", "x": "ⴽⵙ", "y": "ⵢ", "z": "ⵣ",
    "ḍ": "ⴹ", "ḥ": "ⵃ", "ɛ": "ⵄ", "ɣ": "ⵖ", "ṛ": "ⵕ", "ṣ": "ⵚ", "ṭ": "ⵟ", "ẓ": "ⵥ", "č": "ⵞ", "ʷ": "ⵯ",
}
_LATIN_VOWELS = "aeiou"
_IRCAM_LETTERS = "ḍḥɛɣṛṣṭẓčʷ"


def _fold_keeping_ircam(text: str) -> str:
    """Lower case, French accents removed (é -> e), IRCAM's dotted letters kept (ḍ, ṣ...)."""
    kept = []
    for letter in text.casefold():
        if letter in _IRCAM_LETTERS:
            kept.append(letter)
        else:
            kept.append("".join(c for c in unicodedata.normalize("NFKD", letter) if not unicodedata.combining(c)))
    return "".join(kept)


def from_latin(text: str | None) -> str:
    """A Tifinagh spelling of a Latin-script name, French-style or IRCAM ("Tifawin" -> ⵜⵉⴼⴰⵡⵉⵏ,
    "Ouarzazate" -> ⵡⴰⵔⵣⴰⵣⴰⵜ): a suggestion for a form, not an authority. A French silent final
    "e" is dropped, "ou" before a vowel is ⵡ, and "e" (a French schwa, unwritten in Tifinagh) is
    dropped between consonants."""
    words = re.split(r"(\W+)", _fold_keeping_ircam(text or ""))
    out = []
    for word in words:
        if not word or not word[0].isalpha():
            out.append(word)
            continue
        if len(word) > 3 and word.endswith("e") and word[-2] not in _LATIN_VOWELS:
            word = word[:-1]  # Ouarzazate, Agadire
        letters, position = [], 0
        while position < len(word):
            for group, tifinagh in _LATIN_GROUPS:
                if word.startswith(group, position):
                    following = word[position + len(group):position + len(group) + 1]
                    if group == "ou" and following and following in "aei":
                        tifinagh = "ⵡ"
                    elif group in ("gu", "qu") and following not in ("e", "i", "y"):
                        continue  # "gu" before a consonant or "a" is ⴳⵓ
                    letters.append(tifinagh)
                    position += len(group)
                    break
            else:
                letter = word[position]
                if letter == "e" and 0 < position < len(word) - 1 and word[position - 1] not in _LATIN_VOWELS \
                        and word[position + 1] not in _LATIN_VOWELS:
                    position += 1  # a schwa: Dadès -> ⴷⴰⴷⵙ
                    continue
                letters.append(_LATIN_LETTERS.get(letter, letter))
                position += 1
        out.append("".join(letters))
    return "".join(out)


_ARABIC_LETTERS = {
    "ا": "ⴰ", "أ": "ⴰ", "إ": "ⵉ", "آ": "ⴰ", "ب": "ⴱ", "ت": "ⵜ", "ث": "ⵜ", "ج": "ⵊ", "ح": "ⵃ", "خ": "ⵅ",
    "د": "ⴷ", "ذ": "ⴷ", "ر": "ⵔ", "ز": "ⵣ", "س": "ⵙ", "ش": "ⵛ", "ص": "ⵚ", "ض": "ⴹ", "ط": "ⵟ", "ظ": "ⴹ",
    "ع": "ⵄ", "غ": "ⵖ", "ف": "ⴼ", "ڤ": "ⴼ", "ق": "ⵇ", "ك": "ⴽ", "ڭ": "ⴳ", "گ": "ⴳ", "ل": "ⵍ", "م": "ⵎ",
    "ن": "ⵏ", "ه": "ⵀ", "ة": "ⴰ", "ى": "ⴰ", "ء": "", "ؤ": "ⵓ", "ئ": "ⵉ",
}
_ARABIC_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u0640]")


def from_arabic(text: str | None) -> str:
    """A Tifinagh spelling of an Arabic-script name (تيفاوين -> ⵜⵉⴼⴰⵡⵉⵏ, إميضر -> ⵉⵎⵉⴹⵔ): و and ي are
    the vowels ⵓ and ⵉ, or the consonants ⵡ and ⵢ next to an alef (أيت -> ⴰⵢⵜ); an alef that only
    carries a word's first vowel (أو, إي) is not written."""
    text = _ARABIC_MARKS.sub("", text or "")
    out, carried = [], False
    for position, letter in enumerate(text):
        previous = text[position - 1] if position else ""
        following = text[position + 1] if position + 1 < len(text) else ""
        starts_word = not previous or not previous.isalpha()
        if starts_word and ((letter in "اأ" and following == "و") or (letter == "إ" and following == "ي")):
            carried = True  # the alef of أوكيدار or إيمان only carries the vowel that follows
            continue
        if letter in "وي":
            next_to_vowel = not carried and (previous in "اأآ" or following in "اأآ")
            out.append(("ⵡ" if letter == "و" else "ⵢ") if next_to_vowel else ("ⵓ" if letter == "و" else "ⵉ"))
            carried = False
            continue
        carried = False
        out.append(_ARABIC_LETTERS.get(letter, letter))
    return "".join(out)


def latin_form(text: str | None) -> str:
    """The hook for the name check and any matcher written for Arabic and Latin only: a name typed
    in Tifinagh as its French-style Latin spelling, any other text as it is. The name check
    (funding/domain/name_check.py) reads names through common.text.normalize_text, which calls
    `to_latin` already; callers that compare raw text can pass it through this first."""
    return to_latin(text) if is_tifinagh(text) else (text or "")
