"""A third labelled set for the name check, written independently of the check, its vocabulary and the
two earlier sets (its author read none of them). Deterministic (seeded).

    .venv/bin/python benchmarks/name_eval_third.py
      -> benchmarks/data/name_eval_third.csv          split,label,category,script,name,registered
      -> benchmarks/data/name_eval_third_places.csv   place_ar,place_fr (every place the names use)

About 350 registered organisations are built as real Moroccan ones are named: a kind (تعاونية, جمعية,
Coopérative, Association, Union, اتحاد, GIE), a distinctive word (Amazigh or Arabic word, first name, tribe),
sometimes a women's marker, the activity or product as people write it, sometimes the commune. Each one is
written in Arabic or in French transliteration. For each, some rows are variants (the same organisation
written otherwise) and some are new names that must not be flagged.

Variant categories: script (the other script), translit (another spelling of the distinctive word), generic
(generic words added, dropped or translated), activity (added, dropped or said otherwise), article, typo (one
letter in a long word), order, place (added or dropped), combo (two of these).
New-name categories: other_word (another distinctive word, same kind/product/place), similar_word (a real
word of similar letters), substring (a short real word found inside the registered one), same_place,
same_product, other_script (a new word, written in the other script), unrelated.

No distinctive word of tadamon/demo/names.py (the synthetic registry) is used, in either script, and the new
names' words are never registered here. A word registered twice is registered with two different products,
and variants of such an organisation keep their product, so that an officer could still tell which one is meant.
"""

import random
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "benchmarks" / "data" / "name_eval_third.csv"
PLACES_OUT = ROOT / "benchmarks" / "data" / "name_eval_third_places.csv"
SEED = 3303
ORGANISATIONS = 352

# --- distinctive words -------------------------------------------------------------------------------
# "arabic|Latin spelling, other spellings|Latin without its article" (the last part only for words with ال)

AMAZIGH = """
تانيرت|Tanirt,Tanirte
تيزيري|Tiziri,Thiziri,Tizirie
أنزار|Anzar,Anzare
أيور|Ayour,Ayyur,Ayyour
إيتران|Itran,Itrane
ديهيا|Dihya,Dyhia,Dihia
تينهينان|Tinhinane,Tinhinan,Tin Hinane
تاكمات|Tagmat,Taguemat
تامازيرت|Tamazirt,Tamazirte
أمانار|Amanar,Amanare
أزطا|Azetta,Azeta
تودرت|Toudert,Tudert
تيويزي|Tiwizi,Tiouizi,Twizi
أكراو|Agraw,Agraou
تيفيناغ|Tifinagh,Tifinar,Tifinag
تادارت|Taddart,Tadart
تيكمي|Tigmi,Tiguemmi
إيزم|Izem,Izzem
تاسافت|Tasaft,Tassaft
أدرار|Adrar,Addrar
أغروم|Aghroum,Aghrum,Arhroum
إيلي|Illi,Ili
إيجا|Ijja,Ija
طاوس|Taous,Taws
تانميرت|Tanmirt,Tanemmirt
أزول|Azul,Azoul
تايري|Tayri,Tairi
تافات|Tafat,Taffat
أناروز|Anarouz,Anaruz
أسيرم|Asirem,Assirem
يوبا|Youba,Yuba
تامينوت|Tamaynout,Tamaynut,Tamainout
ماسينيسا|Massinissa,Masinissa
أسافو|Asafou,Assafou,Asafu
أمود|Amoud,Amud
تاسليت|Taslit,Tasslit
أزرف|Azref,Azerf
أفولكي|Afoulki,Afulki
تاغانيمت|Taghanimt,Tarhanimt
إيزلان|Izlan,Izlane
أحيدوس|Ahidous,Ahidouss
أحواش|Ahwach,Ahouach
أمارك|Amarg,Ammarg
أسكاس|Asgas,Assegas,Asseggas
تافوناست|Tafounast,Tafunast
تامسريت|Tamesrit,Tamsrit
تازدايت|Tazdayt,Tazdait
أزغار|Azaghar,Azarhar
أسكلو|Aseklou,Asekklu
أجديك|Ajddig,Ajdig
تيميتار|Timitar,Timmitar
تاواركيت|Tawargit,Taouarguit,Tawarguit
أفود|Afoud,Afud
تيدت|Tidet,Tiddet
تافرارا|Tafrara,Taferara
تاسكورت|Taskourt,Tasskourt
أوزال|Ouzzal,Wuzzal,Ouzal
تاسيرت|Tassirt,Tasirt
تافاسكا|Tafaska,Tafesska
تيسيت|Tisit,Tissit
أوشن|Ouchen,Wuchen
أبريد|Abrid,Abride
"""

