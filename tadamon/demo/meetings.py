"""The Cooper UP phase 1 closing meeting (article 003): its programme, a summary of its minutes
and its three recommendations, with who follows each up, by when and where it stands; and REMESS,
the national SSE network, among the institutions present.

The article gives the morning session, the speakers and the recommendations, not the times of the
day, the followers, the due dates nor the statuses: those are placed plausibly and said so in
docs/demo-data.md."""

import datetime

from django.utils import timezone

from tadamon.events.domain.events import update_event
from tadamon.events.domain.meetings import add_agenda_item, add_recommendation, move_recommendation, save_minutes
from tadamon.events.enums import AgendaItemKind, RecommendationStatus
from tadamon.events.models import Event
from tadamon.registry.models import Organization

CLOSING_NAME_FR = "Rencontre de clôture de la phase 1 de Cooper UP"
DAY = datetime.date(2018, 2, 15)

AGENDA = [
    (9, 0, 9, 45, AgendaItemKind.PLENARY, "افتتاح اللقاء الختامي", "Ouverture de la rencontre de clôture",
     "Opening of the closing meeting",
     "Mohamed Abdellatif Kassimi, directeur Développement durable et RSE, Managem\n"
     "Yasmina El Asri, directrice générale par intérim, Injaz Al-Maghrib"),
    (9, 45, 10, 30, AgendaItemKind.PLENARY, "حصيلة المرحلة الأولى: أزيد من 50 تعاونية و900 مستفيد",
     "Bilan de la phase 1 : plus de 50 coopératives et 900 personnes formées",
     "Phase 1 results: over 50 cooperatives and 900 people trained", "Managem, Injaz Al-Maghrib"),
    (10, 30, 12, 30, AgendaItemKind.SESSION, "جلسة صباحية: إشكاليات وعوائق مشاريع التعاونيات",
     "Séance du matin : les difficultés des projets des coopératives",
     "Morning session: the obstacles the cooperatives' projects face",
     "Représentant·es des coopératives, ODCO, ONSSA, INDH, ADS, ONCA, REMESS"),
    (12, 30, 13, 30, AgendaItemKind.PLENARY, "التوصيات والإعلان عن المرحلة الثانية",
     "Recommandations et annonce de la phase 2", "Recommendations and phase 2 announcement",
     "Managem, Injaz Al-Maghrib"),
]

MINUTES = {
    "text_ar": "حضر اللقاء الختامي 130 شخصا من مؤسسات وتعاونيات وجمعيات. طرح المشاركون الإشكاليات التي تعترض "
               "مشاريعهم: تسويق المنتجات، وتمويل المشاريع، وصعوبة الحصول على الوعاء العقاري، وشهادات السلامة "
               "الصحية بالنسبة للعاملين في مجال الأغذية، وضعف التنسيق مع المؤسسات، وتعدد المتدخلين الحكوميين. "
               "نوقشت هذه الإشكالات في جلسة صباحية مع مكتب تنمية التعاون، والمكتب الوطني للسلامة الصحية، "
               "والمبادرة الوطنية للتنمية البشرية، ووكالة التنمية الاجتماعية، والمكتب الوطني للاستشارة الفلاحية، "
               "والشبكة المغربية للاقتصاد الاجتماعي والتضامني. تبدأ المرحلة الثانية خلال الأسابيع المقبلة "
               "(الاستراتيجيات والتسويق التجاري وتمويل التعاونيات).",
    "text_fr": "130 personnes d'institutions, de coopératives et d'associations ont assisté à la rencontre. Les "
               "participants ont exposé les difficultés de leurs projets : commercialisation des produits, "
               "financement, accès au foncier, certificats sanitaires pour les activités alimentaires, faible "
               "coordination avec les institutions, multiplicité des intervenants publics. Elles ont été discutées "
               "lors d'une séance du matin avec l'ODCO, l'ONSSA, l'INDH, l'ADS, l'ONCA et le REMESS. La phase 2 "
               "commence dans les semaines qui suivent (stratégie, marketing commercial, financement des "
               "coopératives).",
}

# (text_ar, text_fr, follower's acronym or Latin name, follower_text, due on, status, changed on)
RECOMMENDATIONS = [
    ("إحداث مجلس وطني للتعاونيات، كهيئة مستقلة لتنظيم عملها، ومخاطب رسمي للسلطات المركزية والجماعات الترابية "
     "والقطاع الخاص.",
     "Créer un conseil national des coopératives, instance indépendante qui organise leur action et "
     "interlocuteur officiel des autorités centrales, des collectivités territoriales et du secteur privé.",
     "ODCO", "avec le REMESS", datetime.date(2019, 12, 31), RecommendationStatus.IN_PROGRESS,
     datetime.date(2018, 6, 1)),
    ("تجويد المشاريع كمدخل للحصول على التمويلات.",
     "Améliorer la qualité des projets, porte d'entrée vers les financements.",
     "INJAZ", "Phase 2 de Cooper UP (financement des coopératives)", datetime.date(2018, 12, 31),
     RecommendationStatus.DONE, datetime.date(2018, 12, 14)),
    ("الانفتاح على وسائل الاتصال والتواصل الحديثة عوض الوسائل التقليدية لإنجاح عملية التسويق وبيع المنتجات.",
     "S'ouvrir aux moyens de communication modernes plutôt qu'aux moyens traditionnels pour réussir la "
     "commercialisation et la vente des produits.",
     "Managem", "Bénévoles de Managem, module marketing de la phase 2", datetime.date(2018, 9, 30),
     RecommendationStatus.OPEN, None),
]


def _at(hour: int, minute: int) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime.combine(DAY, datetime.time(hour, minute)))


def _organization(key: str):
    return Organization.objects.filter(acronym=key).first() or Organization.objects.filter(name_latin=key).first()


def load_meetings(users: dict) -> int:
    """The closing meeting's programme, minutes and recommendations; REMESS among its partners.
    Returns how many recommendations it wrote (0 when already loaded)."""
    closing = Event.objects.filter(name_fr=CLOSING_NAME_FR).first()
    if closing is None or closing.recommendations.exists():
        return 0
    remess = Organization.objects.filter(acronym="REMESS").first()
    if remess is not None:
        update_event(closing, fields={}, relations={"partners": [*closing.partners.all(), remess]},
                     expected_version=closing.version, user=None)
    keeper = users["ngo"]
    for start_h, start_m, end_h, end_m, kind, title_ar, title_fr, title_en, speakers in AGENDA:
        add_agenda_item(closing, fields={"starts_at": _at(start_h, start_m), "ends_at": _at(end_h, end_m),
                                         "kind": kind, "title_ar": title_ar, "title_fr": title_fr,
                                         "title_en": title_en, "speakers": speakers,
                                         "place": "Palais des congrès, salle plénière"}, user=keeper)
    save_minutes(closing, fields=MINUTES, expected_version=None, user=keeper)
    for text_ar, text_fr, follower, follower_text, due_on, status, changed_on in RECOMMENDATIONS:
        recommendation = add_recommendation(closing, fields={
            "text_ar": text_ar, "text_fr": text_fr, "follower": _organization(follower),
            "follower_text": follower_text, "due_on": due_on}, user=keeper)
        if status != RecommendationStatus.OPEN:
            move_recommendation(recommendation, status=status, expected_version=recommendation.version, user=keeper,
                                now=timezone.make_aware(datetime.datetime.combine(changed_on, datetime.time(10))))
    return len(RECOMMENDATIONS)
