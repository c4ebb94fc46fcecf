"""A labelled set for the name-certificate check: names to check, each with a registered name.

Every row is a name an officer would check (`name`) and a registered name (`registered`):
- label "variant": the same organisation written another way (other script, other
  transliteration, generic or activity words added, dropped or translated, the article, a
  one-letter typo in a long word, another word order). The check must rank `registered` first
  and flag it (close or clash).
- label "new": a different organisation that looks like `registered` (another distinctive word of
  similar letters with the same generic, product and place words; a short word found inside a
  longer unrelated name; a near-homophone that is another name; the same place). The check must
  not flag it, nor anything else in the registry.

Names are built as Moroccan cooperatives and associations name themselves: kind, distinctive
word(s) (Amazigh or Arabic, in Arabic script or a French transliteration), women's, what they do,
the place. Words that are registered (in originals and look-alikes) and words only ever checked are
kept apart, so that a "new" name is new against the whole registry. The names of the synthetic
registry (tadamon/demo/names.py COOPERATIVE_WORDS) are registered words too: a checked name may
sound like one of them but never uses one.

Half the rows (alternate organisations) are for tuning, half held out (`split`). Deterministic:
.venv/bin/python benchmarks/name_pairs.py  -> benchmarks/data/name_eval.csv"""

import csv
import random
import re
import sys
import unicodedata
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "benchmarks" / "data" / "name_eval.csv"
sys.path.insert(0, str(ROOT))

from tadamon.demo.names import COOPERATIVE_WORDS  # noqa: E402

SEED = 2026

# Distinctive words: Arabic spelling, then Latin spellings as people write them (first = usual).
WORDS = [
    # Amazigh
    ("تيويزي", "Tiwizi", "Tiouizi", "Tiwizy"), ("تودرت", "Toudert", "Tudert"), ("أمودو", "Amoudou", "Amudu"),
    ("تامينوت", "Tamaynout", "Tamainout", "Tamaynut"), ("إزلي", "Izli", "Izly"), ("تيفيناغ", "Tifinagh", "Tifinag"),
    ("أغروم", "Aghroum", "Arhroum", "Aghrum"), ("أيور", "Ayour", "Ayur"), ("تاسوتا", "Tasouta", "Tassouta"),
    ("تيزيري", "Tiziri", "Tizeri", "Tiziry"), ("أمناي", "Amnay", "Amenay"), ("أنزار", "Anzar", "Anzare"),
    ("تيليلي", "Tilelli", "Tilelly", "Tileli"), ("أفولكي", "Afoulki", "Afoulky", "Afulki"),
    ("تانميرت", "Tanmirt", "Tanemmirt", "Tanmirte"), ("أزول", "Azoul", "Azul"), ("تيمليليت", "Timlilit", "Timlilite"),
    ("إيدير", "Idir", "Iddir"), ("أمدياز", "Amdyaz", "Amedyaz"), ("تافسوت", "Tafsout", "Tafssout", "Tafsut"),
    ("تازيري", "Taziri", "Tazirri"), ("أوال", "Awal", "Aoual"), ("تامازيرت", "Tamazirt", "Tamazirte"),
    ("أودادن", "Oudaden", "Oudadene"), ("تيغالين", "Tighaline", "Tirhaline", "Tighalin"),
    ("إيمولا", "Imoula", "Imula"), ("تيدار", "Tidar", "Tiddar"), ("أسافو", "Asafou", "Assafou"),
    ("تيفراز", "Tifraz", "Tifraze"), ("تامسنا", "Tamesna", "Tamsna"), ("تيفاوت", "Tifaout", "Tifawt"),
    ("أمغناس", "Amghnass", "Amrhnas"), ("إيناس", "Inass", "Ynas"), ("تاويزا", "Taouiza", "Tawiza"),
    ("أغبالين", "Aghbaline", "Arhbalin"), ("تيفلوت", "Tiflout", "Tiflut"), ("تاكنزا", "Taguenza", "Tagenza"),
    ("أسكلو", "Asklou", "Askelou"), ("تيرسال", "Tirsal", "Tirsale"), ("إمطاون", "Imtaoun", "Imtawn"),
    ("تانوكرا", "Tanoukra", "Tanoukera"), ("أزمور", "Azemmour", "Azmour"), ("أيدا", "Ayda", "Aida"),
    ("تيموزغا", "Timouzgha", "Timuzgha", "Timouzgha"), ("تاوسنا", "Taousna", "Tawsna"), ("أكرام", "Akram", "Agram"),
    ("تيكيوين", "Tikiouine", "Tikiwin"), ("إيغودار", "Ighoudar", "Irhoudar"), ("أمزوار", "Amzouar", "Amezwar"),
    ("تاغزوت", "Taghzout", "Tarhzout", "Taghazout"), ("إيسافن", "Issafen", "Isafen"), ("أكناري", "Aknari", "Akenari"),
    ("تاسكورت", "Taskourt", "Taskurt"), ("أفرا", "Afra", "Afrae"), ("تيسيلا", "Tissila", "Tisila"),
    ("أمالال", "Amalal", "Amallal"), ("تيليوا", "Tiliwa", "Tiliouwa"), ("إيمسكر", "Imsker", "Imesker"),
    ("تاساوت", "Tassaout", "Tasawt"), ("أنامر", "Anamer", "Anamr"), ("تيمزغيدا", "Timezguida", "Timzgida"),
    ("أوسمان", "Ousmane", "Usman"), ("تيغري", "Tighri", "Tirhri"), ("إيزم", "Izem", "Izm"),
    ("تالوست", "Taloust", "Talust"), ("أدرار", "Adrar", "Addrar"), ("تيرا", "Tira", "Tirra"),
    ("تاغلاست", "Taghlast", "Tarhlast"), ("أسيكا", "Assika", "Asika"), ("تيمدوكال", "Timdoukal", "Timdukal"),
    # Arabic
    ("الأمانة", "Al Amana", "El Amana", "Amana"), ("البركة", "Al Baraka", "Elbaraka", "Baraka"),
    ("الفلاح", "Al Falah", "El Fellah", "Falah"), ("النجاح", "Annajah", "En-Najah", "Najah"),
    ("الهدى", "Al Houda", "El Hoda", "Houda"), ("الرحمة", "Arrahma", "Errahma", "Rahma"),
    ("الصفاء", "Assafae", "Essafa", "Safa"), ("الإحسان", "Al Ihssane", "El Ihsane", "Ihssane"),
    ("الريحان", "Arrayhane", "Errihane", "Rayhane"), ("الزهور", "Azzouhour", "Ez-Zouhour", "Zouhour"),
    ("السلام", "Assalam", "Essalam", "Salam"), ("الكرامة", "Al Karama", "Elkarama", "Karama"),
    ("المحبة", "Al Mahabba", "El Mahaba", "Mahabba"), ("الوحدة", "Al Wahda", "El Ouahda", "Wahda"),
    ("الشروق", "Achourouk", "Echourouq", "Chourouk"), ("الفجر", "Al Fajr", "El Fajer", "Fajr"),
    ("النسيم", "Annassim", "En-Nassim", "Nassim"), ("الغد", "Al Ghad", "El Ghad", "Ghad"),
    ("الإشراق", "Al Ichrak", "El Ichraq", "Ichrak"), ("الأصالة", "Al Assala", "El Assala", "Assala"),
    ("الصمود", "Assoumoud", "Essoumoud", "Soumoud"), ("السنابل", "Assanabil", "Essanabil", "Sanabil"),
    ("الخيرات", "Al Khayrat", "El Khairat", "Khayrat"), ("البشرى", "Al Bouchra", "El Bochra", "Bouchra"),
    ("الينابيع", "Al Yanabii", "El Yanabia", "Yanabia"), ("الفردوس", "Al Firdaous", "El Ferdaous", "Firdaous"),
    ("النخلة", "Annakhla", "En-Nakhla", "Nakhla"), ("المنار", "Al Manar", "El Manar", "Manar"),
    ("الضياء", "Addiyae", "Ed-Diyaa", "Diyae"), ("الفضيلة", "Al Fadila", "El Fadila", "Fadila"),
    ("الإبداع", "Al Ibdae", "El Ibdaa", "Ibdae"), ("الإتقان", "Al Itqane", "El Itkane", "Itqane"),
    ("البستان", "Al Boustane", "El Bostane", "Boustane"), ("الحياة", "Al Hayat", "El Hayat", "Hayat"),
    ("الأمان", "Al Amane", "El Aman", "Amane"), ("الرضى", "Arrida", "Erreda", "Rida"),
    ("الوئام", "Al Wiam", "El Ouiam", "Wiam"), ("القمة", "Al Qimma", "El Kimma", "Qimma"),
    ("الجوهرة", "Al Jawhara", "El Jaouhara", "Jawhara"), ("النهضة", "Annahda", "En-Nahda", "Nahda"),
    ("الرشاد", "Arrachad", "Errachad", "Rachad"), ("الصداقة", "Assadaqa", "Essadaka", "Sadaqa"),
    ("الإيمان", "Al Imane", "El Imane", "Imane"), ("الريادة", "Arriyada", "Erriyada", "Riyada"),
    ("المروة", "Al Marwa", "El Maroua", "Marwa"), ("الندى", "Annada", "En-Nada", "Nada"),
    ("السعد", "Assaad", "Essaad", "Saad"), ("الكوثر", "Al Kawtar", "El Kaouthar", "Kawtar"),
    ("الإخاء", "Al Ikhae", "El Ikhaa", "Ikhae"), ("الواعدة", "Al Waida", "El Ouaida", "Waida"),
    ("التقدم", "Attaqaddoum", "Ettakadoum", "Taqaddoum"), ("الإنصاف", "Al Insaf", "El Insaf", "Insaf"),
    ("الشموع", "Achoumouaa", "Echoumoua", "Choumoua"), ("العزم", "Al Azm", "El Azm", "Azm"),
    ("اليقين", "Al Yaqine", "El Yakine", "Yaqine"), ("الوفاق", "Al Wifaq", "El Ouifak", "Wifaq"),
]

