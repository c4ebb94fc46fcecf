import datetime

import pytest

from tadamon.events.domain.events import check_in, register, register_member
from tadamon.events.models import Event, Participant
from tadamon.events.tests.factories import EventFactory
from tadamon.registry.models import Membership
from tadamon.registry.tests.factories import MembershipFactory

pytestmark = pytest.mark.django_db

ROLES = ["anonymous", "admin", "staff_on", "staff_off", "officer", "manager"]
MATRIX = {
    "list": [302, 200, 200, 200, 200, 200],
    "create": [302, 200, 200, 200, 403, 403],
    "detail": [302, 200, 200, 200, 200, 200],
    "add_participant": [302, 302, 302, 404, 404, 404],
    "edit": [302, 200, 200, 403, 403, 403],
    "check_in": [302, 200, 200, 403, 403, 403],
    "check_in_person": [302, 302, 302, 403, 403, 403],
    "check_in_ticket": [302, 200, 200, 403, 403, 403],
    "apply": [302, 403, 403, 403, 403, 200],
    "applications": [302, 200, 200, 403, 200, 403],
    "application": [302, 200, 200, 404, 200, 200],
    "decide": [302, 302, 302, 404, 403, 403],
    "stands": [302, 200, 200, 403, 403, 403],
    "logistics": [302, 200, 200, 403, 403, 403],
    "trip": [302, 200, 200, 403, 403, 403],
    "book": [302, 302, 302, 403, 403, 403],
    "manifest": [302, 200, 200, 403, 403, 403],
    "lodging": [302, 200, 200, 403, 403, 403],
    "lodging_manifest": [302, 200, 200, 403, 403, 403],
    "sales": [302, 200, 200, 403, 200, 403],
    "report_pdf": [302, 200, 200, 403, 200, 403],
    "report_xlsx": [302, 200, 200, 403, 200, 403],
}


@pytest.fixture
def setting(admin_user, staff_user, officer_user, manager_user):
    from tadamon.accounts.tests.factories import UserFactory

    event = EventFactory(staff=[staff_user], applications_close_on=datetime.date.today() + datetime.timedelta(days=30))
    users = {"anonymous": None, "admin": admin_user, "staff_on": staff_user,
             "staff_off": UserFactory(username="staff-off", role="staff"), "officer": officer_user,
             "manager": manager_user}
    return event, users


def request_for(what, event, client):
    base = f"/fr/manage/events/{event.pk}"
    participant = event.participants.first() or register(event, full_name="Hadda", gender="F")
    Participant.objects.filter(pk=participant.pk).update(checked_in_at=None)
    return {
        "list": lambda: client.get("/fr/manage/events/"),
        "create": lambda: client.get("/fr/manage/events/new/"),
        "detail": lambda: client.get(f"{base}/"),
        "add_participant": lambda: client.post(f"{base}/", {"full_name": "Brahim", "gender": "M", "role": "guest"}),
        "edit": lambda: client.get(f"{base}/edit/"),
        "check_in": lambda: client.get(f"{base}/check-in/", {"q": "had"}),
        "check_in_person": lambda: client.post(f"{base}/check-in/{participant.pk}/"),
        "check_in_ticket": lambda: client.get(f"{base}/check-in/ticket/{participant.token}/"),
        "apply": lambda: client.get(f"{base}/apply/"),
        "applications": lambda: client.get(f"{base}/applications/"),
        "application": lambda: client.get(f"{base}/applications/{application(event).pk}/"),
        "decide": lambda: client.post(f"{base}/applications/{application(event).pk}/", {
            "version": application(event).version, "status": "waiting", "decision_reason": "Liste d'attente"}),
        "stands": lambda: client.get(f"{base}/stands/"),
        "logistics": lambda: client.get(f"{base}/logistics/"),
        "trip": lambda: client.get(f"{base}/logistics/trips/{trip(event).pk}/"),
        "book": lambda: client.post(f"{base}/logistics/trips/{trip(event).pk}/", {"participant": []}),
        "manifest": lambda: client.get(f"{base}/logistics/trip/{trip(event).pk}/manifest.pdf"),
        "lodging": lambda: client.get(f"{base}/logistics/lodgings/{lodging(event).pk}/"),
        "lodging_manifest": lambda: client.get(f"{base}/logistics/lodging/{lodging(event).pk}/manifest.pdf"),
        "sales": lambda: client.get(f"{base}/sales/"),
        "report_pdf": lambda: client.get(f"{base}/report.pdf"),
        "report_xlsx": lambda: client.get(f"{base}/report.xlsx"),
    }[what]()


def lodging(event):
    from decimal import Decimal

    from tadamon.events.domain.logistics import add_lodging

    return event.lodgings.first() or add_lodging(event, hotel="Hôtel Atlas", nights=3, rooms=10, places=20,
                                                 cost=Decimal("9000"))


