"""Names of generated organisations, as cooperatives and associations name themselves: a word
(hope, light, the oasis, an Amazigh word), what they do (their sector), sometimes the douar, and
the commune or province, e.g. "تعاونية تيفاوين لتربية النحل — إميضر". Each name is unique in the
registry, in Arabic and in Latin script, once normalised (common/text.py), as the name rules
require: a name already taken is drawn again, then given a douar. Deterministic for a seed."""

import random

from tadamon.common.text import normalize_text
from tadamon.demo.names import COOPERATIVE_WORDS, KIND_PREFIX

# sector code -> what an organisation of the sector says it does (Arabic, French)
ACTIVITIES = {
    "argan": ("لإنتاج زيت الأركان", "d'huile d'argan"), "dates": ("لتثمين التمور", "de valorisation des dattes"),
    "aromatic-medicinal-plants": ("للنباتات العطرية والطبية", "des plantes aromatiques et médicinales"),
    "saffron": ("للزعفران", "du safran"), "olive-oil": ("لعصر الزيتون", "oléicole"),
    "honey": ("لتربية النحل", "apicole"), "couscous-cereals": ("للكسكس والمنتوجات المحلية", "du couscous"),
    "food-processing": ("لتحويل المنتوجات الفلاحية", "de transformation agricole"),
    "dairy": ("للحليب", "laitière"), "farming": ("الفلاحية", "agricole"), "livestock": ("لتربية الماشية", "d'élevage"),
    "cactus": ("لتثمين الصبار", "de valorisation du cactus"), "sewing": ("للخياطة", "de couture"),
    "embroidery": ("للطرز", "de broderie"), "carpets-weaving": ("للنسيج والزرابي", "de tissage et de tapis"),
    "jewellery": ("للحلي الفضية", "de bijoux en argent"), "pottery": ("للفخار", "de poterie"),
    "leather": ("للصناعة الجلدية", "du cuir"), "basketry": ("لصناعة الدوم", "de vannerie"),
    "woodwork": ("للنجارة التقليدية", "de menuiserie traditionnelle"),
    "natural-cosmetics": ("لمواد التجميل الطبيعية", "de cosmétiques naturels"),
    "essential-oils": ("للزيوت الأساسية", "d'huiles essentielles"), "tourism": ("للسياحة القروية", "de tourisme rural"),
    "transport": ("للنقل", "de transport"), "housing": ("للسكن", "d'habitat"),
    "education-training": ("للتربية والتكوين", "d'éducation et de formation"),
    "health-social": ("للعمل الاجتماعي", "d'action sociale"), "local-development": ("للتنمية المحلية",
                                                                                   "de développement local"),
    "artisanal-fishing": ("للصيد التقليدي", "de pêche artisanale"), "mining-quarrying": ("للمقالع", "des carrières"),
}
ASSOCIATION_PURPOSES = [("للتنمية", "pour le développement"), ("للتنمية والتعاون", "de développement et de coopération"),
                        ("لتنمية المرأة القروية", "pour la femme rurale"), ("للثقافة والتنمية", "culture et développement"),
                        ("للتنمية المستدامة", "pour le développement durable")]
# Douars (villages) to tell apart names that would otherwise be the same; invented spellings of
# common Amazigh place-names, not a claim that each is in the commune it is paired with.
DOUARS = [("أيت سعيد", "Ait Said"), ("تاغيا", "Taghia"), ("إغيل", "Ighil"), ("تمزريت", "Tamzrit"),
          ("أيت يحيى", "Ait Yahya"), ("تيزي نوادو", "Tizi Nouadou"), ("أكني", "Agni"), ("تاسليت", "Taslit"),
          ("إمي نولاون", "Imi Noulaoune"), ("أيت بوكماز", "Ait Bouguemez"), ("تالات", "Talat"), ("أمزرو", "Amezrou"),
          ("أيت عيسى", "Ait Aissa"), ("تاوريرت", "Taourirt"), ("أيت واسيف", "Ait Ouassif"), ("تيغزى", "Tighza"),
          ("إفري", "Ifri"), ("أسكا", "Aska"), ("تاكونيت", "Tagounit"), ("أيت حمو", "Ait Hammou"),
          ("أولاد يحيى", "Ouled Yahia"), ("تيمولاي", "Timoulay"), ("أسول", "Assoul"), ("بوذنيب", "Boudnib"),
          ("تادرت", "Tadart"), ("أيت مولاي", "Ait Moulay"), ("إكنيون", "Iknioun"), ("تاسراريت", "Tasrarit"),
          ("أيت الفرسي", "Ait El Farsi"), ("أفانور", "Afanour")]
PLAIN_TRIES = 12  # draws without a douar before adding one


class UniqueNames:
    """Draws organisation names none of which, normalised, is already taken in `taken_ar` or
    `taken_latin` (the registry's names, read once by `from_registry`)."""

    def __init__(self, rng: random.Random, taken: list[tuple[str, str]] = ()):
        self.rng = rng
        self.taken_ar = {normalize_text(ar) for ar, _latin in taken}
        self.taken_latin = {normalize_text(latin) for _ar, latin in taken}

    @classmethod
    def from_registry(cls, rng: random.Random) -> "UniqueNames":
        from tadamon.registry.models import Organization

        return cls(rng, list(Organization.objects.values_list("name_ar", "name_latin")))

    def take(self, name_ar: str, name_latin: str) -> bool:
        """Reserve a name; False when it (or its other script) is already taken."""
        key_ar, key_latin = normalize_text(name_ar), normalize_text(name_latin)
        if key_ar in self.taken_ar or key_latin in self.taken_latin:
            return False
        self.taken_ar.add(key_ar)
        self.taken_latin.add(key_latin)
        return True

    def name(self, *, kind: str, sector_code: str | None, place, women: bool = False,
             word: tuple[str, str] | None = None) -> tuple[str, str]:
        """(Arabic, Latin) for an organisation of `kind` and sector in `place` (a commune or a
        province: its name_ar and name_fr), with `word` if that name is free."""
        prefix_ar, prefix_latin = KIND_PREFIX[kind]
        for attempt in range(10 * PLAIN_TRIES):
            word_ar, word_latin = word if word and not attempt else self.rng.choice(COOPERATIVE_WORDS)
            if kind == "association":
                activity_ar, activity_latin = self.rng.choice(ASSOCIATION_PURPOSES)
            else:
                activity_ar, activity_latin = ACTIVITIES.get(sector_code or "", ("", ""))
            douar_ar, douar_latin = self.rng.choice(DOUARS) if attempt >= PLAIN_TRIES else ("", "")
            name_ar = " ".join(part for part in (
                prefix_ar, word_ar, "النسوية" if women else "", activity_ar,
                f"دوار {douar_ar}" if douar_ar else "", place.name_ar) if part)
            name_latin = " ".join(part for part in (
                prefix_latin, "féminine" if women else "", word_latin, activity_latin,
                f"du douar {douar_latin}," if douar_latin else "", place.name_fr) if part)
            if self.take(name_ar, name_latin):
                return name_ar, name_latin
        raise RuntimeError(f"No free name left for a {kind} in {place.name_fr}.")