# Pairs of different names that sound or look alike (the first registered, the second checked).
LOOKALIKES = [
    (("تيزي", "Tizi"), ("تازي", "Tazi")), (("أزير", "Azir"), ("أزور", "Azour")),
    (("أكال", "Akal"), ("أكيل", "Akil")), (("أمالو", "Amalou"), ("أمالي", "Amali")),
    (("تيليلا", "Tilila"), ("تيلالي", "Tilali")), (("أسيف", "Assif"), ("أسفي", "Asfi")),
    (("أنوال", "Anoual"), ("أنوار", "Anouar")), (("تاوادا", "Tawada"), ("تاودا", "Taouda")),
    (("تافوكت", "Tafoukt"), ("تافوت", "Tafout")), (("إيمي", "Imi"), ("إيما", "Ima")),
    (("الفتح", "Al Fath"), ("الفتوح", "Al Foutouh")), (("الخير", "Al Khair"), ("الخيرية", "Al Khairia")),
    (("أفراح", "Afrah"), ("أفرا", "Afra")), (("الواحة", "Al Waha"), ("الوحة", "Al Wahat")),
    (("تامونت", "Tamount"), ("تامونة", "Tamouna")), (("أغبالو", "Aghbalou"), ("أغبال", "Aghbal")),
    (("تيدار", "Tidar"), ("تادرا", "Tadra")), (("إزلي", "Izli"), ("إزلان", "Izlane")),
    (("أيور", "Ayour"), ("أيار", "Ayar")), (("تودرت", "Toudert"), ("تودرا", "Todra")),
    (("أمودو", "Amoudou"), ("أمادو", "Amadou")), (("أنزار", "Anzar"), ("أنزال", "Anzal")),
    (("أزول", "Azoul"), ("أزلو", "Azlou")), (("إيدير", "Idir"), ("إيدار", "Idar")),
    (("أوال", "Awal"), ("أوتال", "Outal")), (("تيرا", "Tira"), ("تورا", "Toura")),
    (("إيزم", "Izem"), ("إيزا", "Iza")), (("أدرار", "Adrar"), ("أدرور", "Adrour")),
    (("أكرام", "Akram"), ("أكرود", "Akroud")), (("الأمان", "Al Amane"), ("الأماني", "Al Amani")),
    (("السلام", "Assalam"), ("السلامة", "Assalama")), (("الهدى", "Al Houda"), ("الهداية", "Al Hidaya")),
    (("الندى", "Annada"), ("النداء", "Annidae")), (("الغد", "Al Ghad"), ("الغدير", "Al Ghadir")),
    (("الفجر", "Al Fajr"), ("الفخر", "Al Fakhr")), (("المنار", "Al Manar"), ("المنارة", "Al Manara")),
    (("السعد", "Assaad"), ("السعيد", "Assaid")), (("العزم", "Al Azm"), ("العزة", "Al Izza")),
    (("الرضى", "Arrida"), ("الرضوان", "Arridwane")), (("المروة", "Al Marwa"), ("المرجة", "Al Marja")),
    (("تيغري", "Tighri"), ("تيغرا", "Tighra")), (("أسيكا", "Assika"), ("أسكار", "Askar")),
    (("تيفراز", "Tifraz"), ("تيفرات", "Tifrat")), (("أمناي", "Amnay"), ("أمنار", "Amnar")),
    (("تازيري", "Taziri"), ("تازارت", "Tazart")), (("أفولكي", "Afoulki"), ("أفولاي", "Afoulay")),
]
# Short words checked as names of their own, found inside longer, unrelated registered words.
SHORT_INSIDE = [
    (("تالا", "Tala"), ("تالاسينت", "Talassint")), (("إيزي", "Izi"), ("إيزيلان", "Izilane")),
    (("أمان", "Aman"), ("أمانوز", "Amanouz")), (("تيما", "Tima"), ("تيماديت", "Timadit")),
    (("أنو", "Anou"), ("أنوكال", "Anougal")), (("أسا", "Assa"), ("أساكا", "Assaka")),
    (("أكا", "Akka"), ("أكاديرن", "Akadiren")), (("إيلي", "Ili"), ("إيليغ", "Iligh")),
    (("تاسا", "Tassa"), ("تاساكنت", "Tassagant")), (("نوري", "Nouri"), ("نوريات", "Nouriat")),
    (("زين", "Zin"), ("زينيت", "Zinit")), (("ملال", "Mlal"), ("ملالين", "Mlaline")),
    (("حاني", "Hani"), ("حانيين", "Haniyine")), (("سيدا", "Sida"), ("سيداتن", "Sidaten")),
    (("تيكي", "Tiki"), ("تيكيرت", "Tikirt")), (("أرو", "Arou"), ("أروكان", "Aroukane")),
]

