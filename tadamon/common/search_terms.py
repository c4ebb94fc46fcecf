"""Search terms: what the words of a name mean, so that a query finds a product or an organisation
however people type it — تمر finds تمور, بالتمور finds "Dattes Mejhoul", "argane" finds زيت أركان.

Both sides go through the same analysis: a name is stored as its terms (`document_terms`, kept in
`search_terms` beside `search_text`), a query becomes groups of alternative terms, every group must
be found (`terms_condition`). A term is either

- a concept of the vocabulary (``~dates``), kept as data in ``data/search_vocabulary.csv``: one
  line per product, sector or generic word with its forms in Arabic, French and English
  (تمر|تمور|تمرة, datte|dattes, date|dates). Broken plurals (تمر/تمور, زربية/زرابي, طاجين/طواجين)
  and the same thing named in three languages cannot be derived from the letters of a word, so
  they are listed; or
- a stem, for every other word (names of places and people, words the vocabulary lacks).

Why the pieces are what they are (measured in benchmarks/bench_search.py, docs/performance.md):

- French and English words: Snowball's French and English stemmers (snowballstemmer, maintained,
  pure Python), after accents are folded. The language of a Latin word is not known, so both
  stems are stored and either one matches.
- Arabic words: Snowball's Arabic stemmer is not used because it does not give a word the same
  stem with and without its article or conjunction — زيت/وزيت → زيت/وزي, فخار/الفخار → خار/فخار,
  بذور/البذور → ذور/بذور, والتمور is left whole — so a query would miss the very forms it must
  find. PostgreSQL's Arabic full-text configuration is the same Snowball stemmer and does not
  exist on SQLite. What is written here instead is a light stemmer in the manner of Larkey et
  al.'s "light10" (2007): the article and its attached prepositions (ال، وال، بال، كال، فال، لل)
  and "و" removed, then one plural ending (ات، ون، ين) and one feminine or adjective ending
  (ية، ة، ي), in that order (تعاونيات → تعاوني → تعاون, so that it meets تعاونية). Differences
  from light10, on purpose: an ending is removed only when 3 letters stay (رمان, بنات stay whole); "ان" is not an ending
  here (زعفران, أركان, تطوان, سليمان end with it and are not duals); the one-letter prepositions
  ب ل ك ف are removed only when what is left is a word of the vocabulary (كسكس, بركة, فخار start
  with them); a word starting with "و" is stored both whole and without it (وادي, ورزازات), since
  the letter may be the word's own.
- Letters are first unified by ``normalize_text`` (hamza on alef, ta marbuta, alef maqsura,
  Moroccan gaf ڭ/گ), so أركان, اركان and أرگان are one word.

Queries, not names, get two allowances (`query_groups`):

- a typo in a product word: a query word the vocabulary does not know, of 6 letters or more (5 in
  Arabic), one edit from exactly one concept's form (two edits from 8 letters; "safron", "couscouss",
  "arganne") also accepts that concept — as well as its own letters, so a name still finds itself;
- qualifiers are not required (`QUALIFIERS`: organic, natural, pure, fresh, handmade…): "huile
  d'argan bio" finds the argan oils, since few names say "bio"; alone, a qualifier is required.

Small words (de, la, of, في, من…) are not required from a match. When the vocabulary changes,
stored terms are stale until refreshed: a data migration refreshes them (see
registry/migrations/0007 and market/migrations/0006 for how).
"""

import csv
import re
import threading
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import snowballstemmer
from django.db.models import Case, IntegerField, Q, Value, When
from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from tadamon.common.text import is_arabic, normalize_text

VOCABULARY_CSV = Path(__file__).resolve().parent / "data" / "search_vocabulary.csv"
CONCEPT_MARK = "~"  # "~dates": never equal to a stem, which holds letters and digits only
LANGUAGES = ("ar", "fr", "en")
# Words that say what kind of a product it is, rather than which product: not required of a match
# when the query names something else ("miel pur", "زيت أركان بيولوجي").
QUALIFIERS = frozenset(CONCEPT_MARK + concept for concept in (
    "organic", "natural", "traditional", "virgin", "pure", "fresh", "handmade", "dried"))
