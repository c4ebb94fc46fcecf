"""`load_demo`: what the source articles name, plus generated cooperatives and members in the
articles' five provinces so that every page has something to show. Running it twice changes
nothing the second time."""

import random

from django.contrib.auth import get_user_model
from django.db import transaction

from tadamon.accounts.enums import Role
from tadamon.demo import synthetic
from tadamon.demo.articles import ARTICLE_ORGANIZATIONS, DEMO_COMMUNES, DEMO_PROVINCES, SUPPORT_ORGANIZATIONS
from tadamon.registry.domain.people import add_member
from tadamon.registry.domain.territories import import_communes
from tadamon.registry.enums import Gender, MemberRole
from tadamon.registry.models import Commune, Organization, Province, Sector

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


def _user(username: str, *, role: str, organization=None, first_name="", last_name="", superuser=False) -> str:
    User = get_user_model()
    user, created = User.objects.get_or_create(
        username=username,
        defaults={"role": role, "organization": organization, "first_name": first_name, "last_name": last_name,
                  "email": f"{username}@demo.tadamon.ma", "is_staff": superuser, "is_superuser": superuser},
    )
    if created:
        user.set_password(DEMO_PASSWORD)
        user.save()
    return username


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
    users = [
        _user("admin", role=Role.ADMIN, superuser=True, first_name="Admin"),
        _user("staff", role=Role.STAFF, organization=support["Managem"], first_name="Programme staff (Managem)"),
        _user("ngo", role=Role.STAFF, organization=support["Injaz Al-Maghrib"], first_name="Programme staff (Injaz)"),
        _user("manager", role=Role.MANAGER, organization=dades, first_name="Manager (Dadès women)"),
        _user("officer", role=Role.OFFICER, organization=support["Office du Développement de la Coopération"],
              first_name="Officer (ODCO)"),
    ]
    return {"articles_created": created_articles, "generated": generated, "users": users, "password": DEMO_PASSWORD}
