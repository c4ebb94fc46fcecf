"""Messages reach a real (local) HTTP provider through Apprise's json:// service: no mocks."""

import datetime
import io

import pytest
from django.core import mail
from django.core.management import CommandError, call_command
from django.urls import reverse

from tadamon.accounts.enums import Role
from tadamon.accounts.tests.factories import UserFactory
from tadamon.notifications import Recipient, notify
from tadamon.notifications.enums import Channel, MessageStatus
from tadamon.notifications.models import ContactPreference, Message, OptOut
from tadamon.notifications.optouts import make_token
from tadamon.registry.tests.factories import MembershipFactory, PersonFactory

pytestmark = pytest.mark.django_db


def test_a_sign_in_code_goes_by_sms_to_the_number_with_its_code(sms_server):
    [message] = notify("sign_in_code", Recipient(phone="06 12 34 56 78", language="fr"),
                       {"code": "123456", "minutes": 10})
    [received] = sms_server.received
    assert received["path"] == "/sms" and received["to"] == "+212612345678" and "123456" in received["message"]
    assert (message.status, message.attempts, message.channel) == ("sent", 1, "sms")
    assert message.parts == 1


def test_send_test_message_delivers_an_arabic_sms_and_prints_the_outcome(sms_server):
    out = io.StringIO()
    call_command("send_test_message", "+212612345678", "--channel", "sms", "--language", "ar", stdout=out)
    [received] = sms_server.received
    assert received["to"] == "+212612345678" and received["message"].startswith("تضامن")
    assert "sent after 1 attempt" in out.getvalue() and "5678" in out.getvalue()
    assert "612345678" not in out.getvalue()  # the number is masked


def test_send_test_message_by_whatsapp_in_french(sms_server):
    call_command("send_test_message", "0612345678", "--channel", "whatsapp", "--language", "fr", stdout=io.StringIO())
    [received] = sms_server.received
    assert received["path"] == "/whatsapp" and "message d'essai" in received["message"]


def test_a_failing_provider_is_retried_until_it_answers(sms_server):
    sms_server.answers = [500, 500]
    [message] = notify("sign_in_code", Recipient(phone="0612345678"), {"code": "1", "minutes": 10})
    assert [r["status"] for r in sms_server.received] == [500, 500, 200]
    assert (message.status, message.attempts) == ("sent", 3)


def test_a_provider_that_keeps_failing_leaves_the_message_failed_with_its_answer(sms_server, settings):
    settings.MESSAGES_MAX_ATTEMPTS = 3
    sms_server.answers = [500] * 5
    [message] = notify("sign_in_code", Recipient(phone="0612345678"), {"code": "1", "minutes": 10})
    assert len(sms_server.received) == 3
    assert (message.status, message.attempts) == ("failed", 3)
    assert "error=500" in message.provider_response and "gateway down" in message.provider_response
    assert "612345678" not in message.provider_response


def test_without_a_provider_the_sms_is_written_to_the_console(settings, capsys):
    settings.SMS_URL = ""
    [message] = notify("sign_in_code", Recipient(phone="0612345678"), {"code": "424242", "minutes": 10})
    assert message.status == "sent" and "424242" in capsys.readouterr().out


def test_nothing_is_sent_to_an_opted_out_number_but_sign_in_codes_still_are(sms_server, client):
    person = PersonFactory(phone="0612345678")
    token = make_token("+212612345678", "session_reminder")
    page = client.get(reverse("public:message_stop", args=[token]))
    assert "5678" in page.content.decode() and "612345678" not in page.content.decode()
    client.post(reverse("public:message_stop", args=[token]), {"all": "1"})
    [skipped] = notify("session_reminder", person, {"title": "Comptabilité", "date": "04/03", "time": "09:00",
                                                    "place": "Tinghir"})
    assert skipped.status == MessageStatus.SKIPPED and sms_server.received == []
    notify("sign_in_code", person, {"code": "777777", "minutes": 10})
    assert [r["to"] for r in sms_server.received] == ["+212612345678"]


def test_the_stop_link_of_one_kind_stops_only_that_kind(sms_server, client):
    person = PersonFactory(phone="0612345678")
    client.post(reverse("public:message_stop", args=[make_token("+212612345678", "session_reminder")]))
    assert list(OptOut.objects.values_list("kind", flat=True)) == ["session_reminder"]
    notify("fair_programme", person, {"event_name": "Salon", "dates": "12/05", "place": "Rabat", "departure": ""})
    assert len(sms_server.received) == 1


def test_a_forged_stop_link_is_not_found(client):
    assert client.get(reverse("public:message_stop", args=["forged"])).status_code == 404


def test_a_stop_reply_forwarded_by_the_provider_stops_every_message(sms_server, client, settings):
    settings.MESSAGES_INBOUND_TOKEN = "s3cret"
    assert client.post("/messages/inbound/wrong/", {"from": "+212612345678", "text": "STOP"}).status_code == 404
    answer = client.post("/messages/inbound/s3cret/", {"From": "whatsapp:+212612345678", "Body": " stop "})
    assert answer.json() == {"opted_out": True}
    notify("bulk", PersonFactory(phone="0612345678"), {"text": "Réunion lundi"})
    assert sms_server.received == []
    arabic = client.post("/messages/inbound/s3cret/", {"from": "0698765432", "text": "توقف"})
    assert arabic.json() == {"opted_out": True} and OptOut.objects.filter(address="+212698765432").exists()