def trip(event):
    from decimal import Decimal

    from tadamon.events.domain.logistics import add_trip
    from tadamon.registry.models import Province

    return event.trips.first() or add_trip(event, label="Bus 1", origin=Province.objects.get(code="MA-TIN"),
                                           seats=30, cost=Decimal("4000"))


def application(event):
    """The manager's cooperative's application to the event."""
    from tadamon.events.domain.exhibitors import apply
    from tadamon.registry.models import Organization

    return event.applications.first() or apply(
        event, Organization.objects.get(name_latin="Coopérative des Femmes de Dadès"), products="Plantes")


@pytest.mark.parametrize("what", MATRIX)
def test_every_role_gets_the_expected_answer(what, setting, client_for):
    event, users = setting
    for role, expected in zip(ROLES, MATRIX[what], strict=True):
        response = request_for(what, event, client_for(users[role]))
        assert response.status_code == expected, f"{role} on {what}: {response.status_code}, expected {expected}"


def test_staff_create_an_event_and_are_put_on_it(staff_user, client_for):
    response = client_for(staff_user).post("/fr/manage/events/new/", {
        "kind": "meeting", "name_fr": "Rencontre de clôture Cooper UP", "starts_at": "2018-06-20T09:00",
        "ends_at": "2018-06-20T13:00", "venue": "Hôtel Karam", "city": "Ouarzazate",
        "province": _province("MA-OUA"), "registration_open": "on"})
    event = Event.objects.get(name_fr="Rencontre de clôture Cooper UP")
    assert response["Location"] == f"/fr/manage/events/{event.pk}/"
    assert list(event.staff.all()) == [staff_user]


def test_an_event_ending_before_it_starts_is_refused_with_the_form_kept(staff_user, client_for):
    html = client_for(staff_user).post("/fr/manage/events/new/", {
        "kind": "meeting", "name_fr": "À l'envers", "starts_at": "2018-06-20T09:00", "ends_at": "2018-06-19T13:00",
        "venue": "Salle", "city": "Zagora", "province": _province("MA-ZAG")}).content.decode()
    assert "L&#x27;événement se termine avant de commencer." in html and 'value="À l&#x27;envers"' in html
    assert not Event.objects.exists()


def test_check_in_by_name_in_one_tap_and_a_second_tap_says_it_was_done(setting, client_for):
    event, users = setting
    participant = register(event, full_name="Itto Ouhmad", gender="F")
    client = client_for(users["staff_on"])
    found = client.get(f"/fr/manage/events/{event.pk}/check-in/", {"q": "ouhm"},
                       headers={"HX-Request": "true"}).content.decode()
    assert "Itto Ouhmad" in found and "<html" not in found
    url = f"/fr/manage/events/{event.pk}/check-in/{participant.pk}/"
    row = client.post(url, headers={"HX-Request": "true"}).content.decode()
    assert row.lstrip().startswith(f'<li id="participant-{participant.pk}" class="check-in-row done">')
    again = client.post(url, headers={"HX-Request": "true"}).content.decode()
    assert "a déjà été enregistrée" in again
    participant.refresh_from_db()
    assert participant.checked_in_by == users["staff_on"]


def test_a_manager_sees_only_their_own_organisations_participants(setting, client_for, manager_user):
    event, users = setting
    own = register_member(event, Membership.objects.filter(organization=manager_user.organization).first())
    other = register_member(event, MembershipFactory())
    html = client_for(manager_user).get(f"/fr/manage/events/{event.pk}/").content.decode()
    assert own.full_name in html and other.full_name not in html
    assert "Ajouter un participant" not in html


def test_the_event_page_counts_who_came_by_gender(setting, client_for):
    event, users = setting
    check_in(register(event, full_name="Itto", gender="F"))
    register(event, full_name="Moha", gender="M")
    html = client_for(users["officer"]).get(f"/fr/manage/events/{event.pk}/").content.decode()
    assert '<td class="number">2</td><td class="number">1</td><td class="number">1</td><td class="number">0</td>' in html


def _province(code):
    from tadamon.registry.models import Province

    return Province.objects.get(code=code).pk


def test_a_manager_applies_with_travelling_members_and_sees_the_decision(setting, client_for, manager_user,
                                                                         django_capture_on_commit_callbacks):
    event, users = setting
    members = list(Membership.objects.filter(organization=manager_user.organization).order_by("pk"))
    client = client_for(manager_user)
    page = client.get(f"/fr/manage/events/{event.pk}/").content.decode()
    assert "Candidater pour exposer" in page
    empty = client.post(f"/fr/manage/events/{event.pk}/apply/", {"products": "", "transport": [members[0].pk]})
    assert "Ce champ est obligatoire." in empty.content.decode() and 'checked' in empty.content.decode()
    response = client.post(f"/fr/manage/events/{event.pk}/apply/", {
        "products": "Plantes aromatiques", "transport": [members[0].pk, members[1].pk], "lodging": [members[0].pk]})
    application = event.applications.get()
    assert response["Location"] == f"/fr/manage/events/{event.pk}/applications/{application.pk}/"
    assert application.travellers.count() == 2
    with django_capture_on_commit_callbacks(execute=True):
        client_for(users["staff_on"]).post(f"/fr/manage/events/{event.pk}/applications/{application.pk}/", {
            "version": application.version, "status": "selected", "decision_reason": "Bienvenue"})
    page = client_for(manager_user).get(f"/fr/manage/events/{event.pk}/applications/{application.pk}/").content.decode()
    assert "Sélectionnée — Bienvenue" in page and "Décision" not in page
    assert event.participants.filter(role="exhibitor").count() == 1