# Shorter words are too often another word one letter away: Dades / dates, miel / mil. Arabic
# writes no short vowel, so its words are shorter for as many sounds.
TYPO_MIN_LENGTH = {"latin": 6, "arabic": 5}

# Not required from a match: articles, prepositions and conjunctions standing alone.
STOPWORDS = frozenset(normalize_text(
    "de des du d l la le les et en au aux a à un une sur par pour avec chez "
    "of the and for in on with "
    "في من على مع عن الى إلى ذات ذو و او أو"
).split())

# The article with what attaches before it, longest first; "لل" is "ل" + "ال".
_ARTICLES = ("وبال", "وكال", "وال", "فال", "بال", "كال", "لل", "ال")
_CLITICS = "بلكف"  # removed only when what is left is a vocabulary word
# A plural ending, then a feminine or adjective one (after normalize_text, ة is written ه).
_PLURAL_ENDINGS = ("ات", "ون", "ين")
_FEMININE_ENDINGS = ("يه", "ه", "ي")


# --- Arabic light stemming ----------------------------------------------------------------------

def strip_article(word: str) -> str:
    """The word without its article and the preposition or conjunction before it (بالتمور → تمور)."""
    for article in _ARTICLES:
        if word.startswith(article) and len(word) - len(article) >= (3 if article == "لل" else 2):
            return word[len(article):]
    return word


def light_stem(word: str) -> str:
    """The word without a plural ending, then without a feminine or adjective ending (تعاونيات →
    تعاوني → تعاون, as تعاونية → تعاون); an ending goes only when 3 letters stay."""
    for endings in (_PLURAL_ENDINGS, _FEMININE_ENDINGS):
        for suffix in endings:
            if word.endswith(suffix) and len(word) - len(suffix) >= 3:
                word = word[: -len(suffix)]
                break
    return word


def _arabic_bases(word: str) -> list[str]:
    """The forms the word may be (without article, or with and without a leading "و")."""
    stripped = strip_article(word)
    if stripped != word:
        return [stripped]
    if word.startswith("و") and len(word) >= 4:
        return [word, word[1:]]
    return [word]


# --- Latin stemming -----------------------------------------------------------------------------

_stemmers = threading.local()  # Snowball stemmer objects hold state while they work: one per thread


def latin_stems(word: str) -> tuple[str, ...]:
    """French and English Snowball stems of a folded Latin word (the language is not known)."""
    if not hasattr(_stemmers, "fr"):
        _stemmers.fr = snowballstemmer.stemmer("french")
        _stemmers.en = snowballstemmer.stemmer("english")
    french, english = _stemmers.fr.stemWord(word), _stemmers.en.stemWord(word)
    return (french,) if french == english else (french, english)


# --- Vocabulary ---------------------------------------------------------------------------------

@dataclass
class Vocabulary:
    forms: dict[str, str] = field(default_factory=dict)  # a word as written → concept
    stems: dict[str, str] = field(default_factory=dict)  # the stem of a form → concept, if unambiguous
    phrases: dict[tuple[str, ...], str] = field(default_factory=dict)  # several words → concept
    longest_phrase: int = 1


def _word_key(word: str) -> str:
    return strip_article(word) if is_arabic(word) else word


def _word_stems(word: str) -> tuple[str, ...]:
    return (light_stem(strip_article(word)),) if is_arabic(word) else latin_stems(word)


def read_vocabulary(path: Path = VOCABULARY_CSV) -> list[tuple[str, list[str]]]:
    """(concept, its forms in every language) for each line of the file."""
    with open(path, encoding="utf-8", newline="") as handle:
        return [(row["concept"], [form for language in LANGUAGES for form in (row[language] or "").split("|")
                                  if form.strip()])
                for row in csv.DictReader(handle)]


