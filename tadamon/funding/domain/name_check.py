"""Is a proposed cooperative name too close to one already taken?

A name is split into generic words (cooperative, association, women, agricultural, for
development, تعاونية, جمعية, نسوية, الفلاحية, للتنمية...), which say what an organisation is, and
its distinctive words, which say which one it is. Generic words weigh 15% of the score.

The distinctive words of two names are paired word by word, each with its closest partner, and
each pair counts by how alike the two words are and how rare they are in the registry: a word
found in thousands of names (argan, a province, a product, a common word such as "Al Amal") says
little about which organisation a name is, a word found in one name says almost everything. So
"X d'argan" and "Y d'argan" stay apart, and "X" finds "X d'argan Taroudant".

Two words are alike when, in the same script, both their spelling (once the usual French
transliteration choices are evened out: ou/w/u, ch/sh, gh/rh, doubled letters, a glued article)
and their consonant skeleton are close; across scripts (تيفاوين and "Tifawin" both give "tfn")
when their skeletons agree and the long vowels Arabic writes are among the vowels Latin writes
(تازي is not "Tizi"), reading a final ي as "i" and a final ى as "a". A short word is another name as
soon as one letter differs; in a word of seven letters or more (six in Arabic), one letter typed
wrong, added, left out or two swapped inside the word is a slip, worth a look — across scripts too
(Amhgnass / أمغناس), when the letter typed for another sounds like it. A product or sector of the search vocabulary (tadamon/common/data/search_vocabulary.csv)
is one word in Arabic, French and English (ماعز, caprin), and weighs little; so does a province or
commune name one name adds next to the same rare word. A word after Aït, Ouled, Douar or Béni names
a place: the same word used as a name is only half alike ("Hani" / "Akal Aït Hani").

One name containing the other clashes only when what is contained is distinctive: a word of 5
letters or more that few registered names use ("Hani" inside "Aït Hani" is not a clash).

The proposed name is also graded for distinctiveness, as company-name registries do: weak when
nothing but generic words or a place name is left, medium when its distinctive words are already
common in the registry, strong otherwise.

Candidates are found among every registered organisation and every pending or recently approved
name request, through the registry's vocabulary: rapidfuzz finds the registered words spelled or
sounding like each distinctive word (in C, over a few thousand distinct words), the names holding
them are ranked by the rarity of what they share, and the best few hundred are scored in full. The
registered names are indexed once per process and rebuilt when the registry changes.
"""

import dataclasses
import datetime
import gzip
import re
import threading
import time
from collections import Counter, defaultdict
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from django.db.models import Count, Max, Min
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA, Levenshtein

from tadamon.common.i18n import arabic_names_first
from tadamon.common.numbers import format_number
from tadamon.common.search_terms import CONCEPT_MARK, strip_article, vocabulary, word_terms, written_with_final_alif
from tadamon.common.text import is_arabic, listed, normalize_arabic, normalize_text, quoted, word_key
from tadamon.common.vocabulary import GENERIC_STEMS, generic_meaning, stem

GENERIC_WEIGHT = 0.15
CLASH, CLOSE = 90, 75  # score thresholds: names that would be confused; names worth a look
CANDIDATES = 60  # names scored in full per index (150 found no variant more on the labelled sets, at 1.5x the time)
SIMILAR_WORDS = 12  # registered words looked at per distinctive word and per way of spelling
POSTINGS = 400  # names looked at per registered word: a word in more names, the shortest of them
SLIP_LENGTH, SLIP_LIKENESS = 7, 0.9  # a one-letter slip in a word this long is this alike: close, not the same
# Across scripts, a slip is told from another word in a Latin word of 7 letters, an Arabic one of 6 or more.
SLIP_ACROSS_LATIN, SLIP_ACROSS_ARABIC = 7, 6
PLACE_ADDED = 0.25
SLIP_SHARED = (SLIP_LIKENESS - 0.6) / 0.4  # a word shared through a slip is still the same rare word
QUOTED_AS_ALIKE = 0.5  # words paired at least this alike are quoted as alike in the reason
PLACE_WEIGHT = 0.4  # a province's or commune's name, or a word after Aït or Douar, says little: of its weight
# "Son of" glued to the name after it, as Latin often writes it: Benhaddou / بن حدو, Ibn Battouta / ابن بطوطة.
# "Son of" and "father of" are written apart or glued to the next word (بن حدو / Benhaddou, Bou Naceur / بوناصر).
SON_OF = frozenset(normalize_text("بن ابن ben bin ibn ibnou ibnu bnou ould ولد بو ابو bou abou abu").split())
ALIF_TYPED_YEH = 0.15  # a final ي read as ى (typed for it: الهدي, "Al Houda"): close at best
# Words after these name a place (a tribe, a douar, Béni Mellal): "Hani" is not the same name as "Aït Hani",
# only where it is.
PLACE_MARKERS = frozenset(normalize_text("ait ayt ath ايت أيت ouled اولاد douar دوار beni bni بني").split())
PLACE_NAMED = 0.5  # how alike a word and the same word naming a place are, of their likeness  # what a place name one name adds to the same rare word costs, of its weight
RESERVATION_DAYS = 365  # an approved name stays reserved this long for its founders
# Every province's and commune's name as the check reads them, loaded by places().
_places = {"signature": None, "texts": frozenset(), "keys": {}, "spellings": frozenset()}

# Words of what organisations make or do: in many names, they tell little about which one a name is.
COMMON_WORDS = {
    normalize_text(word) for word in (
        "argan argane huile huiles زيت زيوت اركان أركان safran زعفران couscous كسكس miel عسل نحل apicole dattes "
        "datte تمور تمر broderie طرز couture خياطة tapis زرابي زربية tissage نسيج plantes aromatiques medicinales "
        "نباتات عطرية طبية oleicole زيتون olives lait laitiere حليب مشتقاته poterie فخار amandes لوز cactus صبار "
        "elevage caprin تربية ماعز ماشية valorisation تثمين transformation تحويل عصر cosmetiques naturels "
        "essentielles tourisme سياحة peche صيد cuir جلدية vannerie دوم menuiserie نجارة bijoux حلي فضية argent "
        "لانتاج لتثمين لتربية لعصر لتحويل لصناعة douar دوار ait ايت اولاد ouled tizi"
    ).split()}
# French adjectives naming an activity by its product, as names use them ("Coopérative apicole" is
# تعاونية لتربية النحل): the search vocabulary's concept they stand for.
PRODUCT_ADJECTIVES = {"apicole": "beekeeping", "apicoles": "beekeeping", "avicole": "poultry",
                      "avicoles": "poultry", "ovin": "sheep", "ovins": "sheep"}
LATIN_ARTICLE = re.compile(r"^(?:[ae](?=([tdrzsn])\1[aeiouy])|[ae]l(?=(?:[kcgsdt]h|[bcdfghjklmnpqrstvwxz])[aeiouy]))")
LATIN_RESPELLINGS = [("sch", "ch"), ("sh", "ch"), ("rh", "gh"), ("th", "t"), ("dh", "d"), ("ph", "f"), ("dj", "j"),
                     ("gu", "g"), ("ou", "u"), ("w", "u"), ("o", "u"), ("y", "i"), ("q", "k"), ("c", "k"),
                     ("kh", "x"), ("ae", "a"), ("e", "")]
ARABIC_VOWELS = {"ا": "a", "ى": "a", "ي": "i", "و": "u"}


@dataclasses.dataclass(frozen=True, eq=False)
class Word:
    """A distinctive word as the check compares it. make_word gives one object per word: compared and
    hashed by identity, cheap in the many dictionaries of a check."""

    text: str       # normalised, without the Arabic article
    spelling: str   # in Latin, with the transliteration choices evened out; in Arabic, doubled letters once
    alternative: str  # in Latin, the same with "e" read as "a" (El Fellah, Al Falah); in Arabic, the spelling
    key: str        # consonant skeleton, shared by both scripts
    vowels: tuple   # the vowels it writes, by place among its consonants: Arabic's long vowels, Latin's a/i/u
    arabic: bool
    readings: tuple = ()  # (key, vowels) readings: in Latin "th" is ت+ح in Fath, ث in Kaouthar
    concept: str | None = None  # a product or sector of the search vocabulary (ماعز, caprin, goat: "~goat")
    # In Arabic, a final ي typed as ي (an "i": تيليلي, Tilelli), read as the ى normalisation also writes
    # as ي (an "a" or an "i": الهدى, Al Houda): the vowels of that reading, None for other words.
    alif_reading: tuple | None = None
    articled: bool = False  # written with the article (الفردوس, Al Majd, Assafwa): a word of Arabic, not Amazigh