def test_a_person_reads_whatsapp_in_french_when_they_chose_it(sms_server, cooperative):
    person = PersonFactory(phone="0612345678")
    ContactPreference.objects.create(person=person, channel=Channel.WHATSAPP, language="fr")
    [message] = notify("test", person)
    assert message.language == "fr" and sms_server.received[0]["path"] == "/whatsapp"
    assert "message d'essai" in sms_server.received[0]["message"]


def test_an_organisation_hears_on_its_mailbox_in_both_languages_and_its_managers_on_their_channel(
        sms_server, cooperative, manager_user):
    cooperative.email = "contact@dades.ma"
    cooperative.save()
    manager_user.phone, manager_user.preferred_channel, manager_user.preferred_language = "+212611111111", "sms", "fr"
    manager_user.save()
    messages = notify("test", cooperative)
    assert [(m.channel, m.language) for m in messages] == [("email", "ar+fr"), ("sms", "fr")]
    [email] = mail.outbox
    assert email.to == ["contact@dades.ma"] and "تجريبية" in email.body and "message d'essai" in email.body
    assert sms_server.received[0]["to"] == "+212611111111"


def test_a_user_without_a_phone_gets_an_e_mail_in_their_language(sms_server):
    user = UserFactory(role=Role.BUYER, email="omar@example.org", preferred_language="fr",
                       preferred_channel=Channel.SMS)
    [message] = notify("claim_decided", user, {"organization_name": "Dadès", "approved": True, "url": "https://x"})
    assert message.channel == "email" and mail.outbox[0].to == ["omar@example.org"]
    assert "/fr/messages/stop/" in mail.outbox[0].body  # the stop link, in the reader's language
    assert sms_server.received == []


def test_the_contract_kinds_render_short_texts(sms_server):
    recipient = Recipient(phone="0612345678", language="fr", name="Hadda")
    notify("invitation", recipient, {"organization_name": "Dadès", "role_label": "gérante",
                                     "inviter_name": "Aicha", "url": "https://t.ma/i/1"})
    notify("claim_received", recipient, {"organization_name": "Dadès", "claimant_name": "Aicha",
                                         "url": "https://t.ma/c/1"})
    assert all(len(r["message"]) <= 160 for r in sms_server.received)
    assert "Aicha" in sms_server.received[0]["message"] and "https://t.ma/c/1" in sms_server.received[1]["message"]
    with pytest.raises(ValueError, match="needs code"):
        notify("sign_in_code", recipient, {"minutes": 10})


def test_tomorrows_session_reminds_its_registered_members_once_with_place_and_time(sms_server):
    from tadamon.programmes.domain.session_reminders import send_session_reminders
    from tadamon.programmes.domain.training import register
    from tadamon.programmes.tests.factories import EnrolmentFactory, ProgrammeFactory, make_session

    programme = ProgrammeFactory()
    session = make_session(programme)
    member = MembershipFactory(person__phone="0612345678")
    no_phone = MembershipFactory(person__phone="", organization=member.organization)
    EnrolmentFactory(programme=programme, organization=member.organization)
    register(session, member)
    register(session, no_phone)
    assert send_session_reminders(datetime.date(2024, 3, 2)) == 0  # two days before: not yet
    assert send_session_reminders(datetime.date(2024, 3, 3)) == 1
    [received] = sms_server.received
    assert received["to"] == "+212612345678" and "Tinghir" in received["message"] and "09:00" in received["message"]
    assert send_session_reminders(datetime.date(2024, 3, 3)) == 0 and len(sms_server.received) == 1


def test_the_message_log_in_the_admin_masks_addresses(sms_server, admin_user, client):
    notify("sign_in_code", Recipient(phone="0612345678"), {"code": "1", "minutes": 10})
    client.force_login(admin_user)
    page = client.get(reverse("admin:notifications_message_changelist")).content.decode()
    assert "5678" in page and "612345678" not in page
    detail = client.get(reverse("admin:notifications_message_change", args=[Message.objects.get().pk]))
    assert "612345678" not in detail.content.decode()


def test_send_test_message_refuses_a_wrong_number():
    with pytest.raises(CommandError, match="Moroccan phone number"):
        call_command("send_test_message", "12", stdout=io.StringIO())


def test_in_the_worker_a_failed_attempt_is_tried_again_later_with_a_growing_wait(sms_server, settings):
    """A backend that can defer (the database one in production; Dummy here, which records what it
    would run): each failure enqueues the next try with `run_after` 1, then 4 minutes later."""
    from django.utils import timezone
    from django_tasks import default_task_backend

    from tadamon.notifications.tasks import send_message

    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    sms_server.answers = [500, 500]
    [message] = notify("sign_in_code", Recipient(phone="0612345678"), {"code": "1", "minutes": 10})
    assert message.attempts == 0 and sms_server.received == []  # queued for the worker
    waits = []
    for _ in range(3):
        before, enqueued = timezone.now(), len(default_task_backend.results)
        send_message.call(message.pk)
        message.refresh_from_db()
        for result in default_task_backend.results[enqueued:]:
            waits.append(round((result.task.run_after - before).total_seconds() / 60))
    assert waits == [1, 4] and (message.status, message.attempts) == ("sent", 3)
    default_task_backend.clear()
