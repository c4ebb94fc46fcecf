"""Fifth evaluation set for the name certificate check (proposed name vs. registered names).

What it is
    A labelled list of (proposed name, registered name) pairs for the check that compares a name
    proposed for a new cooperative, association, union or GIE with the registered organisations and
    flags it "close"/"clash" when it could be confused with one of them. About 350 registered
    organisations are built the way Moroccan ones name themselves: a kind word (تعاونية, جمعية,
    اتحاد تعاونيات, مجموعة ذات النفع الاقتصادي / Coopérative, Association, Union des Coopératives,
    GIE), a distinctive word, sometimes a women's or youth marker (النسوية, للشباب / Féminine,
    des Femmes, des Jeunes), sometimes a qualifier (الفلاحية, الحرفية / Agricole, Apicole,
    Artisanale...), the activity as people write it (لإنتاج حليب النوق, لجني الترفاس, لتقطير الورد /
    de pêche artisanale, pour la valorisation de la figue de barbarie, de tissage du mendil...) and
    sometimes the commune (بالداخلة, بتندرارة / de Dakhla, d'Imilchil, "- Tarfaya", or bare).
    Each registered name is in Arabic or in Latin script, about half and half.

    This set leans on word families the earlier sets used less: Hassani and Saharan words, places and
    tribes (الخيمة, الكيطنة, الكلتة, تيرس, أولاد دليم, إزركيين, محجوبة, السالكة...), the Oriental
    (زكزل, بني يزناسن, بني كيل, مارتشيكا, كوركو), Jbala and the Rif (غمارة, بني زروال, أقشور,
    السيدة الحرة, بقيوة, أمقران), Tamazight words and personal names (تاسكورت, أمناي, تيزيري,
    إجة, أزطا), Sufi saints with their Sidi / Moulay / Lalla / Cheikh prefix (سيدي شمهروش,
    مولاي بوشتى, لالة منانة, الشيخ ماء العينين), historic figures, places and dynasties, flowers,
    trees, birds and stars, and abstract virtues. Communes come from all 12 regions; activities include
    fishing, oysters, seaweed, camel milk, couscous, henna, cactus, Kelaat M'Gouna roses, desert truffles,
    alfa, tourism, women's literacy, water users, forestry and recycling.

    label = variant: the proposed name IS that registered organisation written otherwise; the check
        must rank the registered one first and flag it.
    label = new: a genuinely different organisation an officer should accept; the check must flag
        nothing.

Categories
    variant: script (the same name in the other script, with a realistic transliteration: ou/w/u,
        ch/sh, gh/rh, q/k, doubled letters, e/a, El/Al/Es-/glued article...), translit (another
        spelling of the distinctive word in the same script: hamza forms, ة/ه, ى/ي, ڭ/ك, اء/ا,
        Latin spelling variants), generic (kind word said otherwise, women's marker or qualifier
        added, dropped or reworded), activity (activity added, dropped or reworded), article (article
        added, dropped, glued or assimilated otherwise), typo (one typing slip: AZERTY or Arabic
        keyboard neighbour, a letter doubled, dropped, or two swapped), order (marker, qualifier or
        commune moved, "A و B" activities swapped), place (commune added, dropped or written
        otherwise), prefix (Sidi / Moulay / Lalla / Cheikh added, dropped or spelled otherwise -
        dropped only when the activity or commune is still there), combo (two of these at once).
    new: other_word (another distinctive word, same kind/product/place), similar_word (a real,
        different word or name a letter or two away: الفريك/الفريق, محجوبة/محبوبة, Mimoun/Mamoun),
        substring (a short real word found inside the registered word: Tislit/Isli, Sijilmassa/Massa,
        Salsabil/Sabil), same_place (another word and product in the same commune), same_product
        (another word, same product, another or no commune), other_script (a new word, name in the
        other script), unrelated, same_saint_other_word (same "Sidi X" / "Moulay X" / "Lalla X"
        commune in the name, different own word).
    A word registered twice is registered with two different products, and every variant of those
    two organisations keeps its product. The distinctive words of new names are never registered in
    the set (checked when the script runs), and none is one of the synthetic registry's words (a few
    are, like real names, a letter away from one: الشفاء/الوفاء).

Columns
    split (tune/holdout, drawn per registered distinctive word - alternating within word families so
    that each category is split about half/half - and so both organisations of a word registered
    twice fall in the same split), label, category, script (arabic or latin when the
    proposed name is in the registered name's script, mixed when it is in the other script),
    name (proposed), registered. A second file, name_eval_fifth_places.csv (place_ar, place_fr),
    lists every commune the names use, one line per spelling used (an alternative Arabic spelling
    is paired with the usual French one and vice versa).

Independence
    Words, spellings, activities and ways of varying names were written from knowledge of Morocco,
    without reading the check, its vocabularies, its tests, the precision benchmark or the earlier
    sets' generators (only the first lines of the fourth set's CSV files and the fourth generator's
    docstring were read for the format). tadamon/demo/names.py was read only to keep away from the
    words of the synthetic registry, and tadamon/registry/data/territories.csv for province names.

Run
    .venv/bin/python benchmarks/name_eval_fifth.py
    (seeded: two runs give byte-identical files; counts are printed at the end; the files are written
    through the project's CSV writer, tadamon/common/files.py, as every CSV the project writes)
"""

from __future__ import annotations

import random
import re
import sys
import unicodedata
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path

SEED = 5505
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from tadamon.common.files import csv_lines  # noqa: E402

OUT = HERE / "data" / "name_eval_fifth.csv"
OUT_PLACES = HERE / "data" / "name_eval_fifth_places.csv"

# ---------------------------------------------------------------------------------------------
# Communes: Arabic | French | other French spellings | other Arabic spellings | zone | flags
# zones: SAH (Guelmim-Oued Noun, Laâyoune-Sakia El Hamra, Dakhla-Oued Ed-Dahab), ORI (Oriental),
# JBA (Tanger-Tétouan-Al Hoceïma and the Pre-Rif of Taounate/Taza), ATL (Middle and High Atlas,
# Drâa-Tafilalet, Béni Mellal-Khénifra), SOU (Souss-Massa), CEN (Atlantic plains: Rabat-Salé-
# Kénitra, Casablanca-Settat, Marrakech-Safi plains, Saïs). flags: c = on the coast, s = saint's name.
# ---------------------------------------------------------------------------------------------
COMMUNES_TEXT = """
العيون | Laâyoune | Laayoune, Layoune | | SAH |
المرسى | El Marsa | Marsa | | SAH | c
فم الواد | Foum El Oued | Foum Loued | فم الوادي | SAH | c
الدشيرة | Dcheira | Dchira | | SAH |
بوكراع | Boukraa | Bou Craa | | SAH |
طرفاية | Tarfaya | Tarfaia | | SAH | c
أخفنير | Akhfennir | Akhfenir | اخفنير | SAH | c
الطاح | Tah | El Tah | | SAH |
بوجدور | Boujdour | Boujador | | SAH | c
جريفية | Jraifia | Jrifia | | SAH |
السمارة | Es-Semara | Smara, Semara | سمارة | SAH |
أمكالة | Amgala | | أمڭالة | SAH |
حوزة | Haouza | Hawza | | SAH |
الداخلة | Dakhla | Dakhlah, Ad-Dakhla | | SAH | c
العركوب | El Argoub | Argoub | | SAH | c
بئر أنزران | Bir Anzarane | Bir Anzaran | بير أنزران | SAH |
إمليلي | Imlili | | امليلي | SAH |
أوسرد | Aousserd | Awserd | اوسرد | SAH |
بئر كندوز | Bir Gandouz | Bir Guendouz | بئر ڭندوز | SAH |
كلميم | Guelmim | Goulimine, Guelmime | ڭلميم | SAH |
أسرير | Asrir | Asrire | اسرير | SAH |
تغجيجت | Taghjijt | Taghjijte | | SAH |
فاصك | Fask | | | SAH |
بويزكارن | Bouizakarne | Bouizakarn | | SAH |
أباينو | Abaynou | Abainou | اباينو | SAH |
طانطان | Tan-Tan | Tantan, Tan Tan | طنطان | SAH |
الوطية | El Ouatia | Louatia, Tan-Tan Plage | | SAH | c
الأخصاص | Lakhsas | Lakhssas | الاخصاص | SAH |
مستي | Mesti | | | SAH |
سيدي إفني | Sidi Ifni | Ifni | سيدي افني | SAH | cs
ميرلفت | Mirleft | Mirlaft | | SAH | c
الزاك | Zag | Zague | | SAH |
فجيج | Figuig | Figig | | ORI |
بوعرفة | Bouarfa | Bou Arfa | | ORI |
تندرارة | Tendrara | Tandrara | | ORI |
بني تجيت | Beni Tadjite | Bni Tajjit | | ORI |
بوعنان | Bouanane | Bou Anane | | ORI |
عبو لكحل | Abbou Lakhal | Abbou Lakhel | | ORI |
جرادة | Jerada | Jrada | | ORI |
عين بني مطهر | Aïn Bni Mathar | Ain Beni Mathar, Ain Bni Mathar | | ORI |
كفايت | Guefait | Gafait | ڭفايت | ORI |
تويسيت | Touissit | Touissite | | ORI |
سيدي بوبكر | Sidi Boubker | Sidi Boubeker | | ORI | s
أحفير | Ahfir | | احفير | ORI |
السعيدية | Saïdia | Saidia | | ORI | c
أكليم | Aklim | | اكليم | ORI |
مداغ | Madagh | Madag | | ORI |
تافوغالت | Tafoughalt | Taforalt | | ORI |
سيدي بوهرية | Sidi Bouhria | Sidi Bouhriya | | ORI | s
دبدو | Debdou | | | ORI |
العيون سيدي ملوك | El Aioun Sidi Mellouk | El Aioun, Laayoun Sidi Mellouk | | ORI |
ملقى الويدان | Melg El Ouidane | Melg El Widane | | ORI |
رأس الماء | Ras El Ma | Ras El Maa, Cap de l'Eau | راس الماء | ORI | c
أزغنغان | Zeghanghane | Zeghangane | | ORI |
بني أنصار | Beni Ansar | Bni Ansar | بني انصار | ORI | c
ميضار | Midar | | | ORI |
الدريوش | Driouch | Driouche | | ORI |
تافرسيت | Tafersit | | | ORI |
جرسيف | Guercif | Guersif | | ORI |
بني درار | Bni Drar | Beni Drar | | ORI |
شفشاون | Chefchaouen | Chaouen, Chefchaouene | الشاون | JBA |
باب تازة | Bab Taza | | | JBA |
باب برد | Bab Berred | Bab Berrad | | JBA |
واد لاو | Oued Laou | Oued Lau | وادي لاو | JBA | c
الجبهة | Jebha | El Jebha | | JBA | c
مرتيل | Martil | Martile | | JBA | c
الفنيدق | Fnideq | Fnidek | | JBA | c
القصر الصغير | Ksar Sghir | Ksar Es-Seghir | | JBA | c
أصيلة | Asilah | Assilah, Arzila | اصيلة | JBA | c
القصر الكبير | Ksar El Kébir | Ksar El Kebir, Ksar Lakbir | | JBA |
العرائش | Larache | El Araich | | JBA | c
وزان | Ouezzane | Ouazzane, Wazzan | | JBA |
مقريصات | Mokrisset | Mokrissat | | JBA |
زومي | Zoumi | | | JBA |
بني عروس | Beni Arouss | Bni Arouss | | JBA |
تارجيست | Targuist | Targist | | JBA |
إمزورن | Imzouren | Imzoren | امزورن | JBA |
بني بوعياش | Beni Bouayach | Bni Bouayach | | JBA |
أجدير | Ajdir | | اجدير | JBA |
إساكن | Issaguen | Issaguene | اساكن | JBA |
بني حذيفة | Beni Hadifa | Bni Hadifa | | JBA |
تماسينت | Tamassint | Tamasint | | JBA |
غفساي | Ghafsai | Ghafsaï | | JBA |
تيسة | Tissa | | تيسه | JBA |
تاهلة | Tahla | | تاهله | JBA |
أكنول | Aknoul | | اكنول | JBA |
تلاسمطان | Talassemtane | Talassemtan | | JBA |
إملشيل | Imilchil | Imelchil | املشيل | ATL |
الريش | Rich | Er-Rich | | ATL |
ميدلت | Midelt | | | ATL |
زايدة | Zaida | Zaïda | | ATL |
تنجداد | Tinejdad | Tinjdad | | ATL |
كلميمة | Goulmima | | ڭلميمة | ATL |
الريصاني | Rissani | Er-Rissani, Risani | | ATL |
أرفود | Erfoud | Arfoud | ارفود | ATL |
قلعة مكونة | Kelaat M'Gouna | Kelaa M'gouna, El Kelaa M'Gouna, Kalaat Mgouna | قلعة امكونة | ATL |
بومالن دادس | Boumalne Dadès | Boumalne Dades, Boumalne | | ATL |
مسمرير | M'semrir | Msemrir | امسمرير | ATL |
تنغير | Tinghir | Tineghir, Tinerhir | تينغير | ATL |
ألنيف | Alnif | | النيف | ATL |
سكورة | Skoura | | سكوره | ATL |
أكدز | Agdz | Agdez | اكدز | ATL |
تمكروت | Tamegroute | Tamgroute | تامكروت | ATL |
امحاميد الغزلان | M'hamid El Ghizlane | Mhamid El Ghizlane, M'hamid | محاميد الغزلان | ATL |
تاكونيت | Tagounite | Tagounit | | ATL |
تازارين | Tazarine | Tazzarine | | ATL |
أمرزكان | Amerzgane | Amerzgan | امرزكان | ATL |
زاوية أحنصال | Zaouiat Ahansal | Zaouit Ahansal | زاوية احنصال | ATL |
تبانت | Tabant | | | ATL |
دمنات | Demnate | Demnat | | ATL |
واويزغت | Ouaouizeght | Ouaouizaght | | ATL |
أكلموس | Aguelmous | | اكلموس | ATL |
كروشن | Kerrouchen | Kerouchen | | ATL |
القباب | El Kbab | Lqbab | | ATL |
زاوية الشيخ | Zaouiat Cheikh | Zaouiet Cheikh | | ATL |
أبي الجعد | Boujad | Bejaad | بجعد | ATL |
أزرو | Azrou | | ازرو | ATL |
تيمحضيت | Timahdite | Timahdit | | ATL |
عين اللوح | Aïn Leuh | Ain Leuh | | ATL |
إفران | Ifrane | | افران | ATL |
صفرو | Sefrou | | | ATL |
البهاليل | Bhalil | Bahlil | | ATL |
إيموزار كندر | Imouzzer Kandar | Imouzer Kandar | ايموزار كندر | ATL |
ميسور | Missour | | | ATL |
أوطاط الحاج | Outat El Haj | Outat Oulad El Haj | اوطاط الحاج | ATL |
بولمان | Boulemane | | | ATL |
أسني | Asni | | اسني | ATL |
إجوكاك | Ijoukak | | اجوكاك | ATL |
أمزميز | Amizmiz | | امزميز | ATL |
تحناوت | Tahannaout | Tahanaout | | ATL |
لالة تاكركوست | Lalla Takerkoust | Lalla Takarkoust | للا تاكركوست | ATL | s
ستي فاضمة | Setti Fadma | Sti Fadma | | ATL |
تيغسالين | Tighassaline | Tighessaline | | ATL |
قصبة تادلة | Kasba Tadla | | | ATL |
واد زم | Oued Zem | Oued-Zem | وادي زم | ATL |
تافراوت | Tafraout | Tafraoute | | SOU |
أكلو | Aglou | | اكلو | SOU | c
تغازوت | Taghazout | Taghazoute | | SOU | c
إموزار إداوتنان | Imouzzer Ida Ou Tanane | Imouzzer Ida Outanane | | SOU |
تامري | Tamri | | | SOU | c
إمسوان | Imsouane | Imessouane | امسوان | SOU | c
بيوكرى | Biougra | | | SOU |
إغرم | Igherm | Irherm | اغرم | SOU |
أولوز | Aoulouz | | اولوز | SOU |
سيدي بيبي | Sidi Bibi | | | SOU | s
طاطا | Tata | | | SOU |
أقا | Akka | Aqqa | اقا | SOU |
فم زكيد | Foum Zguid | | | SOU |
تيسينت | Tissint | | | SOU |
أنزي | Anzi | | انزي | SOU |
تيزنيت | Tiznit | | | SOU |
مولاي بوسلهام | Moulay Bousselham | Moulay Bouselham | | CEN | cs
سيدي علال التازي | Sidi Allal Tazi | | | CEN | s
المهدية | Mehdia | Mehdiya | | CEN | c
لالة ميمونة | Lalla Mimouna | | للا ميمونة | CEN | s
تيفلت | Tiflet | | | CEN |
والماس | Oulmès | Oulmes | | CEN |
الرماني | Rommani | Roumani | | CEN |
معزيز | Maaziz | | | CEN |
عين عودة | Aïn Aouda | Ain Aouda | | CEN |
سيدي الطيبي | Sidi Taibi | Sidi Taïbi | | CEN | s
سوق الأربعاء الغرب | Souk El Arbaa | Souk Larbaa | سوق الأربعاء | CEN |
سيدي قاسم | Sidi Kacem | Sidi Qacem | | CEN | s
سيدي سليمان | Sidi Slimane | Sidi Sliman | | CEN | s
أزمور | Azemmour | Azemour | ازمور | CEN | c
الوليدية | Oualidia | Walidia | | CEN | c
سيدي عابد | Sidi Abed | | | CEN | cs
سيدي إسماعيل | Sidi Smaïl | Sidi Smail | سيدي اسماعيل | CEN | s
الزمامرة | Zemamra | | | CEN |
سيدي بنور | Sidi Bennour | | | CEN | s
الكارة | El Gara | | | CEN |
بوزنيقة | Bouznika | | | CEN | c
سيدي رحال | Sidi Rahal | | | CEN | s
العطاوية | Attaouia | El Attaouia | | CEN |
تملالت | Tamellalt | Tamallalt | | CEN |
ابن جرير | Benguerir | Ben Guerir | بنجرير | CEN |
صخور الرحامنة | Skhour Rehamna | | | CEN |
جمعة سحيم | Jamaat Shaim | Jemaa Shaim | | CEN |
سبت كزولة | Sebt Gzoula | | | CEN |
تمنار | Tamanar | | | CEN |
سميمو | Smimou | | | CEN |
الصويرة | Essaouira | | | CEN | c
آسفي | Safi | Asfi | اسفي | CEN | c
سيدي المختار | Sidi Mokhtar | Sidi El Mokhtar | | CEN | s
شيشاوة | Chichaoua | | شيشاوه | CEN |
مولاي يعقوب | Moulay Yacoub | Moulay Yaacoub | | CEN | s
سبت جحجوح | Sebt Jahjouh | | | CEN |
الحاجب | El Hajeb | | | CEN |
أولاد فرج | Oulad Frej | Ouled Frej | اولاد فرج | CEN |
حد السوالم | Had Soualem | | | CEN |
"""

