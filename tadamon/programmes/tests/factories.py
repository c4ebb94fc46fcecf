import factory

from tadamon.programmes.models import Enrolment, Phase, Programme


class ProgrammeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Programme
        skip_postgeneration_save = True

    name_fr = factory.Sequence(lambda n: f"Programme {n}")
    name_ar = factory.Sequence(lambda n: f"برنامج {n}")
    target_organizations = 50

    @factory.post_generation
    def phases(obj, create, extracted, **kwargs):
        if create:
            for number in range(1, (extracted or 2) + 1):
                Phase.objects.create(programme=obj, number=number, name_fr=f"Phase {number}",
                                     name_ar=f"المرحلة {number}")

    @factory.post_generation
    def staff(obj, create, extracted, **kwargs):
        if create and extracted:
            obj.staff.set(extracted)


class EnrolmentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Enrolment

    programme = factory.SubFactory(ProgrammeFactory)
    phase = factory.LazyAttribute(lambda e: e.programme.phases.order_by("number").first())
    organization = factory.SubFactory("tadamon.registry.tests.factories.OrganizationFactory")


class TrainerFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "programmes.Trainer"

    name = factory.Sequence(lambda n: f"Trainer {n}")
    kind = "ngo_staff"


def make_session(programme, trainer=None, start_hour=9, end_hour=12, capacity=20):
    """A bookkeeping session in Tinghir on 4 March 2024, scheduled through the domain function."""
    import datetime

    from django.utils import timezone

    from tadamon.programmes.domain.training import schedule_session
    from tadamon.programmes.models import Module
    from tadamon.registry.models import Province

    day = datetime.datetime(2024, 3, 4)
    return schedule_session(programme=programme, trainers=[trainer or TrainerFactory()], fields={
        "phase": programme.phases.first(), "module": Module.objects.get(code="bookkeeping"), "place": "Tinghir",
        "province": Province.objects.get(code="MA-TIN"), "capacity": capacity,
        "starts_at": timezone.make_aware(day.replace(hour=start_hour)),
        "ends_at": timezone.make_aware(day.replace(hour=end_hour))})


def trained(session, membership, attended=True):
    """Register a member for the session and take their attendance."""
    from tadamon.programmes.domain.training import mark_attendance, register

    return mark_attendance(register(session, membership), attended=attended)