def test_a_stale_decision_is_refused_and_the_stands_page_gives_each_stand_once(setting, client_for):
    event, users = setting
    app = application(event)
    client = client_for(users["staff_on"])
    url = f"/fr/manage/events/{event.pk}/applications/{app.pk}/"
    client.post(url, {"version": app.version, "status": "selected", "decision_reason": "ok"})
    stale = client.post(url, {"version": app.version, "status": "declined", "decision_reason": "non"})
    assert "a enregistré cette fiche après que vous" in stale.content.decode()  # the concurrent-edit message
    stands = f"/fr/manage/events/{event.pk}/stands/"
    client.post(stands, {"action": "add", "number": "B3", "zone": "Hall B", "size_m2": "9"})
    duplicate = client.post(stands, {"action": "add", "number": "B3", "zone": "", "size_m2": "6"}).content.decode()
    assert "Ce numéro de stand est déjà utilisé." in duplicate
    stand = event.stands.get()
    client.post(stands, {"action": "allocate", "stand": stand.pk, "application": app.pk})
    stand.refresh_from_db()
    assert stand.application == app


def test_staff_add_a_bus_book_members_on_it_and_print_its_manifest(setting, client_for):
    import io

    from pypdf import PdfReader

    event, users = setting
    client = client_for(users["staff_on"])
    base = f"/fr/manage/events/{event.pk}/logistics/"
    refused = client.post(base, {"action": "trip", "label": "Bus 1", "seats": "0", "cost": "4000"}).content.decode()
    assert "Assurez-vous que cette valeur est supérieure ou égale à 1." in refused and 'value="Bus 1"' in refused
    client.post(base, {"action": "trip", "label": "Bus 1 — Tinghir", "origin": _province("MA-TIN"), "seats": "30",
                       "cost": "4000"})
    bus = event.trips.get()
    people = [register(event, full_name=name, gender="F") for name in ("Itto", "Hadda")]
    client.post(f"{base}trips/{bus.pk}/", {"participant": [p.pk for p in people]})
    assert bus.passengers.count() == 2
    page = client.get(base).content.decode()
    assert "2/30" in page and "4\u202f000,00" in page  # grouped by a narrow no-break space (common/numbers.py)
    pdf = client.get(f"{base}trip/{bus.pk}/manifest.pdf")
    text = PdfReader(io.BytesIO(pdf.content)).pages[0].extract_text()
    assert pdf["Content-Type"] == "application/pdf" and "Itto" in text and "Hadda" in text
    from tadamon.accounts.models import AuditEvent

    exported = AuditEvent.objects.get(action="export_personal")  # names of people: Law 09-08
    assert exported.actor == users["staff_on"] and exported.target == f"manifest trip {bus.pk}"


def test_a_selected_exhibitors_manager_declares_sales_and_staff_see_them(setting, client_for, manager_user):
    from django.utils import timezone

    event, users = setting
    event.starts_at = timezone.now() - datetime.timedelta(hours=2)
    event.save()
    app = application(event)
    client_for(users["staff_on"]).post(f"/fr/manage/events/{event.pk}/applications/{app.pk}/", {
        "version": app.version, "status": "selected", "decision_reason": "ok"})
    client = client_for(manager_user)
    url = f"/fr/manage/events/{event.pk}/sales/"
    kept = client.post(url, {"sales_mad": "-5", "contacts": "4"}).content.decode()
    assert "Assurez-vous que cette valeur est supérieure ou égale à 0." in kept and 'value="4"' in kept
    client.post(url, {"sales_mad": "3250.50", "contacts": "4", "orders": "1"})
    assert "Rapport (PDF)" not in client.get(url).content.decode()
    staff_page = client_for(users["staff_on"]).get(url).content.decode()
    assert "Coopérative des Femmes de Dadès" in staff_page and "3\u202f250,50" in staff_page


def test_an_exhibitor_sees_its_own_application_only(setting, client_for, other_manager):
    event, _users = setting
    app = application(event)
    client = client_for(other_manager)
    assert client.get(f"/fr/manage/events/{event.pk}/applications/{app.pk}/").status_code == 404
    assert client.get(f"/fr/manage/events/{event.pk}/applications/").status_code == 403
    page = client.get(f"/fr/manage/events/{event.pk}/").content.decode()
    assert "Coopérative des Femmes de Dadès" not in page
