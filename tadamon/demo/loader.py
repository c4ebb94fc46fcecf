"""`load_demo`: what the source articles name, plus generated cooperatives and members in the
articles' five provinces so that every page has something to show. Running it twice changes
nothing the second time."""

import datetime
import random

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import transaction

from tadamon.accounts.enums import Role
from tadamon.demo import synthetic
from tadamon.demo.academy import load_academy
from tadamon.demo.articles import ARTICLE_ORGANIZATIONS, DEMO_COMMUNES, DEMO_PROVINCES, SUPPORT_ORGANIZATIONS
from tadamon.demo.awards import load_awards
from tadamon.demo.calls import load_calls
from tadamon.demo.compliance import load_compliance
from tadamon.demo.events import load_events
from tadamon.demo.fair_training import load_fair_training
from tadamon.demo.meetings import load_meetings
from tadamon.demo.messages import load_upcoming_session
from tadamon.demo.name_requests import load_name_requests
from tadamon.demo.orders import load_orders
from tadamon.demo.partnerships import load_partnerships
from tadamon.demo.products import load_products
from tadamon.demo.public_pages import load_public_pages
from tadamon.demo.regional_figures import load_regional_figures
from tadamon.demo.support_requests import load_support_requests
from tadamon.demo.tamazight import load_tifinagh_names
from tadamon.indicators.domain.figures import refresh as refresh_indicators
from tadamon.programmes.domain.certificates import issue as issue_certificate
from tadamon.programmes.domain.coaching import record_visit
from tadamon.programmes.domain.diagnosis import record_diagnosis
from tadamon.programmes.domain.programmes import change_status, create_programme, enrol
from tadamon.programmes.enums import DiagnosisRound, EnrolmentStatus, TrainerKind
from tadamon.programmes.models import Module, Programme, Registration, Session, Trainer
from tadamon.programmes.questionnaire import QUESTIONS
from tadamon.registry.domain.people import add_member
from tadamon.registry.domain.territories import import_communes
from tadamon.registry.enums import Gender, MemberRole
from tadamon.registry.models import Commune, Membership, Organization, Person, Province, Sector

DEMO_PASSWORD = "tadamon-demo"
GENERATED_PREFIX = "DEMO"
GENERATED_ORGANIZATIONS = 240
GENERATED_MEMBERS = 2400


def _organization(row) -> tuple[Organization, bool]:
    kind, name_ar, name_latin, acronym, sector, province, commune, women, youth, description = row
    province = Province.objects.get(code=province)
    defaults = {
        "name_ar": name_ar, "acronym": acronym, "province": province,
        "sector": Sector.objects.get(code=sector) if sector else None,
        "commune": Commune.objects.get(province=province, name_fr=commune) if commune else None,
        "is_women": women, "is_youth": youth, "description": description,
    }
    return Organization.objects.get_or_create(kind=kind, name_latin=name_latin, defaults=defaults)


def _demo_members(organization: Organization, rng: random.Random, count: int) -> None:
    from tadamon.demo.names import FEMALE_FIRST, LAST, MALE_FIRST

    roles = [MemberRole.PRESIDENT, MemberRole.TREASURER, MemberRole.SECRETARY] + [MemberRole.MEMBER] * (count - 3)
    for index, role in enumerate(roles):
        female = organization.is_women or rng.random() < 0.5
        first_ar, first_latin = rng.choice(FEMALE_FIRST if female else MALE_FIRST)
        last_ar, last_latin = rng.choice(LAST)
        add_member(
            organization,
            person_fields={
                "first_name_ar": first_ar, "last_name_ar": last_ar, "first_name_latin": first_latin,
                "last_name_latin": last_latin, "gender": Gender.FEMALE if female else Gender.MALE,
                "birth_year": rng.randint(1960, 2003),
                "cin": f"D{organization.pk % 10}{organization.pk:03d}{index:03d}",
                "phone": f"06{rng.randrange(10**8):08d}",
            },
            membership_fields={"role": role},
        )


def _user(username: str, *, role: str, organization=None, first_name="", last_name="", name_ar="", superuser=False):
    User = get_user_model()
    user, created = User.objects.get_or_create(
        username=username,
        defaults={"role": role, "organization": organization, "first_name": first_name, "last_name": last_name,
                  "name_ar": name_ar,
                  "email": f"{username}@demo.tadamon.ma", "is_staff": superuser, "is_superuser": superuser},
    )
    if created:
        user.set_password(DEMO_PASSWORD)
        user.save()
    return user