# ---------------------------------------------------------------------------------------------
# Registered distinctive words: Arabic | Latin spellings (first = usual) | article | zone | family |
# other Arabic spellings. article: 0 none, 1 Arabic article also written in Latin (El/Al/Es-...),
# 2 Arabic article usually left out in Latin (Houbara, Thouraya, Larbi...).
# ---------------------------------------------------------------------------------------------
REGISTERED_TEXT = """
الخيمة | Khaima, Khayma, Kheima | 1 | SAH | hassani |
القافلة | Kafila, Qafila, Gafila | 1 | SAH | hassani |
السراب | Sarab, Sarrab | 1 | SAH | place |
الملحفة | Melhfa, Malhfa, Mlahfa | 1 | SAH | hassani |
التيدينيت | Tidinit, Tidinite | 2 | SAH | hassani |
الناقة | Naqa, Naka, Nakka | 1 | SAH | hassani |
المهاري | Mehari, Mahari | 1 | SAH | hassani |
الحبارى | Houbara, Hobara | 2 | SAH | nature |
الغزالة | Ghazala, Rhazala, Ghazalla | 1 | SAH | nature |
الطلح | Talh, Tolh | 1 | SAH | nature |
تيرس | Tiris, Tirss | 0 | SAH | place |
آدرار | Adrar, Adrare | 0 | SAH | place | أدرار
زمور | Zemmour, Zammour, Zemour | 0 | SAH | place |
الساقية الحمراء | Sakia El Hamra, Saguia El Hamra, Sakiat Al Hamra | 0 | SAH | place | الساقية الحمرا
واد نون | Oued Noun, Wad Noun, Oued Nun | 0 | SAH | place | وادي نون
الكلتة | Guelta, Gelta, Galta | 1 | SAH | place | الڭلتة
الفيافي | Fayafi, Fiafi | 1 | SAH | place |
الرحل | Rohal, Rouhal | 1 | SAH | hassani |
الفريك | Frig, Ferik, Friq | 1 | SAH | hassani | الفريڭ
آردين | Ardine, Ardin | 0 | SAH | hassani | أردين
الكيطنة | Guetna, Gaitna, Gueitna | 1 | SAH | hassani | الڭيطنة
تكنة | Tekna, Takna, Tekkna | 0 | SAH | tribe | تيكنة
أولاد دليم | Oulad Dlim, Ouled Dlim, Awlad Dlim | 0 | SAH | tribe |
إزركيين | Izarguien, Izerguiyine, Izarguine | 0 | SAH | tribe |
أيت أوسى | Ait Oussa, Aït Oussa, Ayt Oussa | 0 | SAH | tribe | آيت أوسى
أولاد تيدرارين | Oulad Tidrarine, Ouled Tidrarine, Oulad Tidrarin | 0 | SAH | tribe |
أزوافيط | Azouafit, Azwafit, Azouafite | 0 | SAH | tribe |
أيت باعمران | Ait Baamrane, Ait Ba Amrane, Aït Baâmrane | 0 | SAH | tribe | آيت باعمران
العروسيين | Laaroussiyine, Arousiyine, Laroussiyine | 0 | SAH | tribe |
الركيبات | Reguibat, Rguibat, Reguibate | 2 | SAH | tribe |
محجوبة | Mahjouba, Mahjoba, Mahjuba | 0 | SAH | name_f |
السالكة | Salka | 2 | SAH | name_f |
الغالية | Ghalia, Ghaliya, Rhalia | 2 | SAH | name_f |
تكبر | Tekber, Tekbar, Takber | 0 | SAH | name_f |
مباركة | Mbarka, Embarka, M'barka | 0 | SAH | name_f |
بوشرايا | Bouchraya, Bouchraia, Boushraya | 0 | SAH | name_m |
محفوظ | Mahfoud, Mahfoudh, Mahfoude | 0 | SAH | name_m |
البشير | Bachir, Bechir, Bashir | 1 | SAH | name_m |
سهيل | Souhail, Souheil, Suhail | 0 | SAH | nature |
بني يزناسن | Beni Snassen, Beni Iznassen, Bni Iznassen | 0 | ORI | tribe | بني ايزناسن
زكزل | Zegzel, Zeggzel, Zagzel | 0 | ORI | place | زڭزل
ملوية | Moulouya, Mlouya, Melouiya | 0 | ORI | place |
بني كيل | Beni Guil, Bni Guil | 0 | ORI | tribe | بني ڭيل
أنكاد | Angad, Angade | 0 | ORI | place | أنڭاد
الظهرة | Dahra, Dhahra | 2 | ORI | place |
الشيح | Chih, Chiih, Shih | 2 | ORI | nature |
زناكة | Zenaga, Znaga | 0 | ORI | place | زناڭة
الوداغير | Loudaghir, Oudaghir, Loudarhir | 0 | ORI | place |
العبيدات | Laabidate, Labidat, Abidate | 0 | ORI | place |
أولاد سيدي الشيخ | Oulad Sidi Cheikh, Ouled Sidi Echeikh, Oulad Sidi Chikh | 0 | ORI | tribe |
ميمون | Mimoun, Mimoune, Maimoun | 0 | ORI | name_m |
قدور | Kaddour, Kadour, Qaddour | 0 | ORI | name_m |
بوجمعة | Boujemaa, Boujemâa, Boujmaa | 0 | ORI | name_m |
ربيعة | Rabia, Rabiaa | 0 | ORI | name_f |
الميلود | Miloud, Lmiloud | 2 | ORI | name_m |
العربي | Larbi, Elarbi | 0 | ORI | name_m |
بني يعلى | Beni Yaala, Bni Yaala, Beni Yala | 0 | ORI | tribe |
كوركو | Gourougou, Gurugu, Gorougou | 0 | ORI | place | ڭوروڭو
مارتشيكا | Marchica, Marchika, Martchika | 0 | ORI | place | مارشيكا
قلعية | Guelaya, Gueleya, Kelaia | 0 | ORI | tribe | ڭلعية
غمارة | Ghomara, Ghmara, Rhomara | 0 | JBA | tribe |
بني زروال | Beni Zeroual, Bni Zeroual, Beni Zerwal | 0 | JBA | tribe |
أنجرة | Anjra, Andjra, Anjera | 0 | JBA | tribe |
بني حزمار | Beni Hozmar, Bni Hozmar, Beni Hazmar | 0 | JBA | tribe |
بوهاشم | Bouhachem, Bou Hachem, Bouhashem | 0 | JBA | place |
أقشور | Akchour, Akchor, Aqchour | 0 | JBA | place |
جبل العلم | Jbel Alam, Jbel El Alam, Djebel Alam | 0 | JBA | place |
السيدة الحرة | Sayyida Al Hurra, Sayida El Horra, Sayyida Al Horra | 0 | JBA | historic |
ليكسوس | Lixus, Liksus, Lixous | 0 | JBA | historic |
تامودة | Tamouda, Tamuda, Tamoda | 0 | JBA | historic |
بادس | Badis, Badiss, Badess | 0 | JBA | historic |
أمقران | Amekrane, Amaqran | 0 | JBA | rif |
ثامورث | Thamourth, Thamurth | 0 | JBA | rif |
المفضل | Mfeddel, Mfaddal, Lmfeddel | 2 | JBA | name_m |
الأخماس | Akhmas, Lakhmas | 2 | JBA | tribe |
بني يدر | Beni Ider, Bni Ider | 0 | JBA | tribe |
أهل سريف | Ahl Srif, Ahl Serif | 0 | JBA | tribe |
رهونة | Rhouna, Rhona | 0 | JBA | tribe |
مصمودة | Masmouda, Masmuda, Masmoda | 0 | ANY | tribe |
الكدرة | Guedra, Gadra | 1 | SAH | hassani | الڭدرة
بني بوزكو | Beni Bouzeggou, Bni Bouzeggou | 0 | ORI | tribe |
بلعيد | Belaid, Belaïd | 0 | ORI | name_m |
بقيوة | Bokkoya, Boqqoya, Bekkouya | 0 | JBA | tribe |
سماتة | Soumata, Sumata | 0 | JBA | tribe |
أزطا | Azetta, Azzetta | 0 | ATL | amazigh |
أزغار | Azaghar, Azarhar | 0 | SOU | amazigh |
العقاب | Oqab, Ouqab | 1 | ANY | nature |
عطارد | Outared, Otarid | 0 | ANY | nature |
النجوم | Noujoum, Nujum | 1 | ANY | nature |
السرو | Sarw, Sarou | 1 | ANY | nature |
الوقار | Waqar, Ouakar | 1 | ANY | virtue |
الجود | Joud, Jood | 1 | ANY | virtue |
المعطي | Lmaati, Maati | 2 | JBA | name_m |
الزاوية الدرقاوية | Zaouia Darkaouia, Zaouia Derkaouia, Zawiya Darqawiya | 0 | JBA | saint |
رابح | Rabah, Rabeh | 0 | ORI | name_m |
بنعيسى | Benaissa, Ben Aissa | 0 | CEN | name_m |
التاسوفرة | Tassoufra, Tasoufra | 2 | SAH | hassani |
الشكوة | Chekoua, Chakwa | 1 | SAH | hassani |
شقائق النعمان | Chakaik Annouaman, Chaqaiq Nouaman | 0 | ANY | nature |
البطم | Betoum, Batm | 1 | ATL | nature |
تاسكورت | Taskourt, Tasekkourt, Tassekourt | 0 | ATL | nature |
أمناي | Amnay, Amnai, Amnaye | 0 | ATL | amazigh |
أسامر | Assamer, Asamer, Assamar | 0 | ATL | amazigh |
تودرت | Toudert, Tudert, Toudart | 0 | ATL | amazigh |
تيكمي | Tigemmi, Tiguemmi, Tigmi | 0 | SOU | amazigh | تيڭمي
أمدياز | Amdyaz, Amdiaz | 0 | ATL | amazigh |
إزلان | Izlane, Izlan | 0 | ATL | amazigh |
أحيدوس | Ahidous, Ahidouss, Ahidus | 0 | ATL | amazigh |
أحواش | Ahwach, Ahouach, Ahwash | 0 | SOU | amazigh |
تيزيري | Tiziri, Tizziri, Tizeri | 0 | ATL | amazigh |
إيتري | Itri, Itry, Ittri | 0 | ATL | amazigh |
أيور | Ayour, Ayyur, Ayyour | 0 | ATL | amazigh |
تافسوت | Tafsout, Tafsut, Tafssout | 0 | ATL | amazigh |
أنزار | Anzar, Anzare | 0 | SOU | amazigh |
تامازيرت | Tamazirt, Tamazirte | 0 | SOU | amazigh |
تيسليت | Tislit, Tisslit, Tisslite | 0 | ATL | amazigh |
تيغانيمين | Tighanimine, Tirhanimine, Tighanimin | 0 | SOU | amazigh |
تادارت | Taddart, Tadart | 0 | ATL | amazigh |
تاكمات | Tagmat, Taguemat | 0 | SOU | amazigh | تاڭمات
أسكا | Asekka, Aska, Assekka | 0 | ANY | amazigh |
تويزة | Touiza, Twiza, Tiwizi | 0 | ANY | darija | تويزا
إجة | Ijja, Ija | 0 | ATL | name_f |
تاونزة | Taounza, Tawnza | 0 | ATL | name_f |
باسو | Bassou, Basso | 0 | ATL | name_m |
إيدير | Idir, Iddir | 0 | ATL | name_m |
أكسيل | Aksel, Axel, Akssel | 0 | ANY | name_m |
أمياس | Amayas, Amayass | 0 | ANY | name_m |
صاغرو | Saghro, Sarhro, Saghrou | 0 | ATL | place |
بوكافر | Bougafer, Bou Gafer | 0 | ATL | historic | بوڭافر
أيت بوكماز | Ait Bouguemez, Ait Bougmez, Aït Bouguemmez | 0 | ATL | place | آيت بوكماز
توبقال | Toubkal, Toubqal, Tubkal | 0 | ATL | place |
العياشي | Ayachi, Ayyachi | 2 | ATL | place |
تودغى | Todgha, Toudgha, Todra | 0 | ATL | place | تودغا
غريس | Ghris, Gheris, Rhris | 0 | ATL | place |
درعة | Draa, Drâa, Deraa | 0 | ATL | place |
تنمل | Tinmel, Tinmal | 0 | ATL | historic |
سجلماسة | Sijilmassa, Sijilmasa, Sijelmassa | 0 | ATL | historic |
عسو أوبسلام | Assou Oubasslam, Assou Ou Basslam, Assou Oubaslam | 0 | ATL | historic | عسو أو بسلام
طارق بن زياد | Tarik Ibn Ziyad, Tariq Ben Ziad, Tarik Bnou Ziyad | 0 | JBA | historic | طارق ابن زياد
ابن بطوطة | Ibn Battouta, Ibn Batouta, Ibnou Battouta | 0 | JBA | historic | إبن بطوطة
ابن خلدون | Ibn Khaldoun, Ibn Khaldun, Ibnou Khaldoun | 0 | ANY | historic | إبن خلدون
ابن رشد | Ibn Rochd, Ibn Rushd, Ibnou Rochd | 0 | CEN | historic | إبن رشد
ابن تومرت | Ibn Toumert, Ibn Tumart, Ibnou Toumart | 0 | ATL | historic | إبن تومرت
عبد المومن | Abdelmoumen, Abdelmoumene, Abd El Moumen | 0 | ANY | historic | عبد المؤمن
يعقوب المنصور | Yacoub El Mansour, Yaacoub Al Mansour, Yakoub El Mansour | 0 | CEN | historic |
كنزة الأوربية | Kenza Al Awrabiya, Kenza El Ouarbia, Kenza Al Aouraba | 0 | CEN | historic |
القاضي عياض | Cadi Ayyad, Qadi Ayad, Kadi Ayyad | 0 | CEN | historic |
المختار السوسي | Mokhtar Soussi, Al Moukhtar Essoussi, Mokhtar Essoussi | 0 | SOU | historic |
المرابطين | Mourabitine, Morabitine, Mourabitin | 1 | ANY | historic |
الموحدين | Mouahidine, Mowahidine, Mouwahhidine | 1 | ANY | historic |
وليلي | Oualili, Walili, Oulili | 0 | CEN | historic |
شالة | Chellah, Chella, Challa | 0 | CEN | historic |
أنفا | Anfa, Anfaa | 0 | CEN | historic |
تامسنا | Tamesna, Tamasna, Tamsna | 0 | CEN | historic |
بورغواطة | Berghouata, Barghawata, Bourghouata | 0 | CEN | historic |
الجزولي | Jazouli, Jazuli | 1 | SOU | historic |
ماسينيسا | Massinissa, Masinissa | 0 | ANY | historic |
يوبا | Youba, Yuba, Juba | 0 | ANY | historic |
ديهيا | Dihya, Dihia | 0 | ANY | historic |
تين هينان | Tin Hinan, Tinhinane, Tin Hinane | 0 | ANY | historic | تينهينان
كسيلة | Koceila, Kusaila, Koussaila | 0 | ANY | historic |
تاكفاريناس | Takfarinas, Tacfarinas | 0 | ANY | historic |
تيفيناغ | Tifinagh, Tifinar | 0 | ANY | amazigh |
جميلة | Jamila, Jamilah, Djamila | 0 | ANY | name_f |
حورية | Houria, Hourya, Hourria | 0 | ANY | name_f |
سميرة | Samira, Smira | 0 | ANY | name_f |
حبيبة | Habiba, Hbiba | 0 | ANY | name_f |
نجاة | Najat, Najate, Nejat | 0 | ANY | name_f |
منية | Mounia, Mouniya, Mounya | 0 | ANY | name_f |
حنان | Hanane, Hanan, Hannane | 0 | ANY | name_f |
غيثة | Ghita, Ghitha, Rhita | 0 | ANY | name_f |
رقية | Rkia, Rokia, Roqaya | 0 | ANY | name_f |
زبيدة | Zoubida, Zubida, Zoubaida | 0 | ANY | name_f |
فضيلة | Fadila, Fadela, Fadilla | 0 | ANY | name_f |
وداد | Widad, Ouidad, Wedad | 0 | ANY | name_f |
لبنى | Loubna, Lobna, Lubna | 0 | ANY | name_f |
الباتول | Batoul, Lbatoul, Batool | 2 | ANY | name_f |
علال | Allal, Alal | 0 | ANY | name_m |
التهامي | Touhami, Thami, Tohami | 2 | CEN | name_m |
الهاشمي | Hachmi, Hachemi, Hashmi | 2 | ANY | name_m |
هشام | Hicham, Hisham, Hichame | 0 | ANY | name_m |
أنس | Anas, Anass | 0 | ANY | name_m |
الطاهر | Tahar, Taher | 2 | ANY | name_m |
الأرز | Arz, Erz, Arze | 1 | ATL | nature |
البلوط | Ballout, Balout, Belout | 1 | ATL | nature |
العرعار | Araar, Aaraar | 1 | CEN | nature |
الخروب | Kharroub, Kharoub, Kharrub | 1 | ANY | nature |
الصنوبر | Sanaoubar, Sanawbar, Snoubar | 1 | ATL | nature |
الدفلى | Defla, Difla, Dafla | 1 | ANY | nature | الدفلة
الصفصاف | Safsaf, Safssaf | 1 | ANY | nature |
السنديان | Sindiane, Sindiyane, Sendiane | 1 | ATL | nature |
الدوم | Doum, Dom | 1 | CEN | nature |
الخزامى | Khouzama, Khozama, Khuzama | 1 | ANY | nature |
البنفسج | Banafsaj, Banafsej, Banafssaj | 1 | ANY | nature |
النرجس | Narjis, Nerjis, Narjiss | 1 | ANY | nature |
الزنبق | Zanbaq, Zanbak, Zambak | 1 | ANY | nature |
السوسن | Soussane, Sawsan, Sawssan | 1 | ANY | nature |
الريحان | Rayhane, Raihane, Rihane | 1 | ANY | nature |
القرنفل | Qaranfol, Karanfel, Qronfel | 1 | ANY | nature |
الجلنار | Jolnar, Jullanar, Jelnar | 1 | ANY | nature |
النسرين | Nesrine, Nisrine, Nasrine | 2 | ANY | nature |
الفل | Foll, Fel | 1 | ANY | nature |
الوردة | Warda, Ouarda | 1 | ATL | nature |
المسك | Misk, Mesk | 1 | ANY | nature |
الحمامة | Hamama, Hmama, Hammama | 1 | ANY | nature |
الهدهد | Hodhod, Hudhud, Houdhoud | 1 | ANY | nature |
البلبل | Boulboul, Bolbol, Bulbul | 1 | ANY | nature |
الحسون | Hassoun, Hessoun, Hassoune | 1 | ANY | nature |
العندليب | Andalib, Andalibe, Andaleeb | 1 | ANY | nature |
بلارج | Bellarej, Blarej, Belaarej | 0 | CEN | nature |
الطاووس | Taous, Tawous, Taouss | 1 | ANY | nature | الطاوس
الحجلة | Hajla, Hejla, Hajjla | 1 | ANY | nature |
الثريا | Thouraya, Touraya, Thuraya | 2 | ANY | nature |
الجوزاء | Jawzae, Jawza, Jaouzae | 1 | ANY | nature |
الكوكب | Kawkab, Kaoukab, Kokab | 1 | ANY | nature |
الكوثر | Kawtar, Kaoutar, Kaouthar | 1 | ANY | nature |
النسيم | Nassim, Nasim, Nessim | 1 | ANY | nature |
الشروق | Chourouk, Chorouk, Shourouq | 1 | ANY | nature |
الينبوع | Yanbou, Yanboue, Yanbouaa | 1 | ANY | nature |
البستان | Boustane, Bustan, Bostane | 1 | ANY | nature |
الفردوس | Firdaous, Firdaws, Firdous | 1 | ANY | nature |
المرجان | Marjane, Morjane, Marjan | 1 | ANY | nature |
الياقوت | Yakout, Yaqout, Yakoute | 1 | ANY | nature |
الفيروز | Fairouz, Fayrouz, Firouz | 1 | ANY | nature |
الزمرد | Zoumourroud, Zomorod, Zoumroud | 1 | ANY | nature |
السلسبيل | Salsabil, Salsabile, Salssabil | 1 | ANY | nature |
البهجة | Bahja, Behja | 1 | ANY | darija |
النوارة | Nouara, Nouwara, Nwara | 1 | ANY | darija |
الإحسان | Ihsane, Ihssane, Ihsan | 1 | ANY | virtue |
الوئام | Wiam, Ouiam, Wiame | 1 | ANY | virtue |
الإخاء | Ikhae, Ikhaa, Ikha | 1 | ANY | virtue |
التآزر | Taazour, Taazor, Taazzour | 1 | ANY | virtue |
الكرامة | Karama, Karrama, Karamah | 1 | ANY | virtue |
الأمانة | Amana, Amanah | 1 | ANY | virtue |
الصدق | Sidq, Sidk, Sedk | 1 | ANY | virtue |
الرحمة | Rahma, Rahmah | 1 | ANY | virtue |
العطاء | Atae, Ataa, Ata | 1 | ANY | virtue |
الثقة | Thiqa, Tiqa, Tika | 1 | ANY | virtue |
البركة | Baraka, Barakah | 1 | ANY | virtue |
الصبر | Sabr, Sabre | 1 | ANY | virtue |
المحبة | Mahabba, Mahaba, Mahabbah | 1 | ANY | virtue |
الفلاح | Falah, Fallah | 1 | ANY | virtue |
الهدى | Houda, Hoda, Huda | 1 | ANY | virtue |
الفجر | Fajr, Fajer, Fejr | 1 | ANY | virtue |
الصفاء | Safae, Safa, Safaa | 1 | ANY | virtue |
الهمة | Himma, Hemma | 1 | ANY | virtue |
الإرادة | Irada, Iradah | 1 | ANY | virtue |
الصمود | Soumoud, Somoud, Samoud | 1 | ANY | virtue |
النماء | Namae, Namaa | 1 | ANY | virtue |
الإتقان | Itqane, Itkane, Itqan | 1 | ANY | virtue |
الرشاد | Rachad, Rashad, Rached | 1 | ANY | virtue |
الرضا | Rida, Reda, Ridae | 1 | ANY | virtue | الرضى
الضياء | Diae, Diyae, Dia | 1 | ANY | virtue |
الإشراق | Ichraq, Ichrak, Ishraq | 1 | ANY | virtue |
الأصالة | Assala, Asala, Assalah | 1 | ANY | virtue |
الطموح | Toumouh, Tomouh | 1 | ANY | virtue |
الازدهار | Izdihar, Izdihare, Izdehar | 1 | ANY | virtue |
التقدم | Taqaddoum, Takadoum, Taqadoum | 1 | ANY | virtue |
الإيثار | Ithar, Iythar | 1 | ANY | virtue |
التكافل | Takafoul, Takaful, Takafol | 1 | ANY | virtue |
المودة | Mawadda, Mouadda | 1 | ANY | virtue |
الشهامة | Chahama, Shahama | 1 | ANY | virtue |
العزيمة | Azima, Aazima, Azimah | 1 | ANY | virtue |
المبادرة | Moubadara, Mobadara | 1 | ANY | virtue |
النخوة | Nakhwa, Nakhoua | 1 | ANY | virtue |
"""

