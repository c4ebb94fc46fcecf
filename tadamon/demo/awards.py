"""The two national awards of article 004: Lalla Al Moutaaouina (للا المتعاونة), for the best
women's cooperative projects, and Al Jil Al Moutadamine (الجيل المتضامن), for the best project idea
of a youth cooperative. The article says editions go on being organised but gives no year, no
category and no laureate: this year's editions run through the two award calls of `calls.py`
(open, no laureate yet), and last year's are built here through the real workflow (apply, submit,
review, decide) and then moved back a year. Laureates, categories, ranks and prizes are
illustrative; the Dadès women's cooperative (the demo manager's) is a laureate of last year's
Lalla Al Moutaaouina."""

import datetime
import random
from decimal import Decimal

from django.utils import timezone

from tadamon.demo.calls import _apply, _award
from tadamon.funding.domain import awards as domain
from tadamon.funding.domain import calls as call_domain
from tadamon.funding.models import Award, AwardCategory, AwardEdition, Call, Grant
from tadamon.registry.models import Organization

AWARDS = [
    {"slug": "lalla-al-moutaaouina", "audience": "women", "filters": {"is_women": True}, "eligibility": {"women_only": True},
     "name_ar": "جائزة للا المتعاونة", "name_fr": "Prix Lalla Al Moutaaouina", "name_en": "Lalla Al Moutaaouina Award",
     "description_ar": "الجائزة الوطنية المخصصة لأحسن المشاريع التعاونية النسائية.",
     "description_fr": "Prix national des meilleurs projets des coopératives féminines.",
     "description_en": "National award for the best projects of women's cooperatives.",
     "categories": [("المنتوجات المجالية", "Produits du terroir", "Local products"),
                    ("الصناعة التقليدية", "Artisanat", "Crafts")]},
    {"slug": "al-jil-al-moutadamine", "audience": "youth", "filters": {"is_youth": True}, "eligibility": {"youth_only": True},
     "name_ar": "جائزة الجيل المتضامن", "name_fr": "Prix Al Jil Al Moutadamine", "name_en": "Al Jil Al Moutadamine Award",
     "description_ar": "الجائزة الوطنية لتتويج أحسن فكرة تطوير مشروع تعاوني تتقدم به تعاونيات الشباب.",
     "description_fr": "Prix national de la meilleure idée de projet coopératif présentée par une coopérative de jeunes.",
     "description_en": "National award for the best cooperative project idea put forward by a youth cooperative.",
     "categories": [("أحسن فكرة مشروع", "Meilleure idée de projet", "Best project idea")]},
]
PRIZES = [Decimal("100000"), Decimal("70000"), Decimal("50000")]


def load_awards(users: dict) -> int:
    if Award.objects.exists():
        return 0
    rng = random.Random(20)
    ministry = Organization.objects.get(acronym="MTAESS")
    for row in AWARDS:
        fields = {k: v for k, v in row.items() if k not in ("filters", "eligibility", "categories")}
        award = Award.objects.create(**fields)
        current = Call.objects.filter(kind="award", **row["eligibility"]).order_by("pk").first()
        if current is not None:
            domain.set_edition(current, award=award, year=current.opens_at.year)
        year = (current.opens_at.year if current else timezone.now().year) - 1
        _past_edition(award, row, year, ministry, users, rng)
    return AwardEdition.objects.count()


def _past_edition(award, row, year, ministry, users, rng) -> AwardEdition:
    call = _award(ministry, timezone.now(), f"{award.name_fr} {year}", f"{award.name_ar} {year}",
                  **row["eligibility"])
    edition = domain.set_edition(call, award=award, year=year)
    categories = [AwardCategory.objects.create(edition=edition, name_ar=ar, name_fr=fr, name_en=en, position=i)
                  for i, (ar, fr, en) in enumerate(row["categories"])]
    candidates = list(Organization.objects.filter(kind="cooperative", **row["filters"]).order_by("-pk")[:5])
    dades = users["manager"].organization
    if row["audience"] == "women":  # the demo manager's cooperative, first prize
        candidates = [dades] + [c for c in candidates if c != dades][:4]
    applications = [_apply(call, organization, rng) for organization in candidates]
    call_domain.assign_panel(call)
    for position, application in enumerate(applications):
        if position < len(PRIZES):
            application = call_domain.decide(application, by=users["admin"], outcome="funded",
                                             amount=min(PRIZES[position], application.requested_mad))
            domain.place_laureate(application, category=categories[position % len(categories)],
                                  rank=position // len(categories) + 1)
        else:
            call_domain.decide(application, by=users["admin"], outcome="rejected",
                               reason="Projet moins abouti que ceux des lauréates.")
    _move_to(call, year)
    return edition


def _move_to(call, year: int) -> None:
    def at(month, day):
        return timezone.make_aware(datetime.datetime(year, month, day, 10))

    Call.objects.filter(pk=call.pk).update(opens_at=at(3, 1), closes_at=at(4, 30))
    call.applications.update(submitted_at=at(4, 20), decided_at=at(6, 15))
    Grant.objects.filter(application__call=call).update(awarded_at=at(6, 15))