def _phones_and_claims(users: dict, dades) -> None:
    """Demo phones for signing in by code (docs/demo-data.md), the member's account tied to her
    record, and a claim waiting for the officer: a cooperative of Zagora claimed from a phone."""
    from tadamon.accounts.domain.claims import submit_claim
    from tadamon.accounts.models import OrganizationClaim

    for username, phone in (("manager", DEMO_PHONES["manager"]), ("member", DEMO_PHONES["member"])):
        user = users[username]
        user.phone = phone
        if username == "member":
            user.person = user.person or dades.memberships.exclude(role="president").order_by("pk").first().person
        user.save()
    if not OrganizationClaim.objects.exists():
        claimed = Organization.objects.filter(kind="cooperative", province__code="MA-ZAG").order_by("pk").first()
        if claimed is not None:
            submit_claim(phone=DEMO_PHONES["claimant"], organization=claimed, language="ar",
                         claimant={"first_name": "Itto", "last_name": "Oubella", "position": "president"})


DEMO_PHONES = {"manager": "+212661000001", "member": "+212661000002", "claimant": "+212661000003"}
COOPER_UP_PROVINCES = ["MA-HAO", "MA-TIN", "MA-OUA", "MA-ZAG"]  # article 003
# How likely a "yes" is per dimension in the demo's baselines: article 003's obstacles (marketing,
# financing, sanitary certificates) are the weakest, governance the strongest.
DEMO_STRENGTH = {"governance": 0.7, "finance": 0.35, "legal": 0.55, "marketing": 0.25, "production": 0.5,
                 "certification": 0.2, "digital": 0.3}


def _demo_answers(rng: random.Random) -> dict:
    answers = {}
    for question in QUESTIONS:
        strength = DEMO_STRENGTH[question.dimension]
        draw = rng.random()
        answers[question.code] = 2 if draw < strength else (1 if draw < strength + 0.3 else 0)
    return answers