# Saints and zawiya names: prefix | own name (Arabic) | Latin spellings of the own name | zone |
# other Arabic spellings | np = may be registered without its prefix.
SAINTS_TEXT = """
سيدي | شمهروش | Chamharouch, Chamharouche, Shamharouch | ATL | | np
سيدي | شيكر | Chiker, Chikr, Chikar | CEN | | np
سيدي | حرازم | Harazem, Hrazem, Harazam | CEN | |
سيدي | بوعثمان | Bouothmane, Bou Othmane, Bouotmane | CEN | |
سيدي | كاوكي | Kaouki, Kaouqui, Kawki | CEN | | np
سيدي | مكدول | Mogdoul, Megdoul, Mogdul | CEN | موكدول | np
سيدي | وساي | Ouassay, Ouassai, Wassay | SOU | | np
مولاي | بوشتى | Bouchta, Bouchtaa, Boushta | JBA | بوشتة |
مولاي | عبد السلام | Abdeslam, Abdessalam, Abdesslam | JBA | عبدالسلام |
سيدي | يحيى | Yahya, Yahia, Yehya | ORI | يحيا |
سيدي | معافة | Maafa, Mâafa | ORI | | np
لالة | منانة | Mennana, Manana, Mannana | JBA | |
سيدي | حمزة | Hamza, Hamzah | ATL | |
سيدي | بوغابة | Boughaba, Bou Ghaba | CEN | | np
سيدي | بلعباس | Bel Abbes, Belabbes, Bel Abbès | CEN | بالعباس |
سيدي | بوزكري | Bouzekri, Bouzkri, Bouzekry | CEN | | np
مولاي | بوشعيب | Bouchaib, Bouchaïb, Bouchaab | CEN | |
سيدي | بوعبيد الشرقي | Bouabid Cherki, Bouabid Charqi, Bouabid Echarki | ATL | |
الشيخ | ماء العينين | Ma El Ainine, Maa El Ainin, Ma Al Aynayn | SAH | |
سيدي | بن عاشر | Ben Achir, Benachir, Ben Acher | CEN | بنعاشر |
سيدي | الزوين | Zouine, Ezzouine | CEN | | np
"""

PREFIXES = {
    "سيدي": {"ar": ["سيدي", "سيدى"], "lat": ["Sidi", "Sidy"]},
    "مولاي": {"ar": ["مولاي", "مولاى"], "lat": ["Moulay", "My", "Moulaye"]},
    "لالة": {"ar": ["لالة", "للا", "لالا"], "lat": ["Lalla", "Lala", "Lella"]},
    "الشيخ": {"ar": ["الشيخ", "شيخ"], "lat": ["Cheikh", "Chikh", "Cheick"]},
}