@dataclasses.dataclass(frozen=True)
class NameForm:
    """One written form of a name (Arabic or Latin) as the check compares it."""

    whole: str                 # the whole name, normalised
    text: str                  # its distinctive words, normalised, as written
    key: str                   # their consonant skeletons, space-separated (script-blind)
    generic: frozenset         # the meanings of its generic words (cooperative, women...)
    arabic: bool
    distinctive: tuple[Word, ...] = ()
    named_places: frozenset = frozenset()  # positions of distinctive words named as places: Hani in "Aït Hani"
    shown: tuple[str, ...] = ()  # each distinctive word as the name wrote it (Dadès, الزيتونة), for reasons

    @property
    def written(self) -> str:
        return " ".join(self.shown) or self.text

    @property
    def words(self) -> list[str]:
        return self.text.split()


def _collapse(text: str) -> str:
    return re.sub(r"(.)\1+", r"\1", text)


def _key(stem: str) -> str:
    """A word's consonant skeleton. Normalisation wrote ta marbuta as ه, which Latin spellings
    render as a vowel (الزيتونة, "Zitouna"): a final ه is left out; doubled letters count once."""
    if len(stem) > 2 and stem.endswith("ه") and is_arabic(stem[0]):
        stem = stem[:-1]
    return _collapse(word_key(stem)) or stem


def _vowels(spelled: str, arabic: bool, final_alif: bool = True) -> tuple:
    """(number of consonants, the (consonants so far, vowel) pairs) of a word, its first vowel left
    out: أ, إ, أي and a written or unwritten first vowel begin Amazigh names either way. In Latin, "e"
    is a vowel of its own (a short one, or ي: Tizeri); next to another vowel it is French spelling.
    ع is no consonant: Latin writes a vowel for it, or none (Baraim / براعم, Ibdae / الإبداع)."""
    final_ain = arabic and spelled.endswith("ع")
    if arabic:
        letters = _arabic_letters(spelled, final_alif)
    else:
        spelled = re.sub(r"(?<=[aiuy])e|e(?=[aiuy])", "", spelled)
        spelled = re.sub(r"(?<=[^aeiuy])e$", "", spelled)  # a silent final e: Tamazirte, Imane
        letters = list(spelled.replace("ch", "S").replace("gh", "R"))
        if letters[:1] and letters[0] in "aiue":
            letters = letters[1:]
    consonants, found = 0, set()
    for letter in letters:
        if letter in ("a", "i", "u", "y", "e"):
            found.add((consonants, letter))
        elif letter == "ع":
            found.add((consonants, "*"))
        else:
            consonants += 1
    if final_ain:
        found.add((consonants, "*"))  # a final ع is written as a vowel in Latin (Ibdae, Choumouaa), or not
    return consonants, tuple(sorted(found))


def _arabic_letters(spelled: str, final_alif: bool) -> list[str]:
    """An Arabic word's letters, its long vowels as a/i/u, a first vowel and a first or last ع left out."""
    bare = spelled.replace("ع", "")
    skip = 2 if bare[:2] in ("اي", "او") else 1 if bare[:1] in "اوي" else 0
    if spelled[:1] == "ع" and spelled[1:2] in ("ي", "و"):
        skip = 0  # after a first ع, ي and و are consonants: عياض is Ayyad, عواد Aouad
    letters = [ARABIC_VOWELS.get(ch, ch) for ch in spelled.strip("ع")]
    for _skipped in range(skip):
        letters = letters[1:]
        while letters[:1] == ["ع"]:
            letters = letters[1:]
    if len(letters) > 2 and letters[-1] == "ه":
        letters[-1] = "a"  # ta marbuta: a final vowel in Latin
    elif len(letters) > 2 and letters[-1] == "i" and final_alif:
        letters[-1] = "y"  # a final ى (الهدى, "Al Houda"), which normalisation writes ي: "a" or "i"
    return letters


def _same_vowels(arabic_vowels: tuple, latin_vowels: tuple) -> bool:
    """Whether the long vowels the Arabic spelling writes are where the Latin spelling writes them
    (أمودو is not "Amadou", تازي is not "Tizi", أيور is not "Ayar"), between as many consonants.
    Latin may write short vowels Arabic leaves out, but not a final vowel (Assalama is السلامة, not
    السلام) nor two vowels in a row, which are a written ي or و (Assaid is السعيد, not السعد)."""
    (arabic_count, arabic_found), (latin_count, latin_found) = arabic_vowels, latin_vowels
    if arabic_count != latin_count:
        return False
    latin_found, arabic_set = set(latin_found), set(arabic_found)
    accepted = {"a": {"a"}, "i": {"i", "e"}, "u": {"u"}, "y": {"a", "i", "e"}}
    for place, vowel in arabic_found:
        if vowel != "*" and not any((place, other) in latin_found for other in accepted[vowel]):
            return False
    if any(vowel == "y" and (place, "a") in arabic_set and (place, "i") not in latin_found
           for place, vowel in arabic_set):
        return False  # اي is "ay", "ai": أمناي is Amnay, not Amana
    arabic_places = {place for place, _vowel in arabic_set}
    if any(place == latin_count for place, _vowel in latin_found) and latin_count not in arabic_places:
        return False
    return _vowel_pairs_written(arabic_set, latin_found)


def _vowel_pairs_written(arabic_found: set, latin_found: set) -> bool:
    """Two vowels in a row in Latin (ai, au, ia) are a ي or a و Arabic writes there."""
    by_place = defaultdict(set)
    for place, vowel in latin_found:
        if vowel != "e":
            by_place[place].add(vowel)
    for place, vowels in by_place.items():
        if len(vowels) > 1:
            here = {vowel for at, vowel in arabic_found if at == place}
            if "*" in here and len(here) >= len(vowels):
                continue  # a ع next to a written vowel: Latin writes a vowel for each (Baraim / براعم)
            written = ({"i", "y"} if "i" in vowels else set()) | ({"u"} if "u" in vowels else set())
            if not any((place, vowel) in arabic_found for vowel in written or {"a", "i", "u", "y"}):
                return False
    return True


def _respelled(word: str, e_as: str) -> str:
    spelling = _collapse(word)
    for written, even in LATIN_RESPELLINGS:
        spelling = spelling.replace(written, e_as if written == "e" else even)
    return _collapse(spelling) or word


@lru_cache(maxsize=1)
def _generic_concepts() -> frozenset:
    """Concepts of the search vocabulary that are generic words of names (cooperative, women,
    agriculture, crafts...): what a name's generic words already weigh, never a product of a name."""
    return frozenset(CONCEPT_MARK + concept for form, concept in vocabulary().forms.items()
                     if generic_meaning(form) is not None)


@lru_cache(maxsize=100_000)  # names reuse the same words over and over: the index build hits the cache
def make_word(word_stem: str, final_alif: bool = False, construct: bool = False, articled: bool = False) -> Word:
    """A distinctive word; `final_alif` when the name wrote its final ي as ى; `construct` when an Arabic
    word ending in ة heads a construct (قلعة مكونة): Latin writes its ة "-at" (Kalaat M'gouna)."""
    arabic = is_arabic(word_stem)
    final_alif_vowels = None
    if arabic:
        spelling = alternative = _collapse(word_stem)
        key = _key(word_stem)
        if not final_alif and spelling.endswith("ي"):
            final_alif_vowels = _vowels(spelling, True)
    else:
        bare = _latin_bare(re.sub(r"c(?=[eiy])", "s", word_stem))  # French c before e, i is s: Naceur, Lamcid
        key = _key(bare)
        # A first vowel is written or not (Asafou, Assafou; Echoumoua, Achoumouaa): letters compare without it.
        bare = _first_vowel_dropped(bare)
        spelling, alternative = _respelled(bare, ""), _respelled(bare, "a")
    # stem() keeps the article of a short word (الغد), which Latin writes apart (Al Ghad): not a consonant.
    read = spelling[2:] if arabic and spelling.startswith("ال") and len(spelling) > 3 else spelling
    readings = ((key, _vowels(read if arabic else _respelled(bare, "e"), arabic, final_alif)),)
    if construct and arabic and spelling.endswith("ه"):
        as_t = spelling[:-1] + "ت"
        readings += ((_key(as_t), _vowels(as_t, True)),)
    if not arabic and len(word_stem) >= 5 and re.search(r"[^aeiou]ah$", word_stem):
        # A final "-ah" is ة in English-style spellings (Samirah, Mahabbah) as well as ح (Salah): both readings.
        as_ta = _latin_bare(word_stem[:-1])
        readings += ((_key(as_ta), _vowels(_respelled(_first_vowel_dropped(as_ta), "e"), False)),)
    if not arabic and "th" in word_stem:
        with_h = word_stem.replace("th", "t'h")
        readings += ((_key(with_h), _vowels(_respelled(with_h, "e").replace("'", ""), False)),)
    # The search vocabulary (tadamon/common/data/search_vocabulary.csv) names products and sectors in
    # Arabic, French and English: ماعز and "caprin" are one word of a name, whatever their letters.
    concept = word_terms(word_stem).concept if len(word_stem) > 2 else None
    if word_stem in PRODUCT_ADJECTIVES:
        concept = CONCEPT_MARK + PRODUCT_ADJECTIVES[word_stem]
    if concept in _generic_concepts():
        concept = None  # a word the generic ones left distinctive: الفلاح is "success", not farming
    return Word(word_stem, spelling, alternative, key, readings[0][1], arabic, readings, concept, final_alif_vowels,
                articled)


