"""Name material for synthetic data: common Moroccan given names and family names, and words
that cooperatives put in their names, each in Arabic and Latin script."""

FEMALE_FIRST = [
    ("فاطمة", "Fatima"), ("خديجة", "Khadija"), ("عائشة", "Aicha"), ("مليكة", "Malika"), ("زهرة", "Zahra"),
    ("نعيمة", "Naima"), ("رشيدة", "Rachida"), ("حفيظة", "Hafida"), ("سعيدة", "Saida"), ("لطيفة", "Latifa"),
    ("مريم", "Meryem"), ("ياسمينة", "Yasmina"), ("حليمة", "Halima"), ("كريمة", "Karima"), ("إيطو", "Itto"),
    ("يامنة", "Yamna"), ("تودة", "Touda"), ("حادة", "Hadda"), ("سلمى", "Salma"), ("نادية", "Nadia"),
    ("ثورية", "Touria"), ("زينب", "Zineb"), ("هند", "Hind"), ("أمينة", "Amina"), ("إيمان", "Imane"),
]
MALE_FIRST = [
    ("محمد", "Mohamed"), ("أحمد", "Ahmed"), ("الحسن", "Lahcen"), ("الحسين", "Lhoussaine"), ("إبراهيم", "Brahim"),
    ("عمر", "Omar"), ("يوسف", "Youssef"), ("مصطفى", "Mustapha"), ("عبد الله", "Abdellah"), ("سعيد", "Said"),
    ("رشيد", "Rachid"), ("عبد الرحمان", "Abderrahmane"), ("خالد", "Khalid"), ("حميد", "Hamid"), ("موحى", "Moha"),
    ("علي", "Ali"), ("إدريس", "Driss"), ("عزيز", "Aziz"), ("جمال", "Jamal"), ("ياسين", "Yassine"),
]
LAST = [
    ("العلوي", "Alaoui"), ("الإدريسي", "Idrissi"), ("بناني", "Bennani"), ("أيت علي", "Ait Ali"),
    ("أوحمو", "Ouhammou"), ("الصغير", "Sghir"), ("أمزيان", "Amzian"), ("بوعزة", "Bouazza"), ("أوبلا", "Oubella"),
    ("الناصري", "Naciri"), ("أيت باها", "Ait Baha"), ("أخياط", "Akhiat"), ("الزكاري", "Zakari"),
    ("أمغار", "Amghar"), ("إدبلقاسم", "Id Belkacem"), ("أوطالب", "Outaleb"), ("بنعلي", "Benali"),
    ("الفاسي", "Fassi"), ("الشرقاوي", "Cherkaoui"), ("الرحماني", "Rahmani"), ("أوعلي", "Ouali"),
    ("بوزيد", "Bouzid"), ("أيت حدو", "Ait Haddou"), ("الوردي", "Ouardi"), ("أكوراي", "Akouray"),
]
COOPERATIVE_WORDS = [
    ("الأمل", "Al Amal"), ("النور", "Annour"), ("الخير", "Al Khair"), ("الوفاء", "Al Wafae"), ("تيفاوين", "Tifawin"),
    ("تيليلا", "Tilila"), ("أسيف", "Assif"), ("تاوادا", "Tawada"), ("أمالو", "Amalou"), ("إزوران", "Izouran"),
    ("الفتح", "Al Fath"), ("الرياض", "Arriyad"), ("النخيل", "Annakhil"), ("الواحة", "Al Waha"), ("تامونت", "Tamount"),
    ("أكال", "Akal"), ("أفراح", "Afrah"), ("السعادة", "Assaada"), ("الإخلاص", "Al Ikhlass"), ("أنوال", "Anoual"),
    ("تيغرمت", "Tighremt"), ("أزير", "Azir"), ("الزيتونة", "Azzaytouna"), ("الياسمين", "Al Yassamine"),
    ("تافوكت", "Tafoukt"), ("إيمي", "Imi"), ("أغبالو", "Aghbalou"), ("تيزي", "Tizi"), ("المستقبل", "Al Moustakbal"),
    ("التضامن", "Attadamoun"),
]
KIND_PREFIX = {
    "cooperative": ("تعاونية", "Coopérative"),
    "association": ("جمعية", "Association"),
    "eig": ("مجموعة ذات النفع الاقتصادي", "GIE"),
    "union": ("اتحاد تعاونيات", "Union des coopératives"),
}