# Words for the new names; never registered in the set.
NEW_TEXT = """
الصلح | Solh, Soulh | 1 | SAH | virtue |
البدر | Badr, Bader | 1 | ANY | nature |
الأرض | Ard, Arde | 1 | ANY | nature |
اليمامة | Yamama, Yamamah | 1 | ANY | nature |
الوسام | Wissam, Ouissam, Wisam | 1 | ANY | virtue |
الإباء | Ibae, Ibaa | 1 | ANY | virtue |
الكرمة | Karma, Karmah | 1 | ANY | nature |
اللقاء | Liqae, Liqaa, Likae | 1 | ANY | virtue |
الفخر | Fakhr, Fakher | 1 | ANY | virtue |
الشفاء | Chifae, Chifaa, Shifa | 1 | ANY | virtue |
القمة | Qimma, Kimma | 1 | ANY | virtue |
الإفادة | Ifada, Ifadah | 1 | ANY | virtue |
الصعود | Sououd | 1 | ANY | virtue |
محبوبة | Mahbouba, Mahboba | 0 | SAH | name_f |
العالية | Aalia, Aaliya | 2 | ANY | name_f |
مأمون | Mamoun, Maamoun | 0 | ORI | name_m | مامون
رفيعة | Rafia, Rafiaa | 0 | ORI | name_f |
سهير | Souhair, Souheir | 0 | ANY | name_f |
جليلة | Jalila, Jalilah | 0 | ANY | name_f |
الحرية | Hourriya, Horriya | 1 | ANY | virtue |
سامية | Samia, Samiya | 0 | ANY | name_f |
حسيبة | Hassiba, Hasiba | 0 | ANY | name_f |
النجاح | Najah, Nejah | 1 | ANY | virtue |
منى | Mouna | 0 | ANY | name_f |
هناء | Hanae, Hanaa | 0 | ANY | name_f |
شيماء | Chaimae, Chaimaa | 0 | ANY | name_f |
القيمة | Qima, Kima | 1 | SAH | virtue |
الأناقة | Anaqa, Anaka | 1 | SAH | virtue |
البداية | Bidaya, Bidayah | 1 | SAH | virtue |
الرجاء | Rajae, Rajaa, Raja | 1 | ANY | virtue |
الحشمة | Hichma, Hechma | 1 | ANY | virtue |
الرسالة | Rissala, Risala | 1 | ANY | virtue |
المهجة | Mohja, Muhja | 1 | ANY | virtue |
الفريق | Fariq, Farik | 1 | SAH | darija |
السحاب | Sahab, Sahhab | 1 | SAH | nature |
زيري | Ziri, Ziry | 0 | ATL | historic |
إيسلي | Isli, Issli | 0 | ATL | place |
أمان | Aman, Amane | 0 | ANY | virtue |
السند | Sanad, Sannad | 1 | ANY | virtue |
المرج | Marj, Merj | 1 | ANY | nature |
السبيل | Sabil, Sabile | 1 | ANY | virtue |
مايا | Maya, Maia | 0 | ANY | name_f |
سامر | Samer | 0 | ANY | name_m |
ماسة | Massa | 0 | SOU | place |
سوس | Souss, Sous | 0 | SOU | place |
الصقر | Saqr, Sakr | 1 | ANY | nature |
الشرق | Charq, Chark | 1 | ANY | place |
الموجة | Mawja, Mouja | 1 | ANY | nature |
النخبة | Nokhba, Noukhba | 1 | ANY | virtue |
هلال | Hilal, Hillal | 0 | ANY | name_m |
أنيس | Anis, Aniss | 0 | ANY | name_m |
الغربي | Gharbi, Rharbi | 2 | ANY | name_m |
أيوب | Ayoub, Ayyoub | 0 | ANY | name_m |
عيسى | Aissa, Aïssa | 0 | ANY | name_m |
عمران | Amrane, Omrane | 0 | ANY | name_m |
عباس | Abbes, Abbas | 0 | ANY | name_m |
عثمان | Othmane, Otmane | 0 | ANY | name_m |
شعيب | Chouaib, Chaib | 0 | ANY | name_m |
لعزيب | Laazib, Lazib | 0 | SAH | hassani |
الحسانية | Hassania, Hassaniya | 2 | SAH | hassani |
السبخة | Sebkha, Sabkha | 1 | SAH | place |
إيكيدي | Iguidi, Iguidy | 0 | SAH | place |
المراح | Lemrah, Lmrah | 0 | SAH | hassani |
حمادي | Hammadi, Hamadi | 0 | SAH | name_m |
حمدي | Hamdi | 0 | SAH | name_m |
الأفق | Ofok, Oufouk | 1 | ANY | nature |
وادي زا | Oued Za | 0 | ORI | place | واد زا
كبدانة | Kebdana, Kebdani | 0 | ORI | tribe |
الدردار | Dardar | 1 | ORI | nature |
الزعرور | Zaarour, Zaarur | 1 | ORI | nature |
بني مسارة | Beni Mesara, Bni Mesara | 0 | JBA | tribe |
بني كرفط | Beni Gorfet, Bni Gorfet | 0 | JBA | tribe |
بني سلمان | Beni Selmane, Bni Selmane | 0 | JBA | tribe |
أيت ورياغل | Ait Ouriaghel, Aït Ouriaghel | 0 | JBA | tribe | آيت ورياغل
تمسمان | Temsamane, Temsaman | 0 | JBA | place |
بني توزين | Beni Touzine, Bni Touzine | 0 | JBA | tribe |
اللوكوس | Loukkos, Loukos | 0 | JBA | place |
تاسافت | Tassaft, Tasaft | 0 | ATL | nature |
أورتي | Ourti, Ourty | 0 | SOU | amazigh |
أسافو | Assafou, Asafou | 0 | ATL | amazigh |
تانميرت | Tanmirt, Tanemmirt | 0 | ATL | amazigh |
أفولكي | Afoulki, Afoulky | 0 | SOU | amazigh |
تافات | Tafat, Tafatt | 0 | ATL | amazigh |
سيفاو | Sifaw, Sifao | 0 | SOU | amazigh |
أزول | Azul, Azoul | 0 | ANY | amazigh |
يوغرطة | Youghourta, Yugurta | 0 | ANY | historic |
إيزم | Izem, Izzem | 0 | ATL | amazigh |
تاماينوت | Tamaynut, Tamaynout | 0 | SOU | amazigh |
أغيلاس | Aghilas, Arhilas | 0 | ANY | name_m |
إيغزر | Ighzer, Irhzer | 0 | ATL | place |
بويبلان | Bouiblane, Bou Iblane | 0 | ATL | place |
سيروا | Siroua, Sirwa | 0 | SOU | place |
تانسيفت | Tensift, Tansift | 0 | CEN | place |
تاساوت | Tassaout, Tasaout | 0 | ATL | place |
أبي رقراق | Bouregreg, Bou Regreg | 0 | CEN | place |
الأطلس | Atlas | 2 | ATL | place |
وصال | Wissal, Ouissal | 0 | ANY | name_f |
إلهام | Ilham, Ilhame | 0 | ANY | name_f |
عبلة | Abla, Ablaa | 0 | ANY | name_f |
فدوى | Fadoua, Fadwa | 0 | ANY | name_f |
رحاب | Rihab, Rhab | 0 | ANY | name_f |
إلياس | Ilyas, Ilyass | 0 | ANY | name_m |
زكرياء | Zakaria, Zakariae | 0 | ANY | name_m |
سفيان | Soufiane, Sofiane | 0 | ANY | name_m |
مراد | Mourad, Morad | 0 | ANY | name_m |
الزيزفون | Zayzafoun, Zaizafoun | 1 | ANY | nature |
الخيزران | Khayzarane, Khaizarane | 1 | ANY | nature |
الأرجوان | Orjouane, Arjouane | 1 | ANY | nature |
السنبلة | Sounboula, Sonbola | 1 | ANY | nature |
الكروان | Karawane, Karaouane | 1 | ANY | nature |
الشحرور | Chahrour, Shahrour | 1 | ANY | nature |
المجرة | Majarra, Majara | 1 | ANY | nature |
الفرقد | Farqad, Farkad | 1 | ANY | nature |
الشفق | Chafaq, Chafak | 1 | ANY | nature |
البسمة | Basma, Bassma | 1 | ANY | virtue |
المنار | Manar, Menar | 1 | ANY | virtue |
السكينة | Sakina, Skina | 1 | ANY | virtue |
الإبداع | Ibdae, Ibdaa | 1 | ANY | virtue |
الاستقامة | Istiqama, Istikama | 1 | ANY | virtue |
النبراس | Nibras, Nebras | 1 | ANY | virtue |
الجسر | Jisr, Jesr | 1 | ANY | virtue |
المنبع | Manbaa, Manbae | 1 | ANY | nature |
البيان | Bayane, Bayan | 1 | ANY | virtue |
الرفاق | Rifaq, Rifak | 1 | ANY | virtue |
الأحباب | Ahbab, Ahbabe | 1 | ANY | virtue |
المشعل | Mechaal, Mach'al | 1 | ANY | virtue |
الأمجاد | Amjad, Amjade | 1 | ANY | virtue |
التحدي | Tahaddi, Tahadi | 1 | ANY | virtue |
الانطلاقة | Intilaka, Intilaqa | 1 | ANY | virtue |
الطمأنينة | Toumaanina, Tomaanina | 1 | ANY | virtue | الطمانينة
العزة | Izza, Ezza | 1 | ANY | virtue |
الإنصاف | Insaf, Inssaf | 1 | ANY | virtue |
الوعد | Waad, Ouaad | 1 | ANY | virtue |
اليسر | Yousr, Yosr | 1 | ANY | virtue |
التسامح | Tasamouh, Tassamouh | 1 | ANY | virtue |
ابن زهر | Ibn Zohr, Ibn Zuhr | 0 | CEN | historic | إبن زهر
ابن طفيل | Ibn Tofail, Ibn Toufail | 0 | CEN | historic | إبن طفيل
المعتمد بن عباد | Al Moutamid Ibn Abbad, Moatamid Ibn Abbad | 0 | ATL | historic |
عقبة بن نافع | Okba Ibn Nafii, Oqba Ben Nafi | 0 | ANY | historic |
ابن أجروم | Ibn Ajerroum, Ibn Ajurrum | 0 | ATL | historic | ابن آجروم
"""

# registered word -> a real, different word or name a letter or two away (new name)
SIMILAR = {
    "الطلح": "الصلح", "الأرز": "الأرض", "الحمامة": "اليمامة", "الوئام": "الوسام", "الإخاء": "الإباء",
    "الكرامة": "الكرمة", "العطاء": "اللقاء", "الفجر": "الفخر",
    "الصفاء": "الشفاء", "الهمة": "القمة", "الإرادة": "الإفادة", "الصمود": "الصعود",
    "محجوبة": "محبوبة", "الغالية": "العالية", "ميمون": "مأمون", "ربيعة": "رفيعة", "سهيل": "سهير",
    "جميلة": "جليلة", "حورية": "الحرية", "سميرة": "سامية", "حبيبة": "حسيبة", "نجاة": "النجاح",
    "منية": "منى", "حنان": "هناء", "الخيمة": "القيمة", "الناقة": "الأناقة", "الرضا": "الرجاء",
    "الأصالة": "الرسالة", "البهجة": "المهجة", "الفريك": "الفريق", "السراب": "السحاب",
    "الصبر": "الصقر", "الشروق": "الشرق", "البستان": "البيان", "المودة": "الموجة", "النخوة": "النخبة",
    "علال": "هلال", "أنس": "أنيس", "العربي": "الغربي", "أيور": "أيوب",
}
# registered word -> a short real word found inside it (new name); used only where the shorter
# word really appears inside the registered spelling of that script
SUBSTRING = {
    "تيزيري": "زيري", "تيسليت": "إيسلي", "الأمانة": "أمان", "السنديان": "السند",
    "المرجان": "المرج", "السلسبيل": "السبيل", "أمياس": "مايا",
    "أسامر": "سامر", "سجلماسة": "ماسة", "السوسن": "سوس", "أيت باعمران": "عمران",
    "سيدي بلعباس": "عباس", "سيدي بوعثمان": "عثمان", "مولاي بوشعيب": "شعيب", "بنعيسى": "عيسى",
}

# ---------------------------------------------------------------------------------------------
# Activities. kinds: P = cooperative, union, GIE; S = association; B = cooperative, association,
# GIE. A form starting with "^" sits right after the kind word (Association des Usagers...).
# ---------------------------------------------------------------------------------------------
KIND_SETS = {"P": ("coop", "union", "gie"), "S": ("assoc",), "B": ("coop", "assoc", "gie")}


@dataclass
class Act:
    key: str
    group: str
    kinds: tuple
    zones: tuple
    ar: list
    fr: list
    communes: tuple = ()
    coast: bool = False
    ar_swap: list = field(default_factory=list)
    fr_swap: list = field(default_factory=list)
    qual: tuple | None = None          # (Arabic adjective, French adjective or None)
    qual_kinds: tuple = ("coop",)
    no_marker: bool = False

    def forms(self, script):
        return (self.ar + self.ar_swap) if script == "ar" else (self.fr + self.fr_swap)

    def nbase(self, script):
        return len(self.ar) if script == "ar" else len(self.fr)

    def swap_of(self, script):
        return self.ar_swap if script == "ar" else self.fr_swap


def A(key, group, kinds, zones, ar, fr, **kw):
    return Act(key, group, KIND_SETS[kinds], tuple(zones.split()), ar, fr, **kw)


