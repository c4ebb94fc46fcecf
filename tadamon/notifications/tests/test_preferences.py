"""A cooperative's manager chooses how the cooperative and its members (those without an account)
get their messages; the next message follows that choice."""

import pytest
from django.urls import reverse

from tadamon.notifications import notify
from tadamon.notifications.models import ContactPreference

pytestmark = pytest.mark.django_db


def test_the_manager_sends_a_member_s_messages_by_whatsapp_in_french(cooperative, manager_user, client_for,
                                                                    sms_server):
    person = cooperative.memberships.get(person__phone="0612345678").person
    url = reverse("backoffice:message_preferences", args=[cooperative.pk])
    page = client_for(manager_user).get(url)
    assert page.status_code == 200 and person.full_name in page.content.decode()
    data = {key: value for key, value in page.context["form"].initial.items()}
    data.update({"channel": "sms", "language": "ar", f"p{person.pk}-channel": "whatsapp", f"p{person.pk}-language": "fr"})
    response = client_for(manager_user).post(url, data)
    assert response.status_code == 302
    assert ContactPreference.objects.get(person=person).channel == "whatsapp"
    notify("test", person)
    [received] = sms_server.received
    assert received["path"] == "/whatsapp" and "message d'essai" in received["message"]


def test_another_cooperative_s_manager_and_officers_may_not_choose(cooperative, other_manager, officer_user,
                                                                  client_for):
    url = reverse("backoffice:message_preferences", args=[cooperative.pk])
    assert client_for(other_manager).get(url).status_code == 404
    assert client_for(officer_user).post(url, {"channel": "sms", "language": "ar"}).status_code == 403
    assert client_for(None).get(url).status_code == 302
    assert not ContactPreference.objects.exists()