PLACES = [
    ("تالوين", "Taliouine"), ("تنغير", "Tinghir"), ("ورزازات", "Ouarzazate"), ("زاكورة", "Zagora"),
    ("تارودانت", "Taroudant"), ("تافراوت", "Tafraout"), ("إمليل", "Imlil"), ("أزيلال", "Azilal"),
    ("الرشيدية", "Errachidia"), ("فجيج", "Figuig"), ("تيزنيت", "Tiznit"), ("الصويرة", "Essaouira"),
    ("شفشاون", "Chefchaouen"), ("خنيفرة", "Khénifra"), ("ميدلت", "Midelt"), ("طاطا", "Tata"),
    ("كلميم", "Guelmim"), ("أيت باها", "Aït Baha"), ("أمزميز", "Amizmiz"), ("أوريكا", "Ourika"),
    ("أسني", "Asni"), ("سكورة", "Skoura"), ("قلعة مكونة", "Kalaat M'gouna"), ("أكدز", "Agdz"),
    ("تامكروت", "Tamegroute"), ("ألنيف", "Alnif"), ("الريصاني", "Rissani"), ("أرفود", "Erfoud"),
    ("كلميمة", "Goulmima"), ("تنجداد", "Tinejdad"), ("إملشيل", "Imilchil"), ("دمنات", "Demnate"),
    ("أيت بوكماز", "Aït Bouguemez"), ("أيت حاني", "Aït Hani"), ("أيت أورير", "Aït Ourir"),
    ("تحناوت", "Tahannaout"), ("أولوز", "Aoulouz"), ("إغرم", "Igherm"), ("تاليوين", "Talioune"),
]
# What they do: (Arabic, French) — product and sector words shared by many names.
ACTIVITIES = [
    ("لإنتاج زيت الأركان", "d'huile d'argan"), ("للأركان", "d'argan"), ("للزعفران", "du safran"),
    ("لإنتاج الزعفران", "de production de safran"), ("للكسكس", "de couscous"), ("لتربية النحل", "apicole"),
    ("لإنتاج العسل", "de miel"), ("لتثمين التمور", "de valorisation des dattes"), ("للتمور", "des dattes"),
    ("للطرز", "de broderie"), ("للخياطة والطرز", "de couture et broderie"), ("للزرابي", "de tapis"),
    ("للنسيج والزرابي", "de tissage et tapis"), ("للنباتات العطرية والطبية", "des plantes aromatiques et médicinales"),
    ("لعصر الزيتون", "oléicole"), ("للحليب ومشتقاته", "laitière"), ("للفخار", "de poterie"),
    ("للوز", "des amandes"), ("للصبار", "du cactus"), ("لتربية الماعز", "d'élevage caprin"),
]
KINDS = [("تعاونية", "Coopérative"), ("جمعية", "Association")]
WOMEN = ("النسوية", "féminine")
# Generic words an applicant adds, drops or translates (Arabic, French).
GENERIC_EXTRAS = [("الفلاحية", "agricole"), ("للتنمية", "de développement"), ("النسوية", "féminine"),
                  ("التضامنية", "solidaire"), ("المحلية", "locale")]