ACTS = [
    A("honey", "honey", "P", "ATL SOU JBA ORI CEN",
      ["لإنتاج العسل", "لتربية النحل", "لتربية النحل وإنتاج العسل"],
      ["de production de miel", "d'apiculture", "pour l'apiculture et la production de miel"],
      qual=("الفلاحية", "Apicole")),
    A("camel_milk", "camel", "P", "SAH",
      ["لإنتاج حليب النوق", "لتثمين حليب الإبل", "لإنتاج وتسويق حليب الناقة"],
      ["de lait de chamelle", "de production de lait de chamelle", "pour la valorisation du lait de chamelle"],
      qual=("الفلاحية", "Laitière")),
    A("camels", "camel", "P", "SAH",
      ["لتربية الإبل", "لتربية الإبل وتسمينها", "لتربية الجمال"],
      ["d'élevage camelin", "d'élevage de dromadaires", "pour l'élevage camelin"],
      qual=("الفلاحية", "Agricole")),
    A("couscous", "couscous", "P", "ANY",
      ["لإنتاج الكسكس", "لتحضير الكسكس البلدي", "للكسكس والعجائن التقليدية"],
      ["de couscous", "de production de couscous", "de couscous et pâtes traditionnelles"]),
    A("henna", "henna", "P", "", ["لإنتاج الحناء", "لزراعة وتثمين الحناء", "لتثمين الحناء"],
      ["de henné", "de production de henné", "pour la valorisation du henné"],
      communes=("Agdz", "Tagounite", "Tamegroute", "Tazarine", "Tata", "Akka", "Foum Zguid", "Tissint"),
      qual=("الفلاحية", "Agricole")),
    A("cactus", "cactus", "P", "", ["لتثمين الصبار", "لتثمين التين الشوكي", "لإنتاج وتثمين الصبار"],
      ["de valorisation du cactus", "pour la valorisation de la figue de barbarie", "de figue de barbarie"],
      communes=("Sidi Ifni", "Mesti", "Mirleft", "Lakhsas", "Guelmim", "Bouizakarne", "Benguerir",
                "Skhour Rehamna", "Attaouia", "Tamellalt", "Sidi Bibi"),
      qual=("الفلاحية", "Agricole")),
    A("rose", "rose", "P", "", ["لتقطير الورد", "لإنتاج ماء الورد", "لتثمين الورد العطري"],
      ["de distillation de roses", "de production d'eau de rose", "pour la valorisation de la rose"],
      communes=("Kelaat M'Gouna", "Boumalne Dadès", "M'semrir", "Skoura"), qual=("الفلاحية", "Agricole")),
    A("fishing", "sea", "B", "ANY", ["للصيد التقليدي", "للصيد البحري التقليدي", "لصيد الأسماك"],
      ["de pêche artisanale", "des marins pêcheurs", "pour la pêche artisanale"], coast=True),
    A("oysters", "sea", "P", "", ["لتربية المحار", "لتربية الأحياء البحرية", "لتربية وتسويق المحار"],
      ["d'ostréiculture", "d'élevage d'huîtres", "pour l'élevage des huîtres"],
      communes=("Dakhla", "El Argoub", "Oualidia")),
    A("seaweed", "sea", "P", "", ["لجني الطحالب البحرية", "لجمع الطحالب البحرية"],
      ["de ramassage des algues", "de collecte des algues marines"], communes=("Oualidia", "Sidi Abed", "Safi")),
    A("seafood", "sea", "P", "SAH SOU", ["لتثمين منتوجات البحر", "لتثمين المنتجات البحرية"],
      ["de valorisation des produits de la mer", "pour la valorisation des produits halieutiques"], coast=True),
    A("rural_tourism", "tourism", "B", "ATL JBA SOU ORI",
      ["للسياحة القروية", "للسياحة الريفية", "لتنمية السياحة القروية"],
      ["de tourisme rural", "pour le tourisme rural", "pour le développement du tourisme rural"],
      qual=("السياحية", "Touristique"), qual_kinds=("coop", "assoc")),
    A("desert_tourism", "tourism", "B", "SAH",
      ["للسياحة الصحراوية", "لتنمية السياحة الصحراوية"],
      ["de tourisme saharien", "pour le tourisme du désert", "pour le développement du tourisme saharien"],
      communes=("M'hamid El Ghizlane", "Rissani", "Tagounite", "Alnif", "Dakhla", "Es-Semara", "Tarfaya",
                "Guelmim", "Asrir", "Foum Zguid"),
      qual=("السياحية", "Touristique"), qual_kinds=("coop", "assoc")),
    A("mountain_tourism", "tourism", "B", "",
      ["للسياحة الجبلية", "لتنمية السياحة الجبلية"],
      ["de tourisme de montagne", "pour le tourisme de montagne"],
      communes=("Asni", "Ijoukak", "Tabant", "Zaouiat Ahansal", "M'semrir", "Imilchil", "Talassemtane",
                "Bab Taza", "Setti Fadma", "Tafraout", "Debdou"),
      qual=("السياحية", "Touristique"), qual_kinds=("coop", "assoc")),
    A("literacy", "literacy", "S", "ANY", ["لمحو الأمية", "لمحاربة الأمية", "لمحو أمية النساء"],
      ["d'alphabétisation", "pour l'alphabétisation des femmes", "de lutte contre l'analphabétisme"]),
    A("irrigation", "water", "S", "ANY", ["^مستعملي المياه لأغراض زراعية", "لمستعملي مياه السقي"],
      ["^des Usagers des Eaux Agricoles", "des usagers de l'eau d'irrigation"], no_marker=True),
    A("drinking_water", "water", "S", "ANY",
      ["للماء الصالح للشرب", "لتدبير الماء الصالح للشرب", "لتزويد الساكنة بالماء الصالح للشرب"],
      ["pour l'eau potable", "de gestion de l'eau potable", "pour l'approvisionnement en eau potable"]),
    A("forest", "forest", "S", "ATL JBA CEN ORI",
      ["لحماية الغابة", "للمحافظة على الغابة", "لحماية الغابة وتنميتها"],
      ["pour la protection de la forêt", "pour la préservation de la forêt",
       "de protection et de développement de la forêt"],
      qual=("البيئية", "Environnementale"), qual_kinds=("assoc",)),
    A("forest_products", "forest", "P", "ATL JBA CEN",
      ["لتثمين المنتوجات الغابوية", "للمنتوجات الغابوية"],
      ["de valorisation des produits forestiers", "des produits forestiers"]),
    A("recycling", "recycling", "B", "ANY", ["لإعادة التدوير", "لتدوير النفايات", "لجمع وتدوير النفايات"],
      ["de recyclage", "de recyclage des déchets", "pour la collecte et le recyclage des déchets"],
      qual=("البيئية", "Environnementale"), qual_kinds=("assoc",)),
    A("pam", "pam", "P", "ANY",
      ["لتثمين النباتات العطرية والطبية", "للنباتات العطرية والطبية", "لإنتاج وتثمين النباتات العطرية والطبية"],
      ["pour la valorisation des plantes aromatiques et médicinales", "des plantes aromatiques et médicinales",
       "de plantes aromatiques et médicinales"],
      ar_swap=["لتثمين النباتات الطبية والعطرية"],
      fr_swap=["pour la valorisation des plantes médicinales et aromatiques"], qual=("الفلاحية", "Agricole")),
    A("carpets", "wool", "P", "ATL CEN ORI", ["لنسج الزرابي", "لنسج الزربية التقليدية", "لحياكة الزرابي"],
      ["de tissage de tapis", "de tapis traditionnels", "pour le tissage des tapis"],
      qual=("الحرفية", "Artisanale")),
    A("alfa", "alfa", "P", "", ["لصناعة منتوجات الحلفاء", "لتثمين الحلفاء", "لنسج الحلفاء"],
      ["de vannerie d'alfa", "pour la valorisation de l'alfa", "d'artisanat de l'alfa"],
      communes=("Tendrara", "Bouarfa", "Aïn Bni Mathar", "Beni Tadjite", "Missour", "Outat El Haj", "Guercif"),
      qual=("الحرفية", "Artisanale")),
    A("crafts", "crafts", "P", "ANY", ["للصناعة التقليدية", "للحرف التقليدية", "للصناعة التقليدية والحرف اليدوية"],
      ["d'artisanat", "d'artisanat traditionnel", "pour l'artisanat"], qual=("الحرفية", "Artisanale")),
    A("dates", "dates", "P", "", ["لتثمين التمور", "لإنتاج وتسويق التمور", "للتمور"],
      ["de valorisation des dattes", "des dattes", "pour la production et la commercialisation des dattes"],
      communes=("Rissani", "Erfoud", "Goulmima", "Tinejdad", "Alnif", "Agdz", "Tagounite", "Tamegroute",
                "M'hamid El Ghizlane", "Figuig", "Akka", "Tata", "Asrir", "Fask", "Taghjijt", "Zag"),
      qual=("الفلاحية", "Agricole")),
    A("citrus", "citrus", "P", "", ["لإنتاج الحوامض", "للحوامض", "لإنتاج وتلفيف الحوامض"],
      ["d'agrumes", "de production d'agrumes", "pour la production et le conditionnement des agrumes"],
      communes=("Ahfir", "Madagh", "Aklim", "Sidi Bouhria", "Sidi Kacem", "Sidi Slimane", "Souk El Arbaa",
                "Sidi Allal Tazi"),
      qual=("الفلاحية", "Agricole")),
    A("olive", "olive", "P", "JBA CEN ORI ATL", ["لإنتاج زيت الزيتون", "لعصر الزيتون", "لإنتاج وتسويق زيت الزيتون"],
      ["d'huile d'olive", "de production d'huile d'olive", "pour la trituration des olives"],
      qual=("الفلاحية", "Agricole")),
    A("cheese", "goat", "P", "", ["لإنتاج الجبن البلدي", "لإنتاج جبن الماعز", "لصناعة الجبن التقليدي"],
      ["de fromage de chèvre", "de production de fromage de chèvre", "de fromage frais traditionnel"],
      communes=("Chefchaouen", "Bab Taza", "Bab Berred", "Talassemtane", "Mokrisset", "Zoumi", "Beni Arouss",
                "Ouezzane")),
    A("mendil", "mendil", "P", "", ["لنسج المنديل الجبلي", "لنسج المنديل", "لحياكة المنديل الجبلي"],
      ["de tissage du mendil", "de mendil traditionnel", "pour le tissage du mendil jebli"],
      communes=("Chefchaouen", "Bab Taza", "Oued Laou", "Jebha", "Mokrisset", "Talassemtane"),
      qual=("الحرفية", "Artisanale")),
    A("pottery", "pottery", "P", "", ["للفخار", "لصناعة الفخار", "للفخار والخزف"],
      ["de poterie", "de poterie traditionnelle", "de poterie et céramique"],
      communes=("Safi", "Tamegroute", "Oued Laou", "Amizmiz"), qual=("الحرفية", "Artisanale")),
    A("sheep", "sheep", "P", "ORI ATL CEN", ["لتربية الأغنام", "لتربية وتسمين الأغنام", "لتربية المواشي"],
      ["d'élevage ovin", "d'élevage des ovins", "pour l'élevage ovin"], qual=("الفلاحية", "Agricole")),
    A("goats", "goat", "P", "ATL SOU JBA", ["لتربية الماعز", "لتربية الماعز وتثمين منتوجاته"],
      ["d'élevage caprin", "d'élevage de chèvres"], qual=("الفلاحية", "Agricole")),
    A("truffles", "truffles", "P", "", ["لجني الترفاس", "لتثمين الترفاس", "لجمع وتسويق الترفاس"],
      ["de truffes du désert", "pour la valorisation de la truffe du désert", "de collecte de terfess"],
      communes=("Tendrara", "Bouarfa", "Beni Tadjite", "Aïn Bni Mathar", "Bouanane", "Abbou Lakhal")),
    A("almonds", "almonds", "P", "", ["لإنتاج اللوز", "لتثمين اللوز", "لإنتاج وتسويق اللوز"],
      ["d'amandes", "de production d'amandes", "pour la valorisation des amandes"],
      communes=("Tafraout", "Igherm", "Anzi", "Imouzzer Ida Ou Tanane", "Amizmiz", "Asni"),
      qual=("الفلاحية", "Agricole")),
    A("apples", "apples", "P", "", ["لإنتاج التفاح", "للتفاح", "لإنتاج وتسويق التفاح"],
      ["de pommes", "de production de pommes", "pour la production de pommes"],
      communes=("Midelt", "Zaida", "Rich", "Imouzzer Kandar", "Tabant", "Imilchil"),
      qual=("الفلاحية", "Agricole")),
    A("capers", "capers", "P", "", ["لإنتاج الكبار", "لتثمين الكبار"], ["de câpres", "de production de câpres"],
      communes=("Sebt Gzoula", "Jamaat Shaim", "Ghafsai", "Tissa"), qual=("الفلاحية", "Agricole")),
    A("wool", "wool", "P", "ATL ORI", ["لغزل الصوف", "لغزل ونسج الصوف"],
      ["de filage de laine", "de filage et tissage de la laine"], qual=("الحرفية", "Artisanale")),
    A("embroidery", "sewing", "B", "ANY", ["للخياطة والطرز", "للخياطة والطرز التقليدي"],
      ["de couture et broderie", "de couture et de broderie traditionnelle"],
      ar_swap=["للطرز والخياطة"], fr_swap=["de broderie et couture"]),
    A("tents", "tents", "P", "SAH", ["لصناعة الخيام", "لصناعة الخيمة التقليدية"],
      ["de confection de tentes", "de tentes traditionnelles"], qual=("الحرفية", "Artisanale")),
    A("melhfa", "melhfa", "P", "SAH", ["لخياطة وصباغة الملاحف", "لصباغة الملاحف"],
      ["de confection de melhfas", "de teinture de melhfas"], qual=("الحرفية", "Artisanale")),
    A("leather", "leather", "P", "SAH", ["للصناعة الجلدية", "لدباغة الجلد وصناعته"],
      ["de maroquinerie", "d'artisanat du cuir"], qual=("الحرفية", "Artisanale")),
    A("dev_local", "dev", "S", "ANY", ["للتنمية المحلية", "للتنمية", "من أجل التنمية المحلية"],
      ["de développement local", "pour le développement", "pour le développement local"]),
    A("dev_culture", "dev", "S", "ANY", ["للتنمية والثقافة", "للتنمية والعمل الثقافي"],
      ["pour le développement et la culture", "de développement et de culture"],
      ar_swap=["للثقافة والتنمية"], fr_swap=["pour la culture et le développement"],
      qual=("الثقافية", "Culturelle"), qual_kinds=("assoc",)),
    A("hassani_heritage", "culture", "S", "SAH",
      ["لإحياء التراث الحساني", "للحفاظ على التراث الحساني", "للتراث الحساني"],
      ["pour la préservation du patrimoine hassani", "du patrimoine hassani",
       "pour la sauvegarde du patrimoine hassani"],
      qual=("الثقافية", "Culturelle"), qual_kinds=("assoc",)),
    A("amazigh_culture", "culture", "S", "ATL SOU JBA ORI", ["للثقافة الأمازيغية", "للثقافة والتراث الأمازيغي"],
      ["pour la culture amazighe", "de la culture amazighe", "pour la culture et le patrimoine amazighs"],
      qual=("الثقافية", "Culturelle"), qual_kinds=("assoc",)),
    A("preschool", "school", "S", "ANY", ["للتعليم الأولي", "للتعليم الأولي والتربية"],
      ["pour l'enseignement préscolaire", "du préscolaire"]),
    A("disability", "social", "S", "ANY", ["لرعاية الأشخاص في وضعية إعاقة", "للأشخاص في وضعية إعاقة"],
      ["pour les personnes en situation de handicap", "d'aide aux personnes handicapées"],
      qual=("الاجتماعية", "Sociale"), qual_kinds=("assoc",)),
    A("environment", "env", "S", "ANY", ["لحماية البيئة", "للبيئة والتنمية المستدامة"],
      ["pour la protection de l'environnement", "pour l'environnement et le développement durable"],
      qual=("البيئية", "Environnementale"), qual_kinds=("assoc",)),
    A("dairy", "dairy", "P", "", ["لجمع الحليب", "لتجميع الحليب وتسويقه"],
      ["de collecte de lait", "pour la collecte du lait"],
      communes=("Kasba Tadla", "Oulad Frej", "Sebt Jahjouh", "El Hajeb", "Had Soualem", "Zemamra",
                "Sidi Bennour", "Sidi Kacem", "Souk El Arbaa", "Sidi Smaïl"),
      qual=("الفلاحية", "Laitière")),
    A("pastry", "pastry", "P", "ANY", ["للحلويات التقليدية", "لصناعة الحلويات التقليدية"],
      ["de pâtisserie traditionnelle", "de gâteaux traditionnels"]),
    A("amlou", "amlou", "P", "SOU", ["لإنتاج أملو", "لتحضير أملو"], ["d'amlou", "de production d'amlou"]),
    A("argan", "argan", "P", "", ["لإنتاج زيت الأركان", "لتثمين الأركان", "لاستخراج زيت الأركان"],
      ["d'huile d'argan", "de production d'huile d'argan", "pour la valorisation de l'argane"],
      communes=("Tamanar", "Smimou", "Aglou", "Biougra", "Tiznit", "Imsouane", "Tamri", "Mesti"),
      qual=("الفلاحية", "Agricole")),
    A("thuya", "thuya", "P", "", ["لصناعة خشب العرعار", "لتثمين خشب العرعار"],
      ["de marqueterie de thuya", "d'artisanat du thuya"], communes=("Essaouira", "Smimou", "Tamanar"),
      qual=("الحرفية", "Artisanale")),
]