ARABIC = """
البركة|Al Baraka,El Baraka,Albaraka|Baraka
الفجر|Al Fajr,El Fajr,El Fajer|Fajr
النهضة|Annahda,Ennahda,Al Nahda|Nahda
الوئام|Al Wiam,El Ouiam,Al Ouiam|Wiam
الكرامة|Al Karama,El Karama,Alkarama|Karama
النجاح|Annajah,Ennajah,Al Najah|Najah
الرحمة|Arrahma,Errahma,Al Rahma|Rahma
الإحسان|Al Ihssane,El Ihsane,Al Ihsan|Ihssane
النصر|Annasr,Ennasr,Al Nasr|Nasr
الهدى|Al Houda,El Houda,Al Hoda|Houda
السلام|Assalam,Essalam,Al Salam|Salam
الإشراق|Al Ichraq,El Ichrak,Al Ichrak|Ichraq
الشروق|Achourouk,Echourouk,Al Chourouk|Chourouk
الربيع|Arrabie,Errabii,Al Rabie|Rabie
السنابل|Assanabil,Essanabil,Assanabel|Sanabil
الابتسامة|Al Ibtissama,El Ibtissama,Al Ibtisama|Ibtissama
الرشاد|Arrachad,Errachad,Al Rachad|Rachad
الريحانة|Arrayhana,Errayhana,Al Rayhana|Rayhana
النسيم|Annassim,Ennassim,Annasim|Nassim
الرمال|Arrimal,Errimal,Al Rimal|Rimal
الأصالة|Al Assala,El Assala,Al Asala|Assala
الفردوس|Al Firdaous,El Ferdaous,Al Firdaws|Firdaous
الإرادة|Al Irada,El Irada,Al Iradah|Irada
الصمود|Assoumoud,Essoumoud,Assomoud|Soumoud
البشرى|Al Bouchra,El Bouchra,Al Bochra|Bouchra
الغد|Al Ghad,El Ghad,Al Rhad|Ghad
الوفاق|Al Wifak,El Ouifak,Al Wifaq|Wifak
التقدم|Attakadoum,Ettakaddoum,Attaqaddoum|Takadoum
المسيرة|Al Massira,El Massira,Al Masira|Massira
الرضى|Arrida,Errida,Al Rida|Rida
الكوثر|Al Kaouthar,El Kaoutar,Al Kawtar|Kaouthar
الياقوت|Al Yakout,El Yaqout,Al Yaqut|Yakout
المرجان|Al Marjane,El Morjane,Al Marjan|Marjane
البستان|Al Boustane,El Bostane,Al Bustan|Boustane
الحياة|Al Hayat,El Hayat,Al Hayate|Hayat
الأفق|Al Ofok,El Oufouk,Al Ofoq|Ofok
المحبة|Al Mahabba,El Mahaba,Al Mahaba|Mahabba
الفضيلة|Al Fadila,El Fadila,Al Fadhila|Fadila
العزة|Al Izza,El Izza,Al Iza|Izza
القمر|Al Kamar,El Qamar,Al Qamar|Kamar
الشمس|Achams,Echchams,Al Chams|Chams
الغيث|Al Ghait,El Ghayt,Al Rhit|Ghait
الساقية|Assakia,Essaqia,Assaquia|Sakia
الإتقان|Al Itqane,El Itkane,Al Itqan|Itqane
الصفوة|Assafwa,Essafoua,Assafoua|Safwa
الجود|Al Joud,El Joud,Al Jud|Joud
الطموح|Attamouh,Ettamouh,Al Tomouh|Tamouh
الإبداع|Al Ibdaa,El Ibdae,Al Ibdaâ|Ibdaa
الهمة|Al Himma,El Hemma,Al Hima|Himma
النماء|Annamaa,Ennamae,Al Namae|Namaa
الازدهار|Al Izdihar,El Izdihar|Izdihar
المجد|Al Majd,El Majd,Al Majed|Majd
النبع|Annabaa,Ennabe,Al Nabaa|Nabaa
الأرز|Al Arz,El Arz|Arz
الرحاب|Arrihab,Errihab,Al Rihab|Rihab
البيان|Al Bayane,El Bayane,Al Bayan|Bayane
التآزر|Attaazour,Ettaazor,Attaazor|Taazour
الرفاق|Arrifak,Errifaq,Al Rifak|Rifak
الهضبة|Al Hadaba,El Hadaba,Al Hadhaba|Hadaba
الثقة|Attiqa,Ettika,Al Thiqa|Tiqa
الأحلام|Al Ahlam,El Ahlam,Al Ahlame|Ahlam
الربوة|Arrabwa,Erraboua,Al Rabwa|Rabwa
الدالية|Addalia,Eddalia,Addaliya|Dalia
السوسن|Assaoussane,Essoussane,Assawsan|Saoussane
النرجس|Annarjiss,Ennarjes,Annarjis|Narjiss
البنفسج|Al Banafsaj,El Banafsaj,Al Banafssaj|Banafsaj
القافلة|Al Qafila,El Kafila,Al Kafila|Qafila
الجنان|Al Jinane,El Jnane,Al Jinan|Jinane
السلسبيل|Assalsabil,Essalsabil,Assalssabil|Salsabil
الكوكب|Al Kawkab,El Kaoukab,Al Kaoukab|Kawkab
الحرية|Al Hourria,El Horria,Al Houria|Hourria
الحضارة|Al Hadara,El Hadara,Al Hadhara|Hadara
التراث|Attourath,Ettourat,Attourat|Tourath
الأجيال|Al Ajyal,El Ajial,Al Ajial|Ajyal
المروج|Al Mourouj,El Mrouj,Al Morouj|Mourouj
الدرر|Addourar,Eddorar,Addorar|Dourar
الهلال|Al Hilal,El Hilal,Al Hillal|Hilal
الغرس|Al Ghars,El Rhars,Al Gharse|Ghars
السهل|Assahl,Essahl,Al Sahl|Sahl
الإنجاز|Al Injaz,El Injaz|Injaz
العرفان|Al Irfane,El Irfane,Al Irfan|Irfane
الأندلس|Al Andalous,El Andalouss,Al Andalus|Andalous
الصنوبر|Assanawbar,Essnober,Assanaoubar|Sanawbar
الزيزفون|Azzayzafoun,Ezzaizafoun,Azzaizafoun|Zayzafoun
السنديان|Assindiane,Essendiane,Assindiyane|Sindiane
الضفاف|Addifaf,Eddifaf,Addhifaf|Difaf
الشلال|Achallal,Echchellal,Achellal|Challal
القلم|Al Qalam,El Kalam,Al Kalam|Qalam
"""

COMPOUNDS = """
جوهرة الريف|Jawharat Al Rif,Jaouharat Rif,Jawhara Rif
تاج الأطلس|Taj Al Atlas,Taj El Atlas,Taj Atlas
كنوز الأرض|Kounouz Al Ard,Knouz El Ard,Kounouz El Ard
أمواج المحيط|Amwaj Al Mouhit,Amouaj El Mohit,Amouaj Al Mouhit
لؤلؤة الجنوب|Loulouat Al Janoub,Loulouat El Janoub,Loulouate Janoub
أيت عطا|Ait Atta,Aït Atta,Ayt Atta
أيت مرغاد|Ait Morghad,Aït Merghad,Ait Mourghad
أيت سدرات|Ait Sedrate,Aït Seddrat,Ait Sdrat
أيت إزدك|Ait Izdeg,Aït Izdag,Ayt Izdeg
أيت باعمران|Ait Baamrane,Aït Ba Amrane,Ait Baâmrane
أيت خباش|Ait Khebbach,Aït Khabbache,Ayt Xebbac
أيت سغروشن|Ait Seghrouchen,Aït Sgharouchen,Ait Serhrouchen
أيت واوزكيت|Ait Ouaouzguite,Aït Waouzguit,Ayt Wawzgit
أيت صواب|Ait Souab,Aït Swab,Ayt Souab
"""

FIRST_NAMES = """
سكينة|Sakina,Soukaina,Sokaina
رقية|Rkia,Rokia,Roukaya
غيثة|Ghita,Ghitta
حنان|Hanane,Hanan,Hannane
نجاة|Najat,Nejjat
سميرة|Samira,Smira
صفية|Safia,Safiya,Safiyya
جميلة|Jamila,Djamila,Jamilla
ميمونة|Mimouna,Mimona,Maimouna
إلهام|Ilham,Ilhame,Ilhem
نزهة|Nezha,Nouzha
الضاوية|Daouia,Dawiya,Dhaouia
كلثوم|Keltoum,Kaltoum,Kalthoum
الغالية|Ghalia,El Ghalia,Rhalia
حبيبة|Habiba,Hbiba
سعاد|Souad,Soad,Souâd
سهام|Siham,Sihame,Sihem
أسماء|Asmae,Asmaa
مباركة|Mbarka,Embarka
فريدة|Farida,Faridda
عبلة|Abla,Abbla
رابحة|Rabha,Rebha
البتول|Batoul,El Batoul,Al Batoul
"""

