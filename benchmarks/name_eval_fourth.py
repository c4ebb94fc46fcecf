"""Fourth evaluation set for the name certificate check (proposed name vs. registered names).

What it is
    A labelled list of (proposed name, registered name) pairs for the check that compares a name
    proposed for a new cooperative, association, union or GIE with the registered organisations and
    flags it "close"/"clash" when it could be confused with one of them. About 350 registered
    organisations are built the way real Moroccan ones name themselves: a kind word (تعاونية,
    جمعية, اتحاد تعاونيات, مجموعة ذات النفع الاقتصادي / Coopérative, Association, Union, GIE), a
    distinctive word (Tachelhit, Tarifit, Central Atlas and Hassani words, Arabic words, women's names,
    tribes, mountains, rivers, plants, historical figures), sometimes a women's marker (النسوية,
    féminine), the activity as people write it (لإنتاج زيت الأركان, d'huile d'argan, pour
    l'élevage des chèvres...) and sometimes the commune (بتاليوين, de Taliouine). Each registered name
    is in Arabic or in Latin script, about half and half.

    label = variant: the proposed name IS that registered organisation written otherwise; the check
        must rank the registered one first and flag it.
    label = new: a genuinely different organisation an officer should accept; the check must flag
        nothing.

Categories
    variant: script (same name in the other script), translit (other spelling of the distinctive
        word, same script), generic (generic words added, dropped or said otherwise), activity
        (activity added, dropped or reworded), article (article added, dropped, joined or not),
        typo (one typing slip), order (word order), place (commune added, dropped or written
        otherwise), combo (two of these at once).
    new: other_word (another distinctive word, same kind/product/place), similar_word (a real,
        different word or name a letter or two away), substring (a short real word found inside the
        registered word), same_place, same_product, other_script (a new word in the other script),
        unrelated.
    A word that is registered twice is registered with two different products, and the variants of
    those two organisations keep their product. The distinctive words of new names are never
    registered in the set.

Columns
    split (tune/holdout, drawn per registered organisation), label, category, script (arabic, latin,
    mixed), name (proposed), registered. A second file lists every commune the names use with its
    Arabic and French spellings.

Independence
    Written without reading the check, its vocabularies or the earlier evaluation sets; only
    tadamon/demo/names.py was read, to keep away from the words of the synthetic registry, and
    tadamon/registry/data/territories.csv for province names.

Run
    python3 benchmarks/name_eval_fourth.py
    (standard library only, seeded: two runs give byte-identical files)
"""

from __future__ import annotations

import csv
import random
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path

SEED = 4404
TARGET_ORGS = 350
HERE = Path(__file__).resolve().parent
OUT = HERE / "data" / "name_eval_fourth.csv"
OUT_PLACES = HERE / "data" / "name_eval_fourth_places.csv"

# --------------------------------------------------------------------------------------------
# Data classes
# --------------------------------------------------------------------------------------------

_ACCENTS = str.maketrans(
    "àâäáéèêëîïíôöóûùüúçÀÂÄÁÉÈÊËÎÏÍÔÖÓÛÙÜÚÇ",
    "aaaaeeeeiiiooouuuucAAAAEEEEIIIOOOUUUUC",
)


def unaccent(text: str) -> str:
    return text.translate(_ACCENTS).replace("œ", "oe").replace("Œ", "OE")


def fold(text: str) -> str:
    return " ".join(unaccent(text).casefold().split())


@dataclass(frozen=True)
class Word:
    typ: str
    ar: tuple[str, ...]
    lat: tuple[str, ...]
    art: int = 0  # 0 no article; 1 article in both scripts; 2 article in Arabic, usually none in Latin
    region: tuple[str, ...] = ()

    @property
    def key(self) -> str:
        return fold(self.lat[0])


@dataclass(frozen=True)
class Activity:
    key: str
    family: str
    domain: str
    tags: tuple[str, ...]
    ar: tuple[str, ...]
    fr: tuple[str, ...]
    ar_pre: tuple[str, ...] = ()
    fr_pre: tuple[str, ...] = ()


@dataclass(frozen=True)
class Place:
    ar: tuple[str, ...]
    fr: tuple[str, ...]
    tags: tuple[str, ...]


def W(typ: str, ar: str, lat: str, art: int = 0, region: str = "") -> Word:
    return Word(typ, tuple(ar.split("|")), tuple(lat.split("|")), art, tuple(region.split()))


def A(key, family, domain, tags, ar, fr, ar_pre="", fr_pre=""):
    def split(s):
        return tuple(s.split("|")) if s else ()

    return Activity(key, family, domain, tuple(tags.split()), split(ar), split(fr), split(ar_pre), split(fr_pre))


def P(ar: str, fr: str, tags: str) -> Place:
    return Place(tuple(ar.split("|")), tuple(fr.split("|")), tuple(tags.split()))


# --------------------------------------------------------------------------------------------
# Distinctive words that are registered (Arabic spellings | Latin spellings, first = usual one)
# --------------------------------------------------------------------------------------------

