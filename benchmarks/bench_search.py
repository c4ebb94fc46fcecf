"""Search in the directory and the catalogue (issue 22, part 2): precision and recall of a labelled
query set, before (the substring and sound search alone) and after (common/search_terms.py), and
latency at national scale.

Quality: a labelled corpus of 42 products and 31 organisations (names as cooperatives write them,
some in Arabic only), each tagged by hand with what it is; 274 queries, each with the tags a
result must carry (a product is relevant to "زيت الأركان" when it is tagged argan and oil). The
search runs through the ORM, restricted to the corpus rows; precision = relevant found / found,
recall = relevant found / relevant, averaged over queries (a query that finds nothing has
precision 1; one with nothing relevant has recall 1), and summed over all queries (micro).

Latency: the same two searches over the whole database (60,000 organisations from generate_data,
200,000 products drawn from the demo's catalogue as bench_catalogue.py draws them): a count and
the first page of 20, in the order the pages use, for every other query of the set; then the
public pages and the API with their query counts.

.venv/bin/python benchmarks/bench_search.py [sqlite|postgres|quality]   (quality: the labelled set only)
The database (benchmarks/out/search.sqlite3 or PostgreSQL tadamon_bench_search) is built when
missing: migrate, generate_data --organizations 60000 --members 0, then the products."""

import os
import random
import sys
import time
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import OUT, POSTGRES_ADMIN, ROOT, machine, measure_page, percentiles  # noqa: E402

TARGET = sys.argv[1] if len(sys.argv) > 1 and sys.argv[1] in ("sqlite", "postgres", "quality") else "sqlite"
QUALITY_ONLY = TARGET == "quality"  # the labelled set alone, on a small SQLite database: seconds, not minutes
OUT.mkdir(exist_ok=True)
os.environ["DATABASE_URL"] = {
    "sqlite": f"sqlite:///{OUT / 'search.sqlite3'}", "quality": f"sqlite:///{OUT / 'search_quality.sqlite3'}",
    "postgres": POSTGRES_ADMIN.rsplit("/", 1)[0] + "/tadamon_bench_search"}[TARGET]
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tadamon.settings")
os.environ.update(ALLOWED_HOSTS="testserver", API_ANON_RATE="1000000/minute", RATE_SEARCH="1000000/m",
                  SECURE_SSL_REDIRECT="0", PUBLIC_PAGE_CACHE_SECONDS="0")
sys.path.insert(0, str(ROOT))
import django  # noqa: E402

django.setup()

from django.db import models, transaction  # noqa: E402
from django.test import Client  # noqa: E402

from tadamon.common.db import refresh_planner_statistics  # noqa: E402
from tadamon.common.text import normalize_text, phonetic_key  # noqa: E402
from tadamon.demo.products import PRODUCTS  # noqa: E402
from tadamon.market.domain.queries.catalogue import search_products  # noqa: E402
from tadamon.market.models import Product  # noqa: E402
from tadamon.registry.models import Organization, Province, Sector  # noqa: E402

PRODUCTS_WANTED = 200_000
CORPUS_MARK = "SEARCHBENCH"  # registry number of the corpus organisations