KINDS = {
    "coop": {"ar": ["تعاونية"], "ar_def": "التعاونية",
             "lat": ["Coopérative", "Cooperative", "Coop", "Société Coopérative"]},
    "assoc": {"ar": ["جمعية"], "ar_def": "الجمعية", "lat": ["Association"]},
    "union": {"ar": ["اتحاد تعاونيات", "اتحاد التعاونيات"], "ar_def": "اتحاد التعاونيات",
              "lat": ["Union des Coopératives", "Union des Cooperatives"]},
    "gie": {"ar": ["مجموعة ذات النفع الاقتصادي", "مجموعة النفع الاقتصادي", "المجموعة ذات النفع الاقتصادي"],
            "ar_def": "المجموعة ذات النفع الاقتصادي",
            "lat": ["GIE", "G.I.E", "G.I.E.", "Groupement d'Intérêt Economique", "Groupement d'Intérêt Économique"]},
}

ZONE_WEIGHTS = [("CEN", 28), ("ATL", 26), ("SOU", 12), ("JBA", 13), ("ORI", 11), ("SAH", 10)]
SUN = set("تثدذرزسشصضطظلن")
MOON_STYLES = [("El ", 35), ("Al ", 33), ("El", 8), ("Al", 4), ("El-", 11), ("Al-", 9)]
SUN_STYLES = [("E+", 32), ("A+", 22), ("E-", 16), ("A-", 14), ("Al ", 10), ("El ", 6)]
VAR_TARGET = {"script": 120, "translit": 90, "generic": 90, "activity": 90, "article": 65, "typo": 100,
              "order": 70, "place": 95, "prefix": 25, "combo": 95}
NEW_TARGET = {"other_word": 90, "similar_word": 50, "substring": 20, "same_place": 80, "same_product": 90,
              "other_script": 80, "unrelated": 75, "same_saint_other_word": 25}


# ---------------------------------------------------------------------------------------------
# Data model
# ---------------------------------------------------------------------------------------------
@dataclass
class Commune:
    ar: str
    fr: str
    fr_alts: list
    ar_alts: list
    zone: str
    coast: bool
    saint: bool


@dataclass
class Word:
    ar: str                 # canonical Arabic, prefix included for saints
    ar_forms: list          # Arabic spellings of the word (own name only for saints)
    lat: list               # Latin spellings (own name only for saints)
    art: int
    zone: str
    fam: str
    prefix: str | None = None
    np_ok: bool = False
    style: str | None = None
    sun: bool = False


def ar_auto(s):
    """Other ways people type the same Arabic word."""
    out = []

    def add(t):
        if t != s and t not in out:
            out.append(t)

    add(re.sub(r"(^|\s|ال)[أإآ]", r"\1ا", s))
    add(re.sub(r"ة(?=\s|$)", "ه", s))
    add(re.sub(r"ى(?=\s|$)", "ي", s))
    add(re.sub(r"(?<=\S)ي(?=\s|$)", "ى", s))
    add(re.sub(r"اء(?=\s|$)", "ا", s))
    return out


def split_row(line):
    return [p.strip() for p in line.split("|")]


def parse_words(text):
    words = []
    for line in text.strip().splitlines():
        ar, lat, art, zone, fam, *rest = split_row(line)
        alts = [a.strip() for a in rest[0].split(",") if a.strip()] if rest else []
        forms = [ar]
        for f in alts + ar_auto(ar):
            if f not in forms:
                forms.append(f)
        w = Word(ar=ar, ar_forms=forms, lat=[x.strip() for x in lat.split(",")], art=int(art), zone=zone, fam=fam)
        if w.art:
            w.sun = ar[2] in SUN
        words.append(w)
    return words


def parse_saints(text):
    words = []
    for line in text.strip().splitlines():
        pref, core, lat, zone, alts, flag = split_row(line)
        forms = [core]
        for f in [a.strip() for a in alts.split(",") if a.strip()] + ar_auto(core):
            if f not in forms:
                forms.append(f)
        words.append(Word(ar=f"{pref} {core}", ar_forms=forms, lat=[x.strip() for x in lat.split(",")], art=0,
                          zone=zone, fam="saint", prefix=pref, np_ok=(flag == "np")))
    return words


def parse_communes(text):
    out = {}
    for line in text.strip().splitlines():
        ar, fr, fr_alts, ar_alts, zone, flags = split_row(line)
        out[fr] = Commune(ar, fr, [x.strip() for x in fr_alts.split(",") if x.strip()],
                          [x.strip() for x in ar_alts.split(",") if x.strip()], zone, "c" in flags, "s" in flags)
    return out


COMMUNES = parse_communes(COMMUNES_TEXT)
for _a in ACTS:
    for _c in _a.communes:
        assert _c in COMMUNES, _c


# ---------------------------------------------------------------------------------------------
# Rendering
# ---------------------------------------------------------------------------------------------
def lat_article(stem, sun, style):
    if not style or style == "drop":
        return stem
    if style in ("E+", "A+", "E-", "A-"):
        if not sun:
            style = {"E+": "El", "A+": "Al", "E-": "El-", "A-": "Al-"}[style]
        else:
            low = stem.lower()
            if low[:2] in ("ch", "sh"):
                cons = low[:2]
            else:
                cons = low[0]
            if style[1] == "+":
                if low[:2] in ("th", "dh"):          # Ettiqa, Addiae
                    return style[0] + cons + cons + low[2:]
                return style[0] + cons + low
            return style[0] + cons + "-" + stem
    if style.endswith(" ") or style.endswith("-"):
        return style + stem
    if stem[0] in "AEIOUaeiou":          # "El Atae" rather than "Elatae"
        return style + " " + stem
    return style + stem.lower()


def lat_norm(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if ch.isalpha()).lower()


def bi(name):
    return "بال" + name[2:] if name.startswith("ال") else "ب" + name


def de(name):
    return ("d'" + name) if name[0] in "AEIOUÂÉÈÎÏÔ" else ("de " + name)


@dataclass
class Spec:
    script: str
    kind: str
    word: Word
    kform: int = 0
    wstem: int = 0
    wstyle: str | None = None
    wpref: int | None = None
    warticle: bool = True
    wover: str | None = None
    marker: str | None = None
    mpos: str = "a"
    mstyle: str = "fem"
    qual: bool = False
    qpos: str = "a"
    act: Act | None = None
    act_on: bool = False
    aform: int = 0
    aover: str | None = None
    commune: Commune | None = None
    place_on: bool = False
    pform: str = "b"
    palt: int | None = None
    ppos: str = "e"


def word_text(sp):
    if sp.wover:
        return sp.wover
    w = sp.word
    if sp.script == "ar":
        core = w.ar_forms[sp.wstem]
        if not sp.warticle and core.startswith("ال"):
            core = core[2:]
        if w.prefix:
            return core if sp.wpref is None else PREFIXES[w.prefix]["ar"][sp.wpref] + " " + core
        return core
    stem = w.lat[sp.wstem]
    if w.prefix:
        return stem if sp.wpref is None else PREFIXES[w.prefix]["lat"][sp.wpref] + " " + stem
    if w.art == 1 or (w.art == 2 and sp.wstyle):
        return lat_article(stem, w.sun, sp.wstyle)
    return stem


def act_text(sp):
    if sp.aover:
        return sp.aover
    return sp.act.forms(sp.script)[sp.aform]


def qual_text(sp):
    if not sp.qual or not sp.act or not sp.act.qual:
        return None
    return sp.act.qual[0] if sp.script == "ar" else sp.act.qual[1]


def place_text(sp):
    c = sp.commune
    if sp.script == "ar":
        name = c.ar if sp.palt is None else c.ar_alts[sp.palt]
        return {"b": bi(name), "bare": name, "jamaa": "بجماعة " + name}[sp.pform]
    name = c.fr if sp.palt is None else c.fr_alts[sp.palt]
    return {"de": de(name), "bare": name, "dash": "- " + name}[sp.pform]


def render(sp):  # noqa: C901 — one case per way of writing a name
    act = act_text(sp) if sp.act_on else None
    pre = bool(act and act.startswith("^"))
    if pre:
        act = act[1:]
    qual = qual_text(sp)
    place = place_text(sp) if sp.place_on else None
    # a bare commune sits right after the word, "- X" and "بجماعة X" close the name
    ppos = "w" if sp.pform == "bare" else "e" if sp.pform in ("dash", "jamaa") else sp.ppos
    parts = []
    kinds = KINDS[sp.kind][sp.script]
    kt = kinds[sp.kform]
    if sp.script == "ar":
        if ((sp.marker == "f" and sp.mpos == "b") or (qual and sp.qpos == "b")) and sp.kform == 0:
            kt = KINDS[sp.kind]["ar_def"]
        parts.append(kt)
        if qual and sp.qpos == "b":
            parts.append(qual)
        if sp.marker == "f" and sp.mpos == "b":
            parts.append("النسوية")
        if pre:
            parts.append(act)
        parts.append(word_text(sp))
        if qual and sp.qpos == "a":
            parts.append(qual)
        if sp.marker == "f" and sp.mpos == "a":
            parts.append("النسوية")
        if place and ppos == "w":
            parts.append(place)
        if sp.marker == "y":
            parts.append("للشباب")
            if act and not pre:
                parts.append("و" + (("ال" + act[2:]) if act.startswith("لل") else act[1:] if act.startswith("ل") else act))
        elif act and not pre:
            parts.append(act)
        if place and ppos == "e":
            parts.append(place)
    else:
        parts.append(kt)
        if qual:
            parts.append(qual)
        if sp.marker == "y" and sp.mpos == "b":
            parts.append("des Jeunes")
        if sp.marker == "f" and sp.mpos == "b":
            parts.append("Féminines" if sp.kind == "union" else "Féminine")
        if pre:
            parts.append(act)
        parts.append(word_text(sp))
        if sp.marker == "f" and sp.mpos == "a":
            parts.append("des Femmes" if sp.mstyle == "femmes" else "Féminine")
        if sp.marker == "y" and sp.mpos == "a":
            parts.append("des Jeunes")
        if place and ppos == "w":
            parts.append(place)
        if act and not pre:
            parts.append(act)
        if place and ppos == "e":
            parts.append(place)
    return " ".join(parts)


# ---------------------------------------------------------------------------------------------
# Typing slips
# ---------------------------------------------------------------------------------------------
AZERTY = ["azertyuiop", "qsdfghjklm", "wxcvbn"]
AR_ROWS = [list("ضصثقفغعهخحجد"), list("شسيبلاتنمكط"), ["ئ", "ء", "ؤ", "ر", "لا", "ى", "ة", "و", "ز", "ظ"]]
AR_SPECIAL = set("ءئؤىة")


def neighbours(rows, shift):
    nb = {}
    for r, row in enumerate(rows):
        for j, ch in enumerate(row):
            cand = []
            if j > 0:
                cand.append(row[j - 1])
            if j + 1 < len(row):
                cand.append(row[j + 1])
            if r + 1 < len(rows):
                k = j - shift[r]
                if 0 <= k < len(rows[r + 1]):
                    cand.append(rows[r + 1][k])
            if r > 0:
                k = j + shift[r - 1]
                if 0 <= k < len(rows[r - 1]):
                    cand.append(rows[r - 1][k])
            nb[ch] = [c for c in cand if len(c) == 1]
    return nb


LAT_NEAR = neighbours(AZERTY, [0, 1])
AR_NEAR = neighbours(AR_ROWS, [0, 0])
SKIP_TOKENS = {"el", "al", "ibn", "ben", "bnou", "ibnou", "beni", "bni", "oulad", "ouled", "ait", "aït", "ayt",
               "sidi", "sidy", "moulay", "my", "lalla", "lala", "cheikh", "ou", "de", "des", "du", "la", "le",
               "pour", "et", "d'", "l'"}


def lat_slip(tok, rng):
    for _ in range(30):
        op = rng.choices(["near", "drop", "swap", "double"], [35, 25, 25, 15])[0]
        i = rng.randrange(1, len(tok))
        c = tok[i]
        if not c.isalpha():
            continue
        if op == "near":
            nb = LAT_NEAR.get(c.lower())
            if not nb:
                continue
            r = rng.choice(nb)
            out = tok[:i] + (r.upper() if c.isupper() else r) + tok[i + 1:]
        elif op == "drop":
            if len(tok) < 5 or i == len(tok) - 1:
                continue
            out = tok[:i] + tok[i + 1:]
        elif op == "swap":
            if i + 1 >= len(tok) or not tok[i + 1].isalpha() or tok[i + 1] == c:
                continue
            out = tok[:i] + tok[i + 1] + c + tok[i + 2:]
        else:
            out = tok[:i] + c + tok[i:]
        if out != tok:
            return out
    return None


def ar_slip(tok, rng):
    start = 2 if tok.startswith("ال") and len(tok) > 4 else 0
    for _ in range(30):
        op = rng.choices(["near", "drop", "swap", "double"], [35, 25, 25, 15])[0]
        i = rng.randrange(max(start, 1), len(tok))
        c = tok[i]
        if c in AR_SPECIAL and op != "drop":
            continue
        if op == "near":
            nb = [x for x in AR_NEAR.get(c, []) if x not in AR_SPECIAL]
            if not nb:
                continue
            out = tok[:i] + rng.choice(nb) + tok[i + 1:]
        elif op == "drop":
            if len(tok) - start < 4 or i == len(tok) - 1:
                continue
            out = tok[:i] + tok[i + 1:]
        elif op == "swap":
            if i + 1 >= len(tok) or tok[i + 1] in AR_SPECIAL or tok[i + 1] == c:
                continue
            out = tok[:i] + tok[i + 1] + c + tok[i + 2:]
        else:
            out = tok[:i] + c + tok[i:]
        if out != tok:
            return out
    return None


