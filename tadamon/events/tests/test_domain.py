import threading
import time

import pytest
from django.core.exceptions import ValidationError
from django.db import OperationalError, connection

from tadamon.events.domain.events import (
    AlreadyCheckedIn,
    attendance_figures,
    check_in,
    register,
    register_member,
    search_participants,
)
from tadamon.events.domain.queries.events import with_attendance
from tadamon.events.models import Event, Participant
from tadamon.events.tests.factories import EventFactory
from tadamon.registry.tests.factories import MembershipFactory

pytestmark = pytest.mark.django_db


def test_registration_stops_at_capacity_and_a_member_registers_once():
    event = EventFactory(capacity=2)
    member = MembershipFactory(person__first_name_latin="Itto", person__last_name_latin="Ait Ali")
    participant = register_member(event, member)
    assert (participant.full_name, participant.organization) == ("Itto Ait Ali", member.organization)
    with pytest.raises(ValidationError, match="already registered"):
        register_member(event, member)
    register(event, full_name="Visiteur", gender="M")
    with pytest.raises(ValidationError, match="The event is full"):
        register(event, full_name="Une de trop", gender="F")
    assert event.participants.count() == 2
    assert len({p.token for p in event.participants.all()}) == 2  # each ticket its own secret


def test_checking_in_twice_is_refused_and_says_when_and_by_whom(staff_user):
    participant = register(EventFactory(), full_name="Hadda", gender="F")
    check_in(participant, user=staff_user)
    with pytest.raises(AlreadyCheckedIn, match="Hadda was already checked in at .* by staff"):
        check_in(Participant.objects.get(pk=participant.pk), user=staff_user)


@pytest.mark.transactional
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_two_phones_checking_the_same_ticket_at_once_check_in_once():
    participant = register(EventFactory(), full_name="Yamna", gender="F")
    results, barrier = [], threading.Barrier(2)

    def scan():
        barrier.wait()
        try:
            for _attempt in range(50):
                try:
                    check_in(Participant.objects.get(pk=participant.pk))
                    results.append("in")
                    return
                except AlreadyCheckedIn:
                    results.append("refused")
                    return
                except OperationalError:  # SQLite's shared in-memory test database: table locked, retry
                    time.sleep(0.01)
        finally:
            connection.close()

    threads = [threading.Thread(target=scan) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(results) == ["in", "refused"]


def test_search_finds_names_whatever_the_case_and_accents():
    event = EventFactory()
    register(event, full_name="Fatima-Zahra Aït Ali", gender="F")
    register(event, full_name="فاطمة الزهراء", gender="F")
    assert [p.full_name for p in search_participants(event, "ait ALI")] == ["Fatima-Zahra Aït Ali"]
    assert [p.full_name for p in search_participants(event, "الزهراء")] == ["فاطمة الزهراء"]
    assert not search_participants(event, "").exists()


def test_attendance_figures_by_gender_and_organisation(staff_user):
    event = EventFactory()
    member = MembershipFactory(person__gender="F")
    check_in(register_member(event, member))
    check_in(register(event, full_name="Brahim", gender="M"))
    register(event, full_name="Absent", gender="F")
    figures = attendance_figures(event)
    assert {k: figures[k] for k in ("registered", "present", "women", "men")} == {
        "registered": 3, "present": 2, "women": 1, "men": 1}
    assert [(row["organization_id"], row["n"]) for row in figures["by_organization"]] == [(member.organization_id, 1)]


def test_events_with_attendance_give_the_event_page_figures():
    event, empty = EventFactory(), EventFactory()
    check_in(register(event, full_name="Brahim", gender="M"))
    register(event, full_name="Absent", gender="F")
    rows = {e.pk: (e.registered, e.checked_in) for e in with_attendance(Event.objects.all())}
    figures = attendance_figures(event)
    assert rows == {event.pk: (figures["registered"], figures["present"]), empty.pk: (0, 0)}
    assert rows[event.pk] == (2, 1)