LATIN_KIND_SPELLINGS = {"Coopérative": ["Cooperative", "COOPERATIVE", "Coop.", "Coopérative"],
                        "Association": ["Association", "ASSOCIATION", "Assoc."]}


# --- A second, independent family (seed 2027, benchmarks/data/name_eval_more.csv): other distinctive
# words, look-alikes, short words, places (communes the reference data does not list) and activities
# (some with words the search vocabulary may not know), and a kind of variant the first family lacks:
# a one-letter slip typed in an Arabic word. Written after the name check's rules of 2026-12-06 third
# pass, never used to tune them.
WORDS_MORE = [
    # Amazigh
    ("تيسلي", "Tisli", "Tissli"), ("أزغار", "Azghar", "Azrhar"), ("تاغيا", "Taghia", "Taghiya"),
    ("إيغيل", "Ighil", "Irhil"), ("أمزيان", "Amezzian", "Amezian"), ("تاسليت", "Taslit", "Tasslit"),
    ("أغيلاس", "Aghilas", "Arhilas"), ("تيموليلت", "Timoulilt", "Timulilt"), ("تاكلا", "Takla", "Tagla"),
    ("أنير", "Anir", "Anire"), ("أوسان", "Ousane", "Oussane", "Usan"), ("تيفسا", "Tifssa", "Tifsa"),
    ("أمغار", "Amghar", "Amrhar"), ("تاكاديرت", "Tagadirt", "Takadirt"), ("تيويرا", "Tiwira", "Tiouira"),
    ("أسمون", "Asmoun", "Assmoun", "Asmun"), ("أكوراي", "Akouray", "Akourai"), ("تاونزا", "Taounza", "Tawnza"),
    ("إيطو", "Itto", "Ittou"), ("تودا", "Touda", "Tuda"), ("تينهينان", "Tinhinane", "Tinhinan"),
    ("ماسينيسا", "Massinissa", "Masinisa"), ("يوبا", "Youba", "Yuba"), ("ديهيا", "Dihya", "Dihia"),
    ("تاغاط", "Taghat", "Tarhat"), ("تافاسكا", "Tafaska", "Tafasska"), ("تامغرا", "Tamghra", "Tamrhra"),
    ("تانيرت", "Tanirt", "Tanirte"), ("أوزال", "Ouzzal", "Ouzal"), ("أمنوكال", "Amenoukal", "Amnoukal"),
    ("تاجموعت", "Tajmouat", "Tajmouaat"), ("تاسافت", "Tassaft", "Tasaft"), ("تيزغت", "Tizeght", "Tizrht"),
    ("أفرزيز", "Afarziz", "Afarzize"), ("تيمزيلت", "Timzilt", "Timezilt"), ("أسوكاي", "Assoukay", "Asoukai"),
    ("تاكوشت", "Tagoucht", "Takoucht"), ("إيمغرن", "Imeghren", "Imghren"), ("تيليكيت", "Tilikit", "Tillikit"),
    # Arabic
    ("الأفق", "Al Ofok", "El Oufouk", "Ofok"), ("البيان", "Al Bayane", "El Bayan", "Bayane"),
    ("الرفاه", "Arrafah", "Errafah", "Rafah"), ("السنبلة", "Assounboula", "Essonboula", "Sounboula"),
    ("الفرح", "Al Farah", "El Farah", "Farah"), ("الياقوت", "Al Yakout", "El Yaqout", "Yakout"),
    ("المرجان", "Al Morjane", "El Marjane", "Morjane"), ("الكرم", "Al Karam", "El Karam", "Karam"),
    ("العهد", "Al Ahd", "El Ahd", "Ahd"), ("النبراس", "Annibras", "En-Nibras", "Nibras"),
    ("الميثاق", "Al Mitaq", "El Mithaq", "Mithaq"), ("الرحاب", "Arrihab", "Errihab", "Rihab"),
    ("الصفوة", "Assafwa", "Essafoua", "Safwa"), ("الغيث", "Al Ghayt", "El Ghait", "Ghayt"),
    ("الأريج", "Al Arij", "El Arij", "Arij"), ("البهجة", "Al Bahja", "El Bahja", "Bahja"),
    ("الطموح", "Attamouh", "Ettamouh", "Tamouh"), ("المجد", "Al Majd", "El Mejd", "Majd"),
    ("السراج", "Assiraj", "Essiraj", "Siraj"), ("الهناء", "Al Hanae", "El Hana", "Hanae"),
    ("المسيرة", "Al Massira", "El Messira", "Massira"), ("التوفيق", "Attawfik", "Ettaoufik", "Tawfik"),
    ("الجود", "Al Joud", "El Jud", "Joud"), ("الصبر", "Assabr", "Essabr", "Sabr"),
    ("الربيع", "Arrabii", "Errabia", "Rabii"), ("النماء", "Annamae", "En-Namaa", "Namae"),
    ("الرخاء", "Arrakhae", "Errakhaa", "Rakhae"), ("اليسر", "Al Yousr", "El Yosr", "Yousr"),
    ("المنى", "Al Mouna", "El Mona", "Mouna"), ("الرؤى", "Arrouaa", "Erroua", "Rouaa"),
    ("الإرادة", "Al Irada", "El Irada", "Irada"), ("الإنماء", "Al Inmae", "El Inmaa", "Inmae"),
    ("الوفرة", "Al Wafra", "El Oufra", "Wafra"), ("الرائدة", "Arraida", "Erraida", "Raida"),
    ("الساقية", "Assakia", "Essaqia", "Sakia"), ("الجنان", "Al Jinane", "El Jinan", "Jinane"),
    ("الضفاف", "Addifaf", "Ed-Difaf", "Difaf"), ("البراعم", "Al Baraim", "El Baraem", "Baraim"),
    ("الوعد", "Al Waad", "El Ouaad", "Waad"), ("الثريا", "Attouraya", "Ettoreya", "Touraya"),
    ("المنبع", "Al Manbaa", "El Manbae", "Manbaa"), ("الرحيق", "Arrahik", "Errahiq", "Rahik"),
    ("السلوى", "Assalwa", "Essaloua", "Salwa"), ("النجمة", "Annajma", "En-Najma", "Najma"),
    ("الفيروز", "Al Fairouz", "El Fayrouz", "Fairouz"),
    # Amazigh, more
    ("تيغانيمين", "Tighanimine", "Tirhanimine"), ("أمسناو", "Amesnaw", "Amsnaou"), ("إيمناين", "Imnayn", "Imenayen"),
    ("تالكجونت", "Talgjount", "Talkjount"), ("أفيلال", "Afilal", "Afillal"), ("تاسيفت", "Tassift", "Tasift"),
    ("أوماست", "Oumast", "Umast"), ("إيفسفاس", "Ifesfas", "Ifsfas"), ("تانوت", "Tanout", "Tanut"),
    ("أغنجا", "Aghenja", "Arhenja"), ("تيكنت", "Tiguent", "Tigent"), ("أوريغ", "Ourigh", "Ourirh"),
    ("أسافار", "Asafar", "Assafar"), ("إيسغي", "Isghi", "Isrhi"), ("تاكيوت", "Takiout", "Tagiout"),
    ("أفلاو", "Aflaw", "Aflaou"), ("تيمغيست", "Timghist", "Timrhist"), ("أزنزارن", "Aznzaren", "Aznzarn"),
]
LOOKALIKES_MORE = [
    (("تيسلي", "Tisli"), ("تيسلا", "Tisla")), (("أمغار", "Amghar"), ("أمغور", "Amghour")),
    (("إيغيل", "Ighil"), ("إيغلي", "Ighli")), (("أوسان", "Ousane"), ("أوسين", "Ousine")),
    (("المجد", "Al Majd"), ("الماجد", "Al Majid")), (("الفرح", "Al Farah"), ("الفرحة", "Al Farha")),
    (("البيان", "Al Bayane"), ("البنيان", "Al Bounyane")), (("الرفاه", "Arrafah"), ("الرفيع", "Arrafii")),
    (("الغيث", "Al Ghayt"), ("الغوث", "Al Ghawt")), (("السراج", "Assiraj"), ("السراح", "Assirah")),
    (("أسمون", "Asmoun"), ("أسمان", "Asmane")), (("تودا", "Touda"), ("تودي", "Toudi")),
    (("يوبا", "Youba"), ("يونا", "Youna")), (("ديهيا", "Dihya"), ("ديما", "Dima")),
    (("تانيرت", "Tanirt"), ("تانيلت", "Tanilt")), (("تافاسكا", "Tafaska"), ("تافاسيا", "Tafasia")),
    (("أوزال", "Ouzzal"), ("أوزاي", "Ouzzay")), (("تاسافت", "Tassaft"), ("تاسافو", "Tassafou")),
    (("أمنوكال", "Amenoukal"), ("أمنوكار", "Amenoukar")), (("تاغيا", "Taghia"), ("تاغاتا", "Taghata")),
    (("الياقوت", "Al Yakout"), ("الياقوتة", "Al Yakouta")), (("المرجان", "Al Morjane"), ("المرجانة", "Al Morjana")),
    (("الصفوة", "Assafwa"), ("الصحوة", "Assahwa")), (("الميثاق", "Al Mitaq"), ("الميقات", "Al Miqat")),
    (("التوفيق", "Attawfik"), ("التوثيق", "Attawtik")), (("المسيرة", "Al Massira"), ("الميسرة", "Al Maysara")),
    (("تيمزيلت", "Timzilt"), ("تيمزيرت", "Timzirt")), (("تاكوشت", "Tagoucht"), ("تاكوست", "Tagoust")),
]
SHORT_INSIDE_MORE = [
    (("أزا", "Aza"), ("أزاغار", "Azaghar")), (("أمو", "Amou"), ("أموكاي", "Amoukay")),
    (("تيرو", "Tirou"), ("تيروين", "Tirouine")), (("إيسو", "Issou"), ("إيسوكان", "Issoukane")),
    (("أنا", "Ana"), ("أناروز", "Anarouz")), (("بوز", "Bouz"), ("بوزيان", "Bouziane")),
    (("تاما", "Tama"), ("تامادوت", "Tamadout")), (("إيلا", "Ila"), ("إيلاسن", "Ilassen")),
]
PLACES_MORE = [
    ("أمسكرود", "Amskroud"), ("تيوت", "Tiout"), ("أكلو", "Aglou"), ("ميرلفت", "Mirleft"), ("أغمات", "Aghmat"),
    ("ستي فاضمة", "Setti Fadma"), ("إمنتانوت", "Imintanoute"), ("أسكاون", "Askaoun"), ("أسرير", "Assrir"),
    ("بومالن دادس", "Boumalne Dadès"), ("أزرو", "Azrou"), ("تازناخت", "Taznakht"), ("فم الحصن", "Fam El Hisn"),
    ("تاكونيت", "Tagounite"), ("محاميد الغزلان", "M'hamid El Ghizlane"), ("أيت ملول", "Aït Melloul"),
    ("أنزي", "Anzi"), ("أيت إيعزة", "Aït Iaaza"), ("تلوات", "Telouet"), ("أيت بن حدو", "Aït Benhaddou"),
]
ACTIVITIES_MORE = [
    ("لتربية الأرانب", "cunicole"), ("للورد العطري", "de roses"), ("للتين", "de figues"), ("للجوز", "de noix"),
    ("للخروب", "de caroube"), ("لإنتاج الجبن", "de fromage"), ("لتربية الدواجن", "avicole"),
    ("للحناء", "de henné"), ("للكمون", "de cumin"), ("للعسل الحر", "de miel pur"), ("للزربية التقليدية", "de tapis"),
    ("لتقطير الورد", "de distillation de roses"), ("لإنتاج زيت الزيتون", "d'huile d'olive"),
]