# --- The labelled corpus ------------------------------------------------------------------------
CORPUS_PRODUCTS = [  # (Arabic, French, English, what it is)
    ("تمور المجهول", "Dattes Mejhoul", "Medjool dates", "dates medjool"),
    ("تمور بوفقوس", "", "", "dates boufeggous"),
    ("تمر الجيهل", "", "", "dates jihel"),
    ("", "Dattes Boufeggous", "", "dates boufeggous"),
    ("زيت أركان غذائي", "Huile d'argan alimentaire", "Culinary argan oil", "argan oil food"),
    ("زيت أركان تجميلي", "", "", "argan oil cosmetics"),
    ("", "Huile d'argane cosmétique", "", "argan oil cosmetics"),
    ("أملو باللوز", "Amlou aux amandes", "", "amlou almond"),
    ("زعفران تالوين", "Safran de Taliouine", "Taliouine saffron", "saffron taliouine"),
    ("زعفران حر", "", "", "saffron"),
    ("", "Pistils de safran", "", "saffron"),
    ("عسل الزعتر", "Miel de thym", "Thyme honey", "honey thyme"),
    ("عسل الدغموس", "", "", "honey euphorbia"),
    ("", "Miel de jujubier", "Sidr honey", "honey jujube"),
    ("كسكس الشعير", "Couscous d'orge", "Barley couscous", "couscous barley"),
    ("كسكس بالقمح الكامل", "", "", "couscous wheat"),
    ("زيت الزيتون البكر", "Huile d'olive vierge extra", "Extra virgin olive oil", "olive oil"),
    ("زيتون أسود", "", "", "olive black"),
    ("زيت بذور الصبار", "Huile de pépins de figue de Barbarie", "Prickly pear seed oil", "cactus oil seed"),
    ("مربى الهندية", "", "", "cactus jam"),
    ("صابون بلدي", "Savon noir beldi", "Beldi black soap", "soap beldi black"),
    ("غاسول", "Ghassoul", "Rhassoul clay", "ghassoul"),
    ("ماء الورد", "Eau de rose", "Rose water", "rose water"),
    ("زيت الخزامى الأساسي", "Huile essentielle de lavande", "Lavender essential oil", "lavender oil essential"),
    ("مفرش مطرز", "Nappe brodée", "Embroidered tablecloth", "embroidery tablecloth"),
    ("زربية تازناخت", "Tapis de Taznakht", "Taznakht carpet", "carpet taznakht"),
    ("زرابي أمازيغية", "", "", "carpet amazigh"),
    ("", "Tapis berbère en laine", "", "carpet amazigh wool"),
    ("حلي فضية أمازيغية", "Bijoux berbères en argent", "Amazigh silver jewellery", "jewellery silver amazigh"),
    ("طاجين فخاري", "Tajine en terre cuite", "Clay tagine", "tagine pottery"),
    ("طواجين مزخرفة", "", "", "tagine"),
    ("جلابة تقليدية", "Djellaba traditionnelle", "Traditional djellaba", "djellaba traditional"),
    ("سلة الدوم", "Panier en doum", "Doum palm basket", "basket doum"),
    ("حناء طبيعية", "Henné naturel", "", "henna natural"),
    ("زعتر مجفف", "Thym séché", "Dried thyme", "thyme dried"),
    ("جبن الماعز", "Fromage de chèvre", "Goat cheese", "cheese goat"),
    ("بلغة جلدية", "Babouches en cuir", "Leather babouches", "babouche leather"),
    ("لوز", "Amandes", "Almonds", "almond"),
    ("زيت حبة البركة", "", "", "nigella oil"),
    ("تين مجفف", "Figues sèches", "Dried figs", "fig dried"),
    ("خروب", "Caroube en poudre", "", "carob"),
    ("كحل", "Khôl", "Kohl", "kohl"),
]

PRODUCT_QUERIES = {  # what a relevant product must be -> the queries people type for it
    "dates": "تمر|تمور|التمور|بالتمور|والتمور|تمرة|dattes|datte|dates|date|Dattes",
    "medjool": "مجهول|المجهول|تمور المجهول|medjool|mejhoul|majhoul|dattes medjool",
    "boufeggous": "بوفقوس|boufeggous|تمر بوفقوس",
    "argan": "أركان|اركان|الأركان|أرگان|argan|argane|Argane",
    "argan oil": "زيت الأركان|زيت أركان|huile d'argan|huile argane|argan oil|زيوت الأركان",
    "oil": "زيت|زيوت|الزيوت|huile|huiles|oil|oils",
    "saffron": "زعفران|الزعفران|بالزعفران|safran|saffron|Safran",
    "honey": "عسل|العسل|أعسال|miel|honey",
    "honey thyme": "miel de thym|عسل الزعتر",
    "couscous": "كسكس|الكسكس|couscous|كسكسو",
    "couscous barley": "couscous d'orge",
    "olive": "زيتون|الزيتون|olive|olives",
    "olive oil": "huile d'olive|زيت الزيتون|olive oil",
    "cactus": "صبار|الصبار|figue de barbarie|prickly pear|cactus|الهندية",
    "soap": "صابون|الصابون|savon|soap",
    "soap black": "savon noir",
    "soap beldi": "صابون بلدي",
    "ghassoul": "غاسول|ghassoul|rhassoul",
    "rose": "ورد|الورد",
    "rose water": "ماء الورد|eau de rose|rose water",
    "lavender": "خزامى|lavande|lavender",
    "oil essential": "huile essentielle|الزيوت الأساسية|essential oil",
    "embroidery": "مطرز|مطرزة|broderie|brodée|embroidered|طرز",
    "carpet": "زربية|زرابي|الزرابي|بالزرابي|tapis|carpet|carpets|rug",
    "amazigh": "أمازيغية|berbère|amazigh",
    "jewellery": "حلي|bijoux|jewellery|jewelry",
    "silver": "فضة|فضية|argent|silver",
    "tagine": "طاجين|طواجين|الطواجين|tajine|tajines|tagine",
    "pottery": "فخار|poterie|pottery|terre cuite",
    "djellaba": "جلابة|جلاليب|djellaba",
    "basket": "سلة|سلال|panier|basket",
    "henna": "حناء|الحناء|henné|henna",
    "thyme": "زعتر|thym|thyme",
    "cheese": "جبن|fromage",
    "cheese goat": "fromage de chèvre|goat cheese",
    "leather": "جلد|cuir|leather",
    "babouche": "babouches|بلغة",
    "almond": "لوز|amandes|almonds",
    "fig": "تين|figues|figs",
    "kohl": "كحل|khol",
    "nigella": "حبة البركة|nigelle",
    "taliouine": "Taliouine|تالوين",
    "taznakht": "Taznakht|تازناخت",
    # Nothing of the corpus is this: every result is a false one.
    "cheese cow": "fromage de vache",
    "oil dates": "huile de dattes|زيت التمر",
    "carpet silk": "tapis de soie",
    "honey lavender": "miel de lavande",
    "saffron taznakht": "safran de Taznakht",
    "zellige": "zellige",
    "vegetable": "خضروات",
    "fish": "poisson",
    "apple": "تفاح",
    "coffee": "café|ملوخية",
}

