"""Calls of article 004: the Moazara programme that funded 23 association projects in
Drâa-Tafilalet (2023), and the two national awards (best women's cooperative project, best youth
cooperative idea), open now with applications and evaluators' scores. Everything goes through
the real workflow (apply, submit, review, decide); the Moazara call is then moved back to 2023.
Amounts, projects and scores are illustrative."""

import datetime
import random
from decimal import Decimal

from django.utils import timezone

from tadamon.funding.domain import calls as domain
from tadamon.funding.models import Application, Call, Criterion, Grant
from tadamon.registry.models import Organization, Province

PROJECTS = ["Unité de séchage des dattes", "Atelier de couture", "Moulin à grains", "Ruches et matériel apicole",
            "Formation des femmes à l'alphabétisation", "Puits et irrigation goutte-à-goutte", "Four solaire",
            "Atelier de tissage", "Distillerie d'eau de rose", "Bibliothèque de quartier", "Serre maraîchère",
            "Chambre froide", "Point de vente collectif", "Atelier de poterie", "Unité de conditionnement"]
REGION_PROVINCES = ["MA-ERR", "MA-MID", "MA-OUA", "MA-TIN", "MA-ZAG"]  # Drâa-Tafilalet


def _criteria(call, rows):
    for name_fr, name_ar, weight in rows:
        Criterion.objects.create(call=call, name_fr=name_fr, name_ar=name_ar, weight=weight, max_score=10)


def load_calls(users: dict) -> int:
    if Call.objects.exists():
        return 0
    rng = random.Random(4)
    ministry = Organization.objects.get(acronym="MTAESS")
    now = timezone.now()
    moazara = Call.objects.create(
        kind="funding", title_fr="Programme Moazara — projets des associations", title_ar="برنامج مؤازرة — مشاريع الجمعيات",
        sponsor=ministry, opens_at=now - datetime.timedelta(days=1), closes_at=now + datetime.timedelta(days=1),
        budget_mad=Decimal("4000000"), max_amount_mad=Decimal("250000"), kinds=["association"],
        description="Soutien aux projets des associations de l'économie sociale et solidaire.")
    moazara.provinces.set(Province.objects.filter(code__in=REGION_PROVINCES))
    _criteria(moazara, [("Pertinence", "الملاءمة", 2), ("Faisabilité", "قابلية الإنجاز", 2),
                        ("Impact sur les femmes et les jeunes", "الأثر على النساء والشباب", 1)])
    associations = list(Organization.objects.filter(kind="association", province__code__in=REGION_PROVINCES)
                        .order_by("pk")[:30])
    applications = [_apply(moazara, organization, rng) for organization in associations]
    for position, application in enumerate(applications):
        if position < 23:
            domain.decide(application, by=users["admin"], outcome="funded",
                          amount=(application.requested_mad * Decimal("0.9")).quantize(Decimal("1000")))
        elif position < 27:
            domain.decide(application, by=users["admin"], outcome="waiting")
        else:
            domain.decide(application, by=users["admin"], outcome="rejected",
                          reason="Projet hors des priorités de l'appel.")
    for grant in Grant.objects.filter(application__call=moazara)[:10]:
        first = domain.add_tranche(grant, amount=(grant.amount_mad * Decimal("0.6")).quantize(Decimal("1")),
                                   condition="Signature de la convention", due_on=datetime.date(2023, 7, 1))
        domain.add_tranche(grant, amount=grant.amount_mad - first.amount_mad, condition="Rapport d'étape",
                           due_on=datetime.date(2024, 1, 15))
        domain.pay_tranche(first, paid_on=datetime.date(2023, 7, 10))
    _move_to_2023(moazara)

    women = _award(ministry, now, "Prix national du meilleur projet de coopérative féminine",
                   "الجائزة الوطنية لأفضل مشروع تعاونية نسائية", women_only=True)
    youth = _award(ministry, now, "Prix national de la meilleure idée de coopérative de jeunes",
                   "الجائزة الوطنية لأفضل فكرة تعاونية للشباب", youth_only=True)
    evaluators = [users["officer"], users["ngo"]]
    for award, filters in ((women, {"is_women": True}), (youth, {"is_youth": True})):
        award.evaluators.set(evaluators)
        candidates = list(Organization.objects.filter(kind="cooperative", **filters).order_by("pk")[:5])
        if women == award and users["manager"].organization not in candidates:
            candidates[0] = users["manager"].organization
        for organization in candidates:
            _apply(award, organization, rng)
        domain.assign_panel(award)
        _score(award, rng)
    return Call.objects.count()


def _apply(call, organization, rng) -> Application:
    lines = [(rng.choice(PROJECTS), Decimal(rng.randrange(60, 200) * 1000)),
             ("Formation et accompagnement", Decimal(rng.randrange(10, 40) * 1000))]
    application = domain.save_draft(call=call, organization=organization, title=lines[0][0],
                                    summary="Projet porté par les membres, avec un cofinancement de la commune.",
                                    lines=lines, by=None)
    return domain.submit(application, by=None)


def _award(ministry, now, title_fr, title_ar, **eligibility) -> Call:
    award = Call.objects.create(kind="award", title_fr=title_fr, title_ar=title_ar, sponsor=ministry,
                                opens_at=now - datetime.timedelta(days=20), closes_at=now + datetime.timedelta(days=25),
                                budget_mad=Decimal("300000"), max_amount_mad=Decimal("250000"),
                                kinds=["cooperative"], **eligibility)
    _criteria(award, [("Innovation", "الابتكار", 2), ("Impact social", "الأثر الاجتماعي", 2),
                      ("Viabilité économique", "الاستدامة الاقتصادية", 1)])
    return award


def _score(award, rng) -> None:
    """The officer scores every application; Injaz's staff member scores the first three,
    declares a conflict on the fourth and has not scored the last: the ranking shows complete,
    conflicted and incomplete reviews."""
    criteria = list(award.criteria.all())
    for position, application in enumerate(award.applications.order_by("pk")):
        for review in application.reviews.select_related("evaluator"):
            if review.evaluator.username == "officer" or position < 3:
                domain.submit_scores(review, {c.pk: (rng.randrange(4, 11), "") for c in criteria})
            elif position == 3:
                domain.declare_conflict(review, "L'association a accompagné cette coopérative dans Cooper UP.")


def _move_to_2023(call) -> None:
    opens, closes = (timezone.make_aware(datetime.datetime(2023, 3, 1, 9)),
                     timezone.make_aware(datetime.datetime(2023, 4, 30, 23, 59)))
    Call.objects.filter(pk=call.pk).update(opens_at=opens, closes_at=closes)
    call.applications.update(submitted_at=timezone.make_aware(datetime.datetime(2023, 4, 20, 10)),
                             decided_at=timezone.make_aware(datetime.datetime(2023, 6, 15, 10)))
    Grant.objects.filter(application__call=call).update(
        awarded_at=timezone.make_aware(datetime.datetime(2023, 6, 15, 10)))
