"""Signing in with a mobile and a one-time code sent by SMS (through a local SMS provider: the
notifications layer's Apprise json:// URL, real HTTP)."""

import re
from datetime import timedelta

import pytest
from django.core.cache import cache
from django.urls import reverse
from django.utils import timezone

from tadamon.accounts.domain import phone_codes
from tadamon.accounts.enums import AuditAction, Role
from tadamon.accounts.models import AuditEvent, PhoneCode
from tadamon.accounts.tests.factories import UserFactory

pytestmark = pytest.mark.django_db

PHONE = "+212612345678"


@pytest.fixture(autouse=True)
def fresh_limits(settings):
    cache.clear()
    settings.SIGN_IN_CODE_COOLDOWN_SECONDS = 0
    yield
    cache.clear()


@pytest.fixture
def fatima(cooperative):
    return UserFactory(username="fatima", role=Role.MANAGER, organization=cooperative, phone=PHONE,
                       preferred_language="ar")


def code_in(message: dict) -> str:
    return re.search(r"\d{6}", message["message"]).group(0)


def ask_code(client, written: str):
    return client.post(reverse("accounts:phone_sign_in"), {"phone": written})


@pytest.mark.parametrize("written", ["06 12 34 56 78", "+212 612-345-678", "00212612345678", "06.12.34.56.78",
                                     "٠٦١٢٣٤٥٦٧٨"])
def test_a_manager_signs_in_with_her_number_written_any_way_and_the_code_of_the_sms(client, fatima, sms_server,
                                                                                     written):
    response = ask_code(client, written)
    assert response.status_code == 302 and response["Location"] == reverse("accounts:phone_code")
    [sms] = sms_server.received
    assert sms["path"] == "/sms"
    assert re.search("[\u0600-\u06ff]", sms["message"]), "the code comes in her language (Arabic)"
    response = client.post(reverse("accounts:phone_code"), {"code": code_in(sms)})
    assert response.status_code == 302
    assert client.get(reverse("backoffice:home")).wsgi_request.user == fatima
    assert AuditEvent.objects.filter(action=AuditAction.SIGN_IN, actor=fatima).exists()


def test_a_code_works_once(client, fatima, sms_server):
    ask_code(client, "0612345678")
    code = code_in(sms_server.received[0])
    assert client.post(reverse("accounts:phone_code"), {"code": code}).status_code == 302
    client.logout()
    client.post(reverse("accounts:phone_sign_in"), {"phone": "0612345678"})
    sms_server.received.clear()
    assert phone_codes.check_code(PHONE, code) is False


def test_an_expired_code_is_refused_and_says_to_ask_a_new_one(client, fatima, sms_server):
    ask_code(client, "0612345678")
    PhoneCode.objects.filter(phone=PHONE).update(valid_until=timezone.now() - timedelta(seconds=1))
    response = client.post(reverse("accounts:phone_code"), {"code": code_in(sms_server.received[0])})
    assert response.status_code == 200
    assert "ask for a new code" in response.content.decode() or "رمز جديد" in response.content.decode()
    assert not response.wsgi_request.user.is_authenticated


def test_wrong_codes_make_the_next_try_wait_so_guessing_fails_even_with_the_right_one(client, fatima, sms_server):
    ask_code(client, "0612345678")
    code = code_in(sms_server.received[0])
    wrong = "000000" if code != "000000" else "111111"
    client.post(reverse("accounts:phone_code"), {"code": wrong})
    # Right after a wrong code, even the right one is refused until the (doubling) wait is over.
    assert client.post(reverse("accounts:phone_code"), {"code": code}).status_code == 200
    PhoneCode.objects.filter(phone=PHONE).update(throttling_failure_timestamp=timezone.now() - timedelta(hours=1))
    assert client.post(reverse("accounts:phone_code"), {"code": code}).status_code == 302