REGISTERED = [
    # Tachelhit / Central Atlas Tamazight
    W("amz", "تانميرت", "Tanmirt|Tanemmirt|Tanmirte"),
    W("amz", "تاكمات|تاڭمات", "Tagmat|Taguemat|Tagmate"),
    W("amz", "تودرت", "Toudert|Tudert|Toudart"),
    W("amz", "أناروز|أنروز", "Anarouz|Anaruz|Anarrouz"),
    W("amz", "تاماينوت", "Tamaynout|Tamaynut|Tamainout"),
    W("amz", "تاسوتا", "Tassouta|Tasuta|Tassuta"),
    W("amz", "تيغانيمين|تغانيمين", "Tighanimine|Tighanimin|Tirhanimine"),
    W("amz", "أفولكي", "Afoulki|Afolki|Afulki"),
    W("amz", "تامسنا", "Tamesna|Tamsna"),
    W("amz", "تيسليت", "Tislit|Teslit|Tisslit"),
    W("amz", "إيزم|إزم", "Izem|Izzem|Yzem"),
    W("amz", "أزطا|أزتا", "Azetta|Azeta|Azta"),
    W("amz", "تيفيناغ", "Tifinagh|Tifinar|Tifinag"),
    W("amz", "تامدة|تامدا", "Tamda|Tamdda"),
    W("amz", "إيسلي", "Isli|Isly|Issli"),
    W("amz", "أكناري", "Aknari|Akenari|Aknary"),
    W("amz", "أمدوكال", "Amdoukal|Amddakkal|Amdukal"),
    W("amz", "تيدوكلا", "Tidukla|Tidoukla|Tedoukla"),
    W("amz", "أسكاس|أسڭاس", "Asggas|Asegas|Assegas"),
    W("amz", "إيكودار|إيڭودار", "Igoudar|Iguidar|Igudar"),
    W("amz", "أدرار", "Adrar|Adrare"),
    W("amz", "أنزار", "Anzar|Anzare"),
    W("amz", "أسافو", "Asafou|Assafou|Asafu"),
    W("amz", "أزول", "Azul|Azoul|Azzul"),
    W("amz", "أمود", "Amoud|Amud|Amoude"),
    W("amz", "تايري نواكال", "Tayri Nouakal|Tayri Nwakal|Tayri N'Ouakal"),
    W("amz", "أغروم", "Aghroum|Arhroum|Aghrum"),
    W("amz", "تاكانت|تاڭانت", "Tagant|Taguant|Tagante"),
    W("amz", "تالا", "Tala|Talla"),
    W("amz", "إيمازيغن", "Imazighen|Imazirhen|Imazigen"),
    W("amz", "إغيل|إيغيل", "Ighil|Irhil|Ighill"),
    W("amz", "تيكمي|تيڭمي", "Tigmi|Tigemmi|Tighmi"),
    W("amz", "إيتري", "Itri|Yitri"),
    W("amz", "أيور", "Ayour|Ayyour|Ayur"),
    W("amz", "أمناي", "Amnay|Amenay|Amnai"),
    W("amz", "تيمزكيدا|تيمزڭيدا", "Timezguida|Timzguida|Timezgida"),
    W("amz", "أكضيض|أڭضيض", "Agdid|Agdide|Agdhid"),
    W("amz", "أكلمام|أڭلمام", "Aguelmam|Agelmam|Aguelmame", region="atlas"),
    W("amz", "ألموكار|ألموڭار", "Almoggar|Almougar|Almogar"),
    W("amz", "أمارك|أمارڭ", "Amarg|Amarge"),
    W("amz", "أحواش", "Ahwach|Ahouach|Ahwash", region="souss"),
    W("amz", "أحيدوس", "Ahidous|Ahidouss|Ahydous", region="atlas"),
    W("amz", "تيموزغا", "Timouzgha|Timuzgha|Timouzrha"),
    # Tarifit
    W("rif", "ثامورث", "Thamourth|Thamourt|Thamurth", region="rif"),
    W("rif", "تاسافت|ثاسافت", "Tasaft|Thasaft|Tassaft"),
    W("rif", "ثاسريث", "Thasrith|Thasrit|Tasrit", region="rif"),
    W("rif", "ثيويزا|تويزة", "Thiwiza|Tiwiza|Touiza", region="rif"),
    # Hassani (south)
    W("has", "الخيمة", "Khaima|Kheima|Khayma", 1, "south"),
    W("has", "الملحفة", "Melhfa|Malhfa|Melhafa", 2, "south"),
    W("has", "الكدرة|الڭدرة", "Guedra|Gadra|Gedra", 2, "south"),
    W("has", "لفريك|الفريك", "Lefrig|Lfrig|Frig", 0, "south"),
    W("has", "أتاي", "Atay|Ataye|Atai", 0, "south"),
    W("has", "الكلتة|الڭلتة|القلتة", "Guelta|Galta|Gelta", 2, "south"),
    W("has", "تيدينيت", "Tidinit|Tidinite", 0, "south"),
    W("has", "تيرس", "Tiris|Tirisse", 0, "south"),
    W("has", "زمور", "Zemmour|Zemour|Zammour", 0, "south"),
    W("has", "المهري", "Mehri|Mahri|Meheri", 1, "south"),
    W("has", "الساقية", "Saguia|Seguia|Saguiya", 2, "south"),
    W("has", "أزوان", "Azawan|Azouan|Azwan", 0, "south"),
    # Women's names
    W("fname", "حياة", "Hayat|Hayate|Hayet"),
    W("fname", "نجاة", "Najat|Najate|Najet"),
    W("fname", "رقية", "Rkia|Rokia|Rqia|Roqaya"),
    W("fname", "ميمونة", "Mimouna|Mimona|Maymouna"),
    W("fname", "إيجا|إجة", "Ijja|Ija|Ijjah"),
    W("fname", "كنزة", "Kenza|Kanza"),
    W("fname", "تيهيا|ديهيا", "Tihya|Dihya|Tihia"),
    W("fname", "تين هينان|تينهينان", "Tinhinane|Tin Hinan|Tinhinan"),
    W("fname", "شامة", "Chama|Chamaa|Shama"),
    W("fname", "الباتول|البتول", "Batoul|Betoul", 2),
    W("fname", "مباركة|امباركة", "Mbarka|M'barka|Mebarka"),
    W("fname", "كلثوم", "Keltoum|Kaltoum|Kalthoum"),
    W("fname", "صفية", "Safia|Safiya"),
    W("fname", "ربيعة", "Rabia|Rabiaa|Rebia"),
    W("fname", "سميرة", "Samira|Samirah"),
    W("fname", "حنان", "Hanane|Hanan|Hnane"),
    W("fname", "سناء", "Sanae|Sanaa|Sana"),
    W("fname", "منية", "Mounia|Mounya|Monia"),
    W("fname", "لبنى", "Loubna|Lobna|Lubna"),
    W("fname", "بشرى", "Bouchra|Bochra|Bushra"),
    W("fname", "وداد", "Widad|Ouidad|Wedad"),
    W("fname", "سهام", "Siham|Sihame|Sehame"),
    W("fname", "حسناء", "Hasna|Hasnaa|Hassna"),
    W("fname", "فدوى", "Fadwa|Fadoua|Fedwa"),
    W("fname", "رجاء", "Rajae|Rajaa|Raja"),
    W("fname", "إلهام", "Ilham|Ilhame|Ilhem"),
    W("fname", "كوثر", "Kaoutar|Kawtar|Kaouthar"),
    W("fname", "هاجر", "Hajar|Hajer"),
    W("fname", "سكينة", "Soukaina|Soukayna|Sakina"),
    W("fname", "خولة", "Khaoula|Khawla|Khaola"),
    W("fname", "سمية", "Soumaya|Soumaia|Soumiya"),
    W("fname", "شيماء", "Chaimae|Chaimaa|Chaima"),
    W("fname", "إكرام", "Ikram|Ikrame|Ekram"),
    W("fname", "ابتسام", "Ibtissam|Ibtissame|Btissam"),
    W("fname", "حبيبة", "Habiba|Hbiba"),
    W("fname", "محجوبة", "Mahjouba|Mahjoba|Mahjuba"),
    W("fname", "الغالية|غالية", "Ghalia|Ghaliya|Ghalya", 2),
    W("fname", "وصال", "Wissal|Wisal"),
    W("fname", "أسماء", "Asmae|Asmaa|Asma"),
    W("fname", "نزهة", "Nezha|Nouzha|Nazha"),
    W("fname", "فوزية", "Fouzia|Fawzia|Fouziya"),
    W("fname", "زبيدة", "Zoubida|Zoubaida|Zubida"),
    W("fname", "ليلى", "Laila|Leila|Layla"),
    W("fname", "فريدة", "Farida|Faridah|Faryda"),
    W("fname", "شريفة", "Chrifa|Cherifa|Charifa"),
    W("fname", "هنية", "Hnia|Haniya|Hniya"),
    # Historical figures
    W("hist", "يوبا", "Youba|Juba|Yuba"),
    W("hist", "ماسينيسا", "Massinissa|Masinissa|Massinisa"),
    W("hist", "يوغرطة", "Youghourta|Yugurtha|Jugurtha"),
    W("hist", "عسو أوبسلام", "Assou Oubasslam|Assou Oubaslam|Asso Oubasslam", region="draa"),
    W("hist", "ابن بطوطة|إبن بطوطة", "Ibn Battouta|Ibn Batouta|Ibnou Battouta"),
    W("hist", "ابن خلدون|إبن خلدون", "Ibn Khaldoun|Ibn Khaldun|Ibnou Khaldoun"),
    W("hist", "عبد الكريم الخطابي", "Abdelkrim El Khattabi|Abdelkrim Al Khattabi|Abd El Krim Khattabi", region="rif"),
    W("hist", "المختار السوسي", "Al Mokhtar Soussi|El Mokhtar Essoussi|Mokhtar Soussi", region="souss"),
    W("hist", "طارق بن زياد", "Tarik Ibn Ziyad|Tariq Ben Ziad|Tarik Bnou Ziyad"),
    W("hist", "ابن تومرت", "Ibn Toumert|Ibn Tumart|Ibn Toumart", region="haouz"),
    # Arabic words
    W("ar", "الوئام", "Wiam|Ouiam|Wiaam", 1),
    W("ar", "الإخاء", "Ikhae|Ikhaa|Ikha", 1),
    W("ar", "الإحسان", "Ihssane|Ihsane|Ihssan", 1),
    W("ar", "البركة", "Baraka|Barraka", 1),
    W("ar", "الفلاح", "Falah|Fellah", 1),
    W("ar", "التقدم", "Takadoum|Taqaddoum|Takaddoum", 1),
    W("ar", "النهضة", "Nahda|Nahdha|Nahdah", 1),
    W("ar", "الإشراق", "Ichraq|Ichrak|Ishraq", 1),
    W("ar", "الشروق", "Chourouk|Chorouk|Shorouq", 1),
    W("ar", "الفجر", "Fajr|Fajer", 1),
    W("ar", "الأصالة", "Assala|Asala|Assalah", 1),
    W("ar", "المحبة", "Mahabba|Mahaba|Mahabbah", 1),
    W("ar", "العهد", "Ahd|Aahd", 1),
    W("ar", "الثقة", "Tiqa|Thiqa|Tiqqa", 1),
    W("ar", "الإتقان", "Itqane|Itkane|Itqan", 1),
    W("ar", "الإبداع", "Ibdaa|Ibdae|Ibdaâ", 1),
    W("ar", "التحدي", "Tahadi|Tahaddi", 1),
    W("ar", "الطموح", "Toumouh|Tumuh|Tomouh", 1),
    W("ar", "الإرادة", "Irada|Iradah", 1),
    W("ar", "الصمود", "Soumoud|Somoud|Sumud", 1),
    W("ar", "اليقين", "Yaqine|Yakine|Yaqin", 1),
    W("ar", "الأفق", "Oufoq|Oufok|Ofoq", 1),
    W("ar", "الغد", "Ghad|Rhad", 1),
    W("ar", "المسيرة", "Massira|Masira|Messira", 1),
    W("ar", "الضياء", "Diyae|Diyaa|Dia", 1),
    W("ar", "السنابل", "Sanabil|Sanabile|Sanabill", 1),
    W("ar", "التآزر", "Taazour|Taazor|Taâzour", 1),
    W("ar", "التكافل", "Takafoul|Takafol|Takaful", 1),
    W("ar", "التآخي", "Taakhi|Taakhy|Taâkhi", 1),
    W("ar", "النماء", "Namae|Namaa", 1),
    W("ar", "الازدهار", "Izdihar|Izdehar|Ezdihar", 1),
    W("ar", "الرخاء", "Rakhae|Rakhaa|Rakha", 1),
    W("ar", "الجود", "Joud|Jood|Jud", 1),
    W("ar", "البستان", "Boustane|Bostane|Bustan", 1),
    W("ar", "المنار", "Manar|Menar", 1),
    W("ar", "الهلال", "Hilal|Hillal", 1),
    W("ar", "الكوكب", "Kawkab|Kaoukab|Kawkeb", 1),
    W("ar", "القلم", "Qalam|Kalam", 1),
    W("ar", "الجوهرة", "Jawhara|Jaouhara|Jawhra", 1),
    W("ar", "اللؤلؤة|اللولوة", "Loulouaa|Loulouae|Lulua", 1),
    W("ar", "المرجان", "Marjane|Marjan|Merjane", 1),
    W("ar", "الياقوت", "Yakout|Yaqout|Yaqut", 1),
    W("ar", "العنبر", "Anbar|Ambar", 1),
    W("ar", "الفيروز", "Fairouz|Fayrouz|Firouz", 1),
    W("ar", "الأندلس", "Andalous|Andalus", 1),
    W("ar", "الأطلس", "Atlas|Atlass", 1),
    W("ar", "الفضيلة", "Fadila|Fadhila|Fadilah", 1),
    W("ar", "الصدق", "Sidq|Sidk|Sedq", 1),
    W("ar", "الحكمة", "Hikma|Hekma|Hikmah", 1),
    W("ar", "المعرفة", "Maarifa|Maârifa|Marifa", 1),
    W("ar", "الشعلة", "Choula|Chouala|Shoula", 1),
    W("ar", "المشعل", "Mechaal|Machaal|Mishaal", 1),
    W("ar", "الينبوع", "Yanbouaa|Yanbou|Yanbouâ", 1),
    W("ar", "السلسبيل", "Salsabil|Salsabile|Selsabil", 1),
    W("ar", "الفردوس", "Firdaws|Firdaous|Ferdaous", 1),
    W("ar", "الرضوان", "Ridwane|Radwane|Ridouane", 1),
    W("ar", "البهجة", "Bahja|Bahjae|Behja", 1),
    W("ar", "السنديان", "Sindiane|Sindiyane|Sendiane", 1),
    W("ar", "النسيم", "Nassim|Nasim|Nessim", 1),
    W("ar", "زمزم", "Zamzam|Zemzem"),
    W("ar", "شمس الضحى", "Chams Eddouha|Chams Eddoha|Chamseddouha"),
    # Plants
    W("plant", "الخزامى", "Khouzama|Khozama|Khuzama", 1),
    W("plant", "الأقحوان", "Ouqhouane|Oqhouane|Oukhouane", 1),
    W("plant", "النرجس", "Narjis|Narjiss|Nerjis", 1),
    W("plant", "السوسن", "Sawsan|Saoussane|Sawssan", 1),
    W("plant", "البنفسج", "Banafsaj|Banafsej", 1),
    W("plant", "الزيزفون", "Zayzafoun|Zaizafoun|Zeyzafoun", 1),
    W("plant", "الصنوبر", "Sanawbar|Sanaoubar|Sanobar", 1),
    W("plant", "الأرز", "Arz|Arze|Ars", 1),
    W("plant", "الدفلى|الدفلة", "Defla|Difla|Dafla", 1),
    W("plant", "الشيح", "Chih|Shih|Chiih", 1),
    W("plant", "الجلنار", "Jolnar|Jullanar|Joulnar", 1),
    W("plant", "القرنفل", "Qaranfoul|Karanfoul|Qaranfol", 1),
    W("plant", "السنبلة", "Sounboula|Sonboula|Sunbula", 1),
    W("plant", "البلوط", "Ballout|Balout", 1),
    W("plant", "الرتم", "Ratam|Retem|Rtem", 1),
    W("plant", "الصفصاف", "Safsaf|Safssaf|Sefsaf", 1),
    W("plant", "الزعرور", "Zaarour|Zârour|Zaaror", 1),
    # Mountains, rivers, valleys
    W("geo", "توبقال", "Toubkal|Tubkal", region="haouz"),
    W("geo", "بويبلان", "Bouiblane|Bou Iblane|Bouiblan", region="atlas"),
    W("geo", "صاغرو", "Saghro|Sagho|Sarhro", region="draa"),
    W("geo", "سيروا", "Siroua|Sirwa|Sirua", region="souss"),
    W("geo", "تيشكا", "Tichka|Tishka", region="haouz"),
    W("geo", "أوكايمدن", "Oukaimeden|Oukaimden|Oukaïmeden", region="haouz"),
    W("geo", "العياشي", "Ayachi|Ayyachi|Aayachi", 2, "atlas"),
    W("geo", "بوناصر", "Bounacer|Bou Naceur|Bounasser", region="atlas"),
    W("geo", "كوركو|ڭوروڭو", "Gourougou|Gourogou|Gurugu", region="rif"),
    W("geo", "تانسيفت", "Tensift|Tansift", region="haouz"),
    W("geo", "سبو", "Sebou|Sbou|Sebu", region="north"),
    W("geo", "ملوية", "Moulouya|Melouia|Mulwiya", region="oriental"),
    W("geo", "تيفنوت", "Tifnout|Tifnoute|Tifnut", region="souss"),
    W("geo", "أوريكا", "Ourika|Ourica|Urika", region="haouz"),
    W("geo", "تودغى", "Todgha|Todra|Toudgha", region="draa"),
    W("geo", "غريس", "Ghris|Ghriss|Rhris", region="tafil"),
    # Tribes
    W("tribe", "أيت عطا", "Ait Atta|Aït Atta|Ayt Atta", region="draa"),
    W("tribe", "أيت خباش", "Ait Khebbach|Aït Khabbach|Ait Khebbache", region="tafil"),
    W("tribe", "أيت سغروشن", "Ait Seghrouchen|Aït Sghrouchen|Ait Serhrouchen", region="atlas"),
    W("tribe", "أيت واوزكيت", "Ait Ouaouzguit|Aït Waouzguite|Ait Wawzgit", region="draa"),
    W("tribe", "إداوكنيضيف", "Ida Ougnidif|Ida Ou Gnidif|Idaougnidif", region="souss"),
    W("tribe", "أيت حديدو", "Ait Hdiddou|Aït Haddidou|Ait Hadiddou", region="atlas"),
    W("tribe", "أيت مرغاد", "Ait Morghad|Aït Merghad|Ait Mourghad", region="tafil"),
    W("tribe", "بني يزناسن", "Beni Snassen|Beni Iznassen|Bni Znassen", region="oriental"),
    W("tribe", "بني ورياغل", "Beni Ouriaghel|Bni Ouriaghel|Aït Ouriaghel", region="rif"),
    W("tribe", "غمارة", "Ghomara|Ghmara|Rhomara", region="rif"),
    W("tribe", "أيت صواب", "Ait Souab|Aït Souab|Ait Swab", region="souss"),
    W("tribe", "أيت امزال|أيت مزال", "Ait Mzal|Aït Mzal|Ait M'zal", region="souss"),
    W("tribe", "الركيبات|الرقيبات", "Reguibat|Rguibat|Erguibat", 2, "south"),
    W("tribe", "أولاد دليم", "Ouled Dlim|Oulad Delim|Ouled Delim", region="south"),
    W("tribe", "إزركيين", "Izarguien|Izerguiyine|Izarguiyene", region="south"),
    W("tribe", "تكنة", "Tekna|Taknaa|Tekkna", region="south"),
    W("tribe", "أيت باعمران", "Ait Baamrane|Aït Ba Amrane|Ait Baamran", region="south"),
    W("tribe", "امتوكة|متوكة", "Mtouga|M'touga|Mtougga", region="haouz"),
    W("tribe", "الشياظمة", "Chiadma|Chyadma|Shiadma", 2, "souss"),
    W("tribe", "زعير", "Zaer|Zaïr|Zair", region="plain"),
    W("tribe", "زيان", "Zayane|Zaiane|Zaian", region="atlas"),
    W("tribe", "بني كيل|بني ڭيل", "Beni Guil|Bni Guil|Beni Gil", region="oriental"),
    W("tribe", "مسفيوة", "Mesfioua|Msfioua|Masfiwa", region="haouz"),
    W("tribe", "أيت عياش", "Ait Ayach|Aït Ayyach|Ait Aayach", region="atlas"),
    W("tribe", "أيت بوكماز|أيت بوڭماز", "Ait Bouguemez|Aït Bougmez|Ait Bouguemmaz", region="atlas"),
    W("tribe", "أيت ندير", "Ait Ndhir|Aït N'dir|Ait Ndir", region="atlas"),
    W("tribe", "بني مطير", "Beni Mtir|Bni Mtir|Beni M'tir", region="atlas"),
    W("tribe", "بني توزين", "Beni Touzine|Bni Touzin|Beni Tuzin", region="rif"),
    W("tribe", "أيت وراين", "Ait Ouarain|Aït Warain|Ait Ouaraine", region="atlas"),
]