LATIN_ARTICLES = frozenset({"al", "el"})  # written apart: Al Majd, El Fath
DARIJA_ARTICLE = re.compile(r"^l(?=[bcdfghjkmnpqrstvwxz][aeiouy])")  # Lmaati, Lhaj, Lfirdaous: the article "l"


def _latin_bare(word: str) -> str:
    if len(word) <= 4:
        return word
    return DARIJA_ARTICLE.sub("", LATIN_ARTICLE.sub("", word))  # Annour, Elbaraka, Lmaati


def _first_vowel_dropped(bare: str) -> str:
    return re.sub(r"^[aei](?=[^aeiouy])", "", bare) if len(bare) > 3 else bare


AS_WRITTEN, SWAPPED = "as written", "swapped"
# Consonants of the skeleton typed or heard for one another (voiced/voiceless, nasals, liquids, g/gh, h/kh).
NEAR_CONSONANTS = frozenset(pair for near in ("td", "sz", "nm", "rl", "kR", "hx", "bf", "sS", "jz")
                            for pair in (near, near[::-1]))


@lru_cache(maxsize=20_000)
def _slip_readings(word: Word) -> dict[str, list[tuple]]:
    """What a one-letter slip leaves of a long word: skeleton → (vowel pattern, how) for the word as
    written, with one letter inside it left out (how: where its skeleton changed, None for a vowel),
    and with two letters inside it swapped. The first and last letters stay: endings make words.
    Empty for a word too short for a slip to be told from another word."""
    text = word.text
    if len(text) < (SLIP_ACROSS_ARABIC if word.arabic else SLIP_ACROSS_LATIN):
        return {}
    if word.arabic:
        final_alif = word.alif_reading is None
        readings = [(_key(v), _vowels(_collapse(v), True, final_alif), v)
                    for v in {text[:i] + text[i + 1:] for i in range(1, len(text) - 1)}]
        readings += [(_key(v), _vowels(_collapse(v), True, final_alif), SWAPPED)
                     for v in {text[:i] + text[i + 1] + text[i] + text[i + 2:] for i in range(1, len(text) - 2)}]
        written = [(word.key, word.vowels)]
    else:
        bare = _latin_bare(text)
        readings = [(_key(v), _vowels(_respelled(_first_vowel_dropped(v), "e"), False), v)
                    for v in {bare[:i] + bare[i + 1:] for i in range(1, len(bare) - 1)}]
        readings += [(_key(v), _vowels(_respelled(_first_vowel_dropped(v), "e"), False), SWAPPED)
                     for v in {bare[:i] + bare[i + 1] + bare[i] + bare[i + 2:] for i in range(1, len(bare) - 2)}]
        written = word.readings
    found = defaultdict(list)
    for key, vowels in written:
        found[key].append((vowels, AS_WRITTEN))
    for key, vowels, how in readings:
        if how != SWAPPED:  # None for a vowel left out, else (place in the skeleton, consonant left out)
            place = next((i for i, (a, b) in enumerate(zip(key, word.key, strict=False)) if a != b), len(key))
            how = None if key == word.key else (place, word.key[place] if place < len(word.key) else "")
        if (vowels, how) not in found[key]:
            found[key].append((vowels, how))
    return dict(found)


def _one_slip(latin_how, arabic_how) -> bool:
    """A letter added or two swapped on one side, or one typed for another: a vowel, or a
    consonant for one that sounds or types alike (t/d, n/m, r/l, g/gh...) at the same place of the
    skeleton, left out of both."""
    if AS_WRITTEN in (latin_how, arabic_how):
        return latin_how != arabic_how
    if latin_how is None or arabic_how is None or SWAPPED in (latin_how, arabic_how):
        return latin_how is None and arabic_how is None
    return latin_how[0] == arabic_how[0] and latin_how[1] + arabic_how[1] in NEAR_CONSONANTS


def _slip_across(arabic: Word, latin: Word) -> bool:
    """A long Latin word one slip away from an Arabic word, or the other way round (Tikiounie /
    تيكيوين, Amhgnass / أمغناس, Timouzga / تيموزغا)."""
    if Levenshtein.distance(arabic.key, latin.key, score_cutoff=2) > 2:
        return False
    arabic_readings, latin_readings = _slip_readings(arabic), _slip_readings(latin)
    if not arabic_readings or not latin_readings:
        return False
    return any(_one_slip(latin_how, arabic_how) and _same_vowels(arabic_vowels, latin_vowels)
               for key, latin_patterns in latin_readings.items() for latin_vowels, latin_how in latin_patterns
               for arabic_vowels, arabic_how in arabic_readings.get(key, ()))


def name_form(name: str) -> NameForm | None:
    """One written name as the check compares it. Cached: the registry's 60,000 names are read again
    whenever one is added (the index is rebuilt), and the places the reading depends on are in the key."""
    return _name_form(name, _places["signature"])


@lru_cache(maxsize=262_144)
def _name_form(name: str, places_signature) -> NameForm | None:  # noqa: C901 — one pass over the words, a case per kind of word
    name = re.sub(r"\b((?:[A-Za-z]\.){2,}[A-Za-z]?)\.?", lambda m: m.group(1).replace(".", ""), name)  # G.I.E
    whole = normalize_text(name)
    if not whole:
        return None
    distinctive, generic, named_places = [], set(), set()
    # Normalisation writes ى as ي: the words the name wrote with a final ى ("a"), the others end in "i".
    final_alif = written_with_final_alif(name)
    words, written = [], []  # normalised, and as the name wrote them
    for word, as_written in zip(whole.split(), _written_words(name, whole), strict=True):
        if word[:1] == "ب" and word[1:] in PLACE_MARKERS:
            word = word[1:]  # "in" glued to Aït: بأيت ملول
        if words and words[-1] in SON_OF:
            word, as_written = words.pop() + word, f"{written.pop()} {as_written}"
        words.append(word)
        written.append(as_written)
    shown = []
    phrase_end = 0
    for position, word in enumerate(words):
        if position < phrase_end:
            continue  # a word of a product named in several words, already counted
        phrase = _product_phrase(words, position)
        if phrase:
            phrase_end, concept = phrase
            # "figue de barbarie" is one product, the same as "cactus" or الصبار.
            distinctive.append(dataclasses.replace(make_word("".join(words[position:phrase_end])), concept=concept))
            shown.append(" ".join(written[position:phrase_end]))
            continue
        as_written = written[position]
        if position and len(words[position - 1]) == 1 and generic_meaning(words[position - 1]) is None \
                and not is_arabic(word):
            word = words[position - 1] + word  # a letter before an apostrophe: M'gouna, N'Tifawin
            as_written = f"{written[position - 1]}'{as_written}"
        meaning = generic_meaning(word)
        if meaning is None:
            meaning = _generic_slips().get(stem(word))
        if meaning is not None:
            if meaning != "filler":
                generic.add(meaning)
            continue
        following = words[position + 1] if position + 1 < len(words) else ""
        if len(word) == 2 and word[0] in "ae" and following.startswith(word[1]):
            continue  # the article before a sun letter, written apart: "Er-Riad", "En-Nakhla"
        if len(word) == 1 and following and not is_arabic(word):
            continue  # joined to the next word
        place_words = _places["texts"]
        if is_arabic(word) and word[:1] == "ب" and len(word) >= 4 and word not in place_words \
                and stem(word[1:]) in place_words:
            word = word[1:]  # "in" glued to a place: بتاهلة is "in Tahala"
        if position and words[position - 1] in PLACE_MARKERS:
            named_places.add(len(distinctive))
        word_stem = stem(word)
        # Without the article and before a distinctive word, a word ending in ة may head a construct.
        construct = (word_stem == word and is_arabic(following) and generic_meaning(following) is None
                     and (following.startswith("ال") or stem(following) == following))  # not للكسكس
        articled = word_stem != word or (not is_arabic(word) and (
            (position and words[position - 1] in LATIN_ARTICLES) or (len(word) > 4 and LATIN_ARTICLE.match(word))))
        made = make_word(word_stem, word in final_alif, construct, bool(articled))
        if made.concept and (word_stem in place_words or (word in final_alif and word_stem not in vocabulary().forms)):
            # Tissa is a town, not weaving ("tisse"); لبنى (Loubna) is a name, not milk (لبن + ي).
            made = dataclasses.replace(made, concept=None)
        distinctive.append(made)
        shown.append(as_written)
    arabic = is_arabic(whole)
    return NameForm(whole, " ".join(w.text for w in distinctive), " ".join(w.key for w in distinctive),
                    frozenset(generic), arabic, tuple(distinctive), frozenset(named_places), tuple(shown))


ONE_WORD = re.compile(r"[^\w\u064b-\u065f\u0670]*[\w\u064b-\u065f\u0670]+[^\w\u064b-\u065f\u0670]*")


