"""Is a proposed cooperative name too close to one already taken?

A name is split into generic words (cooperative, association, women, agricultural, for
development, تعاونية, جمعية, نسوية, الفلاحية, للتنمية...), which say what an organisation is, and
its distinctive part, which says which one it is. Two names clash when their distinctive parts
sound alike: compared as written when both are in the same script, and through a consonant
skeleton shared by both scripts (تيفاوين and "Tifawin" both give "tfn") when they are not. Generic
words weigh 15% of the score, so "تعاونية تيليلا النسوية" and "تعاونية تيفاوين النسوية" stay apart.

The proposed name is also graded for distinctiveness, as company-name registries do: weak when
nothing but generic words or a place name is left, medium when its distinctive part is already
common in the registry, strong otherwise.

Candidates are found among every registered organisation and every pending or recently approved
name request: rapidfuzz picks the nearest few hundred distinctive parts in C, then each is scored
in full. The registered names are indexed once per process and rebuilt when the registry changes.
"""

import dataclasses
import datetime
import itertools
import re
import threading
from collections import Counter
from collections.abc import Iterable

from django.db.models import Count, Max
from django.utils import timezone
from django.utils.translation import gettext as _
from rapidfuzz import fuzz, process

from tadamon.common.text import is_arabic, normalize_text, word_key
from tadamon.common.vocabulary import generic_meaning, stem

GENERIC_WEIGHT = 0.15
CLASH, CLOSE = 90, 75  # score thresholds: names that would be confused; names worth a look
CANDIDATES_PER_FORM = 100  # per way of looking
RESERVATION_DAYS = 365  # an approved name stays reserved this long for its founders


@dataclasses.dataclass(frozen=True)
class NameForm:
    """One written form of a name (Arabic or Latin) as the check compares it."""

    whole: str                 # the whole name, normalised
    text: str                  # its distinctive words, normalised, as written
    key: str                   # their consonant skeletons, space-separated (script-blind)
    generic: frozenset         # the meanings of its generic words (cooperative, women...)
    arabic: bool

    @property
    def words(self) -> list[str]:
        return self.text.split()


def _key(stem: str) -> str:
    """A word's consonant skeleton. Normalisation wrote ta marbuta as ه, which Latin spellings
    render as a vowel (الزيتونة, "Zitouna"): a final ه is left out; doubled letters count once."""
    if len(stem) > 2 and stem.endswith("ه") and is_arabic(stem[0]):
        stem = stem[:-1]
    return re.sub(r"(.)\1+", r"\1", word_key(stem)) or stem


def name_form(name: str) -> NameForm | None:
    whole = normalize_text(name)
    if not whole:
        return None
    distinctive, keys, generic = [], [], set()
    for word in whole.split():
        meaning = generic_meaning(word)
        if meaning is not None:
            if meaning != "filler":
                generic.add(meaning)
            continue
        word_stem = stem(word)
        distinctive.append(word_stem)
        keys.append(_key(word_stem))
    arabic = is_arabic(whole)
    return NameForm(whole, " ".join(distinctive), " ".join(keys), frozenset(generic), arabic)


def name_forms(*names: str) -> tuple[NameForm, ...]:
    forms = (name_form(name) for name in names if name)
    return tuple(form for form in forms if form is not None)


@dataclasses.dataclass
class Comparison:
    score: int
    reason: str
    proposed: str = ""  # the proposed distinctive part and the candidate's, for the reason
    existing: str = ""


def compare_forms(proposed: NameForm, existing: NameForm) -> Comparison:
    if proposed.whole == existing.whole:
        return Comparison(100, "identical", proposed.whole, existing.whole)
    if not proposed.key or not existing.key:
        # Nothing distinctive on one side: only the whole wording can be compared.
        return Comparison(round(fuzz.ratio(proposed.whole, existing.whole) * 0.8), "generic_only",
                          proposed.whole, existing.whole)
    sounds = fuzz.token_sort_ratio(proposed.key, existing.key)
    if proposed.key.split() != existing.key.split() and _contains(proposed.key, existing.key):
        sounds = max(sounds, 85)  # one is the other with a word added (a place, "argan"...)
    if proposed.arabic == existing.arabic:
        # Same script: the letters as written count as much as the sound (vowels tell Tizi from Tazi).
        distinctive = (fuzz.token_sort_ratio(proposed.text, existing.text) + sounds) / 2
    else:
        distinctive = sounds
    if proposed.generic or existing.generic:
        generic = 100 * len(proposed.generic & existing.generic) / len(proposed.generic | existing.generic)
    else:
        generic = 100
    score = round((1 - GENERIC_WEIGHT) * distinctive + GENERIC_WEIGHT * generic)
    if proposed.text == existing.text:
        reason = "same_distinctive"
    elif proposed.key == existing.key:
        reason = "same_across_scripts" if proposed.arabic != existing.arabic else "sounds_alike"
    elif _contains(proposed.key, existing.key):
        reason = "contains"
    else:
        reason = "close_spelling"
    return Comparison(score, reason, proposed.text, existing.text)