def build_vocabulary(rows: list[tuple[str, list[str]]]) -> Vocabulary:
    vocabulary = Vocabulary()
    stem_owners: dict[str, set[str]] = {}
    for concept, forms in rows:
        for form in forms:
            words = normalize_text(form).split()
            if len(words) > 1:
                vocabulary.phrases[tuple(_word_key(w) for w in words)] = concept
                vocabulary.longest_phrase = max(vocabulary.longest_phrase, len(words))
            elif words:
                vocabulary.forms[_word_key(words[0])] = concept
                # A final ه of the word itself (مياه, فواكه) is no feminine ending to take off: مياه is not ميا,
                # which لمياء (Lamia) would then be read as.
                stems = [_word_key(words[0])] if is_arabic(form) and form.endswith("ه") else _word_stems(words[0])
                for stem in stems:
                    stem_owners.setdefault(stem, set()).add(concept)
    # A stem shared by two concepts (زيتون → زيت, the stem of olive, is the word for oil) says nothing.
    vocabulary.stems = {stem: owners.pop() for stem, owners in stem_owners.items()
                        if len(owners) == 1 and vocabulary.forms.get(stem, next(iter(owners))) in owners}
    return vocabulary


@lru_cache(maxsize=1)
def vocabulary() -> Vocabulary:
    return build_vocabulary(read_vocabulary())


# --- Words, names and queries -------------------------------------------------------------------

@dataclass(frozen=True)
class WordTerms:
    concept: str | None  # "~dates", or None when the vocabulary does not know the word
    stems: tuple[str, ...]

    @property
    def alternatives(self) -> tuple[str, ...]:
        """What a query word accepts: its concept when it has one (every form of it), else its stems."""
        return (self.concept,) if self.concept else self.stems


@lru_cache(maxsize=200_000)  # names reuse the same words: bulk refreshes hit the cache
def word_terms(word: str) -> WordTerms:
    """The terms of one normalised word."""
    known = vocabulary()
    if not is_arabic(word):
        stems = latin_stems(word)
        concept = known.forms.get(word) or next((known.stems[s] for s in stems if s in known.stems), None)
        return WordTerms(CONCEPT_MARK + concept if concept else None, stems)
    bases = _arabic_bases(word)
    for base in bases:
        if base in known.forms:
            return WordTerms(CONCEPT_MARK + known.forms[base], (light_stem(base),))
    if word[0] in _CLITICS and len(word) >= 4:  # بزيت, لتمور: only when what is left is known
        rest = strip_article(word[1:])
        concept = known.forms.get(rest) or known.stems.get(light_stem(rest))
        if concept:
            return WordTerms(CONCEPT_MARK + concept, (light_stem(rest),))
    stems = tuple(dict.fromkeys(light_stem(base) for base in bases))
    concept = next((known.stems[s] for s in stems if s in known.stems), None)
    return WordTerms(CONCEPT_MARK + concept if concept else None, stems)


def analyse(text: str | None) -> list[WordTerms]:
    """The terms of each meaningful word of a text, a vocabulary phrase ("figue de barbarie",
    "تربية النحل") counting as one word."""
    return [terms for _word, terms in _analysed(text)]


def written_with_final_alif(text: str | None) -> frozenset[str]:
    """The words a text wrote with a final ى, normalised (normalisation writes ى as ي)."""
    return frozenset(normalize_text(raw) for raw in re.findall(r"\w+ى(?!\w)", text or ""))


def _final_alif_terms(word: str, terms: WordTerms) -> WordTerms:
    """A word written with a final ى is read whole: its ي is no adjective ending to take off (لبنى is
    Loubna, not لبن, milk; سلمى is Salma) — unless the word itself is in the vocabulary."""
    known = vocabulary()
    bases = _arabic_bases(word)
    if any(base in known.forms for base in bases):
        return terms
    return WordTerms(None, tuple(dict.fromkeys(bases)))


def _analysed(text: str | None) -> list[tuple[str, WordTerms]]:
    """(the word or phrase as normalised, its terms) for each meaningful word of a text."""
    final_alif = written_with_final_alif(text)
    words = normalize_text(text).split()
    keys = [_word_key(w) for w in words]
    known = vocabulary()
    found, position = [], 0
    while position < len(words):
        for length in range(min(known.longest_phrase, len(words) - position), 1, -1):
            concept = known.phrases.get(tuple(keys[position:position + length]))
            if concept:
                stems = tuple(s for w in words[position:position + length] if w not in STOPWORDS
                              for s in word_terms(w).stems)
                found.append((" ".join(words[position:position + length]), WordTerms(CONCEPT_MARK + concept, stems)))
                position += length
                break
        else:
            if words[position] not in STOPWORDS:
                terms = word_terms(words[position])
                if words[position] in final_alif:
                    terms = _final_alif_terms(words[position], terms)
                found.append((words[position], terms))
            position += 1
    return found