@dataclass(frozen=True)
class Family:
    seed: int
    words: list
    lookalikes: list
    short_inside: list
    places: list
    activities: list
    out: Path
    arabic_slips: bool = False
    fresh: int = 25  # words only ever checked (new names)
    neighbours: int = 20  # words registered next to the look-alikes' own, besides them


FAMILIES = [
    Family(SEED, WORDS, LOOKALIKES, SHORT_INSIDE, PLACES, ACTIVITIES, OUT),
    Family(2027, WORDS_MORE, LOOKALIKES_MORE, SHORT_INSIDE_MORE, PLACES_MORE, ACTIVITIES_MORE,
           ROOT / "benchmarks" / "data" / "name_eval_more.csv", arabic_slips=True, fresh=10, neighbours=6),
]


def fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)).lower()


def respell(latin: str, rng: random.Random) -> str:  # noqa: C901 — one branch per spelling habit
    """Another French transliteration of the same word: ou/w, ch/sh, gh/rh, doubled letters, the
    article glued, hyphenated or dropped, Aït/Ait."""
    options = []
    if "ou" in latin:
        options.append(lambda s: s.replace("ou", "w", 1) if rng.random() < 0.5 else s.replace("ou", "u", 1))
    if re.search(r"w", latin, re.I):
        options.append(lambda s: re.sub("w", "ou", s, count=1))
    if "ch" in latin:
        options.append(lambda s: s.replace("ch", "sh", 1))
    if "gh" in latin:
        options.append(lambda s: s.replace("gh", "rh", 1))
    if re.search(r"([bcdfgklmnprstz])\1", latin):
        options.append(lambda s: re.sub(r"([bcdfgklmnprstz])\1", r"\1", s, count=1))
    elif re.search(r"[aeiou]([lmnrst])[aeiou]", latin):
        options.append(lambda s: re.sub(r"([aeiou])([lmnrst])([aeiou])", r"\1\2\2\3", s, count=1))
    if latin.startswith(("Al ", "El ")):
        options.append(lambda s: rng.choice(["Al-", "El-", "El ", "Al "]) + s[3:])
        options.append(lambda s: s[3:])
    if latin.endswith(("a", "i")) and len(latin) > 4:
        options.append(lambda s: s + "e")
    if latin.endswith("e") and len(latin) > 5:
        options.append(lambda s: s[:-1])
    if not options:
        return latin
    return rng.choice(options)(latin)