# --------------------------------------------------------------------------------------------
# Words used only by new names (never registered)
# --------------------------------------------------------------------------------------------

NEW_WORDS = [
    W("amz", "تامازيرت", "Tamazirt|Tamazirte|Tamazzirt"),
    W("amz", "تاموسني", "Tamousni|Tamusni"),
    W("amz", "تينمل", "Tinmel|Tinmal"),
    W("amz", "تاسيرت", "Tassirt|Tasirt"),
    W("amz", "أبريد", "Abrid|Abride"),
    W("amz", "تاوجا", "Tawja|Taouja"),
    W("amz", "تادارت", "Taddart|Tadart"),
    W("amz", "أمزوارو", "Amezwarou|Amzwaru"),
    W("amz", "تاسكورت", "Tasekkourt|Taskourt"),
    W("amz", "أكليد|أڭليد", "Aguellid|Agellid"),
    W("amz", "تيوتمين", "Tiwtmin|Tioutmine"),
    W("amz", "أمكسا", "Ameksa|Amexsa"),
    W("amz", "أسيرم", "Asirem|Assirem"),
    W("amz", "إيدير", "Idir|Yidir"),
    W("amz", "أكسيل", "Aksil|Axil"),
    W("amz", "أماياس", "Amayas|Amayass"),
    W("amz", "كسيلة", "Koceila|Kusayla"),
    W("amz", "تاكراولا", "Tagrawla|Tagraoula"),
    W("amz", "تازدايت", "Tazdayt|Tazdait"),
    W("amz", "إزلان", "Izlan|Izlane"),
    W("rif", "الريف", "Rif|Riff", 1),
    W("has", "المعلومة", "Maalouma|Maaloma", 2),
    W("has", "الرحلة", "Rihla|Rehla", 1),
    W("fname", "جيهان", "Jihane|Jihan"),
    W("fname", "يسرى", "Yousra|Yosra"),
    W("fname", "نسرين", "Nisrine|Nesrine"),
    W("fname", "غيثة", "Ghita|Ghitha"),
    W("fname", "لمياء", "Lamiae|Lamyaa"),
    W("fname", "ذهبية", "Dahbia|Dahbiya"),
    W("fname", "زليخة", "Zoulikha|Zolikha"),
    W("fname", "عواطف", "Aouatif|Awatif"),
    W("fname", "ماجدة", "Majda|Majida"),
    W("fname", "نهيلة", "Nouhaila|Nouhayla"),
    W("fname", "إيناس", "Inas|Inasse"),
    W("fname", "نجيبة", "Najiba|Nejiba"),
    W("fname", "صباح", "Sabah|Sbah"),
    W("ar", "الإنصاف", "Insaf|Inssaf", 1),
    W("ar", "العزيمة", "Azima|Aazima", 1),
    W("ar", "المثابرة", "Moutabara|Mouthabara", 1),
    W("ar", "التفوق", "Tafaouq|Tafawok", 1),
    W("ar", "الإصلاح", "Islah|Isslah", 1),
    W("ar", "المروءة", "Mouroua|Moroua", 1),
    W("ar", "السحاب", "Sahab|Sahhab", 1),
    W("ar", "الأريج", "Arij|Arije", 1),
    W("ar", "الفرقان", "Forqane|Fourkane", 1),
    W("ar", "الرواد", "Rouad|Rowad", 1),
    W("ar", "الأجيال", "Ajyal|Ajial", 1),
    W("ar", "الإيثار", "Ithar|Itar", 1),
    W("ar", "التسامح", "Tasamouh|Tassamouh", 1),
    W("ar", "الحوار", "Hiwar|Hiouar", 1),
    W("ar", "القنديل", "Qandil|Kandil", 1),
    W("ar", "المصباح", "Misbah|Mesbah", 1),
    W("ar", "الشراع", "Chiraa|Chiraâ", 1),
    W("ar", "المجد", "Majd|Mejd", 1),
    W("ar", "الحمامة", "Hamama|Hmama", 1),
    W("ar", "الغزالة", "Ghazala|Ghzala", 1),
    W("ar", "العندليب", "Andalib|Andalibe", 1),
    W("ar", "البلبل", "Boulboul|Bolbol", 1),
    W("ar", "الصقر", "Saqr|Sakr", 1),
    W("ar", "الارتقاء", "Irtiqae|Irtikae", 1),
    W("plant", "الليمون", "Laymoun|Limoun", 1),
    W("plant", "البابونج", "Babounj|Babonj", 1),
    W("plant", "الزنبق", "Zanbaq|Zanbak", 1),
    W("plant", "الأرجوان", "Orjouane|Ourjouane", 1),
    W("plant", "التوت", "Tout|Tut", 1),
    W("plant", "العوسج", "Awsaj|Aousaj", 1),
    W("geo", "بوكافر|بوڭافر", "Bougafer|Bou Gafer|Bougafir"),
    W("geo", "أوزود", "Ouzoud|Ouzzoud"),
    W("geo", "تازكا", "Tazekka|Tazzeka"),
    W("geo", "أقشور", "Akchour|Akchor"),
    W("geo", "تساوت", "Tessaout|Tassaout"),
    W("geo", "تافيلالت", "Tafilalet|Tafilalt"),
    W("geo", "تدغين", "Tidighine|Tidirhine"),
    W("geo", "الكست", "Kest|Lkest", 2),
    W("geo", "بين الويدان", "Bin El Ouidane|Bine El Ouidane"),
    W("tribe", "أيت سدرات", "Ait Seddrate|Aït Sedrate"),
    W("tribe", "أيت يفلمان", "Ait Yafelman|Aït Yafalman"),
    W("tribe", "أيت إزدك", "Ait Izdeg|Aït Izdeg"),
    W("tribe", "بني زروال", "Beni Zeroual|Bni Zeroual"),
    W("tribe", "إداوسملال", "Ida Ousemlal|Ida Ou Semlal"),
    W("tribe", "أيت سخمان", "Ait Sokhmane|Aït Soukhmane"),
    W("tribe", "أولاد بوسبع", "Ouled Bou Sbaa|Oulad Bousbaa"),
    W("tribe", "أيت ويرة", "Ait Ouirra|Aït Wirra"),
    W("tribe", "بني مكيلد|بني مڭيلد", "Beni Mguild|Bni M'guild"),
    W("tribe", "أيت عبدي", "Ait Abdi|Aït Abdi"),
    W("hist", "ابن سينا|إبن سينا", "Ibn Sina|Ibnou Sina"),
    W("hist", "الفارابي", "Al Farabi|El Farabi"),
    W("hist", "ابن زهر", "Ibn Zohr|Ibn Zuhr"),
    W("hist", "يعقوب المنصور", "Yacoub El Mansour|Yaacoub Al Mansour"),
    W("hist", "ابن البناء", "Ibn Al Banna|Ibn El Banna"),
]

# Partners of the similar_word and substring pairs (also never registered).
PAIR_WORDS = [
    W("fname", "هناء", "Hanae|Hanaa"),
    W("fname", "منى", "Mouna|Mounna"),
    W("fname", "نجوى", "Najwa|Najoua|Nejwa"),
    W("fname", "لبيبة", "Labiba|Lbiba"),
    W("fname", "محبوبة", "Mahbouba|Mahboba"),
    W("fname", "داليا", "Dalia|Daliya"),
    W("fname", "جنان", "Jinane|Jenane|Jinan"),
    W("fname", "منال", "Manal|Manale"),
    W("fname", "مايا", "Maya|Maia"),
    W("mname", "وسام", "Wissam|Ouissam|Wisam"),
    W("mname", "وسيم", "Wassim|Ouassim|Wasim"),
    W("mname", "بلال", "Bilal|Bilale"),
    W("mname", "نبيل", "Nabil|Nabile"),
    W("mname", "عصام", "Issam|Issame|Isam"),
    W("mname", "غانم", "Ghanim|Ghanem|Rhanim"),
    W("ar", "الصلاح", "Salah|Slah", 1),
    W("ar", "الفخر", "Fakhr|Fakher", 1),
    W("ar", "المهد", "Mahd|Mehd", 1),
    W("ar", "الصعود", "Sououd|Souoûd", 1),
    W("ar", "السبيل", "Sabil|Sabile", 1),
    W("ar", "المرج", "Marj|Merj", 1),
    W("ar", "العنب", "Inab|Aanab", 1),
    W("ar", "الضحى", "Douha|Dhouha", 1),
    W("amz", "أيوز", "Ayouz|Ayyouz|Ayuz"),
    W("amz", "إفري", "Ifri|Ifry"),
    W("amz", "تايري", "Tayri|Tairi|Tayeri"),
    W("fname", "سميحة", "Samiha|Smiha|Samihah"),
    W("fname", "صوفيا", "Sofia|Soufia|Sofiya"),
    W("fname", "نهى", "Nouha|Nuha"),
    W("fname", "هيام", "Hayam|Hiyam"),
    W("ar", "النجدة", "Najda|Nejda", 1),
    W("ar", "الهمة", "Himma|Hemma", 1),
    W("ar", "الحركة", "Haraka|Harraka", 1),
    W("ar", "العسل", "Assal|Aassal", 1),
]

# (registered word, new word, scripts in which the relation shows: both / ar / lat)
SIMILAR = [
    ("sanae", "hanae", "both"), ("mounia", "mouna", "both"), ("najat", "najwa", "both"),
    ("habiba", "labiba", "both"), ("mahjouba", "mahbouba", "both"), ("ghalia", "dalia", "lat"),
    ("wissal", "wissam", "both"), ("nassim", "wassim", "both"), ("falah", "salah", "both"),
    ("fajr", "fakhr", "both"), ("ahd", "mahd", "ar"), ("soumoud", "sououd", "ar"),
    ("manar", "manal", "both"), ("hilal", "bilal", "both"), ("ayour", "ayouz", "both"),
    ("itri", "ifri", "both"), ("hanane", "jinane", "both"), ("samira", "samiha", "both"),
    ("safia", "sofia", "both"), ("nezha", "nouha", "both"), ("nahda", "najda", "both"),
    ("hikma", "himma", "both"), ("hayat", "hayam", "both"), ("baraka", "haraka", "both"),
]
SUBSTRING = [
    ("salsabil", "sabil", "both"), ("marjane", "marj", "both"), ("anbar", "inab", "ar"),
    ("chams eddouha", "douha", "both"), ("tayri nouakal", "tayri", "both"), ("soumaya", "maya", "lat"),
    ("sanabil", "nabil", "lat"), ("ibtissam", "issam", "lat"), ("tighanimine", "ghanim", "lat"),
    ("assala", "assal", "lat"),
]