def _written_words(name: str, whole: str) -> list[str]:
    """Each word of the normalised name as the name wrote it ("Dadès" for dades, "الزيتونة" for الزيتونه),
    without the punctuation around it; the normalised word where the two cannot be lined up."""
    normalised = whole.split()
    pieces = name.split()
    if len(pieces) == len(normalised) and all(map(ONE_WORD.fullmatch, pieces)):
        return [piece.strip(PUNCTUATION) for piece in pieces]  # a word per piece, as most names are written
    written = []
    for piece in pieces:
        parts = normalize_text(piece).split()
        if len(parts) == 1:
            written.append(piece.strip(PUNCTUATION) or parts[0])
        elif parts:  # d'argan, Tin-Hinane: a word each side of the apostrophe or hyphen
            inside = [part for part in re.split(r"[^\w\u064b-\u065f\u0670]+", piece) if normalize_text(part)]
            written.extend(inside if len(inside) == len(parts) else parts)
    return written if len(written) == len(normalised) else normalised


GENERIC_SLIP_LENGTH = {True: 6, False: 7}
KIND_MEANINGS = frozenset({"cooperative", "association", "group", "union"})  # the word every name starts with  # letters of a generic word, Arabic or Latin, read through a slip


@lru_cache(maxsize=1)
def _generic_slips() -> dict[str, str]:
    """Generic words typed with one slip — the ة of the kind of organisation left out (جمعي), and in a long word a letter doubled (الفلاحيية), one of the same shape
    with other dots or a key beside it (التسائية), one left out inside (associaton), two swapped (القريوة) — and their
    meaning: a slip in a generic word is not a distinctive word."""
    slips = {}
    for generic, meaning in GENERIC_STEMS.items():
        if meaning in KIND_MEANINGS and is_arabic(generic) and generic.endswith("ه"):
            slips.setdefault(generic[:-1], meaning)  # the kind's ة left out: جمعي الفجر
        if meaning == "filler" or len(generic) < GENERIC_SLIP_LENGTH[is_arabic(generic)]:
            continue
        for i in range(len(generic)):
            if 0 < i < len(generic) - 1:
                slips.setdefault(generic[:i] + generic[i] + generic[i:], meaning)
                slips.setdefault(generic[:i] + generic[i + 1:], meaning)
                slips.setdefault(generic[:i] + generic[i + 1] + generic[i] + generic[i + 2:], meaning)  # القريوة
            for pair in sorted(MISTAKEN_LETTERS, key=sorted):  # in an order of its own: a typo of two words keeps one
                if generic[i] in pair:
                    (other,) = pair - {generic[i]}
                    slips.setdefault(generic[:i] + other + generic[i + 1:], meaning)
    known = vocabulary()
    return {typed: meaning for typed, meaning in slips.items()
            if typed not in GENERIC_STEMS and typed not in known.forms and typed not in known.stems}


@lru_cache(maxsize=1)
def _phrase_starts() -> frozenset:
    """The first word of every product or sector of several words: most words start none."""
    return frozenset(keys[0] for keys in vocabulary().phrases)


def _product_phrase(words: list[str], position: int) -> tuple[int, str] | None:
    """(where it ends, its concept) when a product or sector of several words starts here."""
    first = strip_article(words[position]) if is_arabic(words[position]) else words[position]
    starts = _phrase_starts()
    if first not in starts and not (first[:1] in "لبو" and strip_article(first[1:]) in starts):
        return None
    known = vocabulary()
    for length in range(min(known.longest_phrase, len(words) - position), 1, -1):
        keys = tuple(strip_article(w) if is_arabic(w) else w for w in words[position:position + length])
        concept = known.phrases.get(keys)
        if not concept and keys[0][:1] in "لبو" and len(keys[0]) >= 4 and is_arabic(keys[0]):
            concept = known.phrases.get((strip_article(keys[0][1:]), *keys[1:]))  # لمستحضرات التجميل
        if concept and CONCEPT_MARK + concept not in _generic_concepts():
            return position + length, CONCEPT_MARK + concept
    return None


def name_forms(*names: str) -> tuple[NameForm, ...]:
    forms = (name_form(name) for name in names if name)
    return tuple(form for form in forms if form is not None)


# --- How alike two words are, and how much each counts -------------------------------------------

def _subsequence(short: str, long: str) -> bool:
    letters = iter(long)
    return all(ch in letters for ch in short)


# Products of the search vocabulary one of which is a kind of the other, or the same activity named
# by what it makes (élevage / ماعز, cosmétiques / الصابون, apiculture / العسل): a name describing its
# activity another way, not another name. Siblings (goat, sheep) stay different products.
RELATED_PRODUCTS = frozenset(
    frozenset((CONCEPT_MARK + narrow, CONCEPT_MARK + broad)) for broad, narrows in {
        "dates": "medjool boufeggous jihel", "livestock": "goat sheep camel bovine poultry rabbit",
        "cosmetics": "soap ghassoul kohl aloe", "cereal": "barley wheat quinoa seed", "pulses": "lentil chickpea",
        "aromatic": "thyme mint lavender rosemary verbena", "weaving": "carpet wool", "basketry": "basket doum",
        "honey": "beekeeping", "milk": "cheese", "fishing": "fish oyster seaweed",
    }.items() for narrow in narrows.split())
RELATED_PRODUCT_LIKENESS = 0.5


def word_likeness(a: Word, b: Word) -> float:
    """0 (unrelated) to 1 (the same word), as one word of a name tells one organisation from another."""
    if (a.spelling == b.spelling and a.arabic == b.arabic) or (a.concept is not None and a.concept == b.concept):
        return 1.0
    if a.concept and b.concept and frozenset((a.concept, b.concept)) in RELATED_PRODUCTS:
        return RELATED_PRODUCT_LIKENESS
    if a.arabic == b.arabic:
        shorter, longer = sorted((a.spelling, b.spelling), key=len)
        if not a.arabic and longer == shorter + "h" and shorter.endswith("a") and len(shorter) >= 4:
            return 1.0  # ة written "-ah" or "-a": Samirah, Samira
        # Both the letters and the skeleton must be close: vowels tell Tizi from Tazi, consonants Amal from Aman.
        letters = max(fuzz.ratio(a.spelling, b.spelling), fuzz.ratio(a.alternative, b.alternative)) / 100
        sounds = 1.0 if a.key == b.key else fuzz.ratio(a.key, b.key) / 100
        likeness = min(letters, sounds)
        if min(len(a.text), len(b.text)) <= 5 and letters < 1:
            likeness -= 0.1  # one letter of a short word makes another name
        final_ain = longer == shorter + "a" and shorter.endswith("i")  # a final ع after i: Yanabii, Yanabia
        # Two letters swapped in Arabic keep its letters: a slip, not a long vowel more or less.
        swapped = a.arabic and sorted(a.text) == sorted(b.text)
        if (a.spelling[-1] != b.spelling[-1] and not final_ain) or (a.arabic and a.key == b.key and not swapped):
            # Endings make words (feminine, nisba, plural: السلام/السلامة, Tighri/Tighra, Manar/Manara),
            # and Arabic writes its long vowels (السعد/السعيد): not a slip, another name.
            likeness = min(likeness, 0.6)
        elif _slip(a.text, b.text, SLIP_ACROSS_ARABIC if a.arabic and (swapped or len(a.text) != len(b.text))
                   else SLIP_LENGTH) and (
                swapped or not (a.arabic and a.key == b.key)):
            likeness = max(likeness, SLIP_LIKENESS)
    else:
        arabic, latin = (a, b) if a.arabic else (b, a)
        likeness = max(_across_scripts(arabic, arabic_reading, latin_reading)
                       for arabic_reading in arabic.readings for latin_reading in latin.readings)
        if likeness < SLIP_LIKENESS and _slip_across(arabic, latin):
            likeness = SLIP_LIKENESS
    # Close but not the same counts much less than the same: a slip in a long word still counts.
    return 1.0 if likeness >= 0.97 else max(0.0, (likeness - 0.6) / 0.4)


def _slip(a: str, b: str, length: int = SLIP_LENGTH) -> bool:
    """One letter typed wrong, added, left out or two swapped inside a long word (7 letters in Latin,
    6 in Arabic, which writes no short vowels), its first and last letters kept (Achoumouaa /
    Acohumouaa, تيليكيت / تيلكييت): a slip of the same name, worth a look."""
    return (min(len(a), len(b)) >= length and a[0] == b[0] and a[-1] == b[-1]
            and OSA.distance(a, b, score_cutoff=1) <= 1)


def _across_scripts(arabic: Word, arabic_reading: tuple, latin_reading: tuple) -> float:
    (arabic_key, arabic_vowels), (latin_key, latin_vowels) = arabic_reading, latin_reading
    likeness = 1.0 if arabic_key == latin_key else fuzz.ratio(arabic_key, latin_key) / 100 - 0.1
    if not _same_vowels(arabic_vowels, latin_vowels):
        if arabic.alif_reading and _same_vowels(arabic.alif_reading, latin_vowels):
            likeness -= ALIF_TYPED_YEH  # تيليلي is "Tilelli"; "Tilila" only if ي was typed for ى
        else:
            likeness -= 0.4  # Arabic writes its long vowels: a Latin spelling without them is another word
    return likeness