def _programmes(support: dict, users: dict) -> int:
    """Cooper UP (article 003) and Mourafaka (article 004), with their enrolments, and the
    training of the regional fair's participants (article 004)."""
    if Programme.objects.filter(name_fr="Cooper UP").exists():
        return 0
    cooper_up = create_programme(
        fields={
            "name_ar": "كوبر أب للتنمية", "name_fr": "Cooper UP", "name_en": "Cooper UP",
            "description_ar": "برنامج تكويني لتعاونيات المحيط المنجمي: تشخيص الحاجيات، ثم دورات في التدبير والمالية "
                              "والقانون وإعداد المشاريع، ومواكبة من أطر مناجم.",
            "description_fr": "Programme de formation des coopératives des zones minières : diagnostic des besoins, "
                              "puis formations en gestion, finance, droit et montage de projets, et accompagnement "
                              "par les cadres de Managem.",
            "target_organizations": 50, "target_people_trained": 900,
            "start_date": datetime.date(2017, 10, 1),
        },
        relations={
            "sponsors": [support["Managem"]], "partners": [support["Injaz Al-Maghrib"]],
            "provinces": list(Province.objects.filter(code__in=COOPER_UP_PROVINCES)),
            "staff": [users["staff"], users["ngo"]],
        },
        phases=[
            {"name_ar": "التشخيص والتكوين في التدبير والمالية والقانون وإعداد المشاريع",
             "name_fr": "Diagnostic et formation : gestion, finance, droit, montage de projets",
             "name_en": "Diagnosis and training: management, finance, law, project preparation"},
            {"name_ar": "الاستراتيجية والتسويق والتمويل", "name_fr": "Stratégie, marketing et financement",
             "name_en": "Strategy, marketing and financing"},
        ],
        user=None,
    )
    cooperatives = list(
        Organization.objects.filter(kind="cooperative", province__code__in=COOPER_UP_PROVINCES, status="active")
        .order_by("pk")[:52]
    )
    rng = random.Random(3)
    for organization in cooperatives:
        enrolment = change_status(enrol(cooper_up, organization), status=EnrolmentStatus.ACTIVE)  # phase 1 under way
        record_diagnosis(enrolment, round=DiagnosisRound.BASELINE, answers=_demo_answers(rng), user=users["ngo"],
                         done_on=datetime.date(2017, 10, 2) + datetime.timedelta(days=rng.randrange(0, 60)))
    # Enrolled when phase 1 began (the dashboards count organisations from their enrolment).
    cooper_up.enrolments.update(created_at=datetime.datetime(2017, 10, 2, 9, tzinfo=datetime.UTC))
    _cooper_up_training(cooper_up, cooperatives, rng)
    _cooper_up_certificates(cooper_up, users["ngo"])
    load_events(support, users, cooper_up)
    load_meetings(users)  # the closing meeting's programme, minutes and recommendations
    ministry = next(o for o in support.values() if o.acronym == "MTAESS")
    mourafaka = create_programme(
        fields={"name_ar": "برنامج مرافقة", "name_fr": "Programme Mourafaka", "name_en": "Mourafaka programme",
                "planned_visits": 12, "start_date": datetime.date(2023, 1, 1),
                "description_fr": "Accompagnement des coopératives nouvellement créées (12 visites sur deux ans).",
                "description_ar": "مواكبة المقاولات التعاونية الحديثة التأسيس."},
        relations={"sponsors": [ministry],
                   "provinces": list(Province.objects.filter(region__code="MA-08"))},
        phases=[{"name_ar": "السنة الأولى", "name_fr": "Première année", "name_en": "First year"},
                {"name_ar": "السنة الثانية", "name_fr": "Deuxième année", "name_en": "Second year"}],
        user=None,
    )
    coach = Trainer.objects.create(name="عبد الله الحسني", kind=TrainerKind.SPONSOR_STAFF,  # an invented adviser
                                   organization=Organization.objects.filter(acronym="ODCO").first())
    for organization in Organization.objects.filter(kind="cooperative", province__region__code="MA-08",
                                                    creation_date__year__gte=2020).order_by("pk")[:15]:
        enrolment = enrol(mourafaka, organization)
        for visit_number in range(rng.randint(1, 4)):  # the first of the 12 visits Mourafaka plans
            visited_on = datetime.date(2024, 1, 15) + datetime.timedelta(days=45 * visit_number)
            record_visit(enrolment, fields={"visited_on": visited_on, "coach": coach,
                                            "topics": "Registre des membres, assemblée générale"},
                         follow_ups=[{"action": "Mettre à jour le registre des membres", "owner": "Secrétaire",
                                      "due_date": visited_on + datetime.timedelta(days=30)}])
    mourafaka.enrolments.update(created_at=datetime.datetime(2023, 1, 16, 9, tzinfo=datetime.UTC))
    load_fair_training(ministry, coach)  # article 004's 150 trained: the regional fair's participants
    return 3


PHASE_1_MODULES = ["cooperative-governance", "bookkeeping", "law-112-12", "project-preparation"]
GROUP_SIZE = 30


def _cooper_up_training(programme, cooperatives, rng: random.Random) -> None:
    """Phase 1's training: four modules (management, finance, law, project preparation) per
    group of 30 members in each province, most people present, about 900 people trained in all
    (article 003). Written in bulk: it is generated history, not anyone's attendance taking."""
    synthetic.top_up_members(cooperatives, at_least=17, seed=4)
    trainers = [
        Trainer.objects.create(name="رشيد أمزيان",  # invented Managem supervisors
                               kind=TrainerKind.SPONSOR_STAFF, organization=programme.sponsors.first()),
        Trainer.objects.create(name="نادية الصبار",
                               kind=TrainerKind.SPONSOR_STAFF, organization=programme.sponsors.first()),
        Trainer.objects.create(name="فاطمة الزهراء العمراني",  # an invented Injaz trainer
                               kind=TrainerKind.NGO_STAFF, organization=programme.partners.first()),
    ]
    phase = programme.phases.get(number=1)
    modules = {m.code: m for m in Module.objects.filter(code__in=PHASE_1_MODULES)}
    members_by_province: dict = {}
    for membership in (Membership.objects.current().filter(organization__in=cooperatives)
                       .select_related("organization__province").order_by("organization_id", "pk")):
        members_by_province.setdefault(membership.organization.province, []).append(membership)
    day = datetime.datetime(2017, 11, 6, 9, tzinfo=datetime.UTC)
    registrations = []
    for province, members in sorted(members_by_province.items(), key=lambda item: item[0].code):
        for start in range(0, len(members), GROUP_SIZE):
            group = members[start:start + GROUP_SIZE]
            for code in PHASE_1_MODULES:
                session = Session.objects.create(
                    programme=programme, phase=phase, module=modules[code], place=province.name_fr,
                    province=province, starts_at=day, ends_at=day + datetime.timedelta(hours=6), capacity=GROUP_SIZE)
                session.trainers.set([trainers[len(registrations) % len(trainers)]])
                day += datetime.timedelta(days=1)  # one session a day: no trainer is in two places
                registrations += [Registration(session=session, person_id=m.person_id,
                                               organization_id=m.organization_id, attended=rng.random() < 0.9,
                                               marked_at=session.ends_at) for m in group]
    Registration.objects.bulk_create(registrations, batch_size=1000)


