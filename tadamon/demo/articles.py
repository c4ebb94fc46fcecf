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
     False, True, "Member of JA Worldwide. Implements the Cooper UP programme with Managem."),
    ("public_body", "مكتب تنمية التعاون", "Office du Développement de la Coopération", "ODCO", "", "MA-RAB", "",
     False, False, "Cooperative registry, name certificates, inspections under Law 112.12."),
    ("public_body", "المكتب الوطني للسلامة الصحية للمنتجات الغذائية",
     "Office National de Sécurité Sanitaire des Produits Alimentaires", "ONSSA", "", "MA-RAB", "",
     False, False, "Sanitary authorisations and approvals for food products."),
    ("public_body", "المبادرة الوطنية للتنمية البشرية", "Initiative Nationale pour le Développement Humain",
     "INDH", "", "MA-RAB", "", False, False, ""),
    ("public_body", "وكالة التنمية الاجتماعية", "Agence de Développement Social", "ADS", "", "MA-RAB", "",
     False, False, ""),
    ("public_body", "المكتب الوطني للاستشارة الفلاحية", "Office National du Conseil Agricole", "ONCA", "",
     "MA-RAB", "", False, False, ""),
    ("association", "الشبكة المغربية للاقتصاد الاجتماعي والتضامني",
     "Réseau Marocain de l'Économie Sociale et Solidaire", "REMESS", "local-development", "MA-RAB", "",
     False, False, "National network of SSE organisations."),
    ("public_body", "وزارة السياحة والصناعة التقليدية والاقتصاد الاجتماعي والتضامني",
     "Ministère du Tourisme, de l'Artisanat et de l'Économie Sociale et Solidaire", "MTAESS", "", "MA-RAB", "",
     False, False, "Publishes the regional SSE figures (Moazara, Mourafaka, national awards)."),
    ("public_body", "مغرب تسويق", "Maroc Taswiq", "", "", "MA-CAS", "",
     False, False, "Public marketing agency for cooperatives' products."),
    ("public_body", "مجلس جهة درعة-تافيلالت", "Conseil de la Région Drâa-Tafilalet", "", "", "MA-ERR", "",
     False, False, "Elected regional council."),
]

ARTICLE_ORGANIZATIONS = [
    ("association", "جمعية إيمضر", "Association Imider", "", "local-development", "MA-TIN", "Imider",
     False, False, "Exhibited at the 4th national SSE fair (Casablanca, 2015) with Managem's support."),
    ("association", "جمعية أمان أوكيدار", "Association Aman Ouguidar", "", "local-development", "MA-TIN", "Imider",
     False, False, "Exhibited at the 4th national SSE fair (Casablanca, 2015)."),
    ("cooperative", "تعاونية نساء دادس", "Coopérative des Femmes de Dadès", "", "aromatic-medicinal-plants",
     "MA-TIN", "Boumalne Dadès", True, False, "Women's cooperative; exhibited at the 4th national SSE fair."),
    ("association", "جمعية نساء تازناخت", "Association des Femmes de Taznakht", "", "carpets-weaving",
     "MA-OUA", "Taznakht", True, False, "Women weavers of Taznakht carpets; exhibited at the 4th national SSE fair."),
    ("association", "جمعية تاكديفت للتنمية", "Association Takdift pour le Développement", "", "local-development",
     "MA-OUA", "Taznakht", False, False, "Exhibited at the 4th national SSE fair."),
    ("association", "جمعية تازرزيت", "Association Tazrzit", "", "embroidery", "MA-HAO", "Tahannaout",
     True, False, "Exhibited at the 4th national SSE fair."),
    ("cooperative", "تعاونية التمور أكدز", "Coopérative des Dattes d'Agdz", "", "dates", "MA-ZAG", "Agdz",
     False, False, "Dates cooperative; exhibited at the 4th national SSE fair."),
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