class Weights:
    """How much each distinctive word says about which organisation a name is: the rarer in the
    registry, the more; a product or a place says little whatever the count."""

    def __init__(self, index: "NameIndex", place_spellings: frozenset = frozenset()):
        self.index = index
        self.places = place_spellings
        self.cache: dict[Word, float] = {}
        self.common_above = max(3.0, len(index.entries) / 2000)

    def unseen(self, word: Word) -> bool:
        """Spelled as no registered name spells it: as common as the registered word it is like."""
        return word.spelling not in self.index.word_count

    def is_place(self, word: Word) -> bool:
        return word.spelling in self.places

    def __call__(self, word: Word) -> float:
        weight = self.cache.get(word)
        if weight is None:
            count = self.index.word_count.get(word.spelling, 0)
            if not count and len(word.key) >= 4:
                # Spelled in the other script only; short skeletons are shared by unrelated words.
                count = self.index.key_count.get(word.key, 0)
            weight = 1 / (1 + count / self.common_above)
            if word.concept or word.text in COMMON_WORDS or (word.text[:1] in "لوب" and word.text[1:] in COMMON_WORDS):
                weight *= 0.3
            elif word.spelling in self.places:
                weight *= PLACE_WEIGHT
            weight = max(weight, 0.02)
            self.cache[word] = weight
        return weight


class EveryWordCounts:
    """Weights when no registry is at hand: every word counts the same."""

    def __call__(self, word: Word) -> float:
        return 1.0

    def unseen(self, word: Word) -> bool:
        return False

    def is_place(self, word: Word) -> bool:
        return False


@dataclasses.dataclass
class Comparison:
    score: int
    reason: str
    proposed: str = ""  # the proposed distinctive part and the candidate's, for the reason
    existing: str = ""
    evidence: float = 0.0  # shared weight less the words left unshared: of two names scored alike, which first
    # The words as the names wrote them: those paired (proposed, existing, the same word), and those of one side only.
    pairs: tuple[tuple[str, str, bool], ...] = ()
    only_proposed: tuple[str, ...] = ()
    only_existing: tuple[str, ...] = ()
    existing_arabic: bool = False  # the existing name's form compared: its words are marked in that form


def _aligned(proposed: tuple[Word, ...], existing: tuple[Word, ...], likeness) -> list[tuple[float, int, int]]:
    """Each word paired with at most one of the other name's, the most alike first."""
    pairs = sorted(((likeness(p, e), i, j) for i, p in enumerate(proposed) for j, e in enumerate(existing)),
                   reverse=True)
    used_p, used_e, aligned = set(), set(), []
    for alike, i, j in pairs:
        if alike <= 0:
            break
        if i not in used_p and j not in used_e:
            used_p.add(i)
            used_e.add(j)
            aligned.append((alike, i, j))
    return aligned


def compare_forms(proposed: NameForm, existing: NameForm, weight=None, likeness=word_likeness) -> Comparison:
    weight = weight or EveryWordCounts()
    if proposed.whole == existing.whole:
        return Comparison(100, "identical", proposed.whole, existing.whole, 100.0)
    if not proposed.distinctive or not existing.distinctive:
        # Nothing distinctive on one side: only the whole wording can be compared.
        return Comparison(round(fuzz.ratio(proposed.whole, existing.whole) * 0.8), "generic_only",
                          proposed.whole, existing.whole)
    # A word after Aït, Ouled, Douar or Béni names a place, and weighs as one — unless it is all the name has
    # besides its products and places: then the tribe is the name (Association Aït Mzal pour les handicapés).
    p_places = proposed.named_places if _own_word(proposed, weight) else frozenset()
    e_places = existing.named_places if _own_word(existing, weight) else frozenset()
    p_weights = [weight(w) * (PLACE_WEIGHT if i in p_places else 1) for i, w in enumerate(proposed.distinctive)]
    e_weights = [weight(w) * (PLACE_WEIGHT if j in e_places else 1) for j, w in enumerate(existing.distinctive)]
    aligned = [(alike * PLACE_NAMED if (i in proposed.named_places) != (j in existing.named_places) else alike, i, j)
               for alike, i, j in _aligned(proposed.distinctive, existing.distinctive, likeness)]
    for alike, i, j in aligned:
        if alike == 1 and weight.unseen(proposed.distinctive[i]):
            p_weights[i] = e_weights[j]
    shared = sum(alike * (p_weights[i] + e_weights[j]) for alike, i, j in aligned)
    total = _cost(proposed, existing, p_weights, e_weights, aligned, weight)
    distinctive = shared / total
    if proposed.generic or existing.generic:
        generic = len(proposed.generic & existing.generic) / len(proposed.generic | existing.generic)
    else:
        generic = 1.0
    score = round(100 * ((1 - GENERIC_WEIGHT) * distinctive + GENERIC_WEIGHT * generic))
    contained = _contained(proposed, existing, p_weights, e_weights, aligned)
    if contained:
        score = max(score, 80)  # one is the other with a word added (a place, "argan"...)
    if proposed.text == existing.text:
        reason = "same_distinctive"
    elif all(alike == 1 for alike, _i, _j in aligned) and len(aligned) == len(proposed.distinctive) \
            == len(existing.distinctive):
        reason = "same_across_scripts" if proposed.arabic != existing.arabic else "sounds_alike"
    elif contained:
        reason = "contains"
    else:
        reason = "close_spelling"
    # Of two names scored alike, the one sharing rarer words and adding fewer words of its own first.
    # The reason quotes the words paired as alike enough to say so (a slip, a related product, the same word
    # naming a place); a weaker pairing is a word of each name's own.
    paired = sorted((pair for pair in aligned if pair[0] >= QUOTED_AS_ALIKE), key=lambda pair: pair[1])
    p_paired, e_paired = {i for _a, i, _j in paired}, {j for _a, _i, j in paired}
    return Comparison(score, reason, proposed.written, existing.written, 2 * shared - total,
                      pairs=tuple((proposed.shown[i], existing.shown[j], alike == 1) for alike, i, j in paired),
                      only_proposed=tuple(w for i, w in enumerate(proposed.shown) if i not in p_paired),
                      only_existing=tuple(w for j, w in enumerate(existing.shown) if j not in e_paired),
                      existing_arabic=existing.arabic)


def _own_word(form: NameForm, weight) -> bool:
    """Whether the name has a distinctive word of its own: no product, no place, not after Aït."""
    return any(word.concept is None and i not in form.named_places and not weight.is_place(word)
               and word.text not in PLACE_MARKERS for i, word in enumerate(form.distinctive))


def _cost(proposed: NameForm, existing: NameForm, p_weights, e_weights, aligned, weight) -> float:
    """What both names' distinctive words weigh. Next to the same rare word on both sides, a place
    one side adds ("X" / "X Erfoud") says where, not which organisation: it costs little. So it does
    next to a slip of that word ("X" / "X' Erfoud"), when only one side adds places."""
    rare_shared = [alike for alike, i, j in aligned if alike >= SLIP_SHARED and max(p_weights[i], e_weights[j]) >= 0.5]
    if not rare_shared:
        return sum(p_weights) + sum(e_weights)
    matched_p, matched_e = {i for _a, i, _j in aligned}, {j for _a, _i, j in aligned}
    p_added = [i in proposed.named_places or weight.is_place(word)
               for i, word in enumerate(proposed.distinctive) if i not in matched_p]
    e_added = [j in existing.named_places or weight.is_place(word)
               for j, word in enumerate(existing.distinctive) if j not in matched_e]
    if max(rare_shared) < 1 and any(p_added) and any(e_added):
        return sum(p_weights) + sum(e_weights)  # a slip and a place each: "X Tinghir" / "X' Agdz"
    return sum(w * PLACE_ADDED if i not in matched_p and (weight.is_place(word) or i in proposed.named_places)
               else w for i, (w, word) in enumerate(zip(p_weights, proposed.distinctive, strict=True))) + \
        sum(w * PLACE_ADDED if j not in matched_e and (weight.is_place(word) or j in existing.named_places)
            else w for j, (w, word) in enumerate(zip(e_weights, existing.distinctive, strict=True)))


def _contained(proposed: NameForm, existing: NameForm, p_weights, e_weights, aligned) -> bool:
    """One name's distinctive words are all in the other's, which has more, and they are distinctive
    themselves: one of them a word of 5 letters or more that few registered names use."""
    same = [(i, j) for alike, i, j in aligned if alike == 1]
    for words, weights, others, side in ((proposed.distinctive, p_weights, existing.distinctive, 0),
                                         (existing.distinctive, e_weights, proposed.distinctive, 1)):
        if len(same) == len(words) < len(others) and any(
                weights[pair[side]] >= 0.5 and len(words[pair[side]].text) >= 5 for pair in same):
            return True
    return False