# New names' words: never registered here, not in the synthetic registry, not close to either.
NEW_WORDS = """
أسمون|Asmoun,Asmun
أمكساو|Amksaw,Amksaou
إيدير|Idir,Iddir
أوراغ|Ouragh,Waragh
أيلال|Ayelal,Ayllal
تادوفت|Taddouft,Tadouft
أمدياز|Amdyaz,Amdiaz
إيكيدر|Iguider,Igider
أدغاغ|Adghagh,Adrhagh
تيكجديت|Tigejdit,Tiguejdit
أمزوارو|Amezwarou,Amezwaru
التحدي|Attahaddi,Ettahadi
النخبة|Annokhba,Ennokhba
اليسر|Al Yousr,El Yosr
الرجاء|Arrajaa,Errajae
الرواد|Arrouad,Errouad
الشهامة|Achahama,Echchahama
الصباح|Assabah,Essabah
الأريج|Al Arij,El Arij
العطاء|Al Ataa,El Atae
الشعلة|Achouala,Echoula
البهجة|Al Bahja,El Bahja
الصفصاف|Assafsaf,Essafsaf
السدرة|Assidra,Essedra
الزنبق|Azzanbak,Ezzanbaq
الخزامى|Al Khouzama,El Khouzama
اليمامة|Al Yamama,El Yamama
الغزالة|Al Ghazala,El Rhazala
النورس|Annawras,Ennaouras
الأمنية|Al Oumniya,El Oumnia
الكفاح|Al Kifah,El Kifah
المبادرة|Al Moubadara,El Moubadara
الانطلاقة|Al Intilaka,El Intilaqa
الحصاد|Al Hassad,El Hassad
لبنى|Loubna,Lobna
وداد|Widad,Ouidad
فدوى|Fadoua,Fadwa
هاجر|Hajar,Hajjar
شيماء|Chaimae,Chaima
أميمة|Oumaima,Omaima
نسرين|Nisrine,Nesrine
غزلان|Ghizlane,Rhizlane
حسناء|Hasnaa,Hasna
سلوى|Salwa,Saloua
منال|Manal,Manale
الفيحاء|Al Fayhae,El Fayhaa
الفسيفساء|Al Fousaifissae,El Fousaifissaa
القبس|Al Qabas,El Kabas
الإقلاع|Al Iqlaa,El Iklae
ليلى|Laila,Leila
خولة|Khaoula,Khawla
"""

# similar_word: registered word -> a real, different word of similar letters (never registered)
SIMILAR = {
    "Al Fajr": ("الفخر", ["Al Fakhr", "El Fakhr"]),
    "Annahda": ("النجدة", ["Annajda", "Ennajda"]),
    "Al Wiam": ("الوسام", ["Al Wissam", "El Ouissam"]),
    "Al Karama": ("الكرمة", ["Al Karma", "El Karma"]),
    "Annajah": ("النجمة", ["Annajma", "Ennajma"]),
    "Arrahma": ("الراحة", ["Arraha", "Erraha"]),
    "Al Ihssane": ("الإنسان", ["Al Insane", "El Insane"]),
    "Annasr": ("النسر", ["Annisr", "Ennisr"]),
    "Tagmat": ("تاكانت", ["Tagant", "Taguant"]),
    "Tamazirt": ("تامازيغت", ["Tamazight", "Tamazighte"]),
    "Amanar": ("المنار", ["Al Manar", "El Manar"]),
    "Dihya": ("ضياء", ["Diyae", "Diaa"]),
    "Safia": ("صوفيا", ["Sofia", "Soufia"]),
    "Samira": ("سامية", ["Samia", "Samiya"]),
    "Jamila": ("جليلة", ["Jalila", "Djalila"]),
    "Al Bayane": ("البنيان", ["Al Bounyane", "El Bonyane"]),
    "Al Hadara": ("الحضانة", ["Al Hadana", "El Hadana"]),
    "Al Izza": ("العزم", ["Al Azm", "El Azm"]),
}
# substring: registered word -> a short real word found inside its Latin (or Arabic) spelling
SUBSTRING = {
    "Assanabil": [("سنا", ["Sana"]), ("نبيل", ["Nabil"])],
    "Al Ibtissama": [("عصام", ["Issam"])],
    "Mimouna": [("منى", ["Mouna"])],
    "Hanane": [("هناء", ["Hana"])],
    "Arrayhana": [("هناء", ["Hana"])],
    "Arrachad": [("رشا", ["Racha"])],
    "Annassim": [("عاصم", ["Assim"])],
    "Arrimal": [("ريم", ["Rim"])],
}


def parse(block: str, kind: str) -> list[dict]:
    words = []
    for line in block.strip().splitlines():
        parts = line.split("|")
        ar, latin = parts[0], parts[1].split(",")
        word = {"ar": ar, "latin": latin, "kind": kind, "key": latin[0]}
        if len(parts) > 2:
            word["ar_bare"] = ar[2:]  # without ال
            word["latin_bare"] = parts[2]
        words.append(word)
    return words


REGISTERED_WORDS = (parse(AMAZIGH, "amazigh") + parse(ARABIC, "arabic") + parse(COMPOUNDS, "compound")
                    + parse(FIRST_NAMES, "first_name"))
NEW_POOL = parse(NEW_WORDS, "new")


def plain_word(ar: str, latin: list[str]) -> dict:
    return {"ar": ar, "latin": latin, "kind": "new", "key": latin[0]}


