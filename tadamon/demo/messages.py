"""A training session tomorrow with registered members of the Dadès women's cooperative, so that
`manage.py send_reminders` has a reminder to send in the demo (by SMS: the members have phones).
Each run moves it to the day after the run; the registrations are made once."""

import datetime

from django.utils import timezone

from tadamon.programmes.models import Module, Programme, Registration, Session
from tadamon.registry.models import Membership, Organization

PLACE = "Tinghir, Maison des coopératives"


def load_upcoming_session() -> Session | None:
    dades = Organization.objects.get(name_latin="Coopérative des Femmes de Dadès")
    programme = Programme.objects.filter(enrolments__organization=dades).order_by("pk").first()
    if programme is None:
        return None
    tomorrow = timezone.localdate() + datetime.timedelta(days=1)
    starts = timezone.make_aware(datetime.datetime.combine(tomorrow, datetime.time(9, 30)))
    session = Session.objects.filter(programme=programme, place=PLACE).first()
    if session is None:
        session = Session.objects.create(
            programme=programme, phase=programme.phases.order_by("number").first(),
            module=Module.objects.get(code="bookkeeping"), place=PLACE, province=dades.province,
            starts_at=starts, ends_at=starts + datetime.timedelta(hours=3), capacity=20)
    elif session.starts_at != starts:
        Session.objects.filter(pk=session.pk).update(starts_at=starts, ends_at=starts + datetime.timedelta(hours=3))
    members = Membership.objects.current().filter(organization=dades).exclude(person__phone="").order_by("pk")[:4]
    for membership in members:
        Registration.objects.get_or_create(session=session, person_id=membership.person_id,
                                           defaults={"organization_id": dades.pk})
    return session