def compare_names(proposed: Iterable[NameForm], existing: Iterable[NameForm], weight=None,
                  likeness=word_likeness) -> Comparison:
    """The closest pairing of any written form of one name with any of the other's."""
    existing = list(existing)
    best = Comparison(0, "generic_only")
    for p in proposed:
        for e in existing:
            found = compare_forms(p, e, weight, likeness)
            if (found.score, found.evidence) > (best.score, best.evidence):
                best = found
    return best


PUNCTUATION = "\"'’«»“”()[]{},.;:!?-–—_/"
def _quoted(words: Iterable[str]) -> str:
    return listed(quoted(word) for word in words)


def _pairs(c: Comparison) -> str:
    """The paired words: «Amal» when both names write it so, «Tafout» ~ «Tafoukt» or «تيفاوين» ~ «Tifawin» when not."""
    return listed(quoted(p) if p == e else f"{quoted(p)} ~ {quoted(e)}" for p, e, _same in c.pairs)


def _added(c: Comparison) -> str:
    if c.only_existing and not c.only_proposed:
        return _("This name is the proposed one with %(added)s added: %(shared)s.") % {
            "added": _quoted(c.only_existing), "shared": _pairs(c)}
    return _("The proposed name is this one with %(added)s added: %(shared)s.") % {
        "added": _quoted(c.only_proposed), "shared": _pairs(c)}


def _close(c: Comparison) -> str:
    sentences = []
    if c.pairs:
        alike = _("Same distinctive words: %(pairs)s.") if all(same for _p, _e, same in c.pairs) \
            else _("Distinctive words alike: %(pairs)s.")
        sentences.append(alike % {"pairs": _pairs(c)})
    if c.only_proposed:
        sentences.append(_("Only in the proposed name: %(words)s.") % {"words": _quoted(c.only_proposed)})
    if c.only_existing:
        sentences.append(_("Only in this name: %(words)s.") % {"words": _quoted(c.only_existing)})
    return " ".join(sentences)


# Each reason quotes the distinctive words as the names wrote them, word by word: the page marks the
# same words in the name itself.
REASONS = {
    "identical": lambda c: _("Same name once spelling is normalised."),
    "same_across_scripts": lambda c: _("Same distinctive words in the other script: %(pairs)s.") % {"pairs": _pairs(c)},
    "same_distinctive": lambda c: _("Same distinctive words, %(pairs)s; only generic words differ.")
    % {"pairs": _pairs(c)},
    "sounds_alike": lambda c: _("Distinctive words spelled differently but sounding the same: %(pairs)s.")
    % {"pairs": _pairs(c)},
    "contains": _added,
    "close_spelling": _close,
    "generic_only": lambda c: _("Only generic words to compare."),
}


# --- The index of names already taken ------------------------------------------------------------

@dataclasses.dataclass(frozen=True)
class Entry:
    """A name already taken: a registered organisation or a name request."""

    source: str  # "organization" or "request"
    pk: int
    name_ar: str
    name_latin: str
    detail: str  # status of the organisation or of the request
    forms: tuple[NameForm, ...]


class NameIndex:
    """Every name already taken, with the lookups the candidates come from: each whole name; each
    distinctive word, by spelling, with the names holding it (the shortest names first); the
    spellings of each skeleton and of each product or trade."""

    def __init__(self, entries: list[Entry]):
        self.entries = entries
        self.by_whole: dict[str, list[int]] = {}
        by_spelling: dict[str, list[int]] = defaultdict(list)
        self.words: dict[str, Word] = {}
        key_count: Counter = Counter()
        self.size: list[int] = []  # distinctive words of each entry's longest form
        for position, entry in enumerate(entries):
            # The spellings in the name's order (a dict, not a set): the order of self.spellings breaks
            # ties among the most alike words, the same from one process to the next.
            spellings, keys = {}, set()
            for form in entry.forms:
                self.by_whole.setdefault(form.whole, []).append(position)
                for word in form.distinctive:
                    spellings[word.spelling] = None
                    keys.add(word.key)
                    self.words.setdefault(word.spelling, word)
            for spelling in spellings:
                by_spelling[spelling].append(position)
            key_count.update(keys)
            self.size.append(max((len(form.distinctive) for form in entry.forms), default=0))
        self.by_spelling = {spelling: sorted(owners, key=lambda i: (self.size[i], i))
                            for spelling, owners in by_spelling.items()}
        self.spellings_of: dict[str, list[str]] = defaultdict(list)
        self.spellings_meaning: dict[str, list[str]] = defaultdict(list)
        for spelling, word in self.words.items():
            self.spellings_of[word.key].append(spelling)
            if word.concept:
                self.spellings_meaning[word.concept].append(spelling)
        self.spellings, self.keys = list(self.by_spelling), list(self.spellings_of)
        # The registered skeletons with one letter left out: where a slip in the other script meets them.
        self.keys_less_one: dict[str, list[str]] = defaultdict(list)
        for key in self.keys:
            if len(key) >= 3:
                for less in {key[:i] + key[i + 1:] for i in range(len(key))}:
                    self.keys_less_one[less].append(key)
        self.word_count = Counter({spelling: len(owners) for spelling, owners in self.by_spelling.items()})
        self.key_count = key_count

    def candidates(self, forms: tuple[NameForm, ...], weight, likeness=word_likeness) -> set[int]:
        """Entries worth scoring in full: those holding a registered word like one of the name's
        distinctive words (spelled alike, or with a skeleton alike), ranked as the full score
        would rank them, by how much the words they share weigh."""
        gathered: dict[int, float] = defaultdict(float)
        # In the names' order, not a set's: sums of floats in another order rank ties otherwise from run to run.
        for word in dict.fromkeys(w for form in forms for w in form.distinctive):
            found: dict[int, float] = {}
            for spelling in self.alike(word):
                registered = self.words[spelling]
                value = likeness(word, registered)
                if not value:
                    continue
                registered_weight = weight(registered)
                value *= registered_weight + (registered_weight if value == 1 and weight.unseen(word)
                                              else weight(word))
                for position in self.by_spelling[spelling][:POSTINGS]:
                    if found.get(position, 0) < value:
                        found[position] = value
            for position, value in found.items():
                gathered[position] += value
        ranked = sorted(gathered, key=lambda i: (-gathered[i], self.size[i], i))
        return set(ranked[:CANDIDATES])

    def alike(self, word: Word) -> set[str]:
        """Registered spellings like a word: spelled alike, with a skeleton alike, one slip away, or naming
        the same product or trade in any language."""
        alike = {spelling for spelling, _score, _i in process.extract(
            word.spelling, self.spellings, scorer=fuzz.ratio, limit=SIMILAR_WORDS, score_cutoff=70)}
        for key, _score, _i in process.extract(word.key, self.keys, scorer=fuzz.ratio, limit=SIMILAR_WORDS,
                                               score_cutoff=75):
            alike.update(self.spellings_of[key])
        for slipped in _slip_readings(word):
            if len(slipped) >= 3:
                for key in (slipped, *self.keys_less_one.get(slipped, ())):
                    alike.update(self.spellings_of.get(key, ()))
        if word.concept:  # the same product in another language: جوز and noix
            alike.update(self.spellings_meaning.get(word.concept, ()))
        return alike

    def names_holding(self, word: Word) -> int:
        """How many names hold the word, in any script or spelling (النور, Annour, Ennour): those holding
        a word of its skeleton that is the same word; not every word of that skeleton ("ds" is Dadès, and
        Adios, and Dis)."""
        same = [spelling for spelling in self.spellings_of.get(word.key, ())
                if spelling == word.spelling or word_likeness(word, self.words[spelling]) == 1]
        if len(same) == 1:
            return self.word_count[same[0]]
        return len(set().union(*(self.by_spelling[spelling] for spelling in same)))

    def identical(self, forms: tuple[NameForm, ...]) -> set[int]:
        return {i for form in forms for i in self.by_whole.get(form.whole, ())}


_registered = {"signature": None, "index": None, "verified": 0.0}
_lock = threading.Lock()
FULL_CHECK_SECONDS = 30  # the full aggregate, against changes that send no signal, at most this often


def _registry_signature(full: bool = False) -> tuple:
    """What tells that the registered names changed, cheaply: the token the registry's signals change
    on every save, delete and import (tadamon/registry/signals.py), and the highest id (an index lookup,
    for rows written without signals: bulk_create). `full` adds the number of organisations and the
    latest update, an aggregate over every organisation (~30 ms at 60,000), for a queryset update()."""
    from tadamon.registry.models import Organization
    from tadamon.registry.signals import names_version

    top = Organization.objects.order_by("-pk").values_list("pk", flat=True).first()
    signature = (names_version(), top)
    if full:
        signature += tuple(Organization.objects.aggregate(n=Count("pk"), last=Max("updated_at")).values())
    return signature


