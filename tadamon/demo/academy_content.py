"""The four Cooper UP modules of phase 1 (article 003: management, finance, legal, project
preparation) as courses of the academy: short lessons in Arabic and French, one recorded in both
voices, and a quiz each. The recordings are files in data/academy/ made from the `voice` texts
below by `python -m tadamon.demo.academy_voices` (espeak-ng); loading the demo needs none of it."""

COURSES = [
    {
        "key": "management",
        "modules": ["cooperative-governance", "members-register"],
        "hours": 3,
        "title_ar": "تسيير التعاونية: الحكامة والجمعية العامة",
        "title_fr": "Gérer sa coopérative : gouvernance et assemblée générale",
        "summary_ar": "من يقرر داخل التعاونية، وكيف نحضر الجمعية العامة، وكيف نمسك السجلات. ثلاثة دروس قصيرة واختبار.",
        "summary_fr": "Qui décide dans la coopérative, comment préparer l'assemblée générale, comment tenir les "
                      "registres. Trois leçons courtes et un quiz.",
        "lessons": [
            {
                "kind": "text", "minutes": 5,
                "title_ar": "من يقرر داخل التعاونية؟",
                "title_fr": "Qui décide dans la coopérative ?",
                "body_ar": "الجمعية العامة هي اجتماع كل الأعضاء، وهي صاحبة القرار الأعلى: تصادق على الحسابات، "
                           "وتنتخب مجلس الإدارة، وتقرر في المشاريع الكبرى.\n\n"
                           "لكل عضو صوت واحد، مهما كان عدد حصصه في رأس المال. هذا هو الفرق بين التعاونية والشركة.\n\n"
                           "مجلس الإدارة يسير التعاونية بين جمعيتين عامتين، والرئيس يمثلها أمام الإدارات والشركاء. "
                           "المجلس يقدم الحساب للجمعية العامة كل سنة.",
                "body_fr": "L'assemblée générale réunit tous les membres : c'est elle qui décide en dernier. Elle "
                           "approuve les comptes, élit le conseil d'administration et tranche les grands projets.\n\n"
                           "Chaque membre a une voix, quel que soit le nombre de parts sociales qu'il détient : "
                           "c'est ce qui distingue une coopérative d'une société.\n\n"
                           "Le conseil d'administration gère la coopérative entre deux assemblées ; le président la "
                           "représente auprès des administrations et des partenaires. Le conseil rend compte à "
                           "l'assemblée générale chaque année.",
            },
            {
                "kind": "audio", "minutes": 4, "voice": "management",
                "title_ar": "تحضير الجمعية العامة",
                "title_fr": "Préparer l'assemblée générale",
                "body_ar": "استمعوا إلى الدرس، ثم اقرؤوا النقاط الثلاث:\n\n"
                           "١. الاستدعاء: نرسله لكل الأعضاء قبل الموعد، مع التاريخ والمكان وجدول الأعمال.\n"
                           "٢. جدول الأعمال: تقرير المجلس، الحسابات، القرارات المطلوبة.\n"
                           "٣. المحضر: نكتب فيه الحاضرين والقرارات ونتائج التصويت، ويوقعه الرئيس والكاتب.",
                "body_fr": "Écoutez la leçon, puis relisez les trois points :\n\n"
                           "1. La convocation : envoyée à tous les membres avant la date, avec le jour, le lieu et "
                           "l'ordre du jour.\n"
                           "2. L'ordre du jour : le rapport du conseil, les comptes, les décisions à prendre.\n"
                           "3. Le procès-verbal : les présents, les décisions et le résultat des votes, signé par "
                           "le président et le secrétaire.",
                "voice_ar": "قبل الجمعية العامة، نرسل الاستدعاء لكل الأعضاء، مع التاريخ والمكان وجدول الأعمال. "
                            "وبعد الاجتماع، نكتب المحضر، ويوقعه الرئيس والكاتب.",
                "voice_fr": "Avant l'assemblée générale, envoyez la convocation à tous les membres, avec la date, le "
                            "lieu et l'ordre du jour. Après la réunion, rédigez le procès-verbal, signé par le "
                            "président et le secrétaire.",
            },
            {
                "kind": "text", "minutes": 5,
                "title_ar": "سجل الأعضاء والوثائق",
                "title_fr": "Le registre des membres et les documents",
                "body_ar": "سجل الأعضاء يذكر كل عضو: اسمه، تاريخ انخراطه، حصصه، وتاريخ خروجه إن خرج. نحينه بعد كل "
                           "انخراط أو انسحاب.\n\n"
                           "نحتفظ أيضا بمحاضر الجمعيات العامة ومجلس الإدارة، وبالقانون الأساسي، وبكل الوثائق "
                           "المحاسبية. نرتبها حسب التاريخ في ملف واحد يعرف الجميع مكانه.\n\n"
                           "هذه الوثائق تطلبها الإدارة عند المراقبة، ويطلبها الممولون عند كل طلب دعم.",
                "body_fr": "Le registre des membres indique pour chacun : son nom, sa date d'adhésion, ses parts et, "
                           "s'il part, sa date de sortie. Mettez-le à jour à chaque adhésion ou départ.\n\n"
                           "Gardez aussi les procès-verbaux des assemblées et du conseil, les statuts et toutes les "
                           "pièces comptables, classés par date dans un dossier dont tout le monde connaît la "
                           "place.\n\n"
                           "Ces documents sont demandés lors des inspections, et par les bailleurs à chaque demande "
                           "de financement.",
            },
        ],
        "quiz": [
            ("من يصادق على حسابات التعاونية؟ | Qui approuve les comptes de la coopérative ?",
             ["+ الجمعية العامة | L'assemblée générale", "- الرئيس وحده | Le président seul",
              "- أمين المال | Le trésorier"]),
            ("كم صوتا لعضو يملك خمس حصص؟ | Combien de voix a un membre qui détient cinq parts ?",
             ["+ صوت واحد | Une voix", "- خمسة أصوات | Cinq voix", "- لا صوت له | Aucune voix"]),
            ("ماذا نكتب في المحضر؟ | Qu'écrit-on dans le procès-verbal ?",
             ["+ الحاضرين والقرارات ونتائج التصويت | Les présents, les décisions et le résultat des votes",
              "- ثمن المنتوجات | Les prix des produits", "- أرقام هواتف الأعضاء | Les téléphones des membres"]),
            ("متى نحين سجل الأعضاء؟ | Quand met-on à jour le registre des membres ?",
             ["+ بعد كل انخراط أو انسحاب | À chaque adhésion ou départ", "- مرة كل خمس سنوات | Tous les cinq ans",
              "- عند المراقبة فقط | Seulement lors d'une inspection"]),
        ],
    },
    {
        "key": "finance",
        "modules": ["bookkeeping", "cost-price"],
        "hours": 3,
        "title_ar": "مالية التعاونية: الحسابات وسعر التكلفة",
        "title_fr": "Les finances de la coopérative : comptes et prix de revient",
        "summary_ar": "تسجيل المداخيل والمصاريف، حساب سعر التكلفة، وفصل مال التعاونية عن مال الأعضاء.",
        "summary_fr": "Noter les recettes et les dépenses, calculer le prix de revient, séparer l'argent de la "
                      "coopérative de celui des membres.",
        "lessons": [
            {
                "kind": "text", "minutes": 5,
                "title_ar": "دفتر المداخيل والمصاريف",
                "title_fr": "Le cahier des recettes et des dépenses",
                "body_ar": "كل درهم يدخل أو يخرج نكتبه في نفس اليوم: التاريخ، البيان، المبلغ، ورقم الوثيقة "
                           "(فاتورة أو وصل).\n\n"
                           "في آخر كل شهر نجمع المداخيل والمصاريف، ونقارن الرصيد مع ما في الصندوق وفي الحساب البنكي. "
                           "إذا لم يتطابقا نبحث عن الخطأ قبل أن ننسى.\n\n"
                           "بدون وثيقة لا يوجد مصروف: نحتفظ بكل الفواتير مرتبة حسب الشهر.",
                "body_fr": "Chaque dirham qui entre ou sort est noté le jour même : la date, le libellé, le montant "
                           "et le numéro de la pièce (facture ou reçu).\n\n"
                           "À la fin du mois, additionnez les recettes et les dépenses et comparez le solde avec ce "
                           "qu'il y a en caisse et en banque. S'ils diffèrent, cherchez l'erreur tant que c'est "
                           "frais.\n\n"
                           "Pas de pièce, pas de dépense : gardez toutes les factures, classées par mois.",
            },
            {
                "kind": "audio", "minutes": 4, "voice": "finance",
                "title_ar": "حساب سعر التكلفة",
                "title_fr": "Calculer le prix de revient",
                "body_ar": "سعر التكلفة هو كل ما صرفناه على دفعة، مقسوما على عدد الوحدات:\n\n"
                           "المواد الأولية + التلفيف + اليد العاملة + النقل + حصة من المصاريف الثابتة (الكراء، "
                           "الكهرباء).\n\n"
                           "مثال: دفعة كلفت ألف درهم وأعطت خمسين علبة: سعر التكلفة عشرون درهما للعلبة. ثمن البيع "
                           "يجب أن يكون أعلى، مثلا ستة وعشرون درهما.",
                "body_fr": "Le prix de revient, c'est tout ce qu'un lot a coûté, divisé par le nombre d'unités :\n\n"
                           "matières premières + emballage + main-d'œuvre + transport + une part des frais fixes "
                           "(loyer, électricité).\n\n"
                           "Exemple : un lot a coûté 1 000 dirhams et donné 50 boîtes : le prix de revient est de 20 "
                           "dirhams la boîte. Le prix de vente doit être plus haut, par exemple 26 dirhams.",
                "voice_ar": "سعر التكلفة هو كل ما صرفناه على الدفعة، مقسوما على عدد العلب. دفعة كلفت ألف درهم "
                            "وأعطت خمسين علبة، تكلفة العلبة عشرون درهما.",
                "voice_fr": "Le prix de revient, c'est tout ce que le lot a coûté, divisé par le nombre de boîtes. "
                            "Un lot de mille dirhams qui donne cinquante boîtes : vingt dirhams la boîte.",
            },
            {
                "kind": "text", "minutes": 4,
                "title_ar": "الصندوق والبنك",
                "title_fr": "La caisse et la banque",
                "body_ar": "مال التعاونية ليس مال الأعضاء: لا نخلط بينهما أبدا، حتى لمدة يوم.\n\n"
                           "نفتح حسابا بنكيا باسم التعاونية، ونضع فيه المداخيل بسرعة. نحتفظ في الصندوق بمبلغ صغير "
                           "فقط للمصاريف اليومية.\n\n"
                           "كل سحب من البنك يحتاج توقيعين، كما ينص القانون الأساسي غالبا.",
                "body_fr": "L'argent de la coopérative n'est pas celui des membres : ne les mélangez jamais, même "
                           "pour un jour.\n\n"
                           "Ouvrez un compte bancaire au nom de la coopérative et déposez-y les recettes rapidement. "
                           "Ne gardez en caisse qu'une petite somme pour les dépenses courantes.\n\n"
                           "Chaque retrait demande deux signatures, comme le prévoient souvent les statuts.",
            },
        ],
        "quiz": [
            ("متى نسجل مصروفا في الدفتر؟ | Quand note-t-on une dépense dans le cahier ?",
             ["+ في نفس اليوم | Le jour même", "- في آخر السنة | À la fin de l'année",
              "- عندما يطلب المراقب ذلك | Quand l'inspecteur le demande"]),
            ("دفعة كلفت 600 درهم وأعطت 30 علبة. ما سعر تكلفة العلبة؟ | Un lot a coûté 600 DH et donné 30 boîtes. "
             "Quel est le prix de revient d'une boîte ?",
             ["+ 20 درهما | 20 DH", "- 30 درهما | 30 DH", "- 18 درهما | 18 DH"]),
            ("أين نضع مداخيل التعاونية؟ | Où mettre les recettes de la coopérative ?",
             ["+ في الحساب البنكي للتعاونية | Sur le compte bancaire de la coopérative",
              "- في حساب الرئيسة | Sur le compte de la présidente", "- في بيت أمينة المال | Chez la trésorière"]),
            ("ماذا ندخل في سعر التكلفة؟ | Que compte-t-on dans le prix de revient ?",
             ["+ المواد والتلفيف واليد العاملة والنقل | Matières, emballage, main-d'œuvre et transport",
              "- المواد الأولية فقط | Seulement les matières premières",
              "- ثمن البيع | Le prix de vente"]),
        ],
    },
    {
        "key": "legal",
        "modules": ["law-112-12", "tax-social"],
        "hours": 3,
        "title_ar": "القانون 112.12: حقوق وواجبات التعاونية",
        "title_fr": "La loi 112.12 : droits et devoirs de la coopérative",
        "summary_ar": "تأسيس التعاونية، حقوق الأعضاء وواجباتهم، والالتزامات الضريبية والاجتماعية.",
        "summary_fr": "Créer une coopérative, les droits et devoirs des membres, les obligations fiscales et "
                      "sociales.",
        "lessons": [
            {
                "kind": "text", "minutes": 5,
                "title_ar": "تأسيس تعاونية",
                "title_fr": "Créer une coopérative",
                "body_ar": "حسب القانون 112.12، تؤسس التعاونية من طرف خمسة أشخاص ذاتيين على الأقل.\n\n"
                           "الخطوات: طلب شهادة السلبية للاسم من مكتب تنمية التعاون، ثم كتابة القانون الأساسي "
                           "والمصادقة عليه في الجمعية العامة التأسيسية، ثم الإيداع والتقييد في سجل التعاونيات.\n\n"
                           "بعد التقييد تصبح للتعاونية شخصية معنوية: يمكنها أن تفتح حسابا، وتوقع عقودا، وتطلب الدعم.",
                "body_fr": "Selon la loi 112.12, une coopérative est créée par au moins cinq personnes physiques.\n\n"
                           "Les étapes : demander le certificat négatif du nom à l'Office du développement de la "
                           "coopération (ODCO), rédiger les statuts et les adopter en assemblée générale "
                           "constitutive, puis déposer le dossier et s'immatriculer au registre des coopératives.\n\n"
                           "Une fois immatriculée, la coopérative a la personnalité morale : elle peut ouvrir un "
                           "compte, signer des contrats et demander des aides.",
            },
            {
                "kind": "audio", "minutes": 4, "voice": "legal",
                "title_ar": "حقوق الأعضاء وواجباتهم",
                "title_fr": "Droits et devoirs des membres",
                "body_ar": "لكل عضو الحق في التصويت، والاطلاع على الحسابات، والترشح لمجلس الإدارة.\n\n"
                           "وعلى كل عضو أن يدفع حصصه، ويشارك في نشاط التعاونية، ويحضر الجمعيات العامة.\n\n"
                           "الفائض يوزع على الأعضاء حسب معاملاتهم مع التعاونية، لا حسب رأس المال.",
                "body_fr": "Chaque membre a le droit de voter, de consulter les comptes et de se présenter au "
                           "conseil d'administration.\n\n"
                           "Chaque membre doit libérer ses parts, participer à l'activité et assister aux "
                           "assemblées générales.\n\n"
                           "L'excédent est réparti entre les membres selon leurs opérations avec la coopérative, "
                           "pas selon le capital.",
                "voice_ar": "لكل عضو الحق في التصويت والاطلاع على الحسابات. وعليه أن يدفع حصصه ويحضر الجمعيات "
                            "العامة. والفائض يوزع حسب المعاملات مع التعاونية.",
                "voice_fr": "Chaque membre peut voter et consulter les comptes. Il doit libérer ses parts et "
                            "assister aux assemblées. L'excédent est réparti selon les opérations avec la coopérative.",
            },
            {
                "kind": "text", "minutes": 4,
                "title_ar": "الالتزامات الضريبية والاجتماعية",
                "title_fr": "Obligations fiscales et sociales",
                "body_ar": "التعاونية تمسك محاسبة وتقدم تصريحاتها في الآجال. بعض التعاونيات معفاة من الضريبة حسب "
                           "رقم معاملاتها ونشاطها: اسألوا المديرية العامة للضرائب قبل أن تفترضوا الإعفاء.\n\n"
                           "إذا شغلت التعاونية أجراء، تصرح بهم في الصندوق الوطني للضمان الاجتماعي.\n\n"
                           "وكل سنة، يرسل تقرير النشاط والحسابات إلى مكتب تنمية التعاون.",
                "body_fr": "La coopérative tient une comptabilité et dépose ses déclarations dans les délais. "
                           "Certaines coopératives sont exonérées d'impôt selon leur chiffre d'affaires et leur "
                           "activité : renseignez-vous auprès de la Direction générale des impôts avant de le "
                           "supposer.\n\n"
                           "Si la coopérative emploie des salariés, elle les déclare à la CNSS.\n\n"
                           "Chaque année, le rapport d'activité et les comptes sont envoyés à l'ODCO.",
            },
        ],
        "quiz": [
            ("كم شخصا على الأقل لتأسيس تعاونية؟ | Combien de personnes au moins pour créer une coopérative ?",
             ["+ خمسة | Cinq", "- اثنان | Deux", "- عشرون | Vingt"]),
            ("من يسلم شهادة السلبية للاسم؟ | Qui délivre le certificat négatif du nom ?",
             ["+ مكتب تنمية التعاون | L'ODCO", "- البنك | La banque", "- الجماعة | La commune"]),
            ("كيف يوزع الفائض؟ | Comment l'excédent est-il réparti ?",
             ["+ حسب المعاملات مع التعاونية | Selon les opérations avec la coopérative",
              "- حسب رأس المال | Selon le capital", "- بالتساوي على أعضاء المجلس | À parts égales entre les "
              "membres du conseil"]),
            ("تعاونية تشغل أجراء، أين تصرح بهم؟ | Une coopérative emploie des salariés : où les déclare-t-elle ?",
             ["+ في الصندوق الوطني للضمان الاجتماعي | À la CNSS", "- في المحكمة | Au tribunal",
              "- لا تصرح بهم | Nulle part"]),
        ],
    },
    {
        "key": "projects",
        "modules": ["project-preparation"],
        "hours": 4,
        "title_ar": "إعداد مشروع وطلب تمويل",
        "title_fr": "Monter un projet et demander un financement",
        "summary_ar": "من الحاجة إلى المشروع، الميزانية، وملف طلب الدعم لدى الممولين.",
        "summary_fr": "Du besoin au projet, le budget, et le dossier de demande de financement.",
        "lessons": [
            {
                "kind": "text", "minutes": 5,
                "title_ar": "من الحاجة إلى المشروع",
                "title_fr": "Du besoin au projet",
                "body_ar": "المشروع الجيد يبدأ من مشكلة حقيقية: مثلا، التمور تفسد قبل بيعها لأننا لا نملك مكانا "
                           "للتجفيف.\n\n"
                           "نكتب في جملة واحدة الهدف (تجفيف وتلفيف ثلاثة أطنان في السنة)، والمستفيدين (أعضاء "
                           "التعاونية الثلاثون)، والنتيجة المنتظرة (بيع أكثر وبثمن أفضل).\n\n"
                           "نقرر هذا المشروع في الجمعية العامة، ونكتب القرار في المحضر.",
                "body_fr": "Un bon projet part d'un vrai problème : par exemple, les dattes s'abîment avant d'être "
                           "vendues faute de lieu de séchage.\n\n"
                           "Écrivez en une phrase l'objectif (sécher et emballer trois tonnes par an), les "
                           "bénéficiaires (les trente membres) et le résultat attendu (vendre plus, et mieux).\n\n"
                           "Décidez le projet en assemblée générale et notez la décision au procès-verbal.",
            },
            {
                "kind": "audio", "minutes": 4, "voice": "projects",
                "title_ar": "ميزانية المشروع",
                "title_fr": "Le budget du projet",
                "body_ar": "نكتب كل مصروف: التجهيزات، الأشغال، التكوين، التلفيف الأول. لكل مصروف عرض ثمن.\n\n"
                           "نبين ما تساهم به التعاونية (مال، عمل، مقر) وما نطلبه من الممول.\n\n"
                           "ميزانية صادقة ومفصلة تقنع الممول أكثر من مبلغ كبير بلا تفاصيل.",
                "body_fr": "Listez chaque dépense : équipement, travaux, formation, premiers emballages, chacune "
                           "avec un devis.\n\n"
                           "Montrez l'apport de la coopérative (argent, travail, local) et ce que vous demandez au "
                           "bailleur.\n\n"
                           "Un budget honnête et détaillé convainc plus qu'un gros montant sans détail.",
                "voice_ar": "في الميزانية نكتب كل مصروف مع عرض ثمن، ونبين ما تساهم به التعاونية وما نطلبه من "
                            "الممول.",
                "voice_fr": "Dans le budget, listez chaque dépense avec son devis, puis montrez l'apport de la "
                            "coopérative et ce que vous demandez au bailleur.",
            },
            {
                "kind": "text", "minutes": 5,
                "title_ar": "ملف طلب الدعم",
                "title_fr": "Le dossier de demande",
                "body_ar": "الملف العادي يضم: القانون الأساسي، محضر الجمعية العامة الذي يقرر المشروع، شهادة بنكية، "
                           "عروض الأثمان، وبطاقة المشروع.\n\n"
                           "نقرأ شروط طلب العروض جيدا (المناطق، نوع المشاريع، آخر أجل)، ونحتفظ بنسخة من كل ما "
                           "أرسلناه.\n\n"
                           "على منصة تضامن يمكن تتبع الطلب ومعرفة مرحلته في كل وقت.",
                "body_fr": "Le dossier habituel comprend : les statuts, le procès-verbal de l'assemblée qui décide "
                           "le projet, une attestation bancaire, les devis et la fiche projet.\n\n"
                           "Lisez bien les conditions de l'appel (territoires, types de projets, date limite) et "
                           "gardez une copie de tout ce que vous envoyez.\n\n"
                           "Sur Tadamon, vous suivez la demande et voyez à tout moment où elle en est.",
            },
        ],
        "quiz": [
            ("من أين يبدأ مشروع جيد؟ | D'où part un bon projet ?",
             ["+ من مشكلة حقيقية للتعاونية | D'un vrai problème de la coopérative",
              "- من مبلغ متوفر عند الممول | D'une somme disponible chez un bailleur",
              "- من مشروع تعاونية أخرى | Du projet d'une autre coopérative"]),
            ("ماذا نرفق بكل مصروف في الميزانية؟ | Que joint-on à chaque dépense du budget ?",
             ["+ عرض ثمن | Un devis", "- صورة الرئيسة | Une photo de la présidente", "- لا شيء | Rien"]),
            ("أي وثيقة تثبت أن الأعضاء قرروا المشروع؟ | Quel document montre que les membres ont décidé le projet ?",
             ["+ محضر الجمعية العامة | Le procès-verbal de l'assemblée générale",
              "- الفاتورة | La facture", "- بطاقة التعريف | La carte d'identité"]),
        ],
    },
]