def slip_phrase(text, script, rng, avoid=()):
    toks = text.split(" ")
    if script == "ar":
        idx = [i for i, t in enumerate(toks) if len(t.replace("ال", "", 1)) >= 3 and t not in PREFIXES
               and t not in ("سيدي", "مولاي", "لالة", "بن", "ابن", "بني", "أولاد", "أيت")]
    else:
        idx = [i for i, t in enumerate(toks) if len(t) >= 4 and t.lower() not in SKIP_TOKENS and t[0].isalpha()]
    if not idx:
        return None
    longest = max(len(toks[i]) for i in idx)
    pool = [i for i in idx if len(toks[i]) >= min(longest, 5)]
    for _ in range(10):
        i = rng.choice(pool)
        new = ar_slip(toks[i], rng) if script == "ar" else lat_slip(toks[i], rng)
        if new:
            out = " ".join(toks[:i] + [new] + toks[i + 1:])
            if out not in avoid:
                return out
    return None


# ---------------------------------------------------------------------------------------------
# Words, organisations
# ---------------------------------------------------------------------------------------------
rng = random.Random(SEED)

REGISTERED = parse_words(REGISTERED_TEXT) + parse_saints(SAINTS_TEXT)
NEW_WORDS = parse_words(NEW_TEXT)
NEW_BY_AR = {w.ar: w for w in NEW_WORDS}
for _w in REGISTERED + NEW_WORDS:
    if _w.art == 1:
        styles = SUN_STYLES if _w.sun else MOON_STYLES
        _w.style = rng.choices([s for s, _ in styles], [p for _, p in styles])[0]
for _k, _v in list(SIMILAR.items()) + list(SUBSTRING.items()):
    assert _v in NEW_BY_AR, _v
    assert any(w.ar == _k for w in REGISTERED), _k


def random_style(w):
    if w.art == 1:
        styles = SUN_STYLES if w.sun else MOON_STYLES
        return rng.choices([s for s, _ in styles], [p for _, p in styles])[0]
    if w.art == 2:
        return None if rng.random() < 0.75 else rng.choice(["El ", "Al ", "E+" if w.sun else "El"])
    return None


def all_lat_styles(w):
    return [s for s, _ in (SUN_STYLES if w.sun else MOON_STYLES)] + ["drop"]


@dataclass
class Org:
    word: Word
    zone: str
    script: str
    kind: str
    act: Act
    commune: Commune
    double: bool
    spec: Spec = None
    name: str = ""
    split: str = ""


act_use = Counter()
commune_use = Counter()


def weighted_pick(items, use, key):
    weights = [1.0 / (1 + use[key(x)]) ** 1.5 for x in items]
    return rng.choices(items, weights)[0]


def act_fits_zone(a, zone):
    if a.communes:
        return any(COMMUNES[c].zone == zone for c in a.communes)
    if "ANY" not in a.zones and zone not in a.zones:
        return False
    if a.coast:
        return any(c.zone == zone and c.coast for c in COMMUNES.values())
    return True


def act_fits_commune(a, c):
    if a.communes:
        return c.fr in a.communes
    return ("ANY" in a.zones or c.zone in a.zones) and (c.coast or not a.coast)


def communes_for(a, zone):
    if a.communes:
        cs = [COMMUNES[c] for c in a.communes if COMMUNES[c].zone == zone] or [COMMUNES[c] for c in a.communes]
    else:
        cs = [c for c in COMMUNES.values() if c.zone == zone and (c.coast or not a.coast)]
    return cs


def pick_kind(w):
    if w.fam in ("saint", "historic", "tribe"):
        ks, ps = ["assoc", "coop", "gie", "union"], [55, 28, 8, 9]
    else:
        ks, ps = ["coop", "assoc", "gie", "union"], [47, 33, 10, 10]
    return rng.choices(ks, ps)[0]


def lat_place_form():
    return rng.choices(["de", "bare", "dash"], [70, 20, 10])[0]


def lat_ppos(sp):
    act = act_text(sp) if sp.act_on else ""
    if sp.pform == "dash":
        return "e"
    if act and not act.startswith("pour") and not act.startswith("^"):
        return "e" if rng.random() < 0.8 else "w"
    return "w" if rng.random() < 0.75 else "e"


def make_org(w, zone, avoid_groups=()):
    for _ in range(50):
        kind = pick_kind(w)
        cands = [a for a in ACTS if kind in a.kinds and act_fits_zone(a, zone) and a.group not in avoid_groups]
        if cands:
            break
    a = weighted_pick(cands, act_use, lambda x: x.key)
    act_use[a.key] += 1
    c = weighted_pick(communes_for(a, zone), commune_use, lambda x: x.fr)
    commune_use[c.fr] += 1
    script = "ar" if rng.random() < 0.5 else "lat"
    return Org(word=w, zone=c.zone, script=script, kind=kind, act=a, commune=c, double=False)


def canonical_spec(org):  # noqa: C901 — one case per way of writing a name
    w = org.word
    sp = Spec(script=org.script, kind=org.kind, word=w, act=org.act, commune=org.commune)
    sp.wstyle = w.style if w.art == 1 else None
    if w.prefix:
        sp.wpref = None if (w.np_ok and rng.random() < 0.35) else 0
    pre_only = org.act.no_marker
    sp.act_on = org.double or rng.random() < (0.7 if org.kind == "assoc" else 0.85)
    nb = org.act.nbase(org.script)
    sp.aform = rng.choices(range(nb), [6, 3, 2][:nb])[0]
    if org.act.forms(org.script)[sp.aform].startswith("^"):
        pre_only = True
    r = rng.random()
    if org.kind in ("coop", "assoc", "union") and not pre_only and w.fam != "name_m" and r < 0.24:
        sp.marker = "f"
    elif org.kind == "assoc" and not pre_only and r < 0.31:
        sp.marker = "y"
    if sp.marker == "f":
        if org.kind == "union":
            sp.mpos = "b"
        elif org.script == "ar":
            sp.mpos = "a" if rng.random() < 0.6 else "b"
        else:
            sp.mpos = "b" if rng.random() < 0.7 else "a"
        sp.mstyle = "femmes" if rng.random() < 0.5 else "fem"
    elif sp.marker == "y":
        sp.mpos = "a" if (org.script == "ar" or rng.random() < 0.5) else "b"
    if qual_ok(sp) and rng.random() < 0.2:
        sp.qual = True
        sp.qpos = "a" if rng.random() < 0.7 else "b"
    sp.place_on = rng.random() < (0.85 if org.commune.saint else 0.5)
    if org.script == "ar":
        sp.pform = "b" if rng.random() < (0.5 if org.commune.saint else 0.78) else "bare"
        sp.ppos = "e" if rng.random() < 0.75 else "w"
    else:
        sp.pform = "bare" if (org.commune.saint and rng.random() < 0.4) else lat_place_form()
        sp.ppos = lat_ppos(sp)
    return sp


def qual_ok(sp):
    a = sp.act
    if not a or not a.qual or sp.kind not in a.qual_kinds:
        return False
    q = a.qual[0] if sp.script == "ar" else a.qual[1]
    if q is None:
        return False
    # no "Coopérative Apicole X d'apiculture", "تعاونية الفلاح الفلاحية"
    stem = q[2:-3] if sp.script == "ar" else lat_norm(q)[:4]
    around = (act_text(sp) if sp.act_on else "") + " " + word_text(sp)
    return stem not in (around if sp.script == "ar" else lat_norm(around))


# ---------------------------------------------------------------------------------------------
# Variant operations: each takes (org, spec) and returns a changed spec or None
# ---------------------------------------------------------------------------------------------
def op_script(org, sp):
    to = "lat" if sp.script == "ar" else "ar"
    w = sp.word
    ns = replace(sp, script=to, kform=0, wover=None, aover=None, warticle=True)
    if to == "lat":
        ns.wstem = rng.randrange(len(w.lat)) if rng.random() < 0.6 else 0
        ns.wstyle = random_style(w)
    else:
        ns.wstem = 0 if rng.random() < 0.65 else rng.randrange(len(w.ar_forms))
        ns.wstyle = None
    if w.prefix and sp.wpref is not None:
        ns.wpref = 0 if rng.random() < 0.8 else rng.randrange(len(PREFIXES[w.prefix][to]))
    if sp.marker == "f":
        ns.mpos = "b" if sp.kind == "union" else rng.choice(["a", "b"])
        ns.mstyle = rng.choice(["fem", "femmes"])
    elif sp.marker == "y":
        ns.mpos = "a" if to == "ar" else rng.choice(["a", "b"])
    if sp.qual and not qual_ok(ns):
        ns.qual = False
    if sp.act_on:
        base = list(range(sp.act.nbase(to)))
        if sp.act.forms(sp.script)[sp.aform].startswith("^"):
            base = [i for i in base if sp.act.forms(to)[i].startswith("^")] or base
        ns.aform = rng.choice(base)
    if sp.place_on:
        c = sp.commune
        alts = c.ar_alts if to == "ar" else c.fr_alts
        ns.palt = rng.randrange(len(alts)) if alts and rng.random() < 0.25 else None
        if to == "ar":
            ns.pform = "b" if rng.random() < 0.75 else "bare"
            ns.ppos = "e" if rng.random() < 0.75 else "w"
        else:
            ns.pform = lat_place_form()
            ns.ppos = lat_ppos(ns)
    return ns


def op_translit(org, sp):
    w = sp.word
    n = len(w.ar_forms) if sp.script == "ar" else len(w.lat)
    cands = [i for i in range(n) if i != sp.wstem]
    if not cands:
        return None
    return replace(sp, wstem=rng.choice(cands))


def op_article(org, sp):
    w = sp.word
    if w.prefix:
        return None
    if sp.script == "lat":
        cur = word_text(sp)
        if w.art == 1:
            cands = [s for s in all_lat_styles(w) if lat_article(w.lat[sp.wstem], w.sun, s) != cur]
            return replace(sp, wstyle=rng.choice(cands)) if cands else None
        if w.art == 2:
            if sp.wstyle:
                return replace(sp, wstyle=None)
            return replace(sp, wstyle=rng.choice(["El ", "Al ", "E+" if w.sun else "El"]))
        return None
    if w.art and w.fam in ("virtue", "nature", "name_f", "name_m", "darija") and sp.warticle:
        return replace(sp, warticle=False)
    return None


def op_prefix(org, sp):
    w = sp.word
    if not w.prefix:
        return None
    pl = PREFIXES[w.prefix][sp.script]
    if sp.wpref is None:
        return replace(sp, wpref=0 if rng.random() < 0.75 else rng.randrange(len(pl)))
    opts = [i for i in range(len(pl)) if i != sp.wpref]
    if (sp.act_on or sp.place_on) and len(w.ar_forms[0]) >= 4:
        opts += [None, None]
    return replace(sp, wpref=rng.choice(opts))


def ar_key(s):
    s = re.sub("[أإآ]", "ا", s).replace("ة", "ه").replace("ى", "ي").replace("ڭ", "ك")
    return "".join(t[2:] if t.startswith("ال") and len(t) > 3 else t for t in s.split())


REG_KEYS = {}
for _w in REGISTERED:
    for _f in _w.ar_forms:
        REG_KEYS.setdefault(ar_key(_f), set()).add(_w.ar)
    for _st in _w.lat:
        for _style in ([None] + all_lat_styles(_w)) if _w.art else [None]:
            REG_KEYS.setdefault(lat_norm(lat_article(_st, _w.sun, _style)), set()).add(_w.ar)


def is_other_word(text, script, w):
    """True when a slip turns the word into the spelling of another registered word."""
    core = text
    if w.prefix:
        core = text.split(" ", 1)[-1]
    key = ar_key(core) if script == "ar" else lat_norm(core)
    return bool(REG_KEYS.get(key, set()) - {w.ar})


def op_typo(org, sp):
    w = sp.word
    known = set()
    if sp.script == "ar":
        for i in range(len(w.ar_forms)):
            known.add(word_text(replace(sp, wstem=i, wover=None)))
    else:
        for i in range(len(w.lat)):
            for s in (all_lat_styles(w) if w.art else [None]):
                known.add(word_text(replace(sp, wstem=i, wstyle=s, wover=None)))
    if sp.act_on and rng.random() < 0.15:
        new = slip_phrase(act_text(sp).lstrip("^"), sp.script, rng)
        if new:
            pre = "^" if act_text(sp).startswith("^") else ""
            if pre + new not in sp.act.forms(sp.script):
                return replace(sp, aover=pre + new)
    for _ in range(5):
        new = slip_phrase(word_text(sp), sp.script, rng, avoid=known)
        if new and not is_other_word(new, sp.script, w):
            return replace(sp, wover=new)
    return None


def op_generic(org, sp):  # noqa: C901 — one case per way of writing a name
    opts = []
    if len(KINDS[sp.kind][sp.script]) > 1:
        opts.append("kind")
    if sp.marker:
        opts.append("mdrop")
    elif sp.kind in ("coop", "assoc", "union") and not sp.act.no_marker and sp.word.fam != "name_m":
        opts.append("madd")
    if sp.script == "lat" and sp.marker == "f" and sp.mpos == "a":
        opts.append("mstyle")
    if qual_ok(sp):
        opts.append("qual")
    if not opts:
        return None
    o = rng.choice(opts)
    if o == "kind":
        n = len(KINDS[sp.kind][sp.script])
        return replace(sp, kform=rng.choice([i for i in range(n) if i != sp.kform]))
    if o == "mdrop":
        return replace(sp, marker=None)
    if o == "madd":
        if sp.kind == "union":
            mpos = "b"
        else:
            mpos = ("a" if rng.random() < 0.6 else "b") if sp.script == "ar" else ("b" if rng.random() < 0.7 else "a")
        return replace(sp, marker="f", mpos=mpos, mstyle=rng.choice(["fem", "femmes"]))
    if o == "mstyle":
        return replace(sp, mstyle="fem" if sp.mstyle == "femmes" else "femmes")
    return replace(sp, qual=not sp.qual, qpos="a" if rng.random() < 0.7 else "b")


def op_activity(org, sp):
    opts = []
    if sp.act_on and not org.double:
        opts.append("drop")
    if not sp.act_on:
        opts.append("add")
    nb = sp.act.nbase(sp.script)
    if sp.act_on and nb > 1:
        opts += ["reword", "reword"]
    if not opts:
        return None
    o = rng.choice(opts)
    if o == "drop":
        return replace(sp, act_on=False, aover=None)
    if o == "add":
        ns = replace(sp, act_on=True, aform=rng.randrange(nb), aover=None)
        if ns.script == "lat" and ns.place_on and ns.pform != "dash":
            ns.ppos = lat_ppos(ns)
        return ns
    cands = [i for i in range(nb) if i != sp.aform]
    return replace(sp, aform=rng.choice(cands), aover=None)


