import datetime
import re
from html import unescape

import pytest
from django.core import mail
from django.utils import timezone

from tadamon.events.domain.events import register
from tadamon.events.models import Participant
from tadamon.events.tests.factories import EventFactory
from tadamon.registry.models import Province

pytestmark = pytest.mark.django_db


@pytest.fixture
def events():
    now = timezone.now()
    fair = EventFactory(kind="regional_fair", name_fr="Foire régionale de l'ESS", name_ar="المعرض الجهوي",
                        province=Province.objects.get(code="MA-ERR"), city="Errachidia")
    workshop = EventFactory(kind="workshop", name_fr="Atelier emballage", city="Casablanca",
                            province=Province.objects.get(code="MA-CAS"))
    past = EventFactory(kind="national_fair", edition=4, name_fr="4e Salon national de l'ESS",
                        starts_at=now - datetime.timedelta(days=400), ends_at=now - datetime.timedelta(days=390))
    return fair, workshop, past


def names(html):
    return [unescape(name) for name in re.findall(r'<h2><a href="/fr/events/\d+/"><span lang="fr" dir="auto">([^<]+)</span>', html)]


def test_the_list_shows_upcoming_events_and_filters_by_kind_region_and_date(client, events):
    fair, workshop, past = events
    assert names(client.get("/fr/events/").content.decode()) == [fair.name_fr, workshop.name_fr]
    assert names(client.get("/fr/events/", {"kind": "workshop"}).content.decode()) == [workshop.name_fr]
    assert names(client.get("/fr/events/", {"region": "MA-08"}).content.decode()) == [fair.name_fr]
    html = client.get("/fr/events/", {"when": "past"}).content.decode()
    assert names(html) == [past.name_fr] and "édition 4" in html


def test_the_calendar_puts_an_event_on_each_of_its_days(client, events):
    _fair, _workshop, past = events
    html = client.get("/fr/events/calendar/", {"month": timezone.localdate(past.starts_at).strftime("%Y-%m")}).content.decode()
    days_shown = html.count(f'href="/fr/events/{past.pk}/">')
    last_day_in_month = min(timezone.localdate(past.ends_at), timezone.localdate(past.starts_at).replace(day=28))
    assert days_shown >= 2 and days_shown >= (last_day_in_month - timezone.localdate(past.starts_at)).days
    assert client.get("/fr/events/calendar/", {"month": "not-a-month"}).status_code == 200


def test_a_visitor_registers_and_gets_a_ticket_with_a_qr_code_by_email(client, events):
    fair, _workshop, _past = events
    response = client.post(f"/fr/events/{fair.pk}/", {"full_name": "Itto Ouhmad", "gender": "F",
                                                      "organization_name": "Coopérative Tamount",
                                                      "email": "itto@example.ma"})
    participant = Participant.objects.get()
    assert response["Location"] == f"/fr/events/{fair.pk}/ticket/{participant.token}/"
    ticket = client.get(response["Location"]).content.decode()
    assert "Itto Ouhmad, vous êtes inscrit·e." in ticket and "<svg" in ticket
    assert participant.role == "visitor" and participant.registered_by is None
    assert mail.outbox[0].to == ["itto@example.ma"] and participant.token in mail.outbox[0].body
    # The public event page never lists who registered.
    assert "Itto Ouhmad" not in client.get(f"/fr/events/{fair.pk}/").content.decode()


def test_a_registration_with_a_missing_field_keeps_what_was_typed(client, events):
    fair, _workshop, _past = events
    html = client.post(f"/fr/events/{fair.pk}/", {"full_name": "Itto Ouhmad", "gender": ""}).content.decode()
    assert "Ce champ est obligatoire." in html and 'value="Itto Ouhmad"' in html
    assert not Participant.objects.exists()


def test_a_full_or_past_event_takes_no_more_registrations(client, events):
    fair, _workshop, past = events
    fair.capacity = 1
    fair.save()
    register(fair, full_name="First", gender="M")
    html = client.get(f"/fr/events/{fair.pk}/").content.decode()
    assert "L'événement est complet." in html
    response = client.post(f"/fr/events/{past.pk}/", {"full_name": "Late", "gender": "M"})
    assert response.status_code == 200 and not past.participants.exists()


def test_a_ticket_needs_its_secret_and_the_short_address_leads_staff_to_check_in(client, events):
    fair, _workshop, _past = events
    participant = register(fair, full_name="Hadda", gender="F")
    assert client.get(f"/fr/events/{fair.pk}/ticket/not-the-token/").status_code == 404
    response = client.get(f"/t/{participant.token}", headers={"Accept-Language": "ar"})
    assert response["Location"] == f"/ar/manage/events/{fair.pk}/check-in/ticket/{participant.token}/"
    assert client.get("/t/unknown").status_code == 404


def test_event_pages_exist_in_arabic_and_english(client, events):
    fair, _workshop, _past = events
    arabic = client.get(f"/ar/events/{fair.pk}/").content.decode()
    assert '<html lang="ar" dir="rtl">' in arabic and "المعرض الجهوي" in arabic
    english = client.get(f"/en/events/{fair.pk}/").content.decode()
    # No English name: the Arabic one shows, marked as such.
    assert "Register" in english and "المعرض الجهوي" in english and "in Arabic</small>" in english