def registered_index() -> NameIndex:
    """The registered organisations' names, rebuilt when one is added, renamed or removed."""
    from tadamon.registry.models import Organization

    signature = _registry_signature()
    with _lock:
        stale = (_registered["signature"] is None or _registered["signature"][:2] != signature
                 or _registered.get("places") != _places["signature"])  # names are read with the places known
        if not stale and time.monotonic() - _registered["verified"] > FULL_CHECK_SECONDS:
            signature = _registry_signature(full=True)
            stale = _registered["signature"] != signature
            _registered["verified"] = time.monotonic()
        if stale:
            signature = _registry_signature(full=True)
            rows = Organization.objects.values_list("pk", "name_ar", "name_latin", "status").order_by("pk")
            _registered["index"] = NameIndex([
                Entry("organization", pk, name_ar, name_latin, status, name_forms(name_ar, name_latin))
                for pk, name_ar, name_latin, status in rows.iterator(chunk_size=5000)])
            _registered.update(signature=signature, verified=time.monotonic(), places=_places["signature"])
        return _registered["index"]


def requests_index(today: datetime.date, excluding: int | None = None) -> NameIndex:
    """Name requests still pending, and names approved within the reservation period."""
    from tadamon.funding.enums import NameRequestStatus
    from tadamon.funding.models import NameRequest

    since = today - datetime.timedelta(days=RESERVATION_DAYS)
    requests = (NameRequest.objects.filter(status=NameRequestStatus.PENDING)
                | NameRequest.objects.filter(status=NameRequestStatus.APPROVED, decided_at__date__gte=since))
    if excluding:
        requests = requests.exclude(pk=excluding)
    return NameIndex([
        Entry("request", r.pk, r.name_ar, r.name_latin, r.status, name_forms(r.name_ar, r.name_latin))
        for r in requests.only("pk", "name_ar", "name_latin", "status")])


# --- The check ---------------------------------------------------------------------------------

@dataclasses.dataclass
class Match:
    source: str
    pk: int
    name_ar: str
    name_latin: str
    detail: str
    score: int
    reason_code: str
    reason: str
    # Per form of the existing name ("ar", "latin"), its words paired with the proposed name's, as written:
    # the page marks them. The reason quotes those of the form that scored best.
    marked: dict[str, tuple[str, ...]] = dataclasses.field(default_factory=dict)

    @property
    def verdict(self) -> str:
        return "clash" if self.score >= CLASH else "close" if self.score >= CLOSE else "distant"


@dataclasses.dataclass
class NameCheck:
    name_ar: str
    name_latin: str
    grade: str  # strong, medium, weak
    grade_reason: str
    matches: list[Match]

    @property
    def verdict(self) -> str:
        """clash, close or clear: the closest name decides."""
        if self.matches and self.matches[0].verdict != "distant":
            return self.matches[0].verdict
        return "clear"

    def as_dict(self) -> dict:
        return {
            "name_ar": self.name_ar, "name_latin": self.name_latin, "verdict": self.verdict,
            "grade": self.grade, "grade_reason": self.grade_reason,
            "matches": [dataclasses.asdict(m) | {"verdict": m.verdict} for m in self.matches],
        }


def check_name(name_ar: str = "", name_latin: str = "", *, limit: int = 10, include_requests: bool = True,
               excluding_request: int | None = None, today: datetime.date | None = None) -> NameCheck:
    """The closest names already taken, best first, with a score (0-100) and the reason, and the
    distinctiveness grade of the proposed name. Either form may be empty; a single name in any
    script may be given as `name_ar` or `name_latin`."""
    known_places = places()  # first: a word glued to a place's name is read with them (بتاهلة)
    forms = name_forms(name_ar, name_latin)
    indexes = [registered_index()]
    if include_requests:
        indexes.append(requests_index(today or timezone.localdate(), excluding=excluding_request))
    weight = Weights(indexes[0], known_places[2])
    # The same word pairs come back candidate after candidate.
    likeness = _remembered(_unknown_slips(word_likeness, indexes[0]))
    # Of pairings scored alike, the reason quotes the forms in the page's script: «Dadès» on a French page.
    arabic_first = arabic_names_first()
    forms = tuple(sorted(forms, key=lambda form: form.arabic != arabic_first))
    scored = []
    for index in indexes:
        for position in index.candidates(forms, weight, likeness) | index.identical(forms):
            entry = index.entries[position]
            existing = sorted(entry.forms, key=lambda form: form.arabic != arabic_first)
            scored.append((compare_names(forms, existing, weight, likeness), entry))
    # Of names scored alike, the one sharing rarer words first; reasons written for those shown only.
    scored.sort(key=lambda pair: (-pair[0].score, -pair[0].evidence, pair[1].source, pair[1].pk))
    matches = [Match(entry.source, entry.pk, entry.name_ar, entry.name_latin, entry.detail, found.score,
                     found.reason, REASONS[found.reason](found), _marked(forms, entry, found, weight, likeness))
               for found, entry in scored[:limit]]
    grade, grade_reason = distinctiveness(forms, indexes[0], known_places)
    return NameCheck(name_ar, name_latin, grade, grade_reason, matches)


def _marked(forms: tuple[NameForm, ...], entry: Entry, found: Comparison, weight, likeness) -> dict:
    """The words to mark in each form of a name shown: those the reason quotes in the form that scored, and
    in its other form those paired with the proposed name's (the same words, most often, in the other script)."""
    marked = {"ar" if found.existing_arabic else "latin": tuple(e for _p, e, _same in found.pairs)}
    for form in entry.forms:
        script = "ar" if form.arabic else "latin"
        if script not in marked:
            other = compare_names(forms, (form,), weight, likeness)
            marked[script] = tuple(e for _p, e, _same in other.pairs)
    return marked