def test_an_unknown_number_gets_the_same_pages_and_nothing_is_sent(client, fatima, sms_server):
    known = ask_code(client, "0612345678")
    other = client.__class__()
    unknown = ask_code(other, "0699999999")
    assert (known.status_code, known["Location"]) == (unknown.status_code, unknown["Location"])
    page_known = client.get(reverse("accounts:phone_code")).content.decode()
    page_unknown = other.get(reverse("accounts:phone_code")).content.decode()
    assert page_known.replace("5678", "XXXX").replace(client.cookies["csrftoken"].value, "") != "" and (
        re.sub(r"\d{4}</bdi>|csrfmiddlewaretoken\" value=\"[^\"]+\"", "", page_known)
        == re.sub(r"\d{4}</bdi>|csrfmiddlewaretoken\" value=\"[^\"]+\"", "", page_unknown))
    assert [m["path"] for m in sms_server.received] == ["/sms"]  # only the known number's
    wrong_unknown = other.post(reverse("accounts:phone_code"), {"code": "123456"})
    wrong_known = client.post(reverse("accounts:phone_code"), {"code": "999999"})
    assert wrong_unknown.status_code == wrong_known.status_code == 200
    assert "wrong or has expired" in wrong_unknown.content.decode() or "منتهي" in wrong_unknown.content.decode()


def test_a_landline_or_nonsense_is_refused_with_what_to_type(client, fatima, sms_server):
    response = ask_code(client, "0522 12 34 56")
    assert response.status_code == 200 and sms_server.received == []
    assert "06" in response.content.decode()
    response = ask_code(client, "hello")
    assert response.status_code == 200 and 'value="hello"' in response.content.decode()


def test_codes_are_limited_per_number_and_per_address(client, fatima, sms_server, settings, rate_limit_clock):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "code_request_phone": "2/h", "code_request_ip": "4/h"}
    assert ask_code(client, "0612345678").status_code == 302
    assert ask_code(client, "+212612345678").status_code == 302
    assert ask_code(client, "00212 612 345 678").status_code == 429  # the same number, written otherwise
    assert len(sms_server.received) == 2
    assert ask_code(client, "0699999999").status_code == 302  # another number: the address's fourth try
    assert ask_code(client, "0677777777").status_code == 429  # the address's fifth


def test_a_new_code_is_not_sent_within_the_cool_down(fatima, sms_server, settings):
    settings.SIGN_IN_CODE_COOLDOWN_SECONDS = 60
    assert phone_codes.send_code(PHONE) is True
    assert phone_codes.send_code(PHONE) is False
    assert len(sms_server.received) == 1


def test_an_inactive_account_cannot_sign_in_by_code(client, fatima, sms_server):
    fatima.is_active = False
    fatima.save()
    ask_code(client, "0612345678")
    assert sms_server.received == []


def test_the_code_page_without_a_number_goes_back_to_the_start(client):
    assert client.get(reverse("accounts:phone_code"))["Location"] == reverse("accounts:phone_sign_in")


def test_the_sign_in_page_offers_the_phone_and_register_my_cooperative(client):
    page = client.get(reverse("accounts:login")).content.decode()
    assert reverse("accounts:phone_sign_in") in page and reverse("public:join") in page


def test_a_manager_chooses_whatsapp_for_her_messages_and_her_code_still_comes_by_sms(client, fatima, sms_server):
    client.force_login(fatima)
    response = client.post(reverse("accounts:message_preferences"),
                           {"preferred_channel": "whatsapp", "preferred_language": "fr"})
    assert response.status_code == 302
    client.logout()
    ask_code(client, "0612345678")
    [message] = sms_server.received
    assert message["path"] == "/sms" and "code" in message["message"]  # WhatsApp may not deliver it
    fatima.refresh_from_db()
    assert (fatima.preferred_channel, fatima.preferred_language) == ("whatsapp", "fr")


def test_a_channel_without_its_address_is_refused_and_nothing_changes(client, buyer_user):
    buyer_user.preferred_channel = "email"  # an e-mail, no phone
    buyer_user.save()
    client.force_login(buyer_user)
    response = client.post(reverse("accounts:message_preferences"),
                           {"preferred_channel": "sms", "preferred_language": "ar"})
    assert response.status_code == 400
    assert "no mobile number" in response.content.decode()
    buyer_user.refresh_from_db()
    assert buyer_user.preferred_channel == "email"


def test_the_preferences_page_is_for_signed_in_people(client):
    assert client.get(reverse("accounts:message_preferences")).status_code == 302


def test_a_code_of_superscript_digits_is_wrong_not_an_error(client, fatima, sms_server):
    ask_code(client, "0612345678")
    response = client.post(reverse("accounts:phone_code"), {"code": "²²²²²²"})
    assert response.status_code == 200 and not response.wsgi_request.user.is_authenticated
