"""Article 004: the ministry organised training courses for the participants of the 1st regional
fair of Drâa-Tafilalet in Errachidia, and 150 cooperative members benefited. A programme of the
ministry for the fair's participants, its sessions held at the fair (groups of 30, marketing and
packaging, the days are placed during the fair: the article gives none), and 150 of the members
the exhibiting cooperatives brought, all present. Bulk registrations: generated history."""

import datetime

from django.utils import timezone

from tadamon.events.enums import EventKind
from tadamon.events.models import Event, Participant
from tadamon.programmes.domain.programmes import create_programme
from tadamon.programmes.models import Module, Programme, Registration, Session, Trainer
from tadamon.registry.enums import OrganizationKind
from tadamon.registry.models import Province

FAIR_TRAINED = 150  # article 004
GROUP_SIZE = 30
MODULES = ["marketing-basics", "packaging-branding"]
NAME_FR = "Formations des participants à la 1re Foire régionale de Drâa-Tafilalet"


def fair_trainees(fair: Event) -> list[Participant]:
    """The first 150 members of exhibiting cooperatives registered at the fair."""
    return list(Participant.objects.filter(event=fair, person__isnull=False,
                                           organization__kind=OrganizationKind.COOPERATIVE)
                .select_related("organization").order_by("pk")[:FAIR_TRAINED])


def load_fair_training(ministry, trainer: Trainer) -> int:
    fair = Event.objects.filter(kind=EventKind.REGIONAL_FAIR, edition=1, province__code="MA-ERR").first()
    if fair is None or Programme.objects.filter(name_fr=NAME_FR).exists():
        return 0
    errachidia = Province.objects.get(code="MA-ERR")
    programme = create_programme(
        fields={"name_ar": "دورات تكوينية لفائدة المشاركين في الدورة الأولى للمعرض الجهوي لجهة درعة تافيلالت",
                "name_fr": NAME_FR, "name_en": "Training for the participants of the 1st Drâa-Tafilalet regional fair",
                "start_date": timezone.localdate(fair.starts_at), "target_people_trained": FAIR_TRAINED,
                "description_fr": "Commercialisation et emballage des produits, pour les membres des coopératives "
                                  "exposantes (article 004 : 150 bénéficiaires).",
                "description_ar": "دورات تكوينية لفائدة المشاركين في المعرض الجهوي بالرشيدية، استفاد منها 150 "
                                  "متعاونا ومتعاونة."},
        relations={"sponsors": [ministry], "provinces": list(Province.objects.filter(region__code="MA-08"))},
        phases=[{"name_ar": "دورات المعرض", "name_fr": "Sessions de la foire", "name_en": "Fair sessions"}],
        user=None)
    phase = programme.phases.get(number=1)
    modules = {m.code: m for m in Module.objects.filter(code__in=MODULES)}
    trainees = fair_trainees(fair)
    registrations = []
    for number, start in enumerate(range(0, len(trainees), GROUP_SIZE)):
        day = timezone.localdate(fair.starts_at) + datetime.timedelta(days=number // 2)
        starts = timezone.make_aware(datetime.datetime.combine(day, datetime.time(9 if number % 2 == 0 else 14)))
        session = Session.objects.create(
            programme=programme, phase=phase, module=modules[MODULES[number % len(MODULES)]],
            place=f"{fair.venue}, {fair.city}", province=errachidia, starts_at=starts,
            ends_at=starts + datetime.timedelta(hours=3), capacity=GROUP_SIZE)
        session.trainers.set([trainer])
        registrations += [Registration(session=session, person_id=p.person_id, organization_id=p.organization_id,
                                       attended=True, marked_at=session.ends_at)
                          for p in trainees[start:start + GROUP_SIZE]]
    Registration.objects.bulk_create(registrations)
    return len(registrations)