# --------------------------------------------------------------------------------------------
# Activities: Arabic and French phrasings (after the distinctive word), and the short forms
# that can stand before it ("Coopérative apicole X", "تعاونية أركان X").
# --------------------------------------------------------------------------------------------

ACTIVITIES = [
    A("argan", "argan", "agri", "souss",
      "لإنتاج زيت الأركان|لزيت الأركان|لإنتاج وتسويق زيت أركان|للأركان|لاستخلاص زيت الأركان",
      "pour la production de l'huile d'argan|d'huile d'argan|d'argan|de l'arganier"
      "|pour l'extraction de l'huile d'argane", "أركان", "Argan|Argane"),
    A("saffron", "saffron", "agri", "souss draa",
      "لإنتاج الزعفران|للزعفران|لإنتاج وتسويق الزعفران|لتثمين الزعفران",
      "de safran|pour la production du safran|du safran|de production de safran", "", "Safran"),
    A("dates", "dates", "agri", "draa tafil south",
      "لإنتاج التمور|للتمور|لتثمين التمور|لإنتاج وتسويق التمر",
      "de dattes|pour la production des dattes|des dattes|de valorisation des dattes"),
    A("honey", "honey", "agri", "any",
      "لتربية النحل|لإنتاج العسل|للعسل|لتربية النحل وإنتاج العسل",
      "d'apiculture|pour l'apiculture|de miel|pour la production de miel", "", "apicole"),
    A("weaving", "textile", "craft", "any",
      "للنسيج|للنسيج التقليدي|في مجال النسيج|لنسج الصوف",
      "de tissage|pour le tissage traditionnel|de tissage artisanal|de tissage de la laine", "", "de tissage"),
    A("carpets", "textile", "craft", "atlas draa haouz",
      "للزرابي|لنسج الزرابي|لصناعة الزربية التقليدية|للزربية",
      "de tapis|pour la fabrication de tapis|du tapis traditionnel|de tissage de tapis", "", "de tapis"),
    A("pottery", "pottery", "craft", "draa plain rif",
      "للفخار|لصناعة الفخار|للخزف والفخار|في مجال الفخار التقليدي",
      "de poterie|pour la poterie|de poterie traditionnelle|de céramique et poterie", "", "de poterie"),
    A("dairy", "dairy", "agri", "plain atlas north",
      "لجمع الحليب|للحليب|لتجميع الحليب|لإنتاج الحليب ومشتقاته",
      "de collecte de lait|pour la collecte du lait|de lait|de production laitière", "", "laitière"),
    A("goats", "goats", "agri", "atlas rif souss",
      "لتربية الماعز|لتربية الماعز المحلي|لتربية المعز",
      "d'élevage caprin|pour l'élevage des chèvres|d'élevage de caprins", "", "d'élevage caprin"),
    A("sheep", "sheep", "agri", "atlas oriental plain",
      "لتربية الأغنام|لتربية الغنم|لتربية وتسمين الأغنام",
      "d'élevage ovin|pour l'élevage des ovins|d'élevage de moutons", "", "d'élevage ovin"),
    A("camels", "camels", "agri", "south",
      "لتربية الإبل|لتربية الإبل وإنتاج حليب النوق|لحليب النوق",
      "d'élevage camelin|pour l'élevage des dromadaires|de lait de chamelle", "", "d'élevage camelin"),
    A("cactus", "cactus", "agri", "south plain",
      "لتثمين الصبار|للصبار|لتثمين فاكهة الهندية|لتثمين الكرموس الهندي",
      "de cactus|pour la valorisation du cactus|de figue de barbarie|du figuier de Barbarie"),
    A("capers", "capers", "agri", "plain rif",
      "لإنتاج الكبار|للكبار|لتثمين نبتة الكبار",
      "de câpres|pour la production des câpres|des câpres"),
    A("henna", "henna", "agri", "draa south",
      "للحناء|لإنتاج الحناء|لزراعة الحناء",
      "de henné|pour la production du henné|du henné"),
    A("rose", "rose", "agri", "draa",
      "لتقطير الورد|لماء الورد|لإنتاج ماء الورد|للورد العطري",
      "d'eau de rose|pour la distillation de la rose|de la rose|de rose à parfum"),
    A("pam", "pam", "agri", "oriental atlas rif",
      "للنباتات العطرية والطبية|للأعشاب الطبية|لتثمين النباتات الطبية والعطرية",
      "de plantes aromatiques et médicinales|des PAM|de plantes médicinales"
      "|pour la valorisation des plantes aromatiques et médicinales"),
    A("thyme", "pam", "agri", "oriental atlas",
      "للزعتر|لتثمين الزعتر|لجمع الزعتر",
      "de thym|pour la valorisation du thym|du thym"),
    A("rosemary", "pam", "agri", "oriental",
      "لإكليل الجبل|لتقطير إكليل الجبل|لتثمين نبتة إكليل الجبل",
      "de romarin|pour la distillation du romarin|du romarin"),
    A("almonds", "almonds", "agri", "souss atlas haouz",
      "لإنتاج اللوز|للوز|لتثمين اللوز",
      "d'amandes|pour la production d'amandes|de l'amandier|des amandes"),
    A("olives", "olives", "agri", "rif plain haouz north",
      "لعصر الزيتون|لإنتاج زيت الزيتون|لزيت الزيتون",
      "d'huile d'olive|pour la production de l'huile d'olive|de trituration des olives", "", "oléicole"),
    A("embroidery", "needle", "craft", "any",
      "للطرز|للطرز التقليدي|لفن الطرز",
      "de broderie|pour la broderie traditionnelle|de broderie artisanale", "", "de broderie"),
    A("sewing", "needle", "craft", "any",
      "للخياطة|للخياطة التقليدية|في مجال الخياطة",
      "de couture|pour la couture|de couture traditionnelle", "", "de couture"),
    A("fishing", "fishing", "sea", "coast",
      "للصيد التقليدي|للصيد البحري التقليدي|للصيد الحرفي",
      "de pêche artisanale|des pêcheurs artisans|pour la pêche artisanale", "", "de pêche"),
    A("seaweed", "seaweed", "sea", "coast",
      "لجمع الطحالب البحرية|للطحالب البحرية|لتثمين الطحالب",
      "d'algues marines|pour la collecte des algues|de récolte d'algues"),
    A("oysters", "oysters", "sea", "coast",
      "لتربية المحار|للمحار|لتربية الصدفيات",
      "d'ostréiculture|d'élevage d'huîtres|de conchyliculture", "", "ostréicole"),
    A("tourism", "tourism", "service", "atlas draa rif haouz tafil",
      "للسياحة القروية|للسياحة الجبلية|في مجال السياحة القروية|للسياحة البيئية",
      "de tourisme rural|pour le tourisme rural|de tourisme de montagne|d'écotourisme"),
    A("couscous", "couscous", "food", "any",
      "للكسكس|لإنتاج الكسكس|لإنتاج الكسكس البلدي|للكسكس والعجائن",
      "de couscous|pour la production du couscous|de couscous beldi|du couscous traditionnel"),
    A("pastry", "pastry", "food", "any",
      "للحلويات|لصناعة الحلويات التقليدية|للحلويات المغربية",
      "de pâtisserie|de pâtisserie marocaine|pour la pâtisserie traditionnelle"),
    A("amlou", "amlou", "food", "souss",
      "لإنتاج أملو|لأملو|لتحضير أملو",
      "d'amlou|pour la production d'amlou|de l'amlou beldi"),
    A("walnuts", "walnuts", "agri", "atlas haouz",
      "لإنتاج الجوز|للجوز|لتثمين الجوز",
      "de noix|pour la production de noix|des noix"),
    A("apples", "apples", "agri", "atlas",
      "لإنتاج التفاح|للتفاح|لتسويق التفاح",
      "de pommes|pour la production de pommes|des pommes"),
    A("cumin", "cumin", "agri", "draa plain",
      "لإنتاج الكمون|للكمون|لزراعة الكمون",
      "de cumin|pour la production du cumin|du cumin"),
    A("carob", "carob", "agri", "rif plain north",
      "للخروب|لتثمين الخروب|لإنتاج الخروب",
      "de caroube|pour la valorisation de la caroube|du caroubier"),
    A("woodwork", "wood", "craft", "any",
      "للنجارة|للنجارة التقليدية|للنقش على الخشب",
      "de menuiserie|de menuiserie traditionnelle|de sculpture sur bois"),
    A("thuya", "wood", "craft", "souss",
      "لصناعة خشب العرعار|للعرعار|لمنتوجات خشب العرعار",
      "du thuya|d'artisanat en thuya|de marqueterie de thuya"),
    A("leather", "leather", "craft", "any",
      "للصناعة الجلدية|للمصنوعات الجلدية|في مجال الجلد",
      "de maroquinerie|du cuir|de maroquinerie artisanale"),
    A("doum", "basketry", "craft", "plain north",
      "للدوم|لصناعة منتوجات الدوم|لصناعة السلال من الدوم",
      "de vannerie|de doum|pour la vannerie en doum", "", "de vannerie"),
    A("truffles", "truffles", "agri", "oriental",
      "للترفاس|لجمع وتسويق الترفاس|لتثمين الترفاس",
      "de truffes|de terfess|pour la valorisation des truffes du désert"),
    A("pomegranate", "pomegranate", "agri", "plain atlas",
      "للرمان|لإنتاج الرمان|لتثمين الرمان",
      "de grenades|pour la production de grenades|des grenades"),
    A("figs", "figs", "agri", "rif north",
      "للتين|لإنتاج التين|لتجفيف التين",
      "de figues|pour la production de figues|des figues sèches"),
    A("rabbits", "rabbits", "agri", "any",
      "لتربية الأرانب|لتربية الأرانب المحلية",
      "de cuniculture|d'élevage de lapins|pour l'élevage des lapins"),
    A("poultry", "poultry", "agri", "any",
      "لتربية الدجاج البلدي|للدجاج البلدي|لتربية الدواجن",
      "d'élevage de poulet beldi|de poulet beldi|d'aviculture"),
    A("cheese", "cheese", "agri", "rif north",
      "للجبن|لإنتاج الجبن البلدي|لصناعة الأجبان",
      "de fromage|de fromage de chèvre|pour la production de fromage", "", "fromagère"),
    # Associations
    A("development", "development", "social", "any",
      "للتنمية|للتنمية القروية|للتنمية المحلية|للتنمية والتعاون",
      "pour le développement|de développement|pour le développement rural|de développement local"),
    A("literacy", "literacy", "social", "any",
      "لمحو الأمية|لمحاربة الأمية|لمحو الأمية والتربية غير النظامية",
      "d'alphabétisation|pour l'alphabétisation|de lutte contre l'analphabétisme"),
    A("environment", "environment", "social", "any",
      "لحماية البيئة|للبيئة|للبيئة والتنمية المستدامة",
      "pour l'environnement|de protection de l'environnement|pour la protection de l'environnement"),
    A("disability", "disability", "social", "any",
      "للأشخاص في وضعية إعاقة|لرعاية الأشخاص في وضعية إعاقة|لذوي الاحتياجات الخاصة",
      "des personnes en situation de handicap|pour les personnes handicapées|d'aide aux personnes handicapées"),
    A("water", "water", "social", "any",
      "للماء الصالح للشرب|لتدبير الماء الصالح للشرب|لتزويد الدواوير بالماء الصالح للشرب",
      "de l'eau potable|pour l'eau potable|de gestion de l'eau potable"),
    A("heritage", "heritage", "social", "any",
      "للثقافة والتراث|لحماية التراث|للتراث والثقافة",
      "pour la culture et le patrimoine|du patrimoine|de sauvegarde du patrimoine", "", "culturelle"),
    A("childhood", "childhood", "social", "any",
      "لرعاية الطفولة|للطفولة|لحماية الطفولة",
      "pour l'enfance|de protection de l'enfance|de l'enfance"),
    A("social", "social", "social", "any",
      "للأعمال الاجتماعية|للأعمال الاجتماعية والثقافية|للعمل الاجتماعي",
      "des œuvres sociales|d'œuvres sociales|d'action sociale"),
    A("women", "women", "social", "any",
      "لتمكين المرأة|للنهوض بأوضاع المرأة|للمرأة القروية",
      "pour la promotion de la femme|de la femme rurale|pour l'autonomisation des femmes"),
]