def typo(latin: str, rng: random.Random) -> str | None:
    """A one-letter slip in the longest word when it has 7 letters or more."""
    words = latin.split()
    longest = max(range(len(words)), key=lambda i: len(words[i]))
    word = words[longest]
    if len(word) < 7:
        return None
    i = rng.randrange(2, len(word) - 1)
    kind = rng.choice(["drop", "swap", "double", "replace"])
    if kind == "drop":
        word = word[:i] + word[i + 1:]
    elif kind == "swap":
        word = word[:i - 1] + word[i] + word[i - 1] + word[i + 1:]
    elif kind == "double":
        word = word[:i] + word[i] + word[i:]
    else:
        near = {"a": "e", "e": "a", "i": "e", "o": "u", "u": "o", "n": "m", "m": "n", "t": "d", "d": "t", "s": "z",
                "z": "s", "k": "q", "r": "l", "l": "r"}
        word = word[:i] + near.get(word[i], word[i]) + word[i + 1:]
    words[longest] = word
    return " ".join(words)


class Organisation:
    """A registered organisation: its distinctive word(s), kind, women's, activity, place, in both scripts."""

    def __init__(self, rng, words, kind=None, women=None, activity=None, place=None, family=None):
        self.rng = rng
        self.family = family or FAMILIES[0]
        self.words = words  # [(ar, [latin spellings])]
        self.kind = kind or rng.choices(KINDS, weights=[3, 1])[0]
        self.women = rng.random() < 0.2 if women is None else women
        self.activity = activity if activity is not None else (
            rng.choice(self.family.activities) if rng.random() < 0.6 else None)
        self.place = place if place is not None else (rng.choice(self.family.places) if rng.random() < 0.5 else None)

    def arabic(self, *, words=None, kind=True, women=None, activity=None, place=None, extra=None, order=False):
        words = [ar for ar, _latin in (words or self.words)]
        if order and len(words) > 1:
            words = words[::-1]
        parts = [self.kind[0] if kind else "", *words, WOMEN[0] if (self.women if women is None else women) else "",
                 extra[0] if extra else "", ((self.activity if activity is None else activity) or ("", ""))[0],
                 ((self.place if place is None else place) or ("", ""))[0]]
        return " ".join(p for p in parts if p)

    def latin(self, *, words=None, spelling=0, kind_spelling=None, women=None, activity=None, place=None, extra=None,
              order=False, women_after=False):
        words = [latins[min(spelling, len(latins) - 1)] for _ar, latins in (words or self.words)]
        if order and len(words) > 1:
            words = words[::-1]
        women = WOMEN[1] if (self.women if women is None else women) else ""
        activity = ((self.activity if activity is None else activity) or ("", ""))[1]
        place = ((self.place if place is None else place) or ("", ""))[1]
        parts = [kind_spelling or self.kind[1], "" if women_after else women, *words, women if women_after else "",
                 extra[1] if extra else "", activity, place]
        return " ".join(p for p in parts if p)


def word_entry(entry) -> tuple[str, list[str]]:
    return entry[0], list(entry[1:])


