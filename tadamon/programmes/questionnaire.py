"""The needs-diagnosis questionnaire: three questions per dimension, each answered
no (0), partly (1) or yes (2). A dimension's score is its points out of the maximum, 0–100.

Questions are product content, kept here in the three languages (not in the .po files) so that
programme staff can read them back in any language the cooperative prefers."""

from dataclasses import dataclass

from django.utils.translation import get_language

from tadamon.programmes.enums import Dimension

ANSWERS = (0, 1, 2)
WEAK_BELOW = 50  # a dimension under this score gets recommended modules and a plan action


@dataclass(frozen=True)
class Question:
    code: str
    dimension: str
    ar: str
    fr: str
    en: str

    @property
    def text(self) -> str:
        return getattr(self, (get_language() or "ar")[:2], self.fr)


QUESTIONS = [
    Question("gov_general_assembly", Dimension.GOVERNANCE, "هل تعقد الجمعية العامة سنويا بمحضر؟",
             "L'assemblée générale se tient-elle chaque année, avec un procès-verbal ?",
             "Is the general assembly held every year, with minutes?"),
    Question("gov_roles", Dimension.GOVERNANCE, "هل أدوار الرئيس وأمين المال والكاتب محددة ومعروفة لدى الأعضاء؟",
             "Les rôles du président, du trésorier et du secrétaire sont-ils définis et connus des membres ?",
             "Are the roles of president, treasurer and secretary defined and known to members?"),
    Question("gov_members_register", Dimension.GOVERNANCE, "هل سجل الأعضاء محين؟",
             "Le registre des membres est-il à jour ?", "Is the members' register up to date?"),
    Question("fin_bookkeeping", Dimension.FINANCE, "هل تمسك الهيئة محاسبة منتظمة (المداخيل والمصاريف)؟",
             "L'organisation tient-elle une comptabilité régulière (recettes et dépenses) ?",
             "Does the organisation keep regular books (income and expenses)?"),
    Question("fin_bank_account", Dimension.FINANCE, "هل للهيئة حساب بنكي باسمها؟",
             "L'organisation a-t-elle un compte bancaire à son nom ?",
             "Does the organisation have a bank account in its name?"),
    Question("fin_cost_price", Dimension.FINANCE, "هل تعرف الهيئة سعر تكلفة منتوجاتها؟",
             "L'organisation connaît-elle le prix de revient de ses produits ?",
             "Does the organisation know the cost price of its products?"),
    Question("leg_statutes", Dimension.LEGAL, "هل القانون الأساسي مطابق للقانون 112.12؟",
             "Les statuts sont-ils conformes à la loi 112.12 ?", "Do the statutes comply with Law 112.12?"),
    Question("leg_declarations", Dimension.LEGAL, "هل التصريحات السنوية مودعة في آجالها؟",
             "Les déclarations annuelles sont-elles déposées dans les délais ?",
             "Are the annual declarations filed on time?"),
    Question("leg_tax_social", Dimension.LEGAL, "هل الهيئة في وضعية سليمة تجاه الضرائب والضمان الاجتماعي؟",
             "L'organisation est-elle en règle avec le fisc et la sécurité sociale ?",
             "Is the organisation up to date with tax and social security?"),
    Question("mkt_customers", Dimension.MARKETING, "هل للهيئة زبناء منتظمون خارج السوق المحلي؟",
             "L'organisation a-t-elle des clients réguliers hors du marché local ?",
             "Does the organisation have regular customers beyond the local market?"),
    Question("mkt_packaging", Dimension.MARKETING, "هل للمنتوجات تلفيف وعلامة تجارية؟",
             "Les produits ont-ils un emballage et une marque ?", "Do the products have packaging and a brand?"),
    Question("mkt_fairs", Dimension.MARKETING, "هل شاركت الهيئة في معرض خلال السنتين الأخيرتين؟",
             "L'organisation a-t-elle participé à un salon ces deux dernières années ?",
             "Has the organisation taken part in a fair in the last two years?"),
    Question("prd_premises", Dimension.PRODUCTION, "هل للهيئة مقر إنتاج ملائم؟",
             "L'organisation dispose-t-elle d'un local de production adapté ?",
             "Does the organisation have suitable production premises?"),
    Question("prd_hygiene", Dimension.PRODUCTION, "هل تطبق قواعد النظافة والجودة بشكل مكتوب؟",
             "Des règles d'hygiène et de qualité écrites sont-elles appliquées ?",
             "Are written hygiene and quality rules applied?"),
    Question("prd_traceability", Dimension.PRODUCTION, "هل يمكن تتبع كل دفعة من المادة الأولية إلى البيع؟",
             "Chaque lot peut-il être suivi de la matière première à la vente ?",
             "Can each batch be traced from raw material to sale?"),
    Question("cer_onssa", Dimension.CERTIFICATION, "هل حصلت الهيئة على ترخيص أو اعتماد المكتب الوطني للسلامة الصحية (إن كانت تنتج مواد غذائية)؟",
             "L'organisation a-t-elle l'autorisation ou l'agrément sanitaire ONSSA (si elle produit des aliments) ?",
             "Does the organisation hold an ONSSA sanitary authorisation or approval (if it makes food)?"),
    Question("cer_label", Dimension.CERTIFICATION, "هل لمنتوجاتها علامة جودة (بيولوجي، تسمية المنشأ، تجارة منصفة...)؟",
             "Ses produits ont-ils un label (bio, origine, commerce équitable…) ?",
             "Do its products carry a label (organic, origin, fair trade…)?"),
    Question("cer_plan", Dimension.CERTIFICATION, "هل تعرف الهيئة الشهادات المطلوبة لأسواقها المستهدفة؟",
             "L'organisation connaît-elle les certifications exigées par ses marchés cibles ?",
             "Does the organisation know which certifications its target markets require?"),
    Question("dig_phone", Dimension.DIGITAL, "هل يستعمل المسيرون الهاتف الذكي لتدبير الطلبيات والتواصل؟",
             "Les responsables utilisent-ils un smartphone pour les commandes et la communication ?",
             "Do the managers use a smartphone for orders and communication?"),
    Question("dig_online", Dimension.DIGITAL, "هل للهيئة حضور على الإنترنت (صفحة، متجر، شبكات اجتماعية)؟",
             "L'organisation est-elle présente en ligne (page, boutique, réseaux sociaux) ?",
             "Is the organisation present online (page, shop, social networks)?"),
    Question("dig_payments", Dimension.DIGITAL, "هل تقبل الهيئة الأداء الإلكتروني أو التحويل البنكي؟",
             "L'organisation accepte-t-elle le paiement électronique ou le virement ?",
             "Does the organisation accept electronic payment or bank transfer?"),
]
QUESTIONS_BY_CODE = {q.code: q for q in QUESTIONS}


def questions_by_dimension() -> list[tuple[str, str, list[Question]]]:
    return [(value, label, [q for q in QUESTIONS if q.dimension == value]) for value, label in Dimension.choices]


def scores_from(answers: dict[str, int]) -> dict[str, int]:
    """Dimension scores (0–100) from complete answers."""
    scores = {}
    for dimension in Dimension.values:
        points = [answers[q.code] for q in QUESTIONS if q.dimension == dimension]
        scores[dimension] = round(100 * sum(points) / (2 * len(points)))
    return scores