# --------------------------------------------------------------------------------------------
# Communes (Arabic spellings | French spellings, region tags)
# --------------------------------------------------------------------------------------------

PLACES = [
    P("تاليوين|تالوين", "Taliouine|Taliouin", "souss"),
    P("تافراوت", "Tafraout|Tafraoute", "souss"),
    P("تيزنيت", "Tiznit", "souss"),
    P("تارودانت", "Taroudant|Taroudannt", "souss"),
    P("إيغرم", "Igherm|Irherm|Ighrem", "souss"),
    P("أولاد تايمة", "Ouled Teima|Oulad Teima|Ouled Taima", "souss"),
    P("بيوكرى|بيوكرة", "Biougra", "souss"),
    P("أيت ملول", "Ait Melloul|Aït Melloul", "souss"),
    P("تمنار", "Tamanar", "souss"),
    P("سميمو", "Smimou", "souss coast"),
    P("تامري", "Tamri", "souss coast"),
    P("أولوز", "Aoulouz", "souss"),
    P("ماسة", "Massa", "souss coast"),
    P("سيدي بيبي", "Sidi Bibi", "souss"),
    P("بلفاع", "Belfaa", "souss"),
    P("إنشادن", "Inchaden", "souss"),
    P("الأخصاص|لخصاص", "Lakhsas|Lakhssas", "souss south"),
    P("أنزي", "Anzi", "souss"),
    P("تافنكولت", "Tafingoult", "souss"),
    P("تغازوت", "Taghazout", "souss coast"),
    P("أورير", "Aourir", "souss coast"),
    P("الصويرة", "Essaouira", "souss coast"),
    P("حد درا", "Had Draa", "souss"),
    P("تالمست", "Talmest", "souss"),
    P("مسكالة", "Meskala", "souss"),
    P("أوناغة", "Ounagha", "souss coast"),
    P("أسكاون", "Askaoun", "souss"),
    P("تيوت", "Tiout", "souss"),
    P("أولاد برحيل", "Oulad Berhil|Ouled Berhil", "souss"),
    P("أيت إعزة", "Ait Iaaza|Aït Iaaza", "souss"),
    P("سيدي إفني", "Sidi Ifni", "south coast"),
    P("ميرلفت", "Mirleft", "south coast"),
    P("بويزكارن", "Bouizakarne|Bouizakarn", "south"),
    P("كلميم", "Guelmim|Goulimine", "south"),
    P("تاغجيجت", "Taghjijt", "south"),
    P("آسا", "Assa", "south"),
    P("طانطان", "Tan-Tan|Tantan", "south coast"),
    P("العيون", "Laâyoune|Laayoune|El Ayoun", "south"),
    P("الداخلة", "Dakhla|Ad-Dakhla", "south coast"),
    P("طرفاية", "Tarfaya", "south coast"),
    P("بوجدور", "Boujdour", "south coast"),
    P("السمارة", "Smara|Es-Semara", "south"),
    P("أخفنير", "Akhfennir", "south coast"),
    P("بئر كندوز", "Bir Gandouz", "south"),
    P("طاطا", "Tata", "south draa"),
    P("أقا", "Akka", "south"),
    P("فم زكيد", "Foum Zguid", "draa"),
    P("تيسينت", "Tissint", "south"),
    P("ورزازات", "Ouarzazate", "draa"),
    P("سكورة", "Skoura", "draa"),
    P("قلعة مكونة|قلعة مڭونة", "Kelaat M'Gouna|Kalaat Mgouna|El Kelaa M'Gouna", "draa"),
    P("بومالن دادس", "Boumalne Dades|Boumalne Dadès|Boumalne du Dadès", "draa"),
    P("تنغير", "Tinghir|Tinerhir", "draa"),
    P("ألنيف", "Alnif", "draa"),
    P("زاكورة", "Zagora", "draa"),
    P("تاكونيت", "Tagounite", "draa"),
    P("أكدز", "Agdz|Agdez", "draa"),
    P("تازناخت", "Taznakht|Tazenakht", "draa"),
    P("تنزولين", "Tinzouline", "draa"),
    P("النقوب", "N'Kob|Nkob", "draa"),
    P("تلوات", "Telouet|Telouat", "draa haouz"),
    P("تامكروت|تمكروت", "Tamegroute|Tamgrout", "draa"),
    P("مسمرير", "Msemrir|M'semrir", "draa"),
    P("أسول", "Assoul", "draa"),
    P("أيت هاني", "Ait Hani|Aït Hani", "draa"),
    P("أكويم", "Agouim", "draa"),
    P("أرفود", "Erfoud", "tafil"),
    P("الريصاني|الريساني", "Rissani", "tafil"),
    P("كلميمة", "Goulmima", "tafil"),
    P("تنجداد", "Tinejdad", "tafil"),
    P("بودنيب", "Boudnib", "tafil"),
    P("أوفوس", "Aoufous", "tafil"),
    P("الطاوس", "Taouz", "tafil"),
    P("الجرف", "Jorf|El Jorf", "tafil"),
    P("أملاكو", "Amellago", "tafil"),
    P("ميدلت", "Midelt", "atlas"),
    P("الريش", "Rich|Er-Rich", "atlas tafil"),
    P("إملشيل", "Imilchil", "atlas"),
    P("تونفيت", "Tounfite|Tounfit", "atlas"),
    P("بومية", "Boumia", "atlas"),
    P("إتزر", "Itzer", "atlas"),
    P("زايدة", "Zaida", "atlas"),
    P("أزيلال", "Azilal", "atlas"),
    P("دمنات", "Demnate", "atlas"),
    P("تبانت", "Tabant", "atlas"),
    P("واويزغت", "Ouaouizeght|Ouaouizaght", "atlas"),
    P("أنركي", "Anergui", "atlas"),
    P("القصيبة", "El Ksiba|Ksiba", "atlas"),
    P("خنيفرة", "Khénifra|Khenifra", "atlas"),
    P("مريرت", "Mrirt", "atlas"),
    P("أكلموس", "Aguelmous", "atlas"),
    P("القباب", "El Kbab|Kbab", "atlas"),
    P("أيت إسحاق", "Ait Ishaq|Aït Ishaq", "atlas"),
    P("الهري", "Lehri|El Hri", "atlas"),
    P("أزرو", "Azrou", "atlas"),
    P("إفران", "Ifrane", "atlas"),
    P("تيمحضيت", "Timahdite", "atlas"),
    P("عين اللوح", "Aïn Leuh|Ain Leuh", "atlas"),
    P("بولمان", "Boulemane", "atlas"),
    P("ميسور", "Missour", "atlas oriental"),
    P("أوطاط الحاج", "Outat El Haj|Outat Oulad El Haj", "atlas oriental"),
    P("إيموزار كندر", "Imouzzer Kandar|Immouzer Kandar", "atlas"),
    P("صفرو", "Sefrou", "atlas"),
    P("البهاليل", "Bhalil", "atlas"),
    P("كيكو", "Guigou", "atlas"),
    P("أمزميز", "Amizmiz", "haouz"),
    P("أسني", "Asni", "haouz"),
    P("تحناوت", "Tahannaout|Tahanaout", "haouz"),
    P("أيت أورير", "Ait Ourir|Aït Ourir", "haouz"),
    P("ويركان", "Ouirgane", "haouz"),
    P("تالات نيعقوب", "Talat N'Yaaqoub|Talat N'Yakoub", "haouz"),
    P("تامصلوحت", "Tameslouht|Tamesloht", "haouz"),
    P("شيشاوة", "Chichaoua", "haouz"),
    P("سيدي رحال", "Sidi Rahal", "haouz plain"),
    P("العطاوية", "El Attaouia|Attaouia", "plain"),
    P("تملالت", "Tamelelt|Tamallalt", "plain"),
    P("ابن جرير", "Ben Guerir|Benguerir", "plain"),
    P("قلعة السراغنة", "El Kelâa des Sraghna|Kelaa Sraghna", "plain"),
    P("بني ملال", "Béni Mellal|Beni Mellal", "plain"),
    P("قصبة تادلة", "Kasba Tadla", "plain"),
    P("زاوية الشيخ", "Zaouiat Cheikh|Zaouia Cheikh", "plain atlas"),
    P("أفورار", "Afourar", "plain"),
    P("سوق السبت أولاد النمة", "Souk Sebt Oulad Nemma|Souk Sebt", "plain"),
    P("أولاد عياد", "Ouled Ayad|Oulad Ayad", "plain"),
    P("دار ولد زيدوح", "Dar Ould Zidouh", "plain"),
    P("شفشاون", "Chefchaouen|Chaouen|Chefchaouene", "rif north"),
    P("باب تازة", "Bab Taza", "rif"),
    P("باب برد", "Bab Berred", "rif"),
    P("وزان", "Ouezzane|Ouazzane", "rif north"),
    P("غفساي", "Ghafsai|Rhafsai", "rif"),
    P("تاونات", "Taounate", "rif"),
    P("تيسة", "Tissa", "rif"),
    P("تاهلة", "Tahla", "rif"),
    P("تازة", "Taza", "rif"),
    P("أكنول", "Aknoul", "rif"),
    P("الحسيمة", "Al Hoceima|Al Hoceïma|El Hoceima", "rif coast"),
    P("إمزورن", "Imzouren", "rif"),
    P("تارجيست", "Targuist", "rif"),
    P("بني بوعياش", "Beni Bouayach|Bni Bouayach", "rif"),
    P("تمسمان", "Temsamane", "rif coast"),
    P("الناظور", "Nador", "rif coast"),
    P("الدريوش", "Driouch", "rif"),
    P("ميضار", "Midar", "rif"),
    P("زايو", "Zaio|Zaïo", "oriental"),
    P("مرتيل", "Martil", "north coast"),
    P("واد لاو", "Oued Laou", "rif coast"),
    P("تطوان", "Tétouan|Tetouan", "north"),
    P("العرائش", "Larache", "north coast"),
    P("القصر الكبير", "Ksar El Kebir|Ksar Kebir", "north"),
    P("أصيلة", "Asilah|Assilah", "north coast"),
    P("مولاي بوسلهام", "Moulay Bousselham", "north coast"),
    P("عرباوة", "Arbaoua", "north"),
    P("سوق الأربعاء", "Souk El Arbaa|Souk Larbaa", "north plain"),
    P("مشرع بلقصيري", "Mechra Bel Ksiri", "plain"),
    P("زومي", "Zoumi", "rif"),
    P("مقريصات", "Mokrisset", "rif"),
    P("بركان", "Berkane", "oriental"),
    P("أحفير", "Ahfir", "oriental"),
    P("تافوغالت", "Tafoughalt|Taforalt", "oriental"),
    P("تاوريرت", "Taourirt", "oriental"),
    P("دبدو", "Debdou", "oriental"),
    P("جرسيف", "Guercif", "oriental"),
    P("جرادة", "Jerada", "oriental"),
    P("عين بني مطهر", "Aïn Beni Mathar|Ain Bni Mathar", "oriental"),
    P("تندرارة", "Tendrara", "oriental"),
    P("بوعرفة", "Bouarfa", "oriental"),
    P("فجيج", "Figuig", "oriental"),
    P("بني درار", "Bni Drar|Beni Drar", "oriental"),
    P("الخميسات", "Khémisset|Khemisset", "plain"),
    P("تيفلت", "Tiflet", "plain"),
    P("والماس", "Oulmès|Oulmes", "plain atlas"),
    P("الرماني", "Rommani", "plain"),
    P("سيدي قاسم", "Sidi Kacem", "plain north"),
    P("سيدي سليمان", "Sidi Slimane", "plain north"),
    P("خريبكة", "Khouribga", "plain"),
    P("وادي زم", "Oued Zem", "plain"),
    P("أبي الجعد", "Boujad|Bejaad|Boujaad", "plain"),
    P("سطات", "Settat", "plain"),
    P("برشيد", "Berrechid", "plain"),
    P("الجديدة", "El Jadida", "plain coast"),
    P("أزمور", "Azemmour", "plain coast"),
    P("الوليدية", "Oualidia|El Oualidia", "plain coast"),
    P("سيدي بنور", "Sidi Bennour", "plain"),
    P("الزمامرة", "Zemamra|Khemis Zemamra", "plain"),
    P("سبت جزولة|سبت كزولة", "Sebt Gzoula", "plain"),
    P("آسفي|أسفي", "Safi|Asfi", "plain coast"),
    P("عين عودة", "Aïn Aouda|Ain Aouda", "plain"),
    P("عين تاوجطات", "Aïn Taoujdate|Ain Taoujdat", "plain"),
    P("سبع عيون", "Sebaa Aioun|Sabaa Aiyoun", "plain"),
]