# Harder: spellings the vocabulary does not list, typos, words the names do not hold ("bio", "fait
# main"). Written after the vocabulary, to see where it stops; reported apart.
PRODUCT_HARD = {
    "saffron": "safrane|safron|زعفرا",
    "tagine": "tajin|tagines",
    "couscous": "couscouss|kouskous",
    "medjool": "dattes medjoul|تمور مجهول|medjol",
    "argan": "arganne|argania",
    "argan oil": "huile d'argan bio|زيت أرگان|argan oil organic",
    "carpet amazigh": "tapis berbère fait main|الزرابي الأمازيغية",
    "honey": "عسل حر|miel pur|عسل طبيعي",
    "rose water": "ماء ورد|eau de roses",
    "soap beldi": "savon beldi",
    "amlou": "amlou|أملو|amlu",
    "jewellery silver": "bijoux argent|silver jewelry",
    "cactus": "figues de barbarie|الصبار البلدي",
    "cactus oil": "huile de cactus",
    "henna": "henna powder|حنة",
    "dates": "تمر|dates fraîches|التمر",
    "prune": "برقوق|pruneaux",
    "tea": "thé|أتاي",
}

ORGANIZATION_HARD = {
    "cooperative saffron": "cooperative safran|coopérative du safran",
    "cooperative dates": "coopérative des dattes|تعاونية تمور",
    "association women": "جمعية نسائية|association féminine",
    "weaving taznakht": "tissage Taznakht",
    "cooperative argan": "تعاونية أركان|coop argan",
    "beekeeping": "apiculture|تربية النحل",
    "tamount": "Tamounte",
    "agdz": "Agdez",
    "imider": "ايميضر|Imidr",
    "kelaat": "Kelaa Mgouna|قلعة مكونة",
    "tafoukt": "Tafoukt",
}