def document_terms(*names: str | None) -> str:
    """What is stored in `search_terms`: every term of the names, space-separated with a space at
    both ends so that a term is matched whole (LIKE '% ~dates %')."""
    terms = {term for name in names for word in analyse(name)
             for term in ((word.concept,) if word.concept else ()) + word.stems}
    return f" {' '.join(sorted(terms))} " if terms else ""


def query_groups(query: str | None) -> list[tuple[str, ...]]:
    """One group of alternative terms per meaningful query word; a match holds one of each group.
    A product word typed one letter wrong also accepts the product; qualifiers are left out when
    the query names something else."""
    groups = []
    final_alif = written_with_final_alif(query)  # a name (لبنى), not a product typed one letter wrong
    for word, terms in _analysed(query):
        alternatives = terms.alternatives
        if terms.concept is None and word not in final_alif and (near := typo_concept(word)):
            alternatives = (CONCEPT_MARK + near, *alternatives)
        groups.append(alternatives)
    required = [group for group in groups if group[0] not in QUALIFIERS]
    return list(dict.fromkeys(required or groups))


@lru_cache(maxsize=20_000)
def typo_concept(word: str) -> str | None:
    """The one concept with a form one edit from the word (two from 8 letters), or None: a typo in
    a product's name ("safron", "couscouss"), never a guess between two products."""
    key = _word_key(word)
    if len(key) < TYPO_MIN_LENGTH["arabic" if is_arabic(key) else "latin"]:
        return None
    limit = 2 if len(key) >= 8 and not is_arabic(key) else 1
    forms = vocabulary().forms
    near = {forms[form] for form, _distance, _i in process.extract(
        key, list(forms), scorer=Levenshtein.distance, score_cutoff=limit, limit=None)}
    return near.pop() if len(near) == 1 else None


def fully_understood(query: str | None) -> bool:
    """Whether every meaningful word of the query is a vocabulary word. Such a query is matched by
    meaning alone: a substring match would add "زيتون" (olives) to "زيت" (oil) and "Tamri" to تمر."""
    words = analyse(query)
    return bool(words) and all(word.concept for word in words)


def terms_condition(query: str | None, field_name: str = "search_terms") -> Q | None:
    """Every word of the query among the stored terms, None when the query has no meaningful word."""
    groups = query_groups(query)
    if not groups:
        return None
    condition = Q()
    for alternatives in groups:
        either = Q()
        for term in alternatives:
            either |= Q(**{f"{field_name}__contains": f" {term} "})
        condition &= either
    return condition


def name_rank(query: str | None, field_name: str = "search_text") -> Case:
    """0 when a name is the query, 1 when a name holds the query's words in order, 2 otherwise.
    `search_text` holds the normalised names separated by " | "."""
    text = normalize_text(query)
    lookups = {"exact": text, "startswith": f"{text} | ", "endswith": f" | {text}", "contains": f" | {text} | "}
    exact = Q()
    for lookup, value in lookups.items():
        exact |= Q(**{f"{field_name}__{lookup}": value})
    return Case(When(exact, then=Value(0)), When(Q(**{f"{field_name}__contains": text}), then=Value(1)),
                default=Value(2), output_field=IntegerField())


def fill_search_terms(queryset, name_fields: tuple[str, ...], batch_size: int = 2000) -> int:
    """Recompute `search_terms` of existing rows from their names (data migrations; run one again
    when the vocabulary or the analysis changes). Rows are read and written in batches."""
    updated = 0
    rows = queryset.only("pk", *name_fields).order_by("pk")
    last_pk = 0
    while batch := list(rows.filter(pk__gt=last_pk)[:batch_size]):
        for row in batch:
            row.search_terms = document_terms(*(getattr(row, name) for name in name_fields))
        queryset.model.objects.bulk_update(batch, ["search_terms"])
        updated += len(batch)
        last_pk = batch[-1].pk
    return updated