# --- places: (arabic, french, groups) --------------------------------------------------------------------
PLACES = """
تافراوت|Tafraout|souss
تارودانت|Taroudant|souss citrus
تالوين|Taliouine|souss saffron
تيزنيت|Tiznit|souss
أكلو|Aglou|souss coast
ماسة|Massa|souss coast
بيوكرى|Biougra|souss citrus
أيت ملول|Ait Melloul|souss citrus
أمسكروض|Amskroud|souss
تمري|Tamri|souss coast thuya
إمسوان|Imsouane|souss coast
تغازوت|Taghazout|souss coast
أورير|Aourir|souss coast
تازناخت|Taznakht|souss saffron carpet
طاطا|Tata|souss oasis
أقا|Akka|souss oasis
فم زكيد|Foum Zguid|souss oasis
زاكورة|Zagora|draa oasis pottery
تنغير|Tinghir|draa oasis
قلعة مكونة|Kalaat M'Gouna|draa rose
بومالن دادس|Boumalne Dades|draa rose
ورزازات|Ouarzazate|draa
سكورة|Skoura|draa rose oasis
الريصاني|Rissani|draa oasis cumin
أرفود|Erfoud|draa oasis cumin
الرشيدية|Errachidia|draa oasis
كلميمة|Goulmima|draa oasis
أكدز|Agdz|draa oasis
مرزوكة|Merzouga|draa oasis
إملشيل|Imilchil|draa apple
ميدلت|Midelt|draa apple
الريش|Rich|draa apple
تنجداد|Tinejdad|draa oasis
ألنيف|Alnif|draa cumin
أسول|Assoul|draa
تازارين|Tazarine|draa cumin oasis
أمزميز|Amizmiz|haouz pottery
أسني|Asni|haouz apple
أوريكة|Ourika|haouz pottery
إمليل|Imlil|haouz
أيت أورير|Ait Ourir|haouz
شيشاوة|Chichaoua|haouz argan
الصويرة|Essaouira|haouz coast argan thuya
حد الدرا|Had Draa|haouz argan thuya
قلعة السراغنة|Kelaat Sraghna|haouz
تاملالت|Tamellalt|haouz
اليوسفية|Youssoufia|haouz caper
الشماعية|Chemaia|haouz caper
أزيلال|Azilal|atlas
دمنات|Demnate|atlas pottery
واويزغت|Ouaouizeght|atlas
بين الويدان|Bin El Ouidane|atlas
خنيفرة|Khenifra|atlas
أكلموس|Aguelmous|atlas
مريرت|Mrirt|atlas
القصيبة|El Ksiba|atlas
زاوية الشيخ|Zaouiat Cheikh|atlas
قصبة تادلة|Kasba Tadla|atlas plains
بني ملال|Beni Mellal|atlas plains
الفقيه بن صالح|Fquih Ben Salah|plains
أنركي|Anergui|atlas
خريبكة|Khouribga|plains
صفرو|Sefrou|atlas
إيموزار كندر|Imouzzer Kandar|atlas apple
إفران|Ifrane|atlas apple
أزرو|Azrou|atlas apple
الحاجب|El Hajeb|atlas
بولمان|Boulemane|atlas apple
المنزل|El Menzel|atlas
ميسور|Missour|atlas orient
مولاي يعقوب|Moulay Yacoub|atlas
تاونات|Taounate|north fig caper
غفساي|Ghafsai|north fig
تيسة|Tissa|north fig
تاهلة|Tahla|north fig
شفشاون|Chefchaouen|north fig pottery
باب برد|Bab Berred|north
باب تازة|Bab Taza|north
وزان|Ouazzane|north pottery
واد لاو|Oued Laou|north coast
مرتيل|Martil|north coast
العرائش|Larache|north coast
القصر الكبير|Ksar El Kebir|north plains
تارجيست|Targuist|north
إمزورن|Imzouren|north
الحسيمة|Al Hoceima|north coast
الفنيدق|Fnideq|north coast
جرسيف|Guercif|orient
تاوريرت|Taourirt|orient
بركان|Berkane|orient citrus
أحفير|Ahfir|orient
فجيج|Figuig|orient oasis
بوعرفة|Bouarfa|orient truffle
تندرارة|Tendrara|orient truffle
دبدو|Debdou|orient
جرادة|Jerada|orient truffle
زايو|Zaio|orient
الناظور|Nador|orient coast
الدريوش|Driouch|orient
مولاي بوسلهام|Moulay Bousselham|plains coast
سوق الأربعاء|Souk El Arbaa|plains citrus
سيدي سليمان|Sidi Slimane|plains citrus
الخميسات|Khemisset|plains truffle
تيفلت|Tiflet|plains
والماس|Oulmes|plains atlas
سطات|Settat|plains
ابن أحمد|Ben Ahmed|plains
برشيد|Berrechid|plains
بنسليمان|Benslimane|plains
الجديدة|El Jadida|plains coast seaweed
الوليدية|Oualidia|plains coast seaweed oyster
أزمور|Azemmour|plains coast seaweed
سيدي بنور|Sidi Bennour|plains
آسفي|Safi|plains coast pottery caper seaweed
كلميم|Guelmim|south camel
أسا|Assa|south camel oasis
طانطان|Tan-Tan|south coast camel
سيدي إفني|Sidi Ifni|south coast argan cactus
بويزكارن|Bouizakarne|south argan cactus
تغجيجت|Taghjijt|south cactus oasis
العيون|Laayoune|south coast camel
طرفاية|Tarfaya|south coast
بوجدور|Boujdour|south coast camel
الداخلة|Dakhla|south coast camel oyster
"""
PLACE_LIST = []
for _line in PLACES.strip().splitlines():
    _ar, _fr, _groups = _line.split("|")
    PLACE_LIST.append({"ar": _ar, "fr": _fr, "groups": set(_groups.split())})

# --- activities: arabic forms, french forms ("+" marks an adjective, written right after the kind), sector,
# where it is found (place groups) ----------------------------------------------------------------------
ACTIVITIES = {
    "argan": (["للأركان", "لإنتاج زيت الأركان", "لزيت أركان"],
              ["d'argane", "de l'huile d'argan", "+arganière", "pour la production d'huile d'argane"], "agri", "argan souss"),
    "couscous": (["للكسكس", "لإنتاج الكسكس", "للكسكس والعجائن"],
                 ["de couscous", "de production de couscous", "de couscous et pâtes"], "food", "*"),
    "honey": (["لإنتاج العسل", "لتربية النحل", "للعسل"],
              ["+apicole", "de miel", "des apiculteurs", "d'apiculture"], "agri", "atlas haouz souss north orient"),
    "olive": (["لزيت الزيتون", "لعصر الزيتون", "للزيتون"],
              ["+oléicole", "d'huile d'olive", "des olives"], "agri", "atlas haouz north orient plains"),
    "milk": (["للحليب", "لجمع الحليب", "للحليب ومشتقاته"],
             ["+laitière", "de collecte de lait", "du lait"], "agri", "plains atlas orient north"),
    "carpet": (["لنسج الزرابي", "للزرابي", "للنسيج"],
               ["de tissage de tapis", "de tapis", "de tissage"], "craft", "atlas draa haouz orient carpet"),
    "dates": (["للتمور", "لتثمين التمور", "للتمر"],
              ["des dattes", "de dattes", "+phoenicicole", "de valorisation des dattes"], "agri", "oasis"),
    "saffron": (["للزعفران", "لإنتاج الزعفران"], ["de safran", "du safran", "de production de safran"], "agri", "saffron"),
    "rose": (["للورد العطري", "لتقطير الورد", "للورد"],
             ["de la rose", "des roses", "de distillation de roses"], "agri", "rose"),
    "cactus": (["للصبار", "لتثمين الصبار", "للهندية"],
               ["de cactus", "de figue de barbarie", "du cactus"], "agri", "cactus caper"),
    "fishing": (["للصيد البحري", "لصيد الأسماك", "للصيد التقليدي"],
                ["de pêche", "de pêche artisanale", "des marins pêcheurs"], "fish", "coast"),
    "seaweed": (["لجمع الطحالب", "للطحالب البحرية"],
                ["des algues", "de récolte des algues marines", "de ramassage d'algues"], "fish", "seaweed"),
    "goat": (["لتربية الماعز", "لتربية المواشي", "للماعز"],
             ["d'élevage caprin", "d'élevage", "des éleveurs de chèvres"], "agri", "atlas haouz souss north"),
    "sheep": (["لتربية الأغنام", "للمواشي", "لتربية الماشية"],
              ["d'élevage ovin", "des éleveurs", "d'élevage de moutons"], "agri", "orient atlas plains draa"),
    "poultry": (["لتربية الدواجن", "للدواجن", "للدجاج البلدي"],
                ["+avicole", "d'aviculture", "de poulet beldi"], "agri", "atlas haouz souss north orient plains draa"),
    "pottery": (["للفخار", "لصناعة الفخار", "للخزف"], ["de poterie", "de céramique", "des potiers"], "craft", "pottery"),
    "thuya": (["لخشب العرعار", "للنجارة", "للصناعة الخشبية"],
              ["du bois de thuya", "de menuiserie", "de marqueterie"], "craft", "thuya"),
    "leather": (["للصناعة الجلدية", "للجلد", "للبلغة"], ["de maroquinerie", "du cuir", "de babouches"], "craft",
                "north plains haouz"),
    "tourism": (["للسياحة القروية", "للسياحة الجبلية", "للسياحة التضامنية"],
                ["d'écotourisme", "de tourisme rural", "de tourisme solidaire"], "service", "draa atlas haouz north south"),
    "pam": (["للنباتات العطرية والطبية", "للأعشاب الطبية", "للنباتات العطرية"],
            ["des plantes aromatiques et médicinales", "de PAM", "des herbes aromatiques"], "agri",
            "orient atlas north haouz souss"),
    "almond": (["للوز", "لإنتاج اللوز"], ["d'amandes", "des amandes", "de production d'amandes"], "agri",
               "souss haouz atlas draa"),
    "amlou": (["لأملو", "لإنتاج أملو"], ["d'amlou", "de production d'amlou"], "food", "souss haouz argan"),
    "caper": (["للكبار", "لإنتاج الكبار"], ["de câpres", "des câpres"], "agri", "caper"),
    "embroidery": (["للطرز", "للطرز والخياطة", "للخياطة"], ["de broderie", "de couture et broderie", "de couture"],
                   "craft", "*"),
    "pastry": (["للحلويات", "للحلويات التقليدية", "للفطائر"],
               ["de pâtisserie", "de pâtisserie traditionnelle", "de gâteaux"], "food", "*"),
    "cheese": (["للجبن", "لإنتاج الجبن", "للأجبان"], ["+fromagère", "de fromage", "de fromage de chèvre"], "food",
               "north atlas"),
    "apple": (["للتفاح", "لإنتاج التفاح"], ["de pommes", "des pommes", "+arboricole"], "agri", "apple"),
    "cumin": (["للكمون", "لإنتاج الكمون"], ["de cumin", "du cumin"], "agri", "cumin"),
    "camel": (["لحليب النوق", "لتربية الإبل", "للإبل"], ["de lait de chamelle", "+cameline", "d'élevage camelin"],
              "agri", "camel"),
    "henna": (["للحناء", "لإنتاج الحناء"], ["de henné", "du henné"], "agri", "oasis"),
    "basket": (["للدوم", "لصناعة الدوم", "للسلالة"], ["de vannerie", "du doum", "de vannerie en doum"], "craft",
               "plains haouz orient"),
    "cosmetic": (["لمستحضرات التجميل", "للصابون البلدي", "للتجميل الطبيعي"],
                 ["de cosmétiques naturels", "de savon beldi", "des produits cosmétiques"], "craft", "*"),
    "services": (["للخدمات", "للخدمات الفلاحية", "للخدمات والنقل"],
                 ["de services", "de services agricoles", "de services et transport"], "service", "*"),
    "truffle": (["للترفاس", "لجمع الترفاس"], ["de truffes", "de truffe du désert"], "agri", "truffle"),
    "walnut": (["للجوز", "لإنتاج الجوز"], ["de noix", "des noix"], "agri", "atlas apple"),
    "rabbit": (["لتربية الأرانب", "للأرانب"], ["+cunicole", "d'élevage de lapins"], "agri", "plains atlas"),
    "citrus": (["للحوامض", "لإنتاج الحوامض"], ["+agrumicole", "des agrumes", "d'agrumes"], "agri", "citrus"),
    "carob": (["للخروب", "لجمع الخروب"], ["de caroube", "du caroubier"], "agri", "atlas haouz souss"),
    "fig": (["للتين", "للتين المجفف", "لإنتاج التين"], ["de figues", "des figues sèches", "des figues"], "agri", "fig"),
    "oyster": (["لتربية المحار", "للمحار"], ["+ostréicole", "d'huîtres", "d'ostréiculture"], "fish", "oyster"),
    "vegetables": (["للخضر", "لإنتاج الخضروات"], ["+maraîchère", "de légumes", "des primeurs"], "agri", "plains souss"),
    "cereals": (["للحبوب", "للبذور"], ["+céréalière", "de semences", "des céréales"], "agri", "plains orient"),
}
DEV_AR = ["للتنمية", "للتنمية والتعاون", "للتنمية القروية", "للتنمية المستدامة"]
DEV_FR = ["pour le développement", "de développement", "pour le développement rural", "de développement durable"]
SECTOR_ADJ = {"agri": ("الفلاحية", "agricole"), "craft": ("الحرفية", "artisanale")}
KINDS = {  # arabic, arabic with article, french
    "cooperative": ("تعاونية", "التعاونية", "Coopérative"),
    "association": ("جمعية", "الجمعية", "Association"),
    "union": ("اتحاد تعاونيات", "اتحاد تعاونيات", "Union des coopératives"),
    "gie": ("مجموعة ذات النفع الاقتصادي", "مجموعة ذات النفع الاقتصادي", "GIE"),
}