CORPUS_ORGANIZATIONS = [  # (Arabic, Latin, what it is)
    ("تعاونية التمور أكدز", "Coopérative des Dattes d'Agdz", "cooperative dates agdz"),
    ("تعاونية تمور المجهول", "", "cooperative dates medjool"),
    ("تعاونية الزعفران تالوين", "", "cooperative saffron taliouine"),
    ("", "Coopérative Tamount pour le safran", "cooperative saffron tamount"),
    ("تعاونية نساء أركان تمنار", "Coopérative Féminine Argan Tamanar", "cooperative women argan tamanar"),
    ("تعاونية أرگان إداوتنان", "", "cooperative argan"),
    ("جمعية الزرابي تازناخت", "", "association carpet taznakht"),
    ("", "Association des tisserandes de Taznakht", "association weaving taznakht women"),
    ("تعاونية العسل والنحل", "", "cooperative honey beekeeping"),
    ("", "Coopérative des Apiculteurs d'Imider", "cooperative beekeeping imider"),
    ("تعاونية إميضر للتنمية", "", "cooperative imider development"),
    ("تعاونية الكسكس البلدي", "", "cooperative couscous beldi"),
    ("تعاونية الفخار آسفي", "Coopérative de Poterie de Safi", "cooperative pottery safi"),
    ("", "Coopérative des Tajines de Safi", "cooperative tagine pottery safi"),
    ("جمعية الحلي الفضية تيزنيت", "Association des Bijoux d'Argent de Tiznit", "association jewellery silver tiznit"),
    ("تعاونية الصبار سيدي إفني", "Coopérative du Cactus de Sidi Ifni", "cooperative cactus ifni"),
    ("تعاونية زيت الزيتون وزان", "", "cooperative olive oil ouezzane"),
    ("", "Coopérative Oléicole d'Ouezzane", "cooperative olive ouezzane"),
    ("تعاونية الحناء", "", "cooperative henna"),
    ("جمعية الطرز والخياطة", "Association Broderie et Couture", "association embroidery sewing"),
    ("تعاونية الماعز والجبن", "", "cooperative goat cheese"),
    ("تعاونية الصيد التقليدي", "", "cooperative fishing"),
    ("جمعية السياحة التضامنية", "", "association tourism"),
    ("تعاونية الورود قلعة مكونة", "Coopérative des Roses de Kelaat M'Gouna", "cooperative rose kelaat"),
    ("تعاونية النباتات العطرية والطبية", "", "cooperative plant aromatic medicinal"),
    ("تعاونية الأمل", "Coopérative Al Amal", "cooperative amal"),
    ("جمعية الشباب للتنمية", "Association des Jeunes pour le Développement", "association youth development"),
    ("تعاونية الجلد فاس", "Coopérative du Cuir de Fès", "cooperative leather fes"),
    ("تعاونية الدوم", "", "cooperative doum"),
    ("تعاونية تيفاوين", "Coopérative Tifawin", "cooperative tifawin"),
    ("تعاونية الحليب", "Coopérative Laitière", "cooperative milk"),
]

ORGANIZATION_QUERIES = {
    "dates": "تمر|تمور|التمور|بالتمور|dattes|dates",
    "medjool": "المجهول|medjool",
    "saffron": "زعفران|الزعفران|safran|saffron",
    "argan": "أركان|الأركان|أرگان|argan|argane",
    "women argan": "نساء أركان|femmes argan",
    "cooperative women argan": "تعاونية نسوية أركان",
    "carpet": "زربية|زرابي|tapis|carpets",
    "weaving": "tissage|نسيج|tisserandes",
    "honey": "عسل|miel|honey",
    "beekeeping": "نحل|abeilles|apiculteurs",
    "couscous": "كسكس|couscous",
    "pottery": "فخار|poterie|pottery",
    "tagine": "طاجين|طواجين|tajine",
    "jewellery": "حلي|bijoux",
    "silver": "فضة|argent",
    "cactus": "صبار|cactus|figue de barbarie",
    "olive": "زيتون|olive",
    "olive oil": "huile d'olive",
    "henna": "حناء|henné",
    "embroidery": "طرز|broderie",
    "sewing": "couture|خياطة",
    "cheese": "جبن|fromage",
    "goat": "chèvre",
    "fishing": "صيد|pêche",
    "tourism": "سياحة|tourisme",
    "rose": "الورود|roses|ورد",
    "plant aromatic": "plantes aromatiques",
    "plant medicinal": "النباتات الطبية",
    "leather": "جلد|cuir",
    "milk": "حليب|lait|laitière",
    "youth": "شباب|jeunes",
    "tamount": "Tamount",
    "imider": "Imider|إميضر",
    "agdz": "Agdz|أكدز",
    "taznakht": "Taznakht",
    "tifawin": "Tifawin|تيفاوين",
    "amal": "Al Amal|الأمل",
    "safi": "Safi|آسفي",
    "tiznit": "Tiznit",
    "ouezzane": "Ouezzane|وزان",
    # Nothing of the corpus is this.
    "dates saffron": "تمور الزعفران",
    "saffron argan": "safran argan",
    "honey safi": "miel de Safi",
    "couscous imider": "كسكس إميضر",
    "zellige": "zellige",
    "transport": "transport",
    "fish": "poisson",
}