# --------------------------------------------------------------------------------------------
# Kind words and generic words
# --------------------------------------------------------------------------------------------

KINDS = ("coop", "assoc", "union", "gie")
KIND_AR = {
    "coop": ("تعاونية",),
    "assoc": ("جمعية",),
    "union": ("اتحاد تعاونيات", "اتحاد التعاونيات", "اتحاد"),
    "gie": ("مجموعة ذات النفع الاقتصادي", "مجموعة النفع الاقتصادي"),
}
KIND_LAT = {
    "coop": ("Coopérative", "Cooperative", "Coop"),
    "assoc": ("Association",),
    "union": ("Union des coopératives", "Union"),
    "gie": ("GIE", "G.I.E", "Groupement d'intérêt économique"),
}
KIND_WEIGHTS = {
    ("ar", "coop"): (1,), ("ar", "assoc"): (1,), ("ar", "union"): (5, 3, 2), ("ar", "gie"): (7, 3),
    ("lat", "coop"): (6, 3, 1), ("lat", "assoc"): (1,), ("lat", "union"): (7, 3), ("lat", "gie"): (6, 2, 2),
}
AR_DEFINITE = {"تعاونية": "التعاونية", "جمعية": "الجمعية"}
ADJ_AR = {"agri": "الفلاحية", "artisan": "الحرفية"}
ADJ_LAT = {"agri": "agricole", "artisan": "artisanale"}
WOMEN_AR = ("النسوية", "النسائية")
WOMEN_LAT = "féminine"

TYPE_KINDS = {
    "fname": (70, 20, 5, 5),
    "hist": (15, 80, 0, 5),
    "tribe": (25, 50, 15, 10),
    "geo": (35, 35, 18, 12),
}
DEFAULT_KIND_WEIGHTS = (55, 25, 10, 10)
SHOW_ACTIVITY = {"coop": 0.9, "assoc": 0.85, "union": 0.97, "gie": 0.93}
WOMEN_FAMILIES = {"argan", "couscous", "pastry", "needle", "textile", "pam", "amlou", "cactus", "capers",
                  "henna", "rose"}
NEW_TYPE_PREFS = {
    "rif": ("rif", "amz"), "has": ("has", "ar"), "plant": ("plant", "ar"), "mname": ("mname", "hist"),
}

SUN_LETTERS = set("تثدذرزسشصضطظلن")
AZERTY = ("azertyuiop", "qsdfghjklm", "wxcvbn")
ARABIC_KEYS = ("ضصثقفغعهخحجد", "شسيبلاتنمكط", "ئءؤر ىةوزظ")  # the blank is the لا key


