import pytest
from django.core import mail

from tadamon.accounts.models import AuditEvent

pytestmark = pytest.mark.django_db


def login(client, username, password):
    return client.post("/fr/accounts/login/", {"username": username, "password": password})


def test_sign_in_goes_to_the_back_office_and_is_audited(client, staff_user):
    response = login(client, "staff", "correct-horse-battery")
    assert response["Location"] == "/fr/manage/"
    assert AuditEvent.objects.filter(action="sign_in", actor=staff_user).count() == 1


def test_wrong_password_says_so_keeps_the_username_and_is_audited(client, staff_user):
    response = login(client, "staff", "wrong")
    html = response.content.decode()
    assert response.status_code == 200
    assert 'value="staff"' in html
    assert "Saisissez un nom d’utilisateur et un mot de passe valides" in html
    assert AuditEvent.objects.get(action="sign_in_failed").actor_name == "staff"


def test_five_failures_lock_the_account_even_with_the_right_password(client, staff_user):
    for _ in range(5):
        login(client, "staff", "wrong")
    response = login(client, "staff", "correct-horse-battery")
    assert response.status_code == 429
    assert "Trop de tentatives" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_password_reset_sends_a_link_that_sets_a_new_password(client, staff_user):
    client.post("/fr/accounts/password-reset/", {"email": staff_user.email})
    assert len(mail.outbox) == 1
    link = next(line for line in mail.outbox[0].body.splitlines() if "/reset/" in line)
    path = link.split("testserver", 1)[1]
    form_url = client.get(path, follow=True).redirect_chain[-1][0]
    client.post(form_url, {"new_password1": "a-much-better-passphrase", "new_password2": "a-much-better-passphrase"})
    assert login(client, "staff", "a-much-better-passphrase")["Location"] == "/fr/manage/"


def test_password_reset_for_an_unknown_address_reveals_nothing(client):
    response = client.post("/fr/accounts/password-reset/", {"email": "nobody@example.ma"})
    assert response["Location"] == "/fr/accounts/password-reset/sent/"
    assert mail.outbox == []


def test_sign_out_needs_a_post_and_is_audited(client, staff_user):
    client.force_login(staff_user)
    assert client.get("/fr/accounts/logout/").status_code == 405
    client.post("/fr/accounts/logout/")
    assert AuditEvent.objects.filter(action="sign_out", actor=staff_user).exists()


def test_admin_site_refuses_non_admins(client_for, staff_user, admin_user):
    assert client_for(staff_user).get("/fr/admin/").status_code == 302
    assert client_for(admin_user).get("/fr/admin/registry/organization/").status_code == 200