def labelled(queries: dict[str, str]) -> list[tuple[str, frozenset[str]]]:
    return [(q, frozenset(tags.split())) for tags, forms in queries.items() for q in forms.split("|")]


# --- The two searches ---------------------------------------------------------------------------

def organizations_before(queryset, query):
    """Organization.objects.search as it was: normalised substring, or the sound of the name."""
    text, key = normalize_text(query), phonetic_key(query)
    condition = models.Q(search_text__contains=text)
    if len(key.replace(" ", "")) >= 3:
        condition |= models.Q(search_key__contains=key)
    return queryset.filter(condition).order_by("name_latin", "pk")


def organizations_after(queryset, query):
    return queryset.search(query).order_by("search_rank", "name_latin", "pk")


def products_before(queryset, query):
    return queryset.filter(search_text__contains=normalize_text(query)).order_by("name_fr", "name_ar", "pk")


def products_after(queryset, query):
    return search_products(queryset, query).order_by("search_rank", "name_fr", "name_ar", "pk")


# --- Building -----------------------------------------------------------------------------------

def build_products(rng):
    sectors = {s.code: s for s in Sector.objects.filter(code__in=PRODUCTS)}
    rows = [(code, row) for code in PRODUCTS for row in PRODUCTS[code]]
    organization_ids = list(Organization.objects.filter(kind__in=["cooperative", "association"]).values_list(
        "pk", flat=True))
    batch = []
    for _n in range(PRODUCTS_WANTED - Product.objects.count()):
        code, (name_ar, name_fr, name_en, unit, price, availability) = rng.choice(rows)
        product = Product(organization_id=rng.choice(organization_ids), name_ar=name_ar, name_fr=name_fr,
                          name_en=name_en, category=sectors[code], unit=unit, availability=availability,
                          price_mad=(Decimal(price) * Decimal(rng.uniform(0.7, 1.3))).quantize(Decimal("0.01")))
        product.refresh_search_text()  # bulk_create bypasses save()
        batch.append(product)
        if len(batch) == 5000:
            with transaction.atomic():
                Product.objects.bulk_create(batch)
            batch = []
    Product.objects.bulk_create(batch)


def build_corpus():
    """The labelled rows, made again on every run: {pk: tags} for organisations and products."""
    Organization.objects.filter(registry_number__startswith=CORPUS_MARK).delete()  # their products go too
    province = Province.objects.get(code="MA-TIN")
    sector = Sector.objects.get(code="argan")
    organizations = {}
    for n, (ar, latin, tags) in enumerate(CORPUS_ORGANIZATIONS):
        organization = Organization.objects.create(kind="cooperative", name_ar=ar, name_latin=latin,
                                                   province=province, registry_number=f"{CORPUS_MARK}-{n}")
        organizations[organization.pk] = frozenset(tags.split())
    maker = Organization.objects.create(kind="cooperative", name_latin="Bench maker", province=province,
                                        registry_number=f"{CORPUS_MARK}-maker")
    products = {}
    for ar, fr, en, tags in CORPUS_PRODUCTS:
        product = Product.objects.create(organization=maker, name_ar=ar, name_fr=fr, name_en=en, category=sector,
                                         price_mad=Decimal(100))
        products[product.pk] = frozenset(tags.split())
    return organizations, products


# --- Measuring ----------------------------------------------------------------------------------

def quality(label, queryset, corpus, queries, search):
    macro_p = macro_r = 0.0
    found_total = relevant_found_total = relevant_total = empty = 0
    misses = []
    for query, wanted in queries:
        relevant = {pk for pk, tags in corpus.items() if wanted <= tags}
        found = set(search(queryset, query).values_list("pk", flat=True))
        hits = len(found & relevant)
        macro_p += hits / len(found) if found else 1.0
        macro_r += hits / len(relevant) if relevant else 1.0
        found_total, relevant_found_total, relevant_total = (found_total + len(found), relevant_found_total + hits,
                                                             relevant_total + len(relevant))
        empty += bool(relevant) and not found
        if found != relevant:
            misses.append(f"{query} ({len(found - relevant)} wrong, {len(relevant - found)} missed)")
    n = len(queries)
    print(f"{label:34} precision {macro_p / n:.3f} recall {macro_r / n:.3f} | micro precision "
          f"{relevant_found_total / max(found_total, 1):.3f} recall {relevant_found_total / max(relevant_total, 1):.3f}"
          f" | {empty} queries with relevant rows find none, {len(misses)} of {n} not exact")
    return misses