def distinctiveness(forms: tuple[NameForm, ...], index: NameIndex, known_places: tuple | None = None) -> tuple[str, str]:
    """strong, medium or weak, with why: the fewer registered names share its distinctive words,
    the stronger; generic words or a place name alone make it weak."""
    # In the forms' order (the page's script first): of words as rare, the reason quotes the one the reader reads.
    words = {word.text: word for form in forms for word in form.distinctive}
    written = {text: shown for form in forms for text, shown in zip(form.words, form.shown, strict=True)}
    if not words:
        return "weak", _("The name has only generic words (cooperative, women, agricultural, development...): "
                         "nothing in it tells this organisation apart from others.")
    place_texts, place_words, _spellings = known_places or places()

    def is_place(word: Word) -> bool:
        # Written as a place is, or the same word in the other script or another spelling (داديس, Dadès) —
        # not a product whose letters sound like one (تمور is dates, not Tamri).
        return word.text in place_texts or (word.concept is None and any(
            word_likeness(word, place) == 1 for place in place_words.get(word.key, ())))

    own = [word for word in words.values() if not is_place(word) and word.concept is None]
    if not own:
        # Places and what it makes or does: they say where and what, not which organisation (Coopérative argan Tinghir).
        if any(word.concept for word in words.values()):
            return "weak", _("The name says only where the organisation is or what it does (%(words)s), which does "
                             "not tell one organisation from another.") % {"words": listed(
                                 quoted(written.get(text, text)) for text in words)}
        return "weak", _("The name's only distinctive word is a place name (%(place)s), which does not tell one "
                         "organisation from another.") % {"place": listed(
                             quoted(place) for place in sorted(written.get(text, text) for text in words))}
    common_above = max(10, len(index.entries) // 1000)
    counts = {word.text: index.names_holding(word) for word in own}
    if all(count >= common_above for count in counts.values()):
        text, count = max(counts.items(), key=lambda item: item[1])
        return "medium", ngettext(
            "The name's distinctive word «%(word)s» is already in %(count)s registered name: add a word of your own "
            "to tell this organisation apart.",
            "The name's distinctive word «%(word)s» is already in %(count)s registered names: add a word of your own "
            "to tell this organisation apart.", count) % {"word": written.get(text, text), "count": format_number(count)}
    word, count = min(counts.items(), key=lambda item: item[1])
    if not count:
        return "strong", _("The name's distinctive word «%(word)s» is in no registered name: it tells this "
                           "organisation apart.") % {"word": written.get(word, word)}
    return "strong", ngettext(
        "The name's distinctive word «%(word)s» is in %(count)s registered name: it tells this organisation apart.",
        "The name's distinctive word «%(word)s» is in %(count)s registered names: it tells this organisation apart.",
        count) % {"word": written.get(word, word), "count": format_number(count)}


def places() -> tuple[frozenset, dict, frozenset]:
    """Every province and commune name, in both scripts: its words as written, its words as the check
    compares them by skeleton, and their spellings."""
    from tadamon.registry.models import Commune, Province

    # Counts, and the first and last commune by name: a commune renamed or replaced is seen too (two queries).
    signature = (Province.objects.count(),
                 *Commune.objects.aggregate(Count("pk"), Max("pk"), Min("name_fr"), Max("name_fr")).values())
    if _places["signature"] != signature:
        texts, by_key, spellings = set(), defaultdict(set), set()
        for model in (Province, Commune):
            for name_ar, name_fr in model.objects.values_list("name_ar", "name_fr"):
                for form in name_forms(name_ar, name_fr):
                    texts.update(form.words)
                    for word in form.distinctive:
                        by_key[word.key].add(word)
                        spellings.add(word.spelling)
        _places.update(signature=signature, texts=frozenset(texts), keys={k: tuple(v) for k, v in by_key.items()},
                       spellings=frozenset(spellings))
    return _places["texts"], _places["keys"], _places["spellings"]


UNKNOWN_SLIP_LENGTH = 4  # letters of a word, for a slip of a word no registered name has
# Letters one mistakes for another when typing or reading, the usual models of a slip: in Arabic those
# of one shape told apart by their dots (ب ت ث ن ي, س ش, ج ح خ...); keys side by side or one above the
# other on an AZERTY or a QWERTY keyboard, and on the Arabic one of computers and phones: there, of its
# consonants only ("_" is a key left out: لا, and ى and ة, endings read as ي and ه). A long vowel for
# another, or for a consonant, makes another name (أكال, أكيل; الوئام, الوسام).
SAME_SHAPE = ("بتثنيئ", "جحخ", "دذ", "رز", "سش", "صض", "طظ", "عغ", "فق")
KEYBOARDS = (("azertyuiop", "qsdfghjklm", "wxcvbn"), ("qwertyuiop", "asdfghjkl", "zxcvbnm"),
             ("ضصثقفغعهخحجد", "شسيبلاتنمكط", "ئءؤر___وزظ"))
ARABIC_VOWEL_KEYS = frozenset("اوي")


def _neighbour_keys() -> list[frozenset]:
    pairs = []
    for rows in KEYBOARDS:
        rows = [[normalize_arabic(key) for key in row] for row in rows]  # as words are compared: ئ is ي
        pairs += [(row[i], row[i + 1]) for row in rows for i in range(len(row) - 1)]
        pairs += [pair for upper, lower in zip(rows, rows[1:], strict=False) for pair in zip(upper, lower, strict=False)]
    return [frozenset(pair) for pair in pairs if len(pair[0]) == len(pair[1]) == 1 and "_" not in pair
            and pair[0] != pair[1] and not ARABIC_VOWEL_KEYS.intersection(pair)]


MISTAKEN_LETTERS = frozenset(
    [frozenset((a, b)) for group in SAME_SHAPE for a in group for b in group if a != b] + _neighbour_keys())


def _mistaken_letter(proposed: str, existing: str, first: bool = False) -> bool:
    """The same word but for one letter, after the first (or the first too), that is easily mistaken for
    the other."""
    if len(proposed) != len(existing) or (proposed[0] != existing[0] and not first):
        return False
    differ = [(a, b) for a, b in zip(proposed, existing, strict=True) if a != b]
    return len(differ) == 1 and frozenset(differ[0]) in MISTAKEN_LETTERS


SLIP_VOWELS = frozenset("اوي")  # Latin's vowels change names (Tazi, Tizi) more often than typing does


def _letter_left_out(proposed: str, existing: str, last: bool = False) -> bool:
    """One word is the other with one letter more after its first: an Arabic long vowel written or not,
    either way and at the end too (تيري for تايري), or any letter the proposed word left out inside it,
    its last kept unless `last` (أغوم for أغروم, Amaar for Amanar): a finger that slipped."""
    shorter, longer = sorted((proposed, existing), key=len)
    if len(longer) != len(shorter) + 1:
        return False
    proposed_shorter = len(proposed) < len(existing)
    return any(longer[:i] + longer[i + 1:] == shorter
               and (longer[i] in SLIP_VOWELS or (proposed_shorter and (last or i < len(longer) - 1)))
               for i in range(1, len(longer)))


def _letters_swapped(proposed: str, existing: str, vowels: bool = False) -> bool:
    """Two consonants side by side swapped, after the first letter (البرةك for البركة, moutosn for moutons).
    A vowel moved makes another word (Ighil, Ighli; أزول, أزلو), unless `vowels`."""
    if len(proposed) != len(existing) or proposed == existing:
        return False
    differ = [i for i, (a, b) in enumerate(zip(proposed, existing, strict=True)) if a != b]
    return len(differ) == 2 and differ[0] > 0 and differ[1] == differ[0] + 1 \
        and proposed[differ[0]] == existing[differ[1]] and proposed[differ[1]] == existing[differ[0]] \
        and (vowels or not any(letter in "اويىaeiouy" for letter in existing[differ[0]:differ[1] + 1]))


def _article_slip(proposed: Word, existing: Word) -> bool:
    """The Arabic article typed with one of its letters only, joined to the word (اتراث, لتراث for
    التراث): the word is the registered one without the article."""
    return proposed.arabic and proposed.text[:1] in "ال" and len(existing.text) >= 3 \
        and proposed.text[1:] == existing.text


ARABIC_WORDS = Path(__file__).resolve().parent.parent / "data" / "arabic_words.txt.gz"


@lru_cache(maxsize=1)
def arabic_words() -> frozenset:
    """The words of the Arabic language as the check reads them (without article, normalised): the
    Ayaspell spelling dictionary's 108,000 words (tadamon/funding/data/README.md). 0.3 s, once."""
    with gzip.open(ARABIC_WORDS, "rt", encoding="utf-8") as lines:
        return frozenset(stem(normalize_text(word)) for word in lines.read().split())


@lru_cache(maxsize=1)
def _dictionary_by_key() -> dict[str, tuple[str, ...]]:
    """The dictionary's words by consonant skeleton, the key Latin spellings share with them."""
    by_key = defaultdict(list)
    for word in sorted(arabic_words()):
        by_key[_key(word)].append(word)
    return {key: tuple(words) for key, words in by_key.items()}


@lru_cache(maxsize=20_000)
def _read_as_arabic(word: Word) -> frozenset:
    """The words of Arabic a Latin word may be written for (Majid: ماجد, مجيد, أماجد...)."""
    return frozenset(candidate for key, _ in word.readings for candidate in _dictionary_by_key().get(key, ())
                     if word_likeness(word, make_word(candidate)) == 1.0)


def _commonest_slip(typed: str, meant: str) -> bool:
    """Letters left out or two swapped: the slips that most often leave another real word (المران for
    المرجان, Altass for Atlass)."""
    return len(typed) < len(meant) or _letters_swapped(typed, meant)


def _unknown_slips(likeness, index: NameIndex):
    """A proposed word that no registered name holds, the same as a registered word but for one letter
    easily mistaken for its own (Jamika for Jamila, k beside l; أسيرم for أشيرم, one shape, other dots),
    an Arabic long vowel more or less (الغلية for الغالية), a letter left out inside it (أغوم for أغروم) or
    the article half typed (اتراث for التراث), is read as a slip of it, even in a short word: worth a
    look. Two real names a letter apart are each in some registered name (Jamila, Jalila) and keep
    word_likeness's rule: another name.

    A word written with the Arabic article is Arabic, not Amazigh, and the dictionary tells whether it
    is one. If it is (الماجد, الفتوح), it is another word than the registered one, not a slip of it —
    unless it is the registered word with a letter left out or two swapped, the commonest slips, which
    often leave a word too (المران for المرجان). If it is not, it is a slip even in 3 letters (الفدر for
    الفجر), its first or last letter mistyped (الضروق for الشروق, للزعت for للزعتر) or a long vowel
    moved (الفرودس for الفردوس) — which, in an Amazigh word, make another one (أزلو, أزول; أفرا, أفراح).
    Two Latin words written with the article (Al Ghawt, Assahwa) that read as words of Arabic, and as
    no word in common (غوث and غيث, صحوة and صفوة), are two words, not a slip of one."""
    slip = (SLIP_LIKENESS - 0.6) / 0.4  # the likeness word_likeness gives a slip in a long word

    def likeness_with_unknown_slips(proposed: Word, existing: Word) -> float:
        found = likeness(proposed, existing)
        if (0 < found < 1 and not proposed.arabic and not existing.arabic and proposed.articled
                and existing.articled and proposed.concept is None and existing.concept is None
                and not _commonest_slip(proposed.text, existing.text)):
            read, meant_read = _read_as_arabic(proposed), _read_as_arabic(existing)
            if read and meant_read and not read & meant_read:
                return 0.0  # Assahwa and Assafwa: صحوة and صفوة, whichever way each is read
        if found >= slip or proposed.arabic != existing.arabic or proposed.concept is not None \
                or index.word_count.get(proposed.spelling):
            return found
        typed, meant = proposed.text, existing.text
        if proposed.articled and proposed.arabic:
            known = typed in arabic_words()
            if known and not _commonest_slip(typed, meant):
                return found
            if not known and len(typed) >= 3 and (_mistaken_letter(typed, meant, first=True)
                                    or _letter_left_out(typed, meant, last=True)
                                    or _letters_swapped(typed, meant, vowels=True)):
                return slip
        if len(typed) >= UNKNOWN_SLIP_LENGTH and (
                _mistaken_letter(typed, meant) or _letter_left_out(typed, meant)
                or _letters_swapped(typed, meant) or _article_slip(proposed, existing)):
            return slip
        return found

    return likeness_with_unknown_slips


def _remembered(likeness):
    known = {}

    def remembered(a: Word, b: Word) -> float:
        found = known.get((a, b))
        if found is None:
            found = known[(a, b)] = likeness(a, b)
        return found

    return remembered
