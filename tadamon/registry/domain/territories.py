"""Territories: the 12 regions and 75 provinces ship with the code (data/territories.csv,
loaded by a migration); communes are imported from a CSV file by `import_communes`.

`TerritoryLookup` finds a region, province or commune as people write it (data/README.md): the
reference names in Arabic, French and English, the ISO code, and the other common names kept as
data in data/territory_aliases.csv, all compared through `place_key`. A near miss is never
taken: it is refused with a "did you mean …?"."""

import csv
import io
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from rapidfuzz import fuzz, process

from tadamon.common.text import ascii_digits, is_arabic, listed, normalize_text, quoted
from tadamon.registry.enums import CommuneKind

DATA = Path(__file__).resolve().parent.parent / "data"
TERRITORIES_CSV = DATA / "territories.csv"
ALIASES_CSV = DATA / "territory_aliases.csv"

# --- The key two spellings of one place share ------------------------------------------------
# Administrative words before a name ("Province de", "Préfecture d'", "إقليم", "عمالة"…): dropped.
_ADMINISTRATIVE_WORDS = {
    "province", "provinces", "prefecture", "region", "commune", "communes", "rurale", "urbaine", "cr", "cu",
    "municipalite", "wilaya", "of", "the", "de", "d", "du", "des", "la", "le", "l",
    "اقليم", "عماله", "جهه", "ولايه", "جماعه", "قرويه", "حضريه", "ترابيه", "بلديه",
}
# Articles and particles inside a Latin name (Al Haouz, El Jadida, Er-Rachidia, Oued Ed-Dahab,
# El Kelâa des Sraghna): people write them or not, joined or apart.
_LATIN_PARTICLES = {"al", "el", "l", "ad", "ed", "es", "er", "ez", "d", "de", "des", "du"}
# An article assimilated to the next letter and written joined: Essaouira, Errachidia, Eddahab.
_ASSIMILATED_ARTICLE = re.compile(r"^e([tdrzsnl])\1(?=..)")
_CODE = re.compile(r"(?:ma)?([a-z]{3}|[0-9]{2})")


def _latin_word(word: str) -> str:
    word = _ASSIMILATED_ARTICLE.sub(r"\1", word)
    return word[:-1] if len(word) > 3 and word.endswith("e") else word  # Ouarzazate / Warzazat


def _arabic_word(word: str) -> str:
    return word[2:] if word.startswith("ال") and len(word) > 3 else word


@lru_cache(maxsize=1)
def _word_variants() -> dict[str, str]:
    """Words written several ways in many names (Ouled/Oulad, Bni/Beni, Kalaat/Kelaa, the market
    days): the variant's folded form to the one kept (data/territory_aliases.csv, level "word")."""
    return {normalize_text(row["alias"]): normalize_text(row["code"]) for row in _load_aliases()
            if row["level"] == "word"}


@lru_cache(maxsize=20_000)  # a file writes the same few places over and over
def place_key(text: str | None) -> str:
    """The form shared by the spellings of one place: case, accents, hyphens, apostrophes, spaces,
    articles, doubled letters, a final e, ou/u/w, y/i, q/k, c/k and rh/gh, and in Arabic the hamza, ta
    marbuta and alef forms and the article do not matter; "Province de", "Préfecture d'", "إقليم",
    "عمالة" are dropped, and words written several ways in many names (Ouled/Oulad) are made one.
    "Agadir Ida-Outanane", "agadir idaoutanane" and "Agadir-Ida-Ou-Tanane"
    share one key; so do "Taroudant" and "Taroudannt", "أكادير إداوتنان" and "اكادير اداوتنان"."""
    variants = _word_variants()
    words = normalize_text(ascii_digits(text)).split()
    words = [_arabic_word(w) if is_arabic(w) else variants.get(w, w) for w in words]
    while len(words) > 1 and words[0] in _ADMINISTRATIVE_WORDS:
        words.pop(0)
    kept = [_arabic_word(w) if is_arabic(w) else _latin_word(w) for w in words
            if is_arabic(w) or w not in _LATIN_PARTICLES or len(words) == 1]
    key = "".join(kept)
    if not is_arabic(key):
        # rh: the French transliteration of غ (Irherm, Tinerhir), written gh today
        key = key.replace("y", "i").replace("w", "u").replace("q", "k").replace("rh", "gh")
        key = re.sub(r"c(?![hei])", "k", key).replace("ou", "u")
        key = re.sub(r"(.)\1+", r"\1", key)
    return key


