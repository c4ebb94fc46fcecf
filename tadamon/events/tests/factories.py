import datetime

import factory
from django.utils import timezone

from tadamon.events.models import Event
from tadamon.registry.models import Province


class EventFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Event
        skip_postgeneration_save = True

    kind = "meeting"
    name_fr = factory.Sequence(lambda n: f"Rencontre {n}")
    name_ar = factory.Sequence(lambda n: f"لقاء {n}")
    starts_at = factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=10))
    ends_at = factory.LazyAttribute(lambda e: e.starts_at + datetime.timedelta(hours=4))
    venue = "Salle communale"
    city = "Ouarzazate"
    province = factory.LazyFunction(lambda: Province.objects.get(code="MA-OUA"))

    @factory.post_generation
    def staff(obj, create, extracted, **kwargs):
        if create and extracted:
            obj.staff.set(extracted)