def places_for(activity: str) -> list[dict]:
    where = ACTIVITIES[activity][3]
    if where == "*":
        return PLACE_LIST
    groups = set(where.split())
    return [p for p in PLACE_LIST if p["groups"] & groups]


def activities_for(place: dict) -> list[str]:
    return [a for a in ACTIVITIES if place in places_for(a)]


# --- rendering ------------------------------------------------------------------------------------------
ARABIC_RE = re.compile("[\u0600-\u06ff]")


def is_arabic(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    return sum(bool(ARABIC_RE.match(ch)) for ch in letters) > len(letters) / 2


def attach_b(place_ar: str) -> str:
    return "ب" + place_ar


def render(o: dict) -> str:  # noqa: C901 — one branch per kind of change
    """An organisation's name from its parameters (a dict, see make_org)."""
    word = o["word"]
    if o["script"] == "ar":
        parts = []
        kind_plain, kind_article, _ = KINDS[o["kind"]]
        word_text = o.get("word_ar") or (word["ar_bare"] if o.get("bare") and "ar_bare" in word else word["ar"])
        women = {"nisw": "النسوية", "nisa": "النسائية"}.get(o["women"]) if o["women"] else None
        adj = SECTOR_ADJ[ACTIVITIES[o["act"]][2]][0] if o["kadj"] and ACTIVITIES[o["act"]][2] in SECTOR_ADJ else None
        act = ACTIVITIES[o["act"]][0][o["act_form"] % len(ACTIVITIES[o["act"]][0])] if o["act_shown"] else None
        if o["order"] == "women_first" and women and o["kind"] in ("cooperative", "association"):
            head = [kind_article, women] + ([adj] if adj else []) + [word_text]
            women = None
        else:
            head = [kind_article if (adj or o["kind_article"]) else kind_plain] + ([adj] if adj else []) + [word_text]
        if o["order"] == "act_first" and act:
            head = head[:-1] + [act, word_text]
            act = None
        parts += head
        if women:
            parts.append(women)
        if o["solidaire"]:
            parts.append("التضامنية")
        if act:
            parts.append(act)
        if o["dev"]:
            parts.append(DEV_AR[o["dev_form"] % len(DEV_AR)])
        if o["place_shown"]:
            place = o["place"]["ar"]
            parts.append({"prep": attach_b(place), "plain": place, "dash": "- " + place}[o["place_form"]])
        return " ".join(parts)
    # latin
    kind_fr = KINDS[o["kind"]][2]
    if o.get("abbrev") and o["kind"] == "cooperative":
        kind_fr = "Coop."
    if o.get("word_latin"):
        word_text = o["word_latin"]
    elif o.get("bare") and "latin_bare" in word:
        word_text = word["latin_bare"]
    else:
        word_text = word["latin"][o["spelling"] % len(word["latin"])]
    forms = ACTIVITIES[o["act"]][1]
    act = forms[o["act_form"] % len(forms)] if o["act_shown"] else None
    if act and act.startswith("+") and o["kind"] in ("union", "gie"):
        act = next(f for f in forms if not f.startswith("+"))
    if act and o.get("fr_article"):
        act = swap_article(act)
    adjective = act[1:] if act and act.startswith("+") else None
    if adjective:
        act = None
    sector = SECTOR_ADJ.get(ACTIVITIES[o["act"]][2])
    kadj = sector[1] if o["kadj"] and sector and not adjective else None
    women_fem = o["women"] == "nisw"
    parts = [kind_fr]
    front = [x for x in (kadj, adjective) if x]
    if o["solidaire"]:
        front.append("solidaire")
    if women_fem and o["kind"] in ("cooperative", "association"):
        front.append("féminine")
    if o["order"] == "women_first" and front:  # adjectives after the word instead
        tail_adjs, front = front, []
    else:
        tail_adjs = []
    parts += front
    if o["order"] == "act_first" and act:
        parts += [act, word_text]
        act = None
    else:
        parts.append(word_text)
    parts += tail_adjs
    if o["women"] == "nisa" or (o["women"] == "nisw" and o["kind"] not in ("cooperative", "association")):
        parts.append("des femmes")
    if act:
        parts.append(act)
    if o["dev"]:
        dev_form = o["dev_form"] % len(DEV_FR)
        if parts[-1] != word_text and dev_form % 2:  # "X de couscous de développement" reads badly
            dev_form -= 1
        parts.append(DEV_FR[dev_form])
    if o["place_shown"]:
        place = o["place"]["fr"]
        if o["place_form"] == "prep":
            parts.append(("d'" if place[0] in "AEIOUaeiou" else "de ") + place)
        elif o["place_form"] == "dash":
            parts.append("- " + place)
        else:
            parts.append(place)
    return " ".join(parts).replace("d' ", "d'")


MASCULINE = {"couscous", "miel", "lait", "safran", "cactus", "henné", "cumin", "fromage", "poulet", "tissage",
             "cuir", "doum", "bois", "caroubier", "tourisme", "sel"}
FEMININE = {"pâtisserie", "broderie", "couture", "poterie", "céramique", "maroquinerie", "vannerie", "menuiserie",
            "marqueterie", "pêche", "caroube", "collecte", "distillation", "valorisation", "récolte", "production",
            "truffe", "figue"}


def swap_article(act: str) -> str:
    """French article said otherwise: d'argane <-> de l'argane, de miel <-> du miel, de tapis <-> des tapis,
    de poterie <-> de la poterie. Unchanged when unsure of the noun's gender."""
    prefix = "+" if act.startswith("+") else ""
    body = act[len(prefix):]
    if prefix:
        return act
    for old, new in (("de l'", "d'"), ("d'", "de l'"), ("de la ", "de "), ("des ", "de "), ("du ", "de ")):
        if body.startswith(old):
            return new + body[len(old):]
    if body.startswith("de "):
        noun = body[3:].split()[0]
        if noun in MASCULINE:
            return "du " + body[3:]
        if noun in FEMININE:
            return "de la " + body[3:]
        if noun.endswith(("s", "x")):
            return "des " + body[3:]
    return act


# --- respelling and typos --------------------------------------------------------------------------------
def respell_latin(text: str, rng: random.Random) -> str:
    """Another French transliteration of a word, by the usual variations."""
    rules = [(r"ou(?=[aeiy])", "w"), (r"w(?=[aeiy])", "ou"), (r"kh", "x"), (r"gh", "r"), (r"gh", "rh"), (r"([bdfklmnrstz])\1", r"\1"),
             (r"(?<=[aeiou])([bdfklmnrstz])(?=[aeiou])", r"\1\1"), (r"e", "a"), (r"a(?=[^aeiou]*$)", "e"),
             (r"^Ait ", "Aït "), (r"^Aït ", "Ait "), (r"q", "k"), (r"k", "q"), (r"ch", "sh"), (r"^Al ", "El "),
             (r"^El ", "Al "), (r"i$", "y"), (r"ane$", "an"), (r"an$", "ane")]
    rng.shuffle(rules)
    for pattern, repl in rules:
        out = re.sub(pattern, repl, text, count=1, flags=0)
        if out != text and out.lower() != text.lower():
            return out
    return text


def respell_arabic(text: str, rng: random.Random, amazigh: bool) -> str:
    rules = ([("ك", "ڭ"), ("ك", "گ")] if amazigh else []) + [("أ", "ا"), ("إ", "ا"), ("ة$", "ه"), ("ى$", "ي"), ("^أيت ", "آيت "),
             ("^أيت ", "ايت "), ("يو", "و"), ("(?<=ت)و", "ا"), ("ي(?=[^ ]{2,})", "")]
    rng.shuffle(rules)
    for pattern, repl in rules[:]:
        out = re.sub(pattern, repl, text, count=1)
        if out != text:
            return out
    return text


NEARBY = {"a": "ez", "e": "ar", "i": "uo", "o": "ui", "u": "io", "r": "et", "t": "ry", "s": "dz", "d": "sf",
          "n": "bm", "m": "n", "l": "k", "k": "lj", "h": "gj", "b": "vn", "g": "hf", "f": "dg", "z": "se",
          "c": "xv", "j": "hk", "y": "ti", "q": "a", "w": "q", "x": "c", "v": "b", "p": "o"}
AR_NEAR = {"ب": "ت", "ت": "ث", "ث": "ت", "ن": "ت", "ج": "ح", "ح": "خ", "خ": "ح", "د": "ذ", "ذ": "د", "ر": "ز",
           "ز": "ر", "س": "ش", "ش": "س", "ص": "ض", "ض": "ص", "ط": "ظ", "ع": "غ", "غ": "ع", "ف": "ق", "ق": "ف",
           "ه": "ة", "ل": "ك", "ك": "ل", "م": "ن", "ي": "ب", "و": "ر"}


def typo(word: str, rng: random.Random) -> str:
    """One letter wrong in a word: dropped, doubled, or replaced by a neighbour."""
    arabic_word = bool(ARABIC_RE.search(word))
    for _ in range(20):
        i = rng.randrange(1, len(word) - 1)
        ch = word[i]
        if not ch.isalpha():
            continue
        op = rng.choice(["drop", "double", "near"])
        if op == "drop":
            out = word[:i] + word[i + 1:]
        elif op == "double":
            if arabic_word and ch not in "اوي":  # in Arabic script a doubled consonant is not a usual slip
                continue
            out = word[:i] + ch + word[i:]
        else:
            near = AR_NEAR.get(ch) if arabic_word else NEARBY.get(ch.lower())
            if not near:
                continue
            out = word[:i] + rng.choice(near) + word[i + 1:]
        if out != word:
            return out
    return word[:-1]


# --- the set ---------------------------------------------------------------------------------------------
def make_org(rng: random.Random, word: dict, act: str | None = None, place: dict | None = None,
             script: str | None = None, kind: str | None = None) -> dict:
    kind = kind or rng.choices(["cooperative", "association", "union", "gie"], [62, 24, 7, 7])[0]
    act = act or rng.choice(list(ACTIVITIES))
    place = place or rng.choice(places_for(act))
    women_p = 0.45 if act in ("argan", "couscous", "embroidery", "pastry", "carpet", "cosmetic", "amlou",
                              "pam", "rose", "saffron", "basket") else 0.15
    association = kind == "association"
    o = {
        "kind": kind, "word": word, "act": act, "place": place,
        "script": script or rng.choice(["ar", "latin"]),
        "women": rng.choice(["nisw", "nisw", "nisa"]) if rng.random() < women_p and kind != "union" else None,
        "kadj": kind == "cooperative" and rng.random() < 0.15,
        "act_shown": rng.random() < (0.35 if association else 0.85),
        "act_form": rng.randrange(3) if rng.random() < 0.3 else 0,
        "dev": False, "dev_form": rng.randrange(4),
        "place_shown": rng.random() < 0.45, "place_form": rng.choice(["plain", "plain", "prep", "dash"]),
        "spelling": 0 if rng.random() < 0.7 else rng.randrange(len(word["latin"])),
        "order": None, "kind_article": False, "solidaire": False, "bare": False,
    }
    if association and rng.random() < 0.75:
        o["dev"] = True
        o["act_shown"] = o["act_shown"] and rng.random() < 0.3
    return o


VARIANT_OPS = ["script", "translit", "generic", "activity", "article", "typo", "order", "place"]


def apply_op(op: str, o: dict, rng: random.Random, shared: bool) -> dict | None:  # noqa: C901 — one branch per kind of change
    """The organisation's parameters written otherwise by one kind of change, or None when it does not apply."""
    v = dict(o)
    word = o["word"]
    if op == "script":
        v["script"] = "latin" if o["script"] == "ar" else "ar"
        v["spelling"] = rng.randrange(len(word["latin"]))
        v["act_form"] = rng.randrange(3)
        v.pop("word_ar", None)
        v.pop("word_latin", None)
        return v
    if op == "translit":
        if o["script"] == "latin":
            current = render_word(o)
            others = [s for s in word["latin"] if s != current and not o.get("bare")]
            if others and rng.random() < 0.7:
                v["word_latin"] = rng.choice(others)
            else:
                v["word_latin"] = respell_latin(current, rng)
            return v if v["word_latin"] != current and v["word_latin"].lower() not in FORBIDDEN_TOKENS else None
        current = render_word(o)
        v["word_ar"] = respell_arabic(current, rng, word["kind"] in ("amazigh", "compound"))
        return v if v["word_ar"] != current else None
    if op == "generic":
        choices = []
        if o["women"]:
            choices += ["drop_women", "translate_women"]
        if o["dev"]:
            choices.append("drop_dev")
        else:
            choices.append("add_dev")
        if not o["solidaire"]:
            choices.append("add_solidaire")
        if ACTIVITIES[o["act"]][2] in SECTOR_ADJ and o["kind"] == "cooperative":
            choices.append("toggle_kadj")
        if o["script"] == "latin" and o["kind"] == "cooperative":
            choices.append("abbrev")
        c = rng.choice(choices)
        if c == "drop_women":
            v["women"] = None
        elif c == "translate_women":
            v["women"] = "nisa" if o["women"] == "nisw" else "nisw"
        elif c == "drop_dev":
            v["dev"] = False
        elif c == "add_dev":
            v["dev"], v["dev_form"] = True, rng.randrange(4)
        elif c == "add_solidaire":
            v["solidaire"] = True
        elif c == "toggle_kadj":
            v["kadj"] = not o["kadj"]
        elif c == "abbrev":
            v["abbrev"] = True
        return v
    if op == "activity":
        choices = ["other_form"]
        if o["act_shown"] and not shared:
            choices.append("drop")
        if not o["act_shown"]:
            choices = ["add"]
        c = rng.choice(choices)
        if c == "drop":
            v["act_shown"] = False
        elif c == "add":
            v["act_shown"] = True
        else:
            forms = ACTIVITIES[o["act"]][0 if o["script"] == "ar" else 1]
            others = [i for i in range(len(forms)) if i != o["act_form"] % len(forms)]
            v["act_form"] = rng.choice(others)
        return v
    if op == "article":
        if "ar_bare" in word and not o.get("word_ar") and not o.get("word_latin"):
            v["bare"] = not o["bare"]
            return v
        if o["script"] == "latin" and o["act_shown"]:
            forms = ACTIVITIES[o["act"]][1]
            act = forms[o["act_form"] % len(forms)]
            if swap_article(act) != act:
                v["fr_article"] = not o.get("fr_article")
                return v
        return None
    if op == "order":
        choices = []
        if o["act_shown"] and o["order"] != "act_first" and o["script"] == "latin":
            choices.append("act_first")
        if o["women"] and o["kind"] in ("cooperative", "association"):
            choices.append(None if o["order"] == "women_first" else "women_first")
        if o["script"] == "latin" and (o["kadj"] or o["solidaire"] or ACTIVITIES[o["act"]][1][
                o["act_form"] % len(ACTIVITIES[o["act"]][1])].startswith("+")) and o["act_shown"]:
            choices.append("women_first")
        if o["order"]:
            choices.append(None)
        if not choices:
            return None
        v["order"] = rng.choice(choices)
        return v if v["order"] != o["order"] else None
    if op == "place":
        v["place_shown"] = not o["place_shown"]
        if v["place_shown"]:
            v["place_form"] = rng.choice(["plain", "prep", "dash"])
        return v
    raise ValueError(op)


def render_word(o: dict) -> str:
    word = o["word"]
    if o["script"] == "ar":
        return o.get("word_ar") or (word["ar_bare"] if o.get("bare") and "ar_bare" in word else word["ar"])
    if o.get("word_latin"):
        return o["word_latin"]
    if o.get("bare") and "latin_bare" in word:
        return word["latin_bare"]
    return word["latin"][o["spelling"] % len(word["latin"])]


def typo_name(o: dict, rng: random.Random) -> str | None:
    """The name with a one-letter typo in its longest long word, the distinctive word first."""
    name = render(o)
    word = render_word(o)
    tokens = [t for t in word.split() if len(t) >= 5]
    if not tokens:
        tokens = [t for t in name.split() if len(t) >= 7 and t not in GENERIC_TOKENS]
    if not tokens:
        return None
    token = max(tokens, key=len)
    wrong = typo(token, rng)
    if wrong == token or wrong.lower() in FORBIDDEN_TOKENS:
        return None
    return name.replace(token, wrong, 1)


FORBIDDEN_TOKENS = set()
GENERIC_TOKENS = {"Coopérative", "Association", "coopératives", "تعاونية", "التعاونية", "تعاونيات", "الجمعية"}


def main() -> None:  # noqa: C901 — one branch per kind of change
    rng = random.Random(SEED)
    demo_words = demo_vocabulary()
    for w in REGISTERED_WORDS + NEW_POOL:
        for spelling in [w["ar"], *w["latin"]]:
            assert spelling.lower() not in demo_words, spelling
    for w in NEW_POOL:
        FORBIDDEN_TOKENS.update(s.lower() for s in w["latin"])
    for _ar, latins in SIMILAR.values():
        FORBIDDEN_TOKENS.update(s.lower() for s in latins)

    # organisations: every word once, then again for the words that need more rows, up to ORGANISATIONS
    words = list(REGISTERED_WORDS)
    rng.shuffle(words)
    by_key = {w["key"]: w for w in words}
    extra = [by_key[k] for k in list(SIMILAR) + list(SUBSTRING)]
    common = [w for w in words if w["kind"] == "arabic"] * 2 + [w for w in words if w["kind"] != "arabic"]
    while len(words) + len(extra) < ORGANISATIONS:
        w = rng.choice(common)
        if sum(x is w for x in words + extra) < (3 if w["kind"] == "arabic" else 2):
            extra.append(w)
    words += extra
    rng.shuffle(words)
    uses = Counter(w["key"] for w in words)
    orgs, seen_names, acts_of = [], set(), defaultdict(set)
    for w in words:
        shared = uses[w["key"]] > 1
        for _ in range(100):
            o = make_org(rng, w)
            if shared:  # a word registered twice: two different products, both shown
                o["act_shown"] = True
                if o["act"] in acts_of[w["key"]]:
                    continue
            name = render(o)
            if name not in seen_names:
                final(o)
                break
        acts_of[w["key"]].add(o["act"])
        o["shared"] = shared
        o["name"] = name
        seen_names.add(name)
        orgs.append(o)
    registered_names = {o["name"] for o in orgs}

    rows = []
    variant_cycle = VARIANT_OPS + ["combo", "combo"]
    new_cycle = ["other_word", "same_place", "same_product", "other_script", "unrelated"]
    vi = ni = 0
    for index, o in enumerate(orgs):
        split = "tune" if index % 2 == 0 else "holdout"
        n_var = rng.choice([1, 2, 2, 2, 3])
        n_new = rng.choice([1, 2, 2, 2, 3])
        made = set()
        for _ in range(n_var):
            for _attempt in range(30):
                category = variant_cycle[vi % len(variant_cycle)]
                vi += 1
                name = make_variant(category, o, rng)
                if name and name not in registered_names and name not in made and name != o["name"]:
                    made.add(name)
                    rows.append([split, "variant", category, script_of(name, o["name"]), name, o["name"]])
                    break
        new_categories = []
        if o["word"]["key"] in SIMILAR:
            new_categories += ["similar_word"] * rng.choice([1, 2])
        if o["word"]["key"] in SUBSTRING:
            new_categories += ["substring"] * rng.choice([1, 2])
        while len(new_categories) < n_new:
            category = new_cycle[ni % len(new_cycle)]
            ni += 1
            if (category == "same_place" and not o["place_shown"]) or (
                    category == "same_product" and not o["act_shown"]):
                continue
            new_categories.append(category)
        for category in new_categories:
            for _attempt in range(30):
                name = make_new(category, o, rng)
                if name and name not in registered_names and name not in made:
                    made.add(name)
                    rows.append([split, "new", category, script_of(name, o["name"]), name, o["name"]])
                    break

    # a new name must never be written exactly like a variant of another organisation
    variant_names = {r[4] for r in rows if r[1] == "variant"}
    rows = [r for r in rows if r[1] == "variant" or r[4] not in variant_names]

    OUT.parent.mkdir(parents=True, exist_ok=True)
    # Through the project's file writer, as every CSV it makes (formula-like cells neutralised).
    from tadamon.common.files import csv_lines

    OUT.write_text("".join(csv_lines([["split", "label", "category", "script", "name", "registered"], *rows])),
                   encoding="utf-8", newline="")
    used = sorted(USED_PLACES, key=lambda p: p[1])
    PLACES_OUT.write_text("".join(csv_lines([["place_ar", "place_fr"], *used])), encoding="utf-8", newline="")
    counts = Counter((r[1], r[2]) for r in rows)
    print(f"{len(orgs)} organisations, {len(rows)} rows -> {OUT.relative_to(ROOT)}; "
          f"{len(used)} places -> {PLACES_OUT.relative_to(ROOT)}")
    for key in sorted(counts):
        print(f"  {key[0]:8} {key[1]:14} {counts[key]}")


USED_PLACES = set()


def final(o: dict) -> str:
    if o["place_shown"]:
        USED_PLACES.add((o["place"]["ar"], o["place"]["fr"]))
    return render(o)


def script_of(name: str, registered: str) -> str:
    a, b = is_arabic(name), is_arabic(registered)
    if a != b:
        return "mixed"
    return "arabic" if a else "latin"


def make_variant(category: str, o: dict, rng: random.Random) -> str | None:
    shared = o["shared"]
    if category == "typo":
        final(o)
        return typo_name(o, rng)
    if category == "combo":
        first, second = rng.sample(VARIANT_OPS, 2)
        if "typo" in (first, second):
            other = second if first == "typo" else first
            v = apply_op(other, o, rng, shared)
            if v is None:
                return None
            final(v)
            return typo_name(v, rng)
        v = apply_op(first, o, rng, shared)
        v = v and apply_op(second, v, rng, shared)
        if v is None or (not v["act_shown"] and not v["place_shown"] and not v["dev"] and shared):
            return None
        return final(v)
    v = apply_op(category, o, rng, shared)
    return final(v) if v else None


def new_word(rng: random.Random) -> dict:
    return rng.choice(NEW_POOL)


def make_new(category: str, o: dict, rng: random.Random) -> str | None:  # noqa: C901 — one branch per kind of change
    n = dict(o)
    for key in ("word_ar", "word_latin", "bare", "fr_article", "abbrev"):
        n.pop(key, None)
    if category == "similar_word":
        ar, latins = SIMILAR[o["word"]["key"]]
        n["word"] = plain_word(ar, latins)
        n["spelling"] = rng.randrange(len(latins))
        if rng.random() < 0.35:
            n["script"] = "latin" if o["script"] == "ar" else "ar"
        if rng.random() < 0.3:
            n["act_shown"] = not o["act_shown"]
        return final(n)
    if category == "substring":
        ar, latins = rng.choice(SUBSTRING[o["word"]["key"]])
        n["word"] = plain_word(ar, latins)
        n["spelling"] = 0
        n["script"] = "latin" if rng.random() < 0.75 else "ar"
        if rng.random() < 0.5:
            n["act"] = rng.choice(activities_for(o["place"]))
            n["act_form"] = 0
        return final(n)
    n["word"] = new_word(rng)
    n["spelling"] = rng.randrange(len(n["word"]["latin"]))
    if category == "other_word":
        return final(n)
    if category == "same_place":
        n["place_shown"] = True
        others = [a for a in activities_for(o["place"]) if a != o["act"]]
        n["act"] = rng.choice(others) if others else o["act"]
        n["act_form"] = 0
        n["kind"] = rng.choice(["cooperative", "cooperative", "association", o["kind"]])
        n["dev"] = n["kind"] == "association" and rng.random() < 0.6
        return final(n)
    if category == "same_product":
        n["act_shown"] = True
        n["place"] = rng.choice(places_for(o["act"]))
        n["place_shown"] = rng.random() < 0.5
        n["women"] = rng.choice([None, None, "nisw"])
        return final(n)
    if category == "other_script":
        n["script"] = "latin" if o["script"] == "ar" else "ar"
        return final(n)
    if category == "unrelated":
        u = make_org(rng, n["word"])
        return final(u)
    raise ValueError(category)


def demo_vocabulary() -> set[str]:
    """Every distinctive word of the synthetic registry, in both scripts (lower case)."""
    sys.path.insert(0, str(ROOT))
    from tadamon.demo import names

    out = set()
    for table in (names.FEMALE_FIRST, names.MALE_FIRST, names.LAST, names.COOPERATIVE_WORDS):
        for ar, latin in table:
            out.add(ar.lower())
            out.add(latin.lower())
    return out


if __name__ == "__main__":
    main()