def _code_key(text: str) -> str | None:
    """The letters of an ISO code written MA-TAR, ma tar, TAR or MA-09: "tar", "09"."""
    match = _CODE.fullmatch(normalize_text(ascii_digits(text)).replace(" ", ""))
    return match.group(1) if match else None


def _load_aliases(path: Path = ALIASES_CSV) -> list[dict]:
    with open(path, encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


class _Index:
    """The places of one level by key; a key two places share is kept aside as ambiguous."""

    def __init__(self):
        self.by_key: dict[str, object] = {}
        self.ambiguous: dict[str, set] = {}
        self.by_code: dict[str, object] = {}

    def add(self, key: str, place) -> None:
        if not key:
            return
        if key in self.ambiguous:
            self.ambiguous[key].add(place)
        elif self.by_key.get(key, place) != place:
            self.ambiguous[key] = {self.by_key.pop(key), place}
        else:
            self.by_key[key] = place

    def add_names(self, place, *names: str) -> None:
        for name in names:
            if name:
                self.add(place_key(name), place)

    def find(self, text: str):
        """The place, None when unknown, or the set of places an ambiguous spelling may be."""
        code = _code_key(text)
        if code and code in self.by_code:
            return self.by_code[code]
        key = place_key(text)
        return self.by_key.get(key) or self.ambiguous.get(key)

    def near(self, text: str, limit: int = 3) -> list:
        """The places whose key is close to the text's (a near miss), best first."""
        key = place_key(text)
        if len(key) < 3:
            return []
        found, best = [], None
        for _key, score, _index in process.extract(key, list(self.by_key), scorer=fuzz.ratio, limit=8):
            best = score if best is None else best
            place = self.by_key[_key]
            # Only the places about as close as the closest: a far second would mislead.
            if score >= max(NEAR_MISS_SCORE, best - 5) and place not in found:
                found.append(place)
        return found[:limit]


NEAR_MISS_SCORE = 75  # rapidfuzz's ratio between two keys, 0 to 100: suggested, never taken


def display_name(place, text: str = "") -> str:
    """A place's name as a suggestion writes it: in the script of what was written, else in the
    page's language."""
    if is_arabic(text) or (not text and (get_language() or "ar").startswith("ar")):
        return place.name_ar
    return place.name_fr


def _quoted(places, text: str) -> str:
    return _(" or ").join(f"{quoted(display_name(p, text))} ({p.code})" if getattr(p, "code", "") else
                          quoted(display_name(p, text)) for p in places)


class TerritoryLookup:
    """Regions, provinces and (when asked for) communes, found by any common spelling. Each
    method returns the place or raises ValidationError saying what to write instead."""

    def __init__(self, *, communes: bool = True):
        from tadamon.registry.models import Commune, Province, Region

        self.regions, self.provinces = _Index(), _Index()
        for region in Region.objects.all():
            self.regions.add_names(region, region.name_ar, region.name_fr, region.name_en)
            self.regions.by_code[_code_key(region.code)] = region
        for province in Province.objects.select_related("region"):
            self.provinces.add_names(province, province.name_ar, province.name_fr, province.name_en)
            self.provinces.by_code[_code_key(province.code)] = province
        by_code = {"province": {p.code: p for p in self.provinces.by_code.values()},
                   "region": {r.code: r for r in self.regions.by_code.values()}}
        for alias in _load_aliases():
            place = by_code.get(alias["level"], {}).get(alias["code"])
            if place is not None:
                (self.provinces if alias["level"] == "province" else self.regions).add_names(place, alias["alias"])
        self.communes: dict[int, _Index] = {}
        self.commune_provinces: dict[str, set] = {}  # a commune's key: the provinces it is in
        if communes:
            for commune in Commune.objects.select_related("province"):
                index = self.communes.setdefault(commune.province_id, _Index())
                index.add_names(commune, commune.name_ar, commune.name_fr, commune.name_en)
                if commune.code:
                    index.by_code[commune.code.strip().lower()] = commune
                for name in (commune.name_ar, commune.name_fr):
                    self.commune_provinces.setdefault(place_key(name), set()).add(commune.province)

    def province(self, text: str):
        text = text.strip()
        found = self.provinces.find(text)
        if isinstance(found, set):
            raise ValidationError(_("«%(value)s» may be %(places)s: write the one you mean, or its code.")
                                  % {"value": text, "places": _quoted(sorted(found, key=str), text)})
        if found is not None:
            return found
        if not text:
            raise ValidationError(_("The province is required: write its name (e.g. %(example)s) or its code "
                                    "(e.g. MA-TAR).") % {"example": "Taroudannt, تارودانت"})
        region = self.regions.find(text)
        if region is not None and not isinstance(region, set):
            provinces = sorted((p for p in self.provinces.by_code.values() if p.region_id == region.pk),
                               key=lambda p: p.code)
            raise ValidationError(_("«%(value)s» is a region, not a province: write one of its provinces: "
                                    "%(provinces)s.") % {"value": text, "provinces": listed(
                                        display_name(p, text) for p in provinces)})
        near = self.provinces.near(text)
        if near:
            raise ValidationError(_("Unknown province «%(value)s»: did you mean %(places)s?")
                                  % {"value": text, "places": _quoted(near, text)})
        raise ValidationError(_("Unknown province «%(value)s». Write its name in Arabic or French (e.g. "
                                "%(example)s) or its ISO code (e.g. MA-TAR).")
                              % {"value": text, "example": "Taroudannt, تارودانت"})

    def region(self, text: str):
        text = text.strip()
        found = self.regions.find(text)
        if found is not None and not isinstance(found, set):
            return found
        near = self.regions.near(text)
        if near:
            raise ValidationError(_("Unknown region «%(value)s»: did you mean %(places)s?")
                                  % {"value": text, "places": _quoted(near, text)})
        raise ValidationError(_("Unknown region «%(value)s». Write its name in Arabic or French (e.g. "
                                "%(example)s) or its code (e.g. MA-09).")
                              % {"value": text, "example": "Souss-Massa, سوس-ماسة"})

    def commune(self, province, text: str):
        text = text.strip()
        index = self.communes.get(province.pk, _Index())
        found = index.by_code.get(text.lower()) or index.find(text)
        if found is not None and not isinstance(found, set):
            return found
        if isinstance(found, set):
            raise ValidationError(_("«%(value)s» may be %(places)s: write the commune's code.")
                                  % {"value": text, "places": _quoted(sorted(found, key=str), text)})
        near = index.near(text)
        if near:
            raise ValidationError(_("No commune «%(value)s» in %(province)s: did you mean %(places)s?")
                                  % {"value": text, "province": display_name(province, text),
                                     "places": _quoted(near, text)})
        elsewhere = sorted(self.commune_provinces.get(place_key(text), ()), key=lambda p: p.code)
        if elsewhere:
            raise ValidationError(_("«%(value)s» is a commune of %(provinces)s, not of %(province)s: check the "
                                    "province or the commune.")
                                  % {"value": text, "province": display_name(province, text),
                                     "provinces": listed(display_name(p, text) for p in elsewhere)})
        raise ValidationError(_("No commune «%(value)s» in %(province)s. Write its name as the list of communes "
                                "has it, or leave the cell empty.")
                              % {"value": text, "province": display_name(province, text)})


def load_territories(region_model, province_model, path: Path = TERRITORIES_CSV) -> tuple[int, int]:
    """Create or update regions and provinces from the CSV. Models are passed in so a
    migration can hand over its historical models."""
    with open(path, encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    regions = {}
    for row in (r for r in rows if r["level"] == "region"):
        regions[row["code"]], _created = region_model.objects.update_or_create(
            code=row["code"], defaults={"name_ar": row["name_ar"], "name_fr": row["name_fr"], "name_en": row["name_en"]}
        )
    provinces = 0
    for row in (r for r in rows if r["level"] == "province"):
        province_model.objects.update_or_create(
            code=row["code"],
            defaults={
                "region": regions[row["parent_code"]],
                "kind": row["kind"],
                "name_ar": row["name_ar"],
                "name_fr": row["name_fr"],
                "name_en": row["name_en"],
            },
        )
        provinces += 1
    return len(regions), provinces


@dataclass
class CommuneImportResult:
    created: int = 0
    updated: int = 0
    errors: list[str] = field(default_factory=list)


COMMUNE_COLUMNS = ["province_code", "name_fr", "name_ar", "name_en", "code", "kind"]


def import_communes(text: str, *, dry_run: bool = False) -> CommuneImportResult:
    """Communes from CSV text with columns province_code,name_fr,name_ar[,name_en,code,kind]; the
    province by its code or any common spelling of its name (TerritoryLookup). All or nothing:
    one bad row and nothing is written."""
    from tadamon.registry.domain.tabular import UnreadableFileError, plain, read_rows, shape_problem

    result = CommuneImportResult()
    try:
        header, rows = read_rows(io.BytesIO(text.encode("utf-8")), "communes.csv")
        rows = list(rows)
    except UnreadableFileError as exc:
        result.errors.append(str(exc))
        return result
    missing = {"province_code", "name_fr", "name_ar"} - set(header)
    if missing:
        result.errors.append(_("Missing columns: %(columns)s") % {"columns": listed(sorted(missing))})
        return result
    lookup = TerritoryLookup(communes=False)
    kinds = {normalize_text(str(label)): value for value, label in CommuneKind.choices} | {
        value: value for value in CommuneKind.values
    }
    pending, seen = [], {}
    for row in rows:
        line = row.number
        if (problem := shape_problem(row)) is not None:
            result.errors.append(_("Line %(line)d: %(problem)s") % {"line": line, "problem": problem})
            continue
        name_fr, name_ar = row.get("name_fr", ""), row.get("name_ar", "")
        kind = normalize_text(row.get("kind", ""))
        province = _commune_province(lookup, row, line, result.errors)
        if not name_fr or not name_ar:
            result.errors.append(_("Line %(line)d: name_fr and name_ar are both required.") % {"line": line})
        if kind and kind not in kinds:
            result.errors.append(_("Line %(line)d, column kind: use “urban” or “rural”.") % {"line": line})
        if province is not None and name_fr:
            other = seen.setdefault((province.pk, place_key(name_fr)), line)
            if other != line:
                result.errors.append(_("Line %(line)d: the commune “%(name)s” of %(province)s is also on line "
                                       "%(other)d. Keep one of the two lines.")
                                     % {"line": line, "name": name_fr, "province": province.name_fr, "other": other})
        pending.append((province, name_fr, name_ar, row.get("name_en", ""), plain(row.get("code", "")),
                        kinds.get(kind, "")))
    if not result.errors and not dry_run:
        _write_communes(pending, result)
    return result


def _write_communes(pending: list[tuple], result: CommuneImportResult) -> None:
    from tadamon.registry.models import Commune

    with transaction.atomic():
        for province, name_fr, name_ar, name_en, code, kind in pending:
            _commune, created = Commune.objects.update_or_create(
                province=province, name_fr=name_fr,
                defaults={"name_ar": name_ar, "name_en": name_en or name_fr, "code": code, "kind": kind},
            )
            if created:
                result.created += 1
            else:
                result.updated += 1


def _commune_province(lookup: TerritoryLookup, row: dict, line: int, errors: list[str]):
    try:
        return lookup.province(row.get("province_code", ""))
    except ValidationError as exc:
        errors.append(_("Line %(line)d, column province_code: %(problem)s")
                      % {"line": line, "problem": " ".join(exc.messages)})
        return None