def variants(org: Organisation, rng: random.Random) -> list[tuple[str, str]]:
    """(category, checked) for ways of writing the same organisation as the one registered."""
    rows = []
    # Other script (or the same one, when the registered name is in the other), another spelling.
    rows.append(("other_script", org.latin(spelling=rng.randrange(3))))
    rows.append(("other_script", org.arabic()))
    # Other transliteration of the distinctive words.
    rows.append(("transliteration", org.latin(words=[(a, [respell(latins[0], rng)]) for a, latins in org.words])))
    rows.append(("transliteration", org.latin(spelling=1)))
    # Generic words added, dropped or translated; the activity or the place dropped or added.
    extra = rng.choice(GENERIC_EXTRAS)
    rows.append(("generic_words", org.arabic(extra=extra)))
    rows.append(("generic_words", org.latin(extra=extra, kind_spelling=rng.choice(LATIN_KIND_SPELLINGS[org.kind[1]]))))
    rows.append(("generic_words", org.arabic(women=not org.women) if rng.random() < 0.5
                 else org.latin(women=not org.women)))
    if org.activity:
        rows.append(("activity_dropped", org.latin(activity=False) if rng.random() < 0.5 else org.arabic(activity=False)))
    else:
        rows.append(("activity_added", org.arabic(activity=rng.choice(org.family.activities))))
    if org.place:
        rows.append(("place_dropped", org.arabic(place=False) if rng.random() < 0.5 else org.latin(place=False)))
    # The Arabic article dropped or added; in Latin, glued, hyphenated or dropped.
    if any(a.startswith("ال") for a, _l in org.words):
        bare = [(a[2:] if a.startswith("ال") else a, latins) for a, latins in org.words]
        rows.append(("article", org.arabic(words=bare)))
        rows.append(("article", org.latin(spelling=len(org.words[0][1]) - 1)))
    # A one-letter slip in a long distinctive word.
    longest = max(range(len(org.words)), key=lambda i: len(org.words[i][1][0]))
    slipped = typo(org.words[longest][1][0], rng)
    if slipped and slipped != org.words[longest][1][0]:
        words = list(org.words)
        words[longest] = (words[longest][0], [slipped])
        rows.append(("typo", org.latin(words=words)))
    # Two changes at once: another spelling without the activity; the other women's word without the place.
    respelled = [(a, [respell(latins[-1], rng)]) for a, latins in org.words]
    rows.append(("combined", org.latin(words=respelled, activity=False,
                                       kind_spelling=rng.choice(LATIN_KIND_SPELLINGS[org.kind[1]]))))
    rows.append(("combined", org.arabic(women=not org.women, place=False)))
    # Word order.
    if len(org.words) > 1:
        rows.append(("word_order", org.latin(order=True)))
    elif org.women:
        rows.append(("word_order", org.latin(women_after=True)))
    if org.family.arabic_slips:
        # A one-letter slip typed in a long Arabic word, checked against the name in either script.
        longest = max(range(len(org.words)), key=lambda i: len(org.words[i][0]))
        slipped = arabic_typo(org.words[longest][0], rng)
        if slipped:
            words = list(org.words)
            words[longest] = (slipped, words[longest][1])
            rows.append(("arabic_typo", org.arabic(words=words)))
    return rows


ARABIC_NEAR = {"ت": "ط", "ط": "ت", "س": "ص", "ص": "س", "د": "ض", "ض": "د", "ك": "ق", "ق": "ك", "ه": "ح",
               "ح": "ه", "ز": "ذ", "ذ": "ز", "ر": "ز", "ن": "م", "م": "ن", "ي": "ى", "و": "ؤ"}


def arabic_typo(word: str, rng: random.Random) -> str | None:
    """A one-letter slip inside an Arabic word of 6 letters or more (its article aside): a letter left
    out, doubled, swapped with the next, or typed for a letter of like sound or key."""
    article = "ال" if word.startswith("ال") else ""
    bare = word[len(article):]
    if len(bare) < 6:
        return None
    i = rng.randrange(1, len(bare) - 2)
    kind = rng.choice(["drop", "swap", "double", "replace"])
    if kind == "drop":
        bare = bare[:i] + bare[i + 1:]
    elif kind == "swap":
        bare = bare[:i] + bare[i + 1] + bare[i] + bare[i + 2:]
    elif kind == "double":
        bare = bare[:i] + bare[i] + bare[i:]
    else:
        bare = bare[:i] + ARABIC_NEAR.get(bare[i], bare[i]) + bare[i + 1:]
    return article + bare if article + bare != word else None


