"""Fairs with exhibitors for the tests of the public page, the API and the catalogue."""

import datetime

from tadamon.events.domain.exhibitors import add_stand, allocate_stand, apply, decide
from tadamon.events.tests.factories import EventFactory
from tadamon.registry.tests.factories import MembershipFactory, OrganizationFactory

CLOSES = datetime.date(2026, 12, 1)


def fair_with_exhibitors(selected: int = 2, *, travelling: int = 2, **event_fields):
    """A national fair with `selected` exhibitors (each bringing `travelling` members, each with a
    stand in the zone "Hall A"), one on the waiting list and one declined."""
    fair = EventFactory(kind="national_fair", applications_close_on=CLOSES, **event_fields)
    for number in range(selected):
        exhibitor(fair, "selected", travelling=travelling, stand=str(number + 1),
                  province__code="MA-TIN" if number % 2 else "MA-OUA")
    exhibitor(fair, "waiting", name_latin="Coopérative en attente")
    exhibitor(fair, "declined", name_latin="Coopérative refusée")
    return fair


def exhibitor(fair, status: str, *, travelling: int = 1, stand: str = "", zone: str = "Hall A", **organization):
    """An application of a new cooperative with `travelling` members, decided `status`."""
    cooperative = OrganizationFactory(**organization)
    members = MembershipFactory.create_batch(travelling, organization=cooperative)
    application = apply(fair, cooperative, products="Dattes", travellers=[(m, True, True) for m in members],
                        today=CLOSES)
    application = decide(application, status=status, reason="Dossier complet", expected_version=application.version)
    if stand:
        allocate_stand(add_stand(fair, number=stand, zone=zone, size_m2=9), application)
    return application