def latency(label, queryset, queries, search):
    samples = []
    for query, _wanted in queries[::2]:
        for _run in range(2):
            started = time.perf_counter()
            results = search(queryset, query)
            results.count()
            list(results[:20])
            samples.append(time.perf_counter() - started)
    print(f"{label:34} {percentiles(samples)} ({len(samples)} searches: count + first 20)", flush=True)


def main():
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    call_command("collectstatic", interactive=False, verbosity=0)
    if Organization.objects.count() < 60_000 and not QUALITY_ONLY:
        call_command("generate_data", organizations=60_000, members=0, seed=1)
    if Product.objects.count() < PRODUCTS_WANTED and not QUALITY_ONLY:
        started = time.perf_counter()
        build_products(random.Random(7))
        print(f"built products in {time.perf_counter() - started:.0f} s")
    organizations, products = build_corpus()
    refresh_planner_statistics("market_product", "registry_organization")
    print(f"# {TARGET}: {Organization.objects.count():,} organisations, {Product.objects.count():,} products, "
          f"on {machine()} (shared with other jobs)")
    product_queries, organization_queries = labelled(PRODUCT_QUERIES), labelled(ORGANIZATION_QUERIES)
    print(f"## quality: {len(product_queries)} product queries over {len(products)} products, "
          f"{len(organization_queries)} organisation queries over {len(organizations)} organisations")
    corpus_products = Product.objects.filter(pk__in=products)
    corpus_organizations = Organization.objects.filter(pk__in=organizations)
    quality("products, before", corpus_products, products, product_queries, products_before)
    misses = quality("products, after", corpus_products, products, product_queries, products_after)
    quality("organisations, before", corpus_organizations, organizations, organization_queries,
            organizations_before)
    misses += quality("organisations, after", corpus_organizations, organizations, organization_queries,
                      organizations_after)
    print("not exact after:", "; ".join(misses))
    product_hard, organization_hard = labelled(PRODUCT_HARD), labelled(ORGANIZATION_HARD)
    print(f"## harder queries: {len(product_hard)} for products, {len(organization_hard)} for organisations")
    quality("products (harder), before", corpus_products, products, product_hard, products_before)
    misses = quality("products (harder), after", corpus_products, products, product_hard, products_after)
    quality("organisations (harder), before", corpus_organizations, organizations, organization_hard,
            organizations_before)
    misses += quality("organisations (harder), after", corpus_organizations, organizations, organization_hard,
                      organizations_after)
    print("not exact after:", "; ".join(misses))
    if QUALITY_ONLY:
        return
    print("## latency at national scale")
    latency("products, before", Product.objects.all(), product_queries, products_before)
    latency("products, after", Product.objects.all(), product_queries, products_after)
    latency("organisations, before", Organization.objects.all(), organization_queries, organizations_before)
    latency("organisations, after", Organization.objects.all(), organization_queries, organizations_after)
    # The catalogue page's own query (public organisations joined, cards), as it was and as it is.
    from tadamon.market.domain.catalogue import CatalogueFilters
    from tadamon.market.domain.queries.catalogue import SORTS, catalogue, with_cards
    from tadamon.registry.domain.queries.directory import public_organizations

    def catalogue_before(_queryset, query):
        return with_cards(Product.objects.filter(published=True, organization__in=public_organizations()).filter(
            search_text__contains=normalize_text(query)).order_by(*SORTS["name"]))

    def catalogue_after(_queryset, query):
        return with_cards(catalogue(CatalogueFilters(q=query)))

    sample = product_queries[::4]
    latency("catalogue query, before", None, sample, catalogue_before)
    latency("catalogue query, after", None, sample, catalogue_after)
    client = Client()
    for label, url in [
        ("catalogue page, التمور", "/ar/products/?q=التمور"),
        ("catalogue page, huile d'argan", "/fr/products/?q=huile d'argan"),
        ("catalogue page, Taznakht (a name)", "/fr/products/?q=Taznakht"),
        ("API products, dattes", "/api/v1/products?q=dattes"),
        ("directory page, الزعفران", "/ar/organizations/?q=الزعفران"),
        ("directory page, amal (a name)", "/fr/organizations/?q=amal"),
        ("API organisations, argane", "/api/v1/organizations?q=argane"),
    ]:
        measure_page(client, label, url, runs=8, width=34)


if __name__ == "__main__":
    main()