def build(family: "Family") -> list[dict]:  # noqa: C901 — one block per kind of pair
    """The labelled rows of one family of names, deterministic for its seed."""
    WORDS, LOOKALIKES, SHORT_INSIDE, PLACES = family.words, family.lookalikes, family.short_inside, family.places
    rng = random.Random(family.seed)
    registry_words = {fold(latin) for _ar, latin in COOPERATIVE_WORDS}
    pool = [word_entry(w) for w in WORDS if fold(w[1]) not in registry_words]
    checked_only = {fold(b[1]) for _a, b in LOOKALIKES} | {fold(s[1]) for s, _l in SHORT_INSIDE}
    lookalike_registered = {fold(a[1]) for a, _b in LOOKALIKES}
    pool = [w for w in pool if fold(w[1][0]) not in checked_only]
    rng.shuffle(pool)
    # Three groups of words, never mixed: the originals of the variants; the registered look-alikes'
    # own words; words only ever checked (new names).
    neighbours = [w for w in pool if fold(w[1][0]) in lookalike_registered]
    rest = [w for w in pool if fold(w[1][0]) not in lookalike_registered]
    taken = family.fresh + family.neighbours
    fresh, neighbours, pool = rest[:family.fresh], neighbours + rest[family.fresh:taken], rest[taken:]
    rows = []

    seen = set()

    def add(split, label, category, registered, checked):
        if fold(registered) != fold(checked) and (checked, registered) not in seen:
            seen.add((checked, registered))
            rows.append({"split": split, "label": label, "category": category, "registered": registered,
                         "name": checked})

    # True variants: organisations of one or two distinctive words, written many ways.
    organisations = []
    for i, word in enumerate(pool):
        words = [word] if rng.random() < 0.8 else [word, pool[(i * 7 + 3) % len(pool)]]
        organisations.append(Organisation(rng, words, family=family))
    for i, org in enumerate(organisations):
        split = "tune" if i % 2 == 0 else "holdout"
        # Registered in one script only, as many are: the check must find it from the other.
        registered = org.arabic() if i % 4 in (1, 2) else org.latin()
        for category, checked in variants(org, rng):
            add(split, "variant", category, registered, checked)
    # New names: same generic, product and place words, another distinctive word of similar letters.
    for i, ((reg_ar, reg_lat), (new_ar, new_lat)) in enumerate(LOOKALIKES):
        split = "tune" if i % 2 == 0 else "holdout"
        for _ in range(7):
            base = Organisation(rng, [(reg_ar, [reg_lat])], activity=rng.choice(family.activities), family=family)
            new = [(new_ar, [new_lat])]
            script = rng.random()
            if script < 0.4:
                add(split, "new", "similar_letters", base.latin(), base.latin(words=new))
            elif script < 0.8:
                add(split, "new", "similar_letters", base.arabic(), base.arabic(words=new))
            else:
                add(split, "new", "similar_letters_mixed", base.arabic(), base.latin(words=new))
    # New names: a short word of their own found inside a longer registered word.
    for i, ((short_ar, short_lat), (long_ar, long_lat)) in enumerate(SHORT_INSIDE):
        split = "tune" if i % 2 == 0 else "holdout"
        for _ in range(6):
            base = Organisation(rng, [(long_ar, [long_lat])], family=family)
            new = Organisation(rng, [(short_ar, [short_lat])], kind=base.kind, activity=base.activity, family=family)
            if rng.random() < 0.5:
                add(split, "new", "short_inside_longer", base.latin(), new.latin())
            else:
                add(split, "new", "short_inside_longer", base.arabic(), new.arabic())
    # New names: a short word of their own that is a place in a longer registered name.
    for i, (place_ar, place_lat) in enumerate(PLACES):
        short = [(place_ar.split()[-1], [place_lat.split()[-1]])] if place_lat.startswith("Aït") else None
        split = "tune" if i % 2 == 0 else "holdout"
        registered = Organisation(rng, [neighbours[i % len(neighbours)]], place=(place_ar, place_lat), family=family)
        if short:  # "Aït Hani" registered as a place: "Coopérative Hani" is another organisation
            new = Organisation(rng, short, kind=registered.kind, activity=registered.activity, place=False,
                               family=family)
            add(split, "new", "short_inside_place", registered.latin(), new.latin())
            add(split, "new", "short_inside_place", registered.arabic(), new.arabic())
        # Same place and activity, another distinctive word of the pool kept for checking.
        for j in range(3):
            other = Organisation(rng, [fresh[(i * 3 + j) % len(fresh)]], kind=registered.kind,
                                 activity=registered.activity, place=(place_ar, place_lat), family=family)
            if rng.random() < 0.5:
                add(split, "new", "same_place", registered.latin(), other.latin())
            else:
                add(split, "new", "same_place", registered.arabic(), other.arabic())
    # New names: two registered distinctive words, one checked: different organisations that share one word.
    # (A common word of the registry next to a word of one's own is a new name: "Al Amal Tiwizi" is not "Al Amal".)
    registry_pairs = [(a, [latin]) for a, latin in COOPERATIVE_WORDS]
    for i in range(200):
        split = "tune" if i % 2 == 0 else "holdout"
        common = registry_pairs[i % len(registry_pairs)]
        own = LOOKALIKES[(i * 7 + 3) % len(LOOKALIKES)][1]
        org = Organisation(rng, [common, (own[0], [own[1]])], family=family)
        registered = Organisation(rng, [common, neighbours[(i * 7 + 1) % len(neighbours)]], kind=org.kind,
                                  activity=org.activity, place=org.place, family=family)
        if rng.random() < 0.5:
            add(split, "new", "shares_common_word", registered.latin(), org.latin())
        else:
            add(split, "new", "shares_common_word", registered.arabic(), org.arabic())
    # New names of words never registered, written as anyone would: against the whole registry.
    for i in range(150):
        split = "tune" if i % 2 == 0 else "holdout"
        org = Organisation(rng, [fresh[i % len(fresh)]], family=family)
        reference = Organisation(rng, [neighbours[i % len(neighbours)]], kind=org.kind, activity=org.activity,
                                 family=family)
        if rng.random() < 0.5:
            add(split, "new", "unrelated", reference.latin(), org.latin(spelling=rng.randrange(3)))
        else:
            add(split, "new", "unrelated", reference.arabic(), org.arabic())
    registered_words = {fold(latins[0]) for _a, latins in pool + neighbours}
    assert not registered_words & (checked_only | {fold(latins[0]) for _a, latins in fresh})
    return rows


def write(rows: list[dict], path: Path) -> None:
    path.parent.mkdir(exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.DictWriter(out, ["split", "label", "category", "script", "name", "registered"])
        writer.writeheader()
        for row in rows:
            arabic = [any("\u0600" <= c <= "\u06ff" for c in row[k]) for k in ("name", "registered")]
            row["script"] = "mixed" if arabic[0] != arabic[1] else "arabic" if arabic[0] else "latin"
            writer.writerow(row)
    labels = [r["label"] for r in rows]
    print(f"{len(rows)} rows: {labels.count('variant')} variants, {labels.count('new')} new names -> {path}")


def main():
    for family in FAMILIES:
        write(build(family), family.out)


if __name__ == "__main__":
    main()
