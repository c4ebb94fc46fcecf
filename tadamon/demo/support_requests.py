"""The routing table and the obstacles the cooperatives raised with the institutions in charge
(articles 000 and 004: marketing, financing, sanitary certification, land, legal questions),
some answered, sent on, resolved or overdue. Texts are illustrative; the dates are moved back so
the delays show."""

import datetime

from django.utils import timezone

from tadamon.funding.domain.support_requests import answer, finish, open_request, reassign
from tadamon.funding.models import RoutingRule, SupportRequest
from tadamon.registry.models import Organization

# category → (acronym or name of the institution, days to answer, days to resolve)
RULES = {
    "marketing": ("Maroc Taswiq", 10, 90), "financing": ("INDH", 15, 120), "land": ("ADS", 15, 180),
    "sanitary": ("ONSSA", 10, 60), "legal": ("ODCO", 7, 45), "coordination": ("MTAESS", 15, 90),
    "other": ("ODCO", 10, 60),
}
# (organisation, category, subject, description, days ago, steps)
REQUESTS = [
    ("Coopérative des Femmes de Dadès", "sanitary", "Autorisation sanitaire de l'eau de rose",
     "Notre dossier d'autorisation sanitaire pour l'eau de rose distillée attend depuis six mois.", 40,
     [("answer", "Dossier reçu ; une visite de l'unité de distillation est programmée."),
      ("resolve", "Autorisation sanitaire délivrée après la visite.")]),
    ("Coopérative des Dattes d'Agdz", "marketing", "Débouchés pour les dattes après la foire",
     "Nous cherchons des acheteurs réguliers et un appui pour l'emballage.", 30,
     [("answer", "Votre coopérative est inscrite au prochain salon professionnel.")]),
    ("Association des Femmes de Taznakht", "financing", "Financement du métier à tisser collectif",
     "Le centre de tissage a besoin de trois métiers supplémentaires.", 25, []),
    ("Association Imider", "land", "Terrain pour l'unité de séchage",
     "Le terrain prévu pour l'unité de séchage relève des terres collectives.", 20,
     [("reassign", "ODCO", "Question de statut juridique du terrain collectif : relève d'abord de l'ODCO."),
      ("answer", "Nous vous orientons vers l'autorité de tutelle des terres collectives ; pièces à fournir jointes.")]),
    ("Coopérative des Femmes de Dadès", "legal", "Mise à jour de la liste des membres",
     "Trois nouvelles adhérentes : quelle procédure pour mettre à jour le registre ?", 3, []),
]


def load_support_requests(users: dict) -> int:
    if SupportRequest.objects.exists():
        return 0
    bodies = {o.acronym or o.name_latin: o for o in Organization.objects.filter(kind="public_body")}
    for category, (body, answer_days, resolve_days) in RULES.items():
        RoutingRule.objects.get_or_create(category=category, province=None, defaults={
            "institution": bodies[body], "answer_within_days": answer_days, "resolve_within_days": resolve_days})
    organizations = {o.name_latin: o for o in Organization.objects.filter(name_latin__in={r[0] for r in REQUESTS})}
    for name, category, title, description, days_ago, steps in REQUESTS:
        organization = organizations[name]
        manager = users["manager"] if organization == users["manager"].organization else None
        request = open_request(organization=organization, category=category, title=title, description=description,
                               by=manager)
        for step in steps:
            if step[0] == "answer":
                answer(request, by=None, message=step[1], expected_version=request.version)
            elif step[0] == "resolve":
                finish(request, by=None, resolved=True, message=step[1], expected_version=request.version)
            else:
                reassign(request, by=None, institution=bodies[step[1]], reason=step[2],
                         expected_version=request.version)
        _move_back(request, datetime.timedelta(days=days_ago))
    return len(REQUESTS)


def _move_back(request: SupportRequest, delta: datetime.timedelta) -> None:
    """Dates as if the request had been raised `delta` ago, its steps spread over that time."""
    events = list(request.events.all())
    now = timezone.now()
    for position, event in enumerate(events):
        event.at = now - delta + delta * position / max(len(events), 2)
        event.save(update_fields=["at"])
    fields = {"opened_at": now - delta, "answer_due_at": request.answer_due_at - delta,
              "resolve_due_at": request.resolve_due_at - delta}
    answered = next((e.at for e in events if e.kind in ("answered", "resolved")), None)
    if answered:
        fields["first_answer_at"] = answered
    if request.resolved_at:
        fields["resolved_at"] = events[-1].at
    SupportRequest.objects.filter(pk=request.pk).update(**fields)