def _contains(key_a: str, key_b: str) -> bool:
    words_a, words_b = set(key_a.split()), set(key_b.split())
    return bool(words_a and words_b) and (words_a <= words_b or words_b <= words_a)


def compare_names(proposed: Iterable[NameForm], existing: Iterable[NameForm]) -> Comparison:
    """The closest pairing of any written form of one name with any of the other's."""
    existing = list(existing)
    best = Comparison(0, "generic_only")
    for p in proposed:
        for e in existing:
            found = compare_forms(p, e)
            if found.score > best.score:
                best = found
    return best


REASONS = {
    "identical": lambda c: _("Same name once spelling is normalised."),
    "same_across_scripts": lambda c: _("Same distinctive part in the other script: «%(proposed)s» ~ «%(existing)s».")
    % {"proposed": c.proposed, "existing": c.existing},
    "same_distinctive": lambda c: _("Same distinctive part: «%(proposed)s» ~ «%(existing)s»; only generic words "
                                    "differ.") % {"proposed": c.proposed, "existing": c.existing},
    "sounds_alike": lambda c: _("Distinctive parts spelled differently but sounding the same: «%(proposed)s» / "
                                "«%(existing)s».") % {"proposed": c.proposed, "existing": c.existing},
    "contains": lambda c: _("One name is the other with a word added: «%(proposed)s» / «%(existing)s».")
    % {"proposed": c.proposed, "existing": c.existing},
    "close_spelling": lambda c: _("Distinctive parts spelled or sounding alike: «%(proposed)s» / «%(existing)s».")
    % {"proposed": c.proposed, "existing": c.existing},
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
    """Every name already taken, with the lookups the candidates come from: exact sound, each
    distinctive word's entries, and flat lists of distinctive parts (words sorted) for rapidfuzz."""

    def __init__(self, entries: list[Entry]):
        self.entries = entries
        self.keys, self.texts, self.owner_of_key, self.owner_of_text = [], [], [], []
        self.by_whole: dict[str, list[int]] = {}
        self.by_key: dict[str, list[int]] = {}
        self.by_word: dict[str, list[int]] = {}
        self.words_in: list[int] = []  # distinctive words of each entry's longest form
        frequency = Counter()
        for position, entry in enumerate(entries):
            for form in entry.forms:
                self.by_whole.setdefault(form.whole, []).append(position)
                if form.key:
                    self.by_key.setdefault(_sorted(form.key), []).append(position)
                    self.keys.append(_sorted(form.key))
                    self.owner_of_key.append(position)
                    self.texts.append(_sorted(form.text))
                    self.owner_of_text.append(position)
            words = {key for form in entry.forms for key in form.key.split()}
            for word in words:
                self.by_word.setdefault(word, []).append(position)
            self.words_in.append(len(words))
            frequency.update(words)
        self.word_frequency = frequency

    def candidates(self, forms: tuple[NameForm, ...]) -> set[int]:
        """Entries worth scoring in full: the same distinctive sound; names made of some of its
        words, or of all of them and more (a common word with a place added is in thousands of
        names: the shortest of them); the nearest by sound and as written (rapidfuzz, in C)."""
        found = set()
        for form in forms:
            if not form.key:
                continue
            words = sorted(set(form.key.split()))
            for size in range(1, min(len(words), 4) + 1):
                for subset in itertools.combinations(words, size):
                    found.update(self.by_key.get(" ".join(subset), ()))
            containing = set.intersection(*(set(self.by_word.get(word, ())) for word in words))
            found.update(sorted(containing, key=lambda i: (self.words_in[i], i))[:CANDIDATES_PER_FORM])
            for query, choices, owners in ((_sorted(form.key), self.keys, self.owner_of_key),
                                           (_sorted(form.text), self.texts, self.owner_of_text)):
                for _choice, _score, i in process.extract(query, choices, scorer=fuzz.ratio,
                                                          limit=CANDIDATES_PER_FORM, score_cutoff=60):
                    found.add(owners[i])
        return found

    def identical(self, forms: tuple[NameForm, ...]) -> set[int]:
        return {i for form in forms for i in self.by_whole.get(form.whole, ())}


def _sorted(words: str) -> str:
    return " ".join(sorted(words.split()))


_registered = {"signature": None, "index": None}
_lock = threading.Lock()


def _registry_signature():
    from tadamon.registry.models import Organization

    return tuple(Organization.objects.aggregate(n=Count("pk"), last=Max("updated_at"), top=Max("pk")).values())


def registered_index() -> NameIndex:
    """The registered organisations' names, rebuilt when one is added, renamed or removed
    (an aggregate over the table tells)."""
    from tadamon.registry.models import Organization

    signature = _registry_signature()
    with _lock:
        if _registered["signature"] != signature:
            rows = Organization.objects.values_list("pk", "name_ar", "name_latin", "status").order_by("pk")
            _registered["index"] = NameIndex([
                Entry("organization", pk, name_ar, name_latin, status, name_forms(name_ar, name_latin))
                for pk, name_ar, name_latin, status in rows.iterator(chunk_size=5000)])
            _registered["signature"] = signature
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
    forms = name_forms(name_ar, name_latin)
    indexes = [registered_index()]
    if include_requests:
        indexes.append(requests_index(today or timezone.localdate(), excluding=excluding_request))
    matches = []
    for index in indexes:
        for position in index.candidates(forms) | index.identical(forms):
            entry = index.entries[position]
            found = compare_names(forms, entry.forms)
            matches.append(Match(entry.source, entry.pk, entry.name_ar, entry.name_latin, entry.detail,
                                 found.score, found.reason, REASONS[found.reason](found)))
    matches.sort(key=lambda m: (-m.score, m.source, m.pk))
    grade, grade_reason = distinctiveness(forms, indexes[0])
    return NameCheck(name_ar, name_latin, grade, grade_reason, matches[:limit])


def distinctiveness(forms: tuple[NameForm, ...], index: NameIndex) -> tuple[str, str]:
    """strong, medium or weak, with why: the fewer registered names share its distinctive words,
    the stronger; generic words or a place name alone make it weak."""
    words = {(key, text) for form in forms for key, text in zip(form.key.split(), form.words, strict=True)}
    if not words:
        return "weak", _("Only generic words (cooperative, women, agricultural, development...): nothing tells it "
                         "apart from others.")
    place_texts, place_keys = places()
    # A word is a place's name when written the same, or when it sounds the same and its skeleton
    # is long enough not to be a coincidence ("tz" is Taza, and Tiwizi, and Tazi).
    own = {(key, text) for key, text in words
           if text not in place_texts and not (len(key) >= 3 and key in place_keys)}
    if not own:
        return "weak", _("A place name alone («%(place)s») does not tell one organisation from another.") % {
            "place": ", ".join(sorted(text for _key, text in words))}
    common_above = max(10, len(index.entries) // 1000)
    counts = {text: index.word_frequency[key] for key, text in own}
    if all(count >= common_above for count in counts.values()):
        text, count = max(counts.items(), key=lambda item: item[1])
        return "medium", _("«%(word)s» is already in %(count)s registered names: add a word of your own.") % {
            "word": text, "count": f"{count:,}"}
    rare = min(counts.items(), key=lambda item: item[1])
    return "strong", _("«%(word)s» is in %(count)s registered names.") % {"word": rare[0], "count": rare[1]}


_places = {"signature": None, "texts": frozenset(), "keys": frozenset()}


def places() -> tuple[frozenset, frozenset]:
    """Every province and commune name, in both scripts: its words as written, and their skeletons."""
    from tadamon.registry.models import Commune, Province

    signature = (Province.objects.count(), Commune.objects.count())
    if _places["signature"] != signature:
        texts, keys = set(), set()
        for model in (Province, Commune):
            for name_ar, name_fr in model.objects.values_list("name_ar", "name_fr"):
                for form in name_forms(name_ar, name_fr):
                    texts.update(form.words)
                    keys.update(form.key.split())
        _places.update(signature=signature, texts=frozenset(texts), keys=frozenset(keys))
    return _places["texts"], _places["keys"]