def _neighbours(rows: tuple[str, ...]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for r, row in enumerate(rows):
        for i, c in enumerate(row):
            if c == " ":
                continue
            near = [(r, i - 1), (r, i + 1), (r - 1, i), (r - 1, i + 1), (r + 1, i - 1), (r + 1, i)]
            keys = [rows[rr][ii] for rr, ii in near if 0 <= rr < len(rows) and 0 <= ii < len(rows[rr])]
            out[c] = sorted(k for k in keys if k != " ")
    return out


NEAR_LATIN = _neighbours(AZERTY)
NEAR_ARABIC = _neighbours(ARABIC_KEYS)

# --------------------------------------------------------------------------------------------
# Spellings
# --------------------------------------------------------------------------------------------


def _no_hamza(tok: str) -> str:
    if tok[:1] in "أإآ":
        return "ا" + tok[1:]
    if tok[:3] in ("الأ", "الإ", "الآ"):
        return "الا" + tok[3:]
    return "آيت" if tok == "أيت" else tok


def _ha(tok: str) -> str:
    return tok[:-1] + "ه" if tok.endswith("ة") else tok


def _ya(tok: str) -> str:
    return tok[:-1] + "ي" if tok.endswith("ى") else tok


def _per_token(text: str, fn) -> str:
    return " ".join(fn(t) for t in text.split())


def arabic_spellings(forms: tuple[str, ...]) -> tuple[str, ...]:
    """The written forms plus the usual keyboard shortcuts: bare alef, ه for ة, ي for ى."""
    out = list(forms)
    for f in forms:
        no_hamza = _per_token(f, _no_hamza)
        for g in (no_hamza, _per_token(f, _ha), _per_token(f, _ya), _per_token(no_hamza, _ha)):
            if g not in out:
                out.append(g)
    return tuple(out)


AR_WORD_FORMS = {w: arabic_spellings(w.ar) for w in REGISTERED + NEW_WORDS + PAIR_WORDS}
AR_PLACE_FORMS = {p: arabic_spellings(p.ar) for p in PLACES}


def word_forms(word: Word, script: str) -> tuple[str, ...]:
    return AR_WORD_FORMS[word] if script == "ar" else word.lat


def is_sun(word: Word) -> bool:
    ar = word.ar[0]
    return ar.startswith("ال") and len(ar) > 2 and ar[2] in SUN_LETTERS


def article_forms(base: str, sun: bool) -> tuple[str, ...]:
    low = base[0].lower() + base[1:]
    if sun:
        cons = low[:2] if low[:2] in ("ch", "sh", "th", "dh") else low[0]
        double = "" if len(cons) == 2 else cons
        return ("A" + double + low, "E" + double + low, "A" + cons + "-" + base, "E" + cons + "-" + base,
                "Al " + base, "El " + base)
    if low[0] in "aeiou":
        return ("Al " + base, "El " + base, "Al-" + base, "El-" + base)
    return ("Al " + base, "El " + base, "Al-" + base, "Al" + low, "El-" + base)


def article_weights(word: Word) -> tuple[int, ...]:
    if is_sun(word):
        return (30, 15, 20, 10, 15, 10)
    if word.lat[0][0].lower() in "aeiou":
        return (45, 30, 15, 10)
    return (45, 25, 12, 10, 8)


def default_article(word: Word, script: str) -> bool:
    return word.art > 0 if script == "ar" else word.art == 1


# --------------------------------------------------------------------------------------------
# A name as a structure, rendered in one script
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Name:
    kind: str
    script: str
    word: Word
    act: Activity | None = None
    place: Place | None = None
    kind_form: int = 0
    adjs: tuple[str, ...] = ()
    adj_pos: str = "pre"
    women: bool = False
    women_form: int = 0
    women_pos: str = "post"
    word_form: int = 0
    article: bool = True
    art_style: int = 0
    act_form: int = 0
    act_pos: str = "post"
    place_form: int = 0
    place_style: str = "plain"
    place_first: bool = False
    upper: bool = False


def pick(items, i: int):
    return items[i % len(items)]


def pre_forms(n: Name) -> tuple[str, ...]:
    """Activity forms that can stand between the kind word and the distinctive word."""
    if n.act is None or n.kind != ("assoc" if n.act.domain == "social" else "coop"):
        return ()
    if n.script == "ar":
        return n.act.ar_pre
    return () if n.adjs else n.act.fr_pre


def act_is_pre(n: Name) -> bool:
    return n.act is not None and n.act_pos == "pre" and bool(pre_forms(n))


def act_text(n: Name) -> str:
    if act_is_pre(n):
        return pick(pre_forms(n), n.act_form)
    return pick(n.act.ar if n.script == "ar" else n.act.fr, n.act_form)


def ar_word_text(n: Name) -> str:
    s = pick(AR_WORD_FORMS[n.word], n.word_form)
    if n.word.art and not n.article and s.startswith("ال"):
        s = s[2:]
    return s


def lat_word_text(n: Name) -> str:
    base = pick(n.word.lat, n.word_form)
    if n.word.art and n.article:
        return pick(article_forms(base, is_sun(n.word)), n.art_style)
    return base


def place_text(n: Name) -> str:
    if n.script == "ar":
        p = pick(AR_PLACE_FORMS[n.place], n.place_form)
        return {"bi": "ب" + p, "dash": "- " + p}.get(n.place_style, p)
    p = pick(n.place.fr, n.place_form)
    if n.place_style == "de":
        return ("d'" + p) if unaccent(p)[0] in "AEIOU" else "de " + p
    return {"dash": "- " + p, "paren": "(" + p + ")"}.get(n.place_style, p)


def tail_parts(n: Name) -> list[tuple[str, str]]:
    act = [("act", act_text(n))] if n.act is not None and not act_is_pre(n) else []
    place = [("place", place_text(n))] if n.place is not None else []
    return place + act if n.place_first else act + place


def head_ar(n: Name) -> tuple[list[tuple[str, str]], tuple[str, ...], bool]:
    kind = pick(KIND_AR[n.kind], n.kind_form)
    pre_adjs = n.adjs if n.adj_pos == "pre" else ()
    pre_women = n.women and n.women_pos == "pre"
    if (pre_adjs or pre_women) and kind in AR_DEFINITE:
        parts = [("kind", AR_DEFINITE[kind])] + [("generic", ADJ_AR[a]) for a in pre_adjs]
        if pre_women:
            parts.append(("generic", pick(WOMEN_AR, n.women_form)))
        return parts, (n.adjs if n.adj_pos == "post" else ()), n.women and not pre_women
    return [("kind", kind)], n.adjs, n.women


def render_ar(n: Name) -> list[tuple[str, str]]:
    parts, post_adjs, post_women = head_ar(n)
    if act_is_pre(n):
        parts.append(("act", act_text(n)))
    parts.append(("word", ar_word_text(n)))
    parts += [("generic", ADJ_AR[a]) for a in post_adjs]
    if post_women:
        parts.append(("generic", pick(WOMEN_AR, n.women_form)))
    return parts + tail_parts(n)


def render_lat(n: Name) -> list[tuple[str, str]]:
    kind = pick(KIND_LAT[n.kind], n.kind_form)
    women_pre = n.women and (n.women_pos == "pre" or n.kind == "assoc")
    parts = [("kind", kind)] + [("generic", ADJ_LAT[a]) for a in n.adjs]
    if women_pre:
        parts.append(("generic", WOMEN_LAT))
    if act_is_pre(n):
        parts.append(("act", act_text(n)))
    parts.append(("word", lat_word_text(n)))
    if n.women and not women_pre:
        parts.append(("generic", WOMEN_LAT))
    return parts + tail_parts(n)


def render(n: Name) -> list[tuple[str, str]]:
    return render_ar(n) if n.script == "ar" else render_lat(n)


def join(parts: list[tuple[str, str]], upper: bool) -> str:
    text = " ".join(t for _, t in parts)
    return unaccent(text).upper() if upper else text


def text_of(n: Name) -> str:
    return join(render(n), n.upper and n.script == "lat")


def differs(a: Name, b: Name) -> bool:
    return fold(text_of(a)) != fold(text_of(b))


# --------------------------------------------------------------------------------------------
# Random choices
# --------------------------------------------------------------------------------------------


def wchoice(rng: random.Random, items, weights):
    return rng.choices(list(items), weights=list(weights), k=1)[0]


def other_index(rng: random.Random, n: int, canonical: float) -> int:
    if n == 1 or rng.random() < canonical:
        return 0
    return rng.randrange(1, n)


def fresh_word(rng: random.Random, n: Name, word: Word) -> Name:
    art_w = article_weights(word)
    return replace(
        n, word=word, word_form=other_index(rng, len(word_forms(word, n.script)), 0.55),
        article=default_article(word, n.script), art_style=wchoice(rng, range(len(art_w)), art_w),
    )


def fresh_act(rng: random.Random, n: Name) -> Name:
    if n.act is None:
        return n
    pos = "pre" if pre_forms(n) and rng.random() < 0.25 else "post"
    m = replace(n, act_pos=pos)
    forms = pre_forms(m) if pos == "pre" else (n.act.ar if n.script == "ar" else n.act.fr)
    return replace(m, act_form=rng.randrange(len(forms)))


def place_styles(n: Name) -> tuple[tuple[str, ...], tuple[int, ...]]:
    """Ways of writing the commune; a dash or brackets only when it ends the name."""
    if n.script == "ar":
        styles, weights = ("plain", "bi", "dash"), (50, 35, 15)
    else:
        styles, weights = ("plain", "de", "dash", "paren"), (45, 35, 10, 10)
    if n.place_first and n.act is not None:
        return styles[:2], weights[:2]
    return styles, weights


def fresh_place(rng: random.Random, n: Name) -> Name:
    if n.place is None:
        return n
    count = len(AR_PLACE_FORMS[n.place]) if n.script == "ar" else len(n.place.fr)
    style = wchoice(rng, *place_styles(n))
    return replace(n, place_form=other_index(rng, count, 0.6), place_style=style)


def fresh(rng: random.Random, n: Name) -> Name:
    """Draw every spelling choice again for the name's script (kind word, word, article, phrases)."""
    kw = KIND_WEIGHTS[(n.script, n.kind)]
    n = replace(
        n, kind_form=wchoice(rng, range(len(kw)), kw), women_form=0 if rng.random() < 0.7 else 1,
        upper=n.script == "lat" and rng.random() < 0.12,
    )
    n = fresh_word(rng, n, n.word)
    return fresh_place(rng, fresh_act(rng, n))


def choose_women(rng: random.Random, kind: str, word: Word, act: Activity | None) -> bool:
    if kind not in ("coop", "assoc"):
        return False
    if act is not None and act.key == "women":
        return rng.random() < 0.5
    if word.typ == "fname":
        p = 0.6
    elif act is not None and act.family in WOMEN_FAMILIES:
        p = 0.35
    else:
        p = 0.1
    return rng.random() < (p / 2 if kind == "assoc" else p)


def choose_adjs(rng: random.Random, kind: str, act: Activity | None) -> tuple[str, ...]:
    if kind != "coop" or act is None:
        return ()
    if act.domain == "agri" and rng.random() < 0.12:
        return ("agri",)
    if act.domain == "craft" and rng.random() < 0.15:
        return ("artisan",)
    return ()


def build_name(rng, kind, word, act, place, script, show_act=True, show_place=True) -> Name:
    n = Name(
        kind=kind, script=script, word=word, act=act if show_act else None, place=place if show_place else None,
        adjs=choose_adjs(rng, kind, act), adj_pos=rng.choice(("pre", "post")),
        women=choose_women(rng, kind, word, act), women_pos=rng.choice(("pre", "post")),
        place_first=rng.random() < 0.12,
    )
    return fresh(rng, n)


def kind_fits(kind: str, act: Activity) -> bool:
    """Associations work on social matters and tourism; cooperatives, unions and GIEs on products."""
    if act.domain == "social":
        return kind == "assoc"
    return act.domain == "service" or kind != "assoc"


def choose_activity(rng, kind, region=(), exclude=(), place: Place | None = None) -> Activity:
    pool = [a for a in ACTIVITIES if kind_fits(kind, a) and a.family not in exclude]
    tags = set(place.tags) if place is not None else set(region)
    if tags:
        local = [a for a in pool if "any" in a.tags or set(a.tags) & tags]
        pool = local or pool
    return rng.choice(pool)


def choose_place(rng, act: Activity, region=(), exclude: Place | None = None) -> Place:
    tags = set() if "any" in act.tags else set(act.tags)
    reg = set(region)
    pool = [p for p in PLACES if p is not exclude]
    for t1, t2 in ((tags, reg), (tags, set()), (reg, set())):
        found = [p for p in pool if (not t1 or set(p.tags) & t1) and (not t2 or set(p.tags) & t2)]
        if found:
            return rng.choice(found)
    return rng.choice(pool)


# --------------------------------------------------------------------------------------------
# Registered organisations
# --------------------------------------------------------------------------------------------

REG_BY_KEY = {w.key: w for w in REGISTERED}
NEW_BY_KEY = {w.key: w for w in NEW_WORDS + PAIR_WORDS}
PAIRS = {"similar_word": {a: (NEW_BY_KEY[b], s) for a, b, s in SIMILAR},
         "substring": {a: (NEW_BY_KEY[b], s) for a, b, s in SUBSTRING}}
FORCED_SCRIPT = {a: {"ar": "ar", "lat": "lat"}[s] for a, _, s in SIMILAR + SUBSTRING if s != "both"}


@dataclass
class Org:
    idx: int
    word: Word
    kind: str
    act: Activity
    place: Place
    dup: bool
    name: Name
    text: str
    split: str = ""


def make_org(rng: random.Random, idx: int, word: Word, dup: bool, exclude: tuple[str, ...]) -> Org:
    kind = wchoice(rng, KINDS, TYPE_KINDS.get(word.typ, DEFAULT_KIND_WEIGHTS))
    act = choose_activity(rng, kind, word.region, exclude)
    place = choose_place(rng, act, word.region)
    script = FORCED_SCRIPT.get(word.key) or rng.choice(("ar", "lat"))
    show_act = dup or rng.random() < SHOW_ACTIVITY[kind]
    name = build_name(rng, kind, word, act, place, script, show_act, rng.random() < 0.7)
    if word.key in FORCED_SCRIPT:
        name = replace(name, word_form=0)
    return Org(idx, word, kind, act, place, dup, name, text_of(name))


def make_orgs(rng: random.Random) -> list[Org]:
    words = sorted(REGISTERED, key=lambda w: w.key)
    doubled = {w.key for w in rng.sample(words, max(0, TARGET_ORGS - len(words)))}
    orgs: list[Org] = []
    for word in words:
        families: tuple[str, ...] = ()
        for _ in range(2 if word.key in doubled else 1):
            org = make_org(rng, len(orgs), word, word.key in doubled, families)
            families += (org.act.family,)
            orgs.append(org)
    return orgs


# --------------------------------------------------------------------------------------------
# Variants
# --------------------------------------------------------------------------------------------


def op_script(rng, n: Name, org: Org) -> Name | None:
    return fresh(rng, replace(n, script="lat" if n.script == "ar" else "ar"))


def op_translit(rng, n: Name, org: Org) -> Name | None:
    forms = word_forms(n.word, n.script)
    options = [replace(n, word_form=i) for i in range(len(forms))]
    options = [m for m in options if differs(m, n)]
    return rng.choice(options) if options else None


def _toggle(items: tuple[str, ...], item: str) -> tuple[str, ...]:
    return tuple(i for i in items if i != item) if item in items else items + (item,)


def op_generic(rng, n: Name, org: Org) -> Name | None:
    kinds = KIND_AR[n.kind] if n.script == "ar" else KIND_LAT[n.kind]
    options = [replace(n, kind_form=i) for i in range(len(kinds))]
    if n.kind == "coop" and not (n.script == "lat" and act_is_pre(n)):
        domain = (n.act or org.act).domain
        adj = {"agri": "agri", "craft": "artisan"}.get(domain)
        if adj:
            options.append(replace(n, adjs=_toggle(n.adjs, adj)))
    if n.kind in ("coop", "assoc"):
        options.append(replace(n, women=not n.women, women_pos=rng.choice(("pre", "post"))))
    options = [m for m in options if differs(m, n)]
    return rng.choice(options) if options else None


def op_activity(rng, n: Name, org: Org) -> Name | None:
    if n.act is None:
        return fresh_act(rng, replace(n, act=org.act, act_pos="post"))
    if not org.dup and rng.random() < 0.35:
        return replace(n, act=None)
    forms = pre_forms(n) if act_is_pre(n) else (n.act.ar if n.script == "ar" else n.act.fr)
    options = [m for m in (replace(n, act_form=i) for i in range(len(forms))) if differs(m, n)]
    if options:
        return rng.choice(options)
    return None if org.dup else replace(n, act=None)


def op_article(rng, n: Name, org: Org) -> Name | None:
    if not n.word.art:
        return None
    options = [replace(n, article=not n.article)]
    if n.script == "lat" and rng.random() < 0.5:
        count = len(article_forms(pick(n.word.lat, n.word_form), is_sun(n.word)))
        options = [replace(n, article=True, art_style=i) for i in range(count)]
    options = [m for m in options if differs(m, n)]
    return rng.choice(options) if options else None


def op_order(rng, n: Name, org: Org) -> Name | None:
    options = []
    if n.act is not None and n.place is not None and not act_is_pre(n):
        moved = replace(n, place_first=not n.place_first)
        if moved.place_style not in place_styles(moved)[0]:
            moved = replace(moved, place_style="plain")
        options.append(moved)
    if n.women:
        options.append(replace(n, women_pos="post" if n.women_pos == "pre" else "pre"))
    if n.script == "ar" and n.adjs:
        options.append(replace(n, adj_pos="post" if n.adj_pos == "pre" else "pre"))
    if pre_forms(n):
        flipped = replace(n, act_pos="post" if act_is_pre(n) else "pre")
        forms = pre_forms(flipped) if act_is_pre(flipped) else (n.act.ar if n.script == "ar" else n.act.fr)
        options.append(replace(flipped, act_form=rng.randrange(len(forms))))
    options = [m for m in options if differs(m, n)]
    return rng.choice(options) if options else None


def op_place(rng, n: Name, org: Org) -> Name | None:
    if n.place is None:
        return fresh_place(rng, replace(n, place=org.place))
    count = len(AR_PLACE_FORMS[n.place]) if n.script == "ar" else len(n.place.fr)
    styles = place_styles(n)[0]
    respell = [m for m in (replace(n, place_form=i) for i in range(count)) if differs(m, n)]
    restyle = [m for m in (replace(n, place_style=s) for s in styles) if differs(m, n)]
    groups = [(g, w) for g, w in ((respell, 40), (restyle, 30), ([replace(n, place=None)], 30)) if g]
    group = wchoice(rng, [g for g, _ in groups], [w for _, w in groups])
    return rng.choice(group)


VARIANT_OPS = {
    "script": op_script, "translit": op_translit, "article": op_article, "generic": op_generic,
    "activity": op_activity, "order": op_order, "place": op_place,
}
OP_ORDER = ("script", "translit", "article", "generic", "activity", "order", "place", "typo")
COMBO_OPS = ("script", "translit", "article", "generic", "activity", "order", "place", "typo")
COMBO_WEIGHTS = (4, 2, 2, 3, 3, 2, 4, 4)


def core_length(tok: str) -> int:
    return len(tok) - 2 if tok.startswith("ال") else len(tok)


def typo_token(rng: random.Random, tok: str, arabic: bool) -> str | None:
    start = 2 if arabic and tok.startswith("ال") and len(tok) > 4 else 1
    idxs = [i for i in range(start, len(tok)) if tok[i].isalpha()]
    if not idxs:
        return None
    i = rng.choice(idxs)
    ops = ("near", "double", "swap", "drop") if core_length(tok) >= 5 else ("near", "double", "swap")
    op = rng.choice(ops)
    if op == "double":
        return tok[:i] + tok[i] + tok[i:]
    if op == "drop":
        return tok[:i] + tok[i + 1:]
    if op == "swap":
        ok = i + 1 < len(tok) and tok[i + 1].isalpha() and tok[i] != tok[i + 1]
        return tok[:i] + tok[i + 1] + tok[i] + tok[i + 2:] if ok else None
    near = (NEAR_ARABIC if arabic else NEAR_LATIN).get(unaccent(tok[i]).lower())
    if not near:
        return None
    c = rng.choice(near)
    return tok[:i] + (c.upper() if tok[i].isupper() else c) + tok[i + 1:]


def typo_targets(parts: list[tuple[str, str]]) -> list[tuple[int, int, int]]:
    targets = []
    for p, (role, text) in enumerate(parts):
        for t, tok in enumerate(text.split(" ")):
            if not tok.isalpha():
                continue
            if role == "word" and core_length(tok) >= 4 and tok not in ("Ibn", "Beni"):
                targets.append((p, t, 8))
            elif role in ("kind", "act", "generic") and len(tok) >= 5:
                targets.append((p, t, 1))
    return targets


def typo_text(rng: random.Random, n: Name) -> str | None:
    parts = render(n)
    targets = typo_targets(parts)
    if not targets:
        return None
    for _ in range(12):
        p, t, _w = wchoice(rng, targets, [w for _, _, w in targets])
        toks = parts[p][1].split(" ")
        new = typo_token(rng, toks[t], n.script == "ar")
        if new is None or fold(new) == fold(toks[t]) or is_known(new):
            continue
        toks[t] = new
        parts = parts[:p] + [(parts[p][0], " ".join(toks))] + parts[p + 1:]
        return join(parts, n.upper and n.script == "lat")
    return None


# Real words and names a typing slip must not turn a name into (it would then be another name).
REAL_WORDS = (
    "Sanad Sira Rim Nasr Rand Hiba Amir Izza Hassan Hassane Qamar Souad Nawal Anir Samir Samia Salma Nadia Saida "
    "Said Rachid Amal Nour Hind Omar Amine Karim Hamid Mina Amina Imane Iman Sara Sanaa Hana Nora Noura Majd Mahd "
    "Warda Wafa Safa Zahra Zahia Zakia Rahma Rahim Malak Maha Lina Sabah Sami Adil Adel Nabila Jamila Jalila Kamal "
    "Hamza Bilal Rayan Rayane Wiam Ilyas Anas Yassin Iliass Tarik Farid Habib Laila Salam Salim Karima Fatima "
    "سند سيرة ريم نصر رند هبة أمير عزة حسان قمر سعاد نوال سمير سامية سلمى نادية سعيدة سعيد رشيد أمل نور هند عمر "
    "أمين كريم حميد مينة أمينة إيمان سارة هناء نورة وردة وفاء صفاء زهرة رحمة ملاك مها لينا صباح سامي عادل نبيلة "
    "جميلة جليلة كمال حمزة بلال ريان وئام أنس ياسين طارق فريد حبيب ليلى سلام سليم كريمة فاطمة جمعة غدد"
).split()


def all_tokens() -> set[str]:
    out = {fold(w) for w in REAL_WORDS}
    for w in REGISTERED + NEW_WORDS + PAIR_WORDS:
        for s in AR_WORD_FORMS[w] + w.lat:
            for tok in s.split():
                out.add(fold(tok))
                out.add(fold(tok[2:]) if tok.startswith("ال") else fold(tok))
    return out


KNOWN_TOKENS = all_tokens()


def is_known(tok: str) -> bool:
    return fold(tok) in KNOWN_TOKENS or (tok.startswith("ال") and fold(tok[2:]) in KNOWN_TOKENS)


def apply_ops(rng, org: Org, ops: tuple[str, ...]) -> tuple[Name, str] | None:
    n = org.name
    for op in OP_ORDER:
        if op not in ops or op == "typo":
            continue
        m = VARIANT_OPS[op](rng, n, org)
        if m is None or not differs(m, n):
            return None
        n = m
    text = typo_text(rng, n) if "typo" in ops else text_of(n)
    if text is None or fold(text) == fold(org.text):
        return None
    return n, text


def make_variant(rng, org: Org, cat: str) -> tuple[Name, str] | None:
    if cat != "combo":
        return apply_ops(rng, org, (cat,))
    for _ in range(8):
        a = wchoice(rng, COMBO_OPS, COMBO_WEIGHTS)
        b = wchoice(rng, COMBO_OPS, COMBO_WEIGHTS)
        if a == b or {a, b} == {"script", "translit"}:
            continue
        out = apply_ops(rng, org, (a, b))
        if out is not None:
            return out
    return None


# --------------------------------------------------------------------------------------------
# New names
# --------------------------------------------------------------------------------------------

NEW_BY_TYPE: dict[str, list[Word]] = {}
for _w in NEW_WORDS:
    NEW_BY_TYPE.setdefault(_w.typ, []).append(_w)


class NewNames:
    def __init__(self, rng: random.Random):
        self.rng = rng
        self.usage: Counter[str] = Counter()

    def word(self, typ: str | None) -> Word:
        if typ is None:
            typ = self.rng.choice(sorted(NEW_BY_TYPE))
        pool: list[Word] = []
        for t in NEW_TYPE_PREFS.get(typ, (typ,)):
            pool = NEW_BY_TYPE.get(t, [])
            if pool:
                break
        pool = pool or NEW_WORDS
        low = min(self.usage[w.key] for w in pool)
        word = self.rng.choice([w for w in pool if self.usage[w.key] == low])
        self.usage[word.key] += 1
        return word

    def other_word(self, org: Org) -> Name | None:
        return fresh_word(self.rng, org.name, self.word(org.word.typ))

    def paired(self, org: Org, cat: str) -> Name | None:
        pair = PAIRS[cat].get(org.word.key)
        if pair is None or pair[1] not in ("both", org.name.script):
            return None
        m = fresh_word(self.rng, org.name, pair[0])
        return replace(m, word_form=0) if cat == "substring" or pair[1] != "both" else m

    def same_place(self, org: Org) -> Name | None:
        n = org.name
        if n.place is None:
            return None
        kind = org.kind if self.rng.random() < 0.7 else self.rng.choice(KINDS)
        act = choose_activity(self.rng, kind, exclude=(org.act.family,), place=n.place)
        m = build_name(self.rng, kind, self.word(org.word.typ), act, n.place, n.script)
        return replace(m, place_form=n.place_form)

    def same_product(self, org: Org) -> Name | None:
        n = org.name
        if n.act is None:
            return None
        kinds = [k for k in KINDS if kind_fits(k, n.act)]
        kind = org.kind if self.rng.random() < 0.75 else self.rng.choice(kinds)
        place = choose_place(self.rng, n.act, exclude=org.place)
        m = build_name(self.rng, kind, self.word(org.word.typ), n.act, place, n.script,
                       show_place=self.rng.random() < 0.6)
        return replace(m, act_pos=n.act_pos, act_form=n.act_form) if kind == n.kind else m

    def other_script(self, org: Org) -> Name | None:
        n = org.name
        return fresh(self.rng, replace(n, word=self.word(org.word.typ), script="lat" if n.script == "ar" else "ar"))

    def unrelated(self, org: Org) -> Name | None:
        kind = self.rng.choice(KINDS)
        act = choose_activity(self.rng, kind, exclude=(org.act.family,))
        place = choose_place(self.rng, act, exclude=org.place)
        word = self.word(None)
        return build_name(self.rng, kind, word, act, place, org.name.script, show_place=self.rng.random() < 0.6)

    def make(self, org: Org, cat: str) -> tuple[Name, str] | None:
        if cat in PAIRS:
            n = self.paired(org, cat)
        else:
            n = getattr(self, cat)(org)
        return None if n is None else (n, text_of(n))


# --------------------------------------------------------------------------------------------
# Rows
# --------------------------------------------------------------------------------------------

VARIANT_QUOTA = {"script": 95, "translit": 75, "generic": 80, "activity": 75, "article": 55, "typo": 95,
                 "order": 65, "place": 90, "combo": 70}
NEW_QUOTA = {"other_word": 125, "same_place": 120, "same_product": 125, "other_script": 120, "unrelated": 120}


def script_label(a: str, b: str) -> str:
    if a == b:
        return "arabic" if a == "ar" else "latin"
    return "mixed"


class Rows:
    def __init__(self, rng: random.Random, orgs: list[Org]):
        self.rng = rng
        self.registered = {fold(o.text) for o in orgs}
        self.remaining = {**VARIANT_QUOTA, **NEW_QUOTA}
        self.quota = dict(self.remaining)
        self.new_names = NewNames(rng)
        self.used_places: set[Place] = set()

    def ranked(self, cats, tried) -> list[str]:
        left = [c for c in cats if c not in tried]
        keys = {c: (-self.remaining[c] / self.quota[c], self.rng.random()) for c in left}
        return sorted(left, key=lambda c: keys[c])

    def accept(self, org: Org, label: str, out, seen: set[str]) -> bool:
        if out is None:
            return False
        text = fold(out[1])
        if text in seen or (text in self.registered and text != fold(org.text)):
            return False
        if label == "new" and text in self.registered:
            return False
        seen.add(text)
        return True

    def fill(self, org: Org, label: str, cats, count: int, first=()) -> list[tuple[str, Name, str]]:
        make = (lambda o, c: make_variant(self.rng, o, c)) if label == "variant" else self.new_names.make
        got: list[tuple[str, Name, str]] = []
        tried: set[str] = set()
        seen = {fold(org.text)}
        while len(got) < count:
            cands = [c for c in first if c not in tried] or self.ranked(cats, tried)
            if not cands:
                break
            cat = cands[0]
            tried.add(cat)
            out = make(org, cat)
            if not self.accept(org, label, out, seen):
                continue
            self.remaining[cat] = self.remaining.get(cat, 0) - 1
            got.append((cat, out[0], out[1]))
        return got

    def for_org(self, org: Org) -> list[list[str]]:
        first = tuple(c for c in PAIRS if org.word.key in PAIRS[c])[:1]
        rows = []
        for label, cats, first_cats in (("variant", VARIANT_QUOTA, ()), ("new", NEW_QUOTA, first)):
            for cat, name, text in self.fill(org, label, cats, 2, first_cats):
                assert label == "new" or not org.dup or (name.act is not None and name.act.family == org.act.family)
                if name.place is not None:
                    self.used_places.add(name.place)
                rows.append([org.split, label, cat, script_label(name.script, org.name.script), text, org.text])
        if org.name.place is not None:
            self.used_places.add(org.name.place)
        return rows


def assign_splits(rng: random.Random, orgs: list[Org]) -> None:
    order = list(range(len(orgs)))
    rng.shuffle(order)
    for rank, i in enumerate(order):
        orgs[i].split = "tune" if rank < len(orgs) // 2 else "holdout"


def check_data(orgs: list[Org]) -> None:
    reg_keys = {w.key for w in REGISTERED}
    new_keys = {w.key for w in NEW_WORDS + PAIR_WORDS}
    assert len(reg_keys) == len(REGISTERED) and len(new_keys) == len(NEW_WORDS + PAIR_WORDS)
    assert not reg_keys & new_keys, reg_keys & new_keys
    reg_forms = {fold(s) for w in REGISTERED for s in AR_WORD_FORMS[w] + w.lat}
    new_forms = {fold(s) for w in NEW_WORDS + PAIR_WORDS for s in AR_WORD_FORMS[w] + w.lat}
    assert not reg_forms & new_forms, reg_forms & new_forms
    assert len({fold(o.text) for o in orgs}) == len(orgs), "registered names must be unique"
    families: dict[str, set[str]] = {}
    for o in orgs:
        fams = families.setdefault(o.word.key, set())
        assert o.act.family not in fams, o.word.key
        fams.add(o.act.family)
        assert not o.dup or o.name.act is not None


def write_csv(path: Path, header: list[str], rows: list[list[str]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(rows)


def place_rows(places: set[Place]) -> list[list[str]]:
    rows = set()
    for p in places:
        ar_forms = AR_PLACE_FORMS[p]
        rows.update((a, p.fr[0]) for a in ar_forms)
        rows.update((ar_forms[0], f) for f in p.fr)
    return [list(r) for r in sorted(rows)]


def summary(rows: list[list[str]], orgs: list[Org], places: set[Place]) -> None:
    print(f"rows: {len(rows)}  registered organisations: {len(orgs)}")
    for title, key in (("label", lambda r: r[1]), ("split", lambda r: r[0]), ("script", lambda r: r[3]),
                       ("label/category", lambda r: f"{r[1]}/{r[2]}"), ("label/script", lambda r: f"{r[1]}/{r[3]}")):
        counts = Counter(key(r) for r in rows)
        print(f"by {title}: " + ", ".join(f"{k}={v}" for k, v in sorted(counts.items())))
    words = {o.word.key for o in orgs}
    acts = {o.act.key for o in orgs}
    print(f"registered distinctive words: {len(words)} ({sum(o.dup for o in orgs) // 2} registered twice); "
          f"words of new names: {len(NEW_WORDS) + len(PAIR_WORDS)}; activities: {len(acts)}; "
          f"places used: {len(places)}")


def main() -> None:
    rng = random.Random(SEED)
    orgs = make_orgs(rng)
    check_data(orgs)
    assign_splits(rng, orgs)
    builder = Rows(rng, orgs)
    rows: list[list[str]] = []
    order = list(range(len(orgs)))
    rng.shuffle(order)  # quotas are spread in random order; rows are written in organisation order
    per_org = {i: builder.for_org(orgs[i]) for i in order}
    for i in range(len(orgs)):
        rows += per_org[i]
    write_csv(OUT, ["split", "label", "category", "script", "name", "registered"], rows)
    write_csv(OUT_PLACES, ["place_ar", "place_fr"], place_rows(builder.used_places))
    summary(rows, orgs, builder.used_places)


if __name__ == "__main__":
    main()
