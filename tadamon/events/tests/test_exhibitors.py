import datetime

import pytest
from django.core import mail
from django.core.exceptions import ValidationError

from tadamon.common.concurrency import ConcurrentEditError
from tadamon.events.domain.exhibitors import add_stand, allocate_stand, apply, decide
from tadamon.events.models import ExhibitorApplication, Participant
from tadamon.events.tests.factories import EventFactory
from tadamon.registry.models import Membership
from tadamon.registry.tests.factories import MembershipFactory, OrganizationFactory

pytestmark = pytest.mark.django_db

CLOSES = datetime.date(2026, 12, 1)


@pytest.fixture
def fair():
    return EventFactory(kind="national_fair", applications_close_on=CLOSES)


def test_a_cooperative_applies_with_its_travelling_members_until_the_call_closes(fair, cooperative, manager_user):
    members = list(Membership.objects.filter(organization=cooperative).order_by("pk"))
    application = apply(fair, cooperative, products="Huile d'argan, amlou", travellers=[
        (members[0], True, True), (members[1], True, False)], user=manager_user, today=CLOSES)
    assert [(t.person_id, t.needs_lodging) for t in application.travellers.order_by("pk")] == [
        (members[0].person_id, True), (members[1].person_id, False)]
    with pytest.raises(ValidationError, match="already applied"):
        apply(fair, cooperative, products="encore", today=CLOSES)
    with pytest.raises(ValidationError, match="closed on 01/12/2026"):
        apply(fair, OrganizationFactory(), products="trop tard", today=CLOSES + datetime.timedelta(days=1))


def test_only_current_members_travel_and_only_sse_organisations_exhibit(fair, cooperative):
    with pytest.raises(ValidationError, match="not a current member"):
        apply(fair, cooperative, products="x", travellers=[(MembershipFactory(), True, True)], today=CLOSES)
    assert not ExhibitorApplication.objects.exists()  # all or nothing
    with pytest.raises(ValidationError, match="Only cooperatives"):
        apply(fair, OrganizationFactory(kind="company"), products="x", today=CLOSES)


def test_selecting_needs_a_reason_registers_the_travellers_and_mails_the_applicant(fair, cooperative, staff_user,
                                                                                   manager_user,
                                                                                   django_capture_on_commit_callbacks):
    manager_user.email, manager_user.preferred_language = "gerante@dades.ma", "fr"  # she reads French
    manager_user.save()
    members = list(Membership.objects.filter(organization=cooperative).order_by("pk"))
    application = apply(fair, cooperative, products="Plantes", travellers=[(m, True, True) for m in members[:2]],
                        user=manager_user, today=CLOSES)
    with pytest.raises(ValidationError, match="Give the reason"):
        decide(application, status="selected", reason=" ", expected_version=1, user=staff_user)
    with django_capture_on_commit_callbacks(execute=True):
        decide(application, status="selected", reason="Produits certifiés, première participation",
               expected_version=1, user=staff_user)
    roles = list(Participant.objects.filter(event=fair).order_by("pk").values_list("role", flat=True))
    assert roles == ["exhibitor", "participant"]
    assert mail.outbox[-1].to == ["gerante@dades.ma"]
    assert "Sélectionnée" in mail.outbox[-1].body and "Produits certifiés" in mail.outbox[-1].body
    with pytest.raises(ConcurrentEditError):
        decide(application, status="declined", reason="stale", expected_version=1, user=staff_user)


def test_a_stand_goes_to_one_selected_exhibitor_and_an_exhibitor_gets_one_stand(fair, staff_user):
    def selected(name):
        application = apply(fair, OrganizationFactory(name_latin=name), products="x", today=CLOSES)
        return decide(application, status="selected", reason="ok", expected_version=1, user=staff_user)

    first, second = selected("Coopérative A"), selected("Coopérative B")
    waiting = decide(apply(fair, OrganizationFactory(), products="x", today=CLOSES), status="waiting",
                     reason="complet", expected_version=1, user=staff_user)
    a1, a2 = add_stand(fair, number="A1", zone="Hall A", size_m2=9), add_stand(fair, number="A2", zone="Hall A",
                                                                                size_m2=9)
    with pytest.raises(ValidationError, match="already used"):
        add_stand(fair, number="A1", zone="", size_m2=6)
    allocate_stand(a1, first)
    with pytest.raises(ValidationError, match="already given to Coopérative A"):
        allocate_stand(a1, second)
    with pytest.raises(ValidationError, match="already has stand Hall A A1"):
        allocate_stand(a2, first)
    with pytest.raises(ValidationError, match="Only a selected exhibitor"):
        allocate_stand(a2, waiting)
    # Taking a selection back frees its stand for someone else.
    decide(first, status="waiting", reason="dossier incomplet", expected_version=first.version, user=staff_user)
    a1.refresh_from_db()
    assert a1.application is None
    allocate_stand(a1, second)
