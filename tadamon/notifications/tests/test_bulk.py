"""Programme staff writing to a programme's cohort or a fair's travelling members."""

import pytest
from django.core import mail
from django.urls import reverse

from tadamon.accounts.enums import Role
from tadamon.accounts.tests.factories import UserFactory
from tadamon.events.models import ExhibitorApplication, TravellingMember, Trip
from tadamon.events.tests.factories import EventFactory
from tadamon.notifications.models import BulkSend, Message
from tadamon.programmes.tests.factories import EnrolmentFactory, ProgrammeFactory
from tadamon.registry.models import Province

pytestmark = pytest.mark.django_db

ARABIC = "اجتماع التعاونيات يوم الاثنين على الساعة العاشرة صباحا بدار الجمعيات في تنغير، المرجو الحضور في الوقت"


@pytest.fixture
def cohort(cooperative, staff_user, manager_user):
    cooperative.email = "contact@dades.ma"
    cooperative.save()
    manager_user.phone, manager_user.preferred_channel, manager_user.preferred_language = "+212611111111", "sms", "ar"
    manager_user.save()
    programme = ProgrammeFactory(staff=[staff_user])
    EnrolmentFactory(programme=programme, organization=cooperative, status="enrolled")
    return programme


def test_staff_preview_the_recipients_and_sms_parts_then_send_and_see_the_report(cohort, staff_user, client,
                                                                               sms_server):
    client.force_login(staff_user)
    url = reverse("backoffice:programme_message", args=[cohort.pk])
    preview = client.post(url, {"text_ar": ARABIC, "text_fr": "Réunion lundi à 10h.", "preview": "1"})
    page = preview.content.decode()
    assert preview.status_code == 200 and not sms_server.received and not mail.outbox  # nothing sent yet
    estimate = preview.context["estimate"]
    assert (estimate.recipients, estimate.sms, estimate.sms_parts, estimate.email) == (2, 1, 2, 1)
    assert "UCS-2" in page and "GSM-7" in page
    sent = client.post(url, {"text_ar": ARABIC, "text_fr": "Réunion lundi à 10h.", "send": "1"})
    bulk = BulkSend.objects.get()
    assert sent["Location"] == reverse("backoffice:bulk_message", args=[bulk.pk])
    assert [r["message"] for r in sms_server.received] == [ARABIC]  # the manager reads Arabic
    assert "Réunion lundi" in mail.outbox[0].body and ARABIC in mail.outbox[0].body  # the shared mailbox: both
    report = client.get(sent["Location"]).context["report"]
    assert (report["sent"], report["failed"], report["finished"], report["percent"]) == (2, 0, True, 100)


def test_a_failed_delivery_shows_in_the_report(cohort, staff_user, client, sms_server, settings):
    settings.MESSAGES_MAX_ATTEMPTS = 2
    sms_server.answers = [500, 500]
    client.force_login(staff_user)
    client.post(reverse("backoffice:programme_message", args=[cohort.pk]), {"text_ar": "اجتماع", "send": "1"})
    report = client.get(reverse("backoffice:bulk_message", args=[BulkSend.objects.get().pk])).context["report"]
    assert (report["sent"], report["failed"]) == (1, 1)


def test_an_empty_message_is_refused(cohort, staff_user, client):
    client.force_login(staff_user)
    response = client.post(reverse("backoffice:programme_message", args=[cohort.pk]), {"send": "1"})
    assert response.status_code == 200 and not BulkSend.objects.exists()
    assert "Write the message" in response.content.decode()


def test_managers_officers_and_other_staff_may_not_message_a_cohort(cohort, manager_user, officer_user, client):
    other_staff = UserFactory(username="other-staff", role=Role.STAFF)
    url = reverse("backoffice:programme_message", args=[cohort.pk])
    for user in (manager_user, officer_user, other_staff):
        client.force_login(user)
        assert client.get(url).status_code in (403, 404)
        assert client.post(url, {"text_fr": "x", "send": "1"}).status_code in (403, 404)
    assert not BulkSend.objects.exists()
    bulk = BulkSend.objects.create(created_by=other_staff, programme=cohort, text_fr="x")
    client.force_login(manager_user)
    assert client.get(reverse("backoffice:bulk_message", args=[bulk.pk])).status_code in (403, 404)


