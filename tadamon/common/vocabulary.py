"""The generic words of organisation names: what an organisation is (cooperative, association,
women's, agricultural, for development, تعاونية, جمعية, نسوية, الفلاحية, للتنمية...) rather than which
one it is. One vocabulary for the name check (funding/domain/name_check.py), which weighs these
words apart from the distinctive part, and for the duplicate finder of imports
(registry/domain/imports.py), which compares `core_name`, the name without them."""

from tadamon.common.text import normalize_text

# Words that say what an organisation is, in both languages, grouped by meaning so that تعاونية
# and "coopérative" count as the same generic word. Compared after normalisation and after the
# Arabic article or "for" is dropped, so النسوية, نسوية and للنسوية are one word. Tamazight words are
# written in Tifinagh here and compared in their Latin spelling (normalize_text reads Tifinagh so).
GENERIC_GROUPS = {
    "cooperative": "تعاونية تعاونيات cooperative cooperatives coop cooperativa ⵜⴰⵎⵢⴰⵡⴰⵙⵜ ⵜⵉⵎⵢⴰⵡⴰⵙⵉⵏ",
    "association": "جمعية جمعيات association associations assoc ⵜⴰⵎⵙⵎⵓⵏⵜ ⵜⵉⵎⵙⵎⵓⵏⵉⵏ",
    "union": "اتحاد union federation",
    "group": "مجموعة groupement gie groupe group",
    "economic interest": "ذات النفع الاقتصادي الاقتصادية economique interet",
    "women": "نسوية نسائية نساء المرأة femmes femme feminine feminines women womens ⵜⵉⵎⵖⴰⵔⵉⵏ ⵜⵎⵖⴰⵔⵉⵏ ⵜⴰⵎⵖⴰⵔⵜ",
    "youth": "الشباب شباب الشبابية jeunes jeunesse youth young",
    "agricultural": "فلاحية زراعية الفلاحين فلاحي agricole agricoles agricultural agriculture paysanne",
    # "for sustainable / human development and cooperation": the usual ending of an association's name.
    "development": "تنمية التنموية developpement development مستدامة durable sustainable بشرية humain humaine human",
    "cooperation": "تعاون cooperation",
    "crafts": "حرفية الحرفيين الصناعة التقليدية تقليدية artisanale artisanat artisanal artisans traditionnel",
    "production": "الإنتاج إنتاج انتاج منتجات المنتوجات production producteurs produits products",
    "marketing": "تسويق التسويق commercialisation marketing",
    "services": "الخدمات خدمات services",
    "social": "اجتماعية الاجتماعي sociale social solidaire solidarity التضامني التضامنية",
    "morocco": "المغرب المغربية مغربية maroc marocaine morocco moroccan",
    "local": "المحلية محلية القروية قروية القروي العالم locale local rurale rural",
    "people": "أشخاص personnes",  # "for persons with disabilities, in a precarious situation"
    # Water users' associations for farming, a kind set by law (AUEA): جمعية مستعملي المياه لأغراض زراعية.
    "users": "مستعملي مستعملو usagers usager utilisateurs",
    "culture": "الثقافية الثقافة ثقافة culturelle culture culturel",
    "environment": "البيئية البيئة بيئة environnement environnementale environment",
    # What the organisation does with its product or cause, said as an act: "to make, gather, add value to,
    # protect, manage, supply" (لتثمين الصبار, لجمع الترفاس, de protection de l'environnement).
    "activity": "تثمين valorisation جمع collecte تحضير preparation حماية protection sauvegarde محاربة lutte contre "
                "تدبير gestion تزويد approvisionnement مجال domaine fabrication تربية "
                "نظامية formelle",  # التربية غير النظامية, éducation non formelle
    "filler": "de des du la le les l d et and of the pour for non en au aux a à sur dans par avec ⵏ ⴷ في من على عن الى إلى مع "
              "غير أغراض اجل أجل",
}
LATIN_ARTICLES = {"al", "el", "an", "ar", "as", "at", "ad", "az", "ach", "ech"}
ARABIC_PREFIXES = ("وال", "بال", "لل", "ال")


def stem(word: str) -> str:
    """A normalised word without the Arabic article or its "and/for/with" prefixes."""
    for prefix in ARABIC_PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= 3:
            return word[len(prefix):]
    return word


def _french_forms(word: str) -> set[str]:
    """A French generic word with its feminine and plural (traditionnel: traditionnelle, traditionnels,
    traditionnelles; rural: rurale, ruraux): names write them agreeing with what they describe."""
    if len(word) < 4 or not word.isascii():
        return {word}
    forms = {word, word + "s"}
    if word.endswith("e"):
        return forms
    forms |= {word + "e", word + "es"}
    if word.endswith(("el", "en", "on")):
        forms |= {word + word[-1] + "e", word + word[-1] + "es"}
    if word.endswith("al"):
        forms.add(word[:-2] + "aux")
    return forms


GENERIC_STEMS = {form: concept for concept, words in GENERIC_GROUPS.items()
                 for word in normalize_text(words).split()
                 for form in (_french_forms(stem(word)) if concept != "filler" else {stem(word)})}


CLITICS = "لوبف"  # "for", "and", "with", "so", glued to a word without its article: لإنتاج, وتسويق


def generic_meaning(word: str) -> str | None:
    """The meaning of a normalised word if it is generic ("filler" for articles and
    prepositions), None if it is distinctive."""
    meaning = GENERIC_STEMS.get(stem(word))
    if meaning is None and word[:1] in CLITICS and len(word) >= 4:
        meaning = GENERIC_STEMS.get(stem(word[1:]))  # only when what is left is generic: وطنية stays
    if meaning is None and word in LATIN_ARTICLES:
        return "filler"
    return meaning


def core_name(text: str | None) -> str:
    """The distinctive part of a name, normalised: its generic words removed (both scripts); the
    whole name when nothing else is left."""
    words = normalize_text(text).split()
    core = [w for w in words if generic_meaning(w) is None]
    return " ".join(core or words)
