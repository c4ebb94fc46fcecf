"""The messages people asked for, beyond the reminders: a support request answered, an order
received, a password reset; each through the notification layer, in the reader's language."""

import pytest
from django.core import mail

from tadamon.funding.domain.support_requests import answer, open_request
from tadamon.funding.models import RoutingRule
from tadamon.notifications.forms import NotifyingPasswordResetForm
from tadamon.notifications.models import Message
from tadamon.registry.tests.factories import OrganizationFactory

pytestmark = pytest.mark.django_db


def test_an_answered_support_request_reaches_the_manager_by_sms(manager_user, officer_user, sms_server,
                                                                 django_capture_on_commit_callbacks):
    RoutingRule.objects.create(category="sanitary", institution=OrganizationFactory(kind="public_body"),
                               answer_within_days=10, resolve_within_days=60)
    manager_user.phone, manager_user.preferred_channel, manager_user.preferred_language = "+212611111111", "sms", "fr"
    manager_user.save()
    request = open_request(organization=manager_user.organization, category="sanitary", title="Autorisation",
                           description="Dossier en attente.", by=manager_user)
    with django_capture_on_commit_callbacks(execute=True):
        answer(request, by=officer_user, message="Visite programmée.", expected_version=request.version)
    [received] = sms_server.received
    assert received["to"] == "+212611111111" and "Autorisation" in received["message"]
    assert f"/fr/manage/support-requests/{request.pk}/" in received["message"]
    assert Message.objects.get().kind == "support_answered"


def test_the_password_reset_e_mail_is_logged_and_sent(manager_user):
    manager_user.email = "gerante@dades.ma"
    manager_user.save()
    form = NotifyingPasswordResetForm({"email": "gerante@dades.ma"})
    assert form.is_valid()
    form.save(domain_override="tadamon.ma", use_https=True,
              email_template_name="registration/password_reset_email.txt")
    [email] = mail.outbox
    assert email.to == ["gerante@dades.ma"] and "https://tadamon.ma/" in email.body
    message = Message.objects.get()
    assert (message.kind, message.status) == ("password_reset", "sent")
    assert "/messages/stop/" not in email.body  # nobody opts out of resetting their password