def _cooper_up_certificates(programme, user) -> None:
    """Phase 1's certificates, for everyone present at all four of its modules."""
    phase = programme.phases.get(number=1)
    present = Registration.objects.filter(session__phase=phase, attended=True).values("person_id")
    for person in Person.objects.filter(pk__in=present).order_by("pk"):
        try:
            issue_certificate(programme, person, phase=phase, user=user)
        except ValidationError:
            pass  # missed a module: no phase certificate, as in real life


@transaction.atomic
def load_demo() -> dict:
    rng = random.Random(2015)
    import_communes(DEMO_COMMUNES)
    support = {row[2]: _organization(row)[0] for row in SUPPORT_ORGANIZATIONS}
    created_articles = 0
    for row in ARTICLE_ORGANIZATIONS:
        organization, created = _organization(row)
        if created:
            created_articles += 1
            _demo_members(organization, rng, count=8 if organization.is_women else 6)
    generated = {"organizations": 0, "members": 0}
    if not Organization.objects.filter(registry_number__startswith=f"{GENERATED_PREFIX}-").exists():
        generated = synthetic.generate(
            organizations=GENERATED_ORGANIZATIONS, members=GENERATED_MEMBERS, seed=2015,
            provinces=DEMO_PROVINCES, registry_prefix=GENERATED_PREFIX,
        )
    dades = Organization.objects.get(name_latin="Coopérative des Femmes de Dadès")
    users = {
        # Invented people, named in both scripts: pages show the name in their language.
        "admin": _user("admin", role=Role.ADMIN, superuser=True, first_name="Nabil", last_name="Berrada",
                       name_ar="نبيل برادة"),
        "staff": _user("staff", role=Role.STAFF, organization=support["Managem"], first_name="Karim",
                       last_name="Alaoui", name_ar="كريم العلوي"),
        "ngo": _user("ngo", role=Role.STAFF, organization=support["Injaz Al-Maghrib"], first_name="Salma",
                     last_name="Bennani", name_ar="سلمى بناني"),
        "manager": _user("manager", role=Role.MANAGER, organization=dades, first_name="Itto", last_name="Ouhmad",
                         name_ar="إيطو أوحماد"),
        "officer": _user("officer", role=Role.OFFICER, organization=support["Office du Développement de la Coopération"],
                         first_name="Youssef", last_name="Idrissi", name_ar="يوسف الإدريسي"),
        "buyer": _user("buyer", role=Role.BUYER, first_name="Omar", last_name="Tazi", name_ar="عمر التازي"),
        "member": _user("member", role=Role.MEMBER, organization=dades, first_name="Hadda", last_name="Ait Baha",
                        name_ar="حادة أيت باها"),
    }
    _phones_and_claims(users, dades)
    programmes = _programmes(support, users)
    load_academy(Programme.objects.get(name_fr="Cooper UP"), users)  # its four modules as online courses
    load_products()
    load_public_pages()  # the Dadès cooperative's story and public phone
    load_tifinagh_names()  # Tifinagh names for the /zgh/ pages and searches (demo/tamazight.py)
    load_orders(dades, users["buyer"])
    load_partnerships(users["staff"], Programme.objects.filter(name_fr="Cooper UP").first())
    load_name_requests(users["officer"])
    load_support_requests(users)
    load_calls(users)
    load_awards(users)  # the two national awards, on the award calls
    load_compliance(users["officer"])
    load_upcoming_session()  # a session tomorrow: `manage.py send_reminders` reminds its members
    load_regional_figures()
    refresh_indicators()  # the open-data page and dashboards read the precomputed figures
    return {"articles_created": created_articles, "generated": generated, "programmes": programmes,
            "users": list(users), "password": DEMO_PASSWORD}