def test_the_travelling_members_of_a_fair_get_its_message_and_others_may_not_send_it(
        cooperative, staff_user, manager_user, client, sms_server):
    fair = EventFactory(kind="fair", staff=[staff_user])
    application = ExhibitorApplication.objects.create(event=fair, organization=cooperative, products="Huile",
                                                      status="selected", decision_reason="Retenue")
    person = cooperative.memberships.get(person__phone="0612345678").person
    TravellingMember.objects.create(application=application, person=person)
    url = reverse("backoffice:event_message", args=[fair.pk])
    client.force_login(manager_user)
    assert client.post(url, {"text_fr": "Bus à 6h", "send": "1"}).status_code == 403
    client.force_login(staff_user)
    client.post(url, {"text_fr": "Bus à 6h", "send": "1"})
    assert [(r["to"], r["message"]) for r in sms_server.received] == [("+212612345678", "Bus à 6h")]
    assert Message.objects.get().person == person


def test_the_fair_programme_goes_to_travellers_with_their_bus_once(cooperative, sms_server):
    from tadamon.events.domain.travel_messages import send_fair_programmes
    from tadamon.events.models import Participant

    fair = EventFactory(kind="fair")
    application = ExhibitorApplication.objects.create(event=fair, organization=cooperative, products="Huile",
                                                      status="selected", decision_reason="Retenue")
    person = cooperative.memberships.get(person__phone="0612345678").person
    TravellingMember.objects.create(application=application, person=person)
    participant = Participant.objects.create(event=fair, person=person, full_name="Fatima", gender="F")
    trip = Trip.objects.create(event=fair, label="Bus 1 — Tinghir", origin=Province.objects.get(code="MA-TIN"),
                               departs_at=fair.starts_at, seats=40, cost=0)
    trip.passengers.add(participant)
    today = fair.starts_at.date()
    assert send_fair_programmes(today) == 1 and send_fair_programmes(today) == 0
    [received] = sms_server.received
    assert "Bus 1 — Tinghir" in received["message"] and "Ouarzazate" in received["message"]


ROLES = ["anonymous", "admin", "staff", "officer", "manager", "other_manager"]
MATRIX = {  # in the order of ROLES; 404 hides a programme one may not see, 403 "may see, may not do"
    "programme_message": [302, 200, 200, 403, 403, 404],
    "event_message": [302, 200, 200, 403, 403, 403],
    "bulk_message": [302, 200, 200, 403, 403, 404],
}


def test_every_role_gets_the_expected_answer_on_the_message_pages(cohort, admin_user, staff_user, officer_user,
                                                                 manager_user, other_manager, client_for):
    users = dict(zip(ROLES, [None, admin_user, staff_user, officer_user, manager_user, other_manager], strict=True))
    fair = EventFactory(staff=[staff_user])
    bulk = BulkSend.objects.create(created_by=staff_user, programme=cohort, text_fr="Réunion")
    urls = {"programme_message": reverse("backoffice:programme_message", args=[cohort.pk]),
            "event_message": reverse("backoffice:event_message", args=[fair.pk]),
            "bulk_message": reverse("backoffice:bulk_message", args=[bulk.pk])}
    for name, expected in MATRIX.items():
        for role, status in zip(ROLES, expected, strict=True):
            got = client_for(users[role]).get(urls[name]).status_code
            assert got == status, f"{role} on {name}: {got}, expected {status}"


def test_the_programme_and_event_pages_link_to_the_message_page_for_those_who_run_them(
        cohort, staff_user, manager_user, client_for):
    fair = EventFactory(staff=[staff_user])
    programme_link = reverse("backoffice:programme_message", args=[cohort.pk])
    event_link = reverse("backoffice:event_message", args=[fair.pk])
    staff = client_for(staff_user)
    assert programme_link in staff.get(reverse("backoffice:programme", args=[cohort.pk])).content.decode()
    assert event_link in staff.get(reverse("backoffice:event", args=[fair.pk])).content.decode()
    manager = client_for(manager_user)
    assert programme_link not in manager.get(reverse("backoffice:programme", args=[cohort.pk])).content.decode()
    assert event_link not in manager.get(reverse("backoffice:event", args=[fair.pk])).content.decode()