def op_order(org, sp):
    opts = []
    if sp.marker == "f" and sp.kind in ("coop", "assoc") and (sp.script == "ar" or sp.mstyle == "fem"):
        opts.append("mpos")
    if sp.marker == "y" and sp.script == "lat":
        opts.append("mpos")
    if sp.place_on and sp.pform in ("b", "de") and sp.act_on:
        opts.append("ppos")
    if sp.act_on and sp.aform == 0 and sp.act.swap_of(sp.script):
        opts.append("swap")
    if sp.script == "ar" and sp.qual:
        opts.append("qpos")
    if not opts:
        return None
    o = rng.choice(opts)
    if o == "mpos":
        return replace(sp, mpos="a" if sp.mpos == "b" else "b", mstyle="fem")
    if o == "ppos":
        return replace(sp, ppos="e" if sp.ppos == "w" else "w")
    if o == "swap":
        return replace(sp, aform=sp.act.nbase(sp.script), aover=None)
    return replace(sp, qpos="a" if sp.qpos == "b" else "b")


def op_place(org, sp):
    c = sp.commune
    if not sp.place_on:
        if sp.script == "ar":
            return replace(sp, place_on=True, pform="b" if rng.random() < 0.75 else "bare", palt=None,
                           ppos="e" if rng.random() < 0.75 else "w")
        ns = replace(sp, place_on=True, pform=lat_place_form(), palt=None)
        ns.ppos = lat_ppos(ns)
        return ns
    if rng.random() < 0.4:
        return replace(sp, place_on=False)
    alts = c.ar_alts if sp.script == "ar" else c.fr_alts
    forms = ["b", "bare", "jamaa"] if sp.script == "ar" else ["de", "bare", "dash"]
    opts = [("form", f) for f in forms if f != sp.pform] + [("alt", i) for i in range(len(alts)) if i != sp.palt]
    if alts:
        opts += [("alt", i) for i in range(len(alts)) if i != sp.palt]
    kind, v = rng.choice(opts)
    if kind == "alt":
        return replace(sp, palt=v)
    ns = replace(sp, pform=v)
    if v == "dash":
        ns.ppos = "e"
    return ns


SINGLE_OPS = {"script": op_script, "translit": op_translit, "generic": op_generic, "activity": op_activity,
              "article": op_article, "typo": op_typo, "order": op_order, "place": op_place, "prefix": op_prefix}
COMBO_FIRST = ["script", "translit", "typo", "article", "generic", "prefix", "script", "translit"]
COMBO_SECOND = ["generic", "activity", "place", "order", "prefix", "typo"]


def op_combo(org, sp):
    pairs = [(a, b) for a in COMBO_FIRST for b in COMBO_SECOND if a != b]
    rng.shuffle(pairs)
    base = render(sp)
    for a, b in pairs[:25]:
        if a == "typo":
            a, b = b, a
        s1 = SINGLE_OPS[a](org, sp)
        if not s1 or render(s1) == base:
            continue
        s2 = SINGLE_OPS[b](org, s1)
        if not s2 or render(s2) in (base, render(s1)):
            continue
        if b != "script" and render(SINGLE_OPS[b](org, sp) or sp) == render(s2):
            continue
        return s2
    return None


VAR_OPS = dict(SINGLE_OPS, combo=op_combo)

# ---------------------------------------------------------------------------------------------
# New-name operations
# ---------------------------------------------------------------------------------------------
new_use = Counter()


def pick_new(org, used, zone=None):
    zone = zone or org.zone
    cands = [w for w in NEW_WORDS if w.zone in (zone, "ANY") and w.ar not in used
             and not (w.fam == "name_m" and org.spec.marker == "f")]
    same_fam = [w for w in cands if w.fam == org.word.fam]
    if same_fam and rng.random() < 0.5:
        cands = same_fam
    low = min(new_use[w.ar] for w in cands)
    pool = [w for w in cands if new_use[w.ar] <= low + 1]
    return rng.choice(pool)


def with_word(sp, w2):
    return replace(sp, word=w2, wstem=0, wstyle=w2.style if w2.art == 1 else None, wpref=None,
                   warticle=True, wover=None, aover=None)


def new_other_word(org, sp, used):
    return with_word(sp, pick_new(org, used))


def new_pair(table, org, sp, used, contained):
    w2 = NEW_BY_AR.get(table.get(org.word.ar, ""))
    if not w2:
        return None
    ns = with_word(sp, w2)
    if contained:
        if sp.script == "ar":
            if w2.ar.replace("ال", "").replace("إ", "ا").replace("أ", "ا") not in word_text(sp).replace("إ", "ا").replace("أ", "ا"):
                return None
        elif lat_norm(w2.lat[0]) not in lat_norm(word_text(sp)):
            return None
    return ns


def other_act(kind, commune, exclude_groups):
    cands = [a for a in ACTS if kind in a.kinds and act_fits_commune(a, commune) and a.group not in exclude_groups]
    return rng.choice(cands) if cands else None


def new_same_place(org, sp, used):
    if not sp.place_on:
        return None
    a = other_act(sp.kind, sp.commune, {org.act.group})
    if not a:
        return None
    ns = with_word(sp, pick_new(org, used))
    ns.act, ns.act_on, ns.aform, ns.qual = a, True, rng.randrange(a.nbase(sp.script)), False
    if a.forms(sp.script)[ns.aform].startswith("^") and ns.marker:
        ns.marker = None
    if ns.marker == "y" and sp.kind != "assoc":
        ns.marker = None
    return ns


def new_same_product(org, sp, used):
    a = org.act
    ns = replace(sp)
    ns.act_on, ns.aform = True, rng.randrange(a.nbase(sp.script))
    if a.forms(sp.script)[ns.aform].startswith("^"):
        ns.marker = None
    cs = [c for c in COMMUNES.values() if act_fits_commune(a, c) and c is not org.commune]
    if cs and rng.random() < 0.65:
        ns.commune = rng.choice(cs)
        ns.place_on, ns.palt = True, None
        ns.pform = "b" if sp.script == "ar" else "de"
        ns.ppos = "e" if sp.script == "ar" else lat_ppos(ns)
    else:
        ns.place_on = False
    return with_word(ns, pick_new(org, used, zone=ns.commune.zone))


def new_other_script(org, sp, used):
    ns = op_script(org, with_word(sp, pick_new(org, used)))
    ns.wstem, ns.palt = 0, None          # a new name is spelled the usual way
    return ns


def new_unrelated(org, sp, used):
    zone = rng.choices([z for z, _ in ZONE_WEIGHTS], [p for _, p in ZONE_WEIGHTS])[0]
    kind = rng.choice([k for k in KINDS if k != org.kind])
    cands = [a for a in ACTS if kind in a.kinds and act_fits_zone(a, zone) and a.group != org.act.group]
    if not cands:
        return None
    a = rng.choice(cands)
    c = rng.choice([c for c in communes_for(a, zone) if c is not org.commune])
    w2 = pick_new(org, used, zone=c.zone)
    ns = Spec(script=sp.script, kind=kind, word=w2, wstyle=w2.style if w2.art == 1 else None, act=a, act_on=True,
              aform=rng.randrange(a.nbase(sp.script)), commune=c, place_on=rng.random() < 0.5)
    if kind in ("coop", "union") and w2.fam != "name_m" and rng.random() < 0.2:
        ns.marker, ns.mpos = "f", "b"
    ns.pform = "b" if sp.script == "ar" else "de"
    ns.ppos = "e" if sp.script == "ar" else lat_ppos(ns)
    return ns


def new_same_saint(org, sp, used):
    if not (sp.place_on and sp.commune.saint):
        return None
    ns = with_word(sp, pick_new(org, used))
    if rng.random() < 0.4:
        a = other_act(sp.kind, sp.commune, {org.act.group})
        if a:
            ns.act, ns.act_on, ns.aform, ns.qual = a, True, rng.randrange(a.nbase(sp.script)), False
            if a.forms(sp.script)[ns.aform].startswith("^"):
                ns.marker = None
    return ns


NEW_OPS = {
    "other_word": new_other_word,
    "similar_word": lambda o, s, u: new_pair(SIMILAR, o, s, u, False),
    "substring": lambda o, s, u: new_pair(SUBSTRING, o, s, u, True),
    "same_place": new_same_place,
    "same_product": new_same_product,
    "other_script": new_other_script,
    "unrelated": new_unrelated,
    "same_saint_other_word": new_same_saint,
}


# ---------------------------------------------------------------------------------------------
# Build
# ---------------------------------------------------------------------------------------------
SPLIT_STATE = {}


def next_split(w):
    """Alternate tune/holdout within word strata so that every category is split about half/half."""
    key = (w.ar in SIMILAR, w.ar in SUBSTRING, bool(w.prefix), w.fam)
    if key not in SPLIT_STATE:
        SPLIT_STATE[key] = rng.random() < 0.5
    SPLIT_STATE[key] = not SPLIT_STATE[key]
    return "tune" if SPLIT_STATE[key] else "holdout"


def build():  # noqa: C901 — one case per way of writing a name
    doubles_pool = [w for w in REGISTERED if w.fam in ("virtue", "nature", "name_f", "name_m", "darija", "amazigh")]
    doubles = {w.ar for w in doubles_pool if w.ar in SUBSTRING}
    rest = [w for w in doubles_pool if w.ar not in doubles]
    doubles |= {w.ar for w in rng.sample(rest, 62 - len(doubles))}
    orgs = []
    for w in REGISTERED:
        zone = w.zone if w.zone != "ANY" else rng.choices([z for z, _ in ZONE_WEIGHTS],
                                                          [p for _, p in ZONE_WEIGHTS])[0]
        o = make_org(w, zone)
        group = [o]
        if w.ar in doubles:
            zone2 = w.zone if w.zone != "ANY" else rng.choices([z for z, _ in ZONE_WEIGHTS],
                                                               [p for _, p in ZONE_WEIGHTS])[0]
            o2 = make_org(w, zone2, avoid_groups={o.act.group})
            o.double = o2.double = True
            group.append(o2)
        split = next_split(w)
        for g in group:
            g.split = split
            g.spec = canonical_spec(g)
            g.name = render(g.spec)
            note_place(g.spec)
        if group[0].double and group[0].name == group[1].name:
            raise SystemExit("duplicate registered name")
        orgs.extend(group)
    names = Counter(o.name for o in orgs)
    assert max(names.values()) == 1, names.most_common(3)
    rng.shuffle(orgs)

    registered_names = set(names)
    vcount, ncount = Counter(), Counter()
    rows = []
    new_names = set()
    for org in orgs:
        sp = org.spec
        seen = {org.name}
        # variants
        nv = 3 if rng.random() < 0.42 else 2
        must = ["prefix"] if org.word.prefix else []
        order = sorted(VAR_TARGET, key=lambda c: (vcount[c] / VAR_TARGET[c]) + rng.random() * 0.08)
        produced = 0
        for cat in must + [c for c in order if c not in must]:
            if produced >= nv:
                break
            for _ in range(6):
                ns = VAR_OPS[cat](org, sp)
                if not ns or (ns.qual and not qual_ok(replace(ns, wover=None, aover=None))):
                    continue          # e.g. "Association Culturelle X pour la culture" after adding the activity
                name = render(ns)
                if name in seen or name in registered_names:
                    continue
                seen.add(name)
                script = "mixed" if ns.script != org.script else ("arabic" if org.script == "ar" else "latin")
                rows.append((org.split, "variant", cat, script, name, org.name))
                note_place(ns)
                vcount[cat] += 1
                produced += 1
                break
        # new names
        nn = 2 if rng.random() < 0.62 else 1
        must = []
        if org.word.ar in SIMILAR:
            must.append("similar_word")
        if org.word.ar in SUBSTRING:
            must.append("substring")
        if sp.place_on and sp.commune.saint:
            must.append("same_saint_other_word")
        order = sorted(NEW_TARGET, key=lambda c: (ncount[c] / NEW_TARGET[c]) + rng.random() * 0.08)
        produced = 0
        used = set()
        for cat in must + [c for c in order if c not in must]:
            if produced >= max(nn, len(must)):
                break
            for _ in range(6):
                ns = NEW_OPS[cat](org, sp, used)
                if not ns:
                    break
                if ns.qual and not qual_ok(ns):
                    ns.qual = False
                name = render(ns)
                if name in seen or name in registered_names or name in new_names:
                    continue
                seen.add(name)
                new_names.add(name)
                used.add(ns.word.ar)
                new_use[ns.word.ar] += 1
                script = "mixed" if ns.script != org.script else ("arabic" if org.script == "ar" else "latin")
                rows.append((org.split, "new", cat, script, name, org.name))
                note_place(ns)
                ncount[cat] += 1
                produced += 1
                break
    return orgs, rows


PLACES = set()


def note_place(sp):
    """Remember the commune spelling a name uses (for the places file)."""
    if not sp.place_on:
        return
    c = sp.commune
    PLACES.add((c.ar, c.fr))
    if sp.palt is not None:
        PLACES.add((c.ar_alts[sp.palt], c.fr) if sp.script == "ar" else (c.ar, c.fr_alts[sp.palt]))


def main():
    orgs, rows = build()
    OUT.parent.mkdir(parents=True, exist_ok=True)
    header = ["split", "label", "category", "script", "name", "registered"]
    OUT.write_text("".join(csv_lines([header, *rows])), encoding="utf-8", newline="")
    OUT_PLACES.write_text("".join(csv_lines([["place_ar", "place_fr"], *sorted(PLACES)])), encoding="utf-8",
                          newline="")

    # sanity: words of new names are never registered
    reg_words = {w.ar for w in REGISTERED}
    assert not reg_words & set(NEW_BY_AR), reg_words & set(NEW_BY_AR)
    for w in NEW_WORDS:
        keys = {ar_key(f) for f in w.ar_forms} | {lat_norm(lat_article(st, w.sun, s))
                                                  for st in w.lat for s in [None] + all_lat_styles(w)}
        assert not keys & set(REG_KEYS), (w.ar, keys & set(REG_KEYS))

    print(f"registered organisations: {len(orgs)} ({sum(o.script == 'ar' for o in orgs)} Arabic, "
          f"{sum(o.script == 'lat' for o in orgs)} Latin; {sum(o.double for o in orgs)} share a word)")
    print(f"organisations per split: {Counter(o.split for o in orgs)}")
    print(f"rows: {len(rows)}")
    print(f"{'label':8} {'category':24} {'tune':>5} {'hold':>5} {'arab':>5} {'latn':>5} {'mixd':>5} {'all':>5}")
    by = Counter((r[1], r[2]) for r in rows)
    for (label, cat), n in sorted(by.items()):
        sel = [r for r in rows if r[1] == label and r[2] == cat]
        c = Counter(r[0] for r in sel)
        s = Counter(r[3] for r in sel)
        print(f"{label:8} {cat:24} {c['tune']:5} {c['holdout']:5} {s['arabic']:5} {s['latin']:5} {s['mixed']:5} {n:5}")
    lab = Counter(r[1] for r in rows)
    spl = Counter((r[0], r[1]) for r in rows)
    print(f"labels: {dict(lab)}; by split: {dict(sorted(spl.items()))}")
    print(f"script: {dict(Counter(r[3] for r in rows))}")


if __name__ == "__main__":
    main()
