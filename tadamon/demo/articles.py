"""The organisations named in the source articles (shared/seeds/), in their real provinces.

Where an article names an association without its place, the province is the mining area it
is attached to in the article (Managem's sites in Tinghir, Ouarzazate, Zagora and Al Haouz);
those guesses are marked `located_by: "article area"` in docs/demo-data.md.
"""

# (kind, name_ar, name_latin, acronym, sector code or "", province code, commune name_fr or "",
#  women, youth, description)
SUPPORT_ORGANIZATIONS = [
    ("company", "مجموعة مناجم", "Managem", "", "mining-quarrying", "MA-CAS", "",
     False, False, "Mining group. Its sustainable-development and social-responsibility department sponsors the "
     "programme for the areas around its mines (fairs, training centres, raw materials, Cooper UP)."),
    ("ngo", "جمعية إنجاز المغرب", "Injaz Al-Maghrib", "INJAZ", "education-training", "MA-CAS", "",
     False, True, "Membre de JA Worldwide. Met en œuvre le programme Cooper UP avec Managem."),
    ("public_body", "مكتب تنمية التعاون", "Office du Développement de la Coopération", "ODCO", "", "MA-RAB", "",
     False, False, "Registre des coopératives, certificats négatifs, contrôles au titre de la loi 112.12."),
    ("public_body", "المكتب الوطني للسلامة الصحية للمنتجات الغذائية",
     "Office National de Sécurité Sanitaire des Produits Alimentaires", "ONSSA", "", "MA-RAB", "",
     False, False, "Autorisations et agréments sanitaires des produits alimentaires."),
    ("public_body", "المبادرة الوطنية للتنمية البشرية", "Initiative Nationale pour le Développement Humain",
     "INDH", "", "MA-RAB", "", False, False, ""),
    ("public_body", "وكالة التنمية الاجتماعية", "Agence de Développement Social", "ADS", "", "MA-RAB", "",
     False, False, ""),
    ("public_body", "المكتب الوطني للاستشارة الفلاحية", "Office National du Conseil Agricole", "ONCA", "",
     "MA-RAB", "", False, False, ""),
    ("association", "الشبكة المغربية للاقتصاد الاجتماعي والتضامني",
     "Réseau Marocain de l'Économie Sociale et Solidaire", "REMESS", "local-development", "MA-RAB", "",
     False, False, "Réseau national des organisations de l'ESS."),
    ("public_body", "وزارة السياحة والصناعة التقليدية والاقتصاد الاجتماعي والتضامني",
     "Ministère du Tourisme, de l'Artisanat et de l'Économie Sociale et Solidaire", "MTAESS", "", "MA-RAB", "",
     False, False, "Publie les chiffres régionaux de l'ESS (Moazara, Mourafaka, prix nationaux)."),
    ("public_body", "مغرب تسويق", "Maroc Taswiq", "", "", "MA-CAS", "",
     False, False, "Agence publique de commercialisation des produits des coopératives."),
    ("public_body", "مجلس جهة درعة-تافيلالت", "Conseil de la Région Drâa-Tafilalet", "", "", "MA-ERR", "",
     False, False, "Conseil régional élu."),
]

ARTICLE_ORGANIZATIONS = [
    ("association", "جمعية إيمضر", "Association Imider", "", "local-development", "MA-TIN", "Imider",
     False, False, "A exposé au 4e salon national de l'ESS (Casablanca, 2015) avec le soutien de Managem."),
    ("association", "جمعية أمان أوكيدار", "Association Aman Ouguidar", "", "local-development", "MA-TIN", "Imider",
     False, False, "A exposé au 4e salon national de l'ESS (Casablanca, 2015)."),
    ("cooperative", "تعاونية نساء دادس", "Coopérative des Femmes de Dadès", "", "aromatic-medicinal-plants",
     "MA-TIN", "Boumalne Dadès", True, False, "Coopérative féminine ; a exposé au 4e salon national de l'ESS."),
    ("association", "جمعية نساء تازناخت", "Association des Femmes de Taznakht", "", "carpets-weaving",
     "MA-OUA", "Taznakht", True, False, "Tisserandes des tapis de Taznakht ; ont exposé au 4e salon national de l'ESS."),
    ("association", "جمعية تاكديفت للتنمية", "Association Takdift pour le Développement", "", "local-development",
     "MA-OUA", "Taznakht", False, False, "A exposé au 4e salon national de l'ESS."),
    ("association", "جمعية تازرزيت", "Association Tazrzit", "", "embroidery", "MA-HAO", "Tahannaout",
     True, False, "A exposé au 4e salon national de l'ESS."),
    ("cooperative", "تعاونية التمور أكدز", "Coopérative des Dattes d'Agdz", "", "dates", "MA-ZAG", "Agdz",
     False, False, "Coopérative de dattes ; a exposé au 4e salon national de l'ESS."),
]

# Communes the demo needs, in the five provinces of the articles. No official codes here:
# import the HCP list with `manage.py import_communes` for those.
DEMO_COMMUNES = """province_code,name_fr,name_ar,name_en,code,kind
MA-TIN,Tinghir,تنغير,Tinghir,,urban
MA-TIN,Imider,إميضر,Imider,,rural
MA-TIN,Boumalne Dadès,بومالن دادس,Boumalne Dades,,urban
MA-TIN,Kelaat M'Gouna,قلعة مكونة,Kelaat M'Gouna,,urban
MA-TIN,Alnif,ألنيف,Alnif,,rural
MA-OUA,Ouarzazate,ورزازات,Ouarzazate,,urban
MA-OUA,Taznakht,تازناخت,Taznakht,,urban
MA-OUA,Skoura Ahl El Oust,سكورة أهل الوسط,Skoura Ahl El Oust,,rural
MA-ZAG,Zagora,زاكورة,Zagora,,urban
MA-ZAG,Agdz,أكدز,Agdz,,urban
MA-ZAG,Tamegroute,تامكروت,Tamegroute,,rural
MA-HAO,Tahannaout,تحناوت,Tahannaout,,urban
MA-HAO,Amizmiz,أمزميز,Amizmiz,,urban
MA-HAO,Asni,أسني,Asni,,rural
MA-ERR,Errachidia,الرشيدية,Errachidia,,urban
MA-ERR,Erfoud,أرفود,Erfoud,,urban
MA-ERR,Rissani,الريصاني,Rissani,,urban
"""
DEMO_PROVINCES = ["MA-TIN", "MA-OUA", "MA-ZAG", "MA-HAO", "MA-ERR"]
