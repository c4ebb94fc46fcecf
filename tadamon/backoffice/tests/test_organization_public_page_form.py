"""The organisation edit form's public-page fields: story per language and the public contact."""

from django.utils import translation
from django.utils.translation import gettext

from tadamon.common.phones import INVALID_PHONE


def form_data(cooperative, **changes) -> dict:
    data = {"kind": "cooperative", "name_ar": cooperative.name_ar, "name_latin": cooperative.name_latin,
            "province": cooperative.province_id, "status": "active", "version": cooperative.version}
    return {**data, **changes}


def test_edit_form_refuses_an_invalid_public_phone_and_keeps_what_was_typed(manager_user, cooperative, client_for):
    client = client_for(manager_user)
    response = client.post(f"/fr/manage/organizations/{cooperative.pk}/edit/", form_data(
        cooperative, public_phone="12345", public_whatsapp="on", public_email="contact@dades.ma",
        story_fr="Nos roses du Dadès", story_ar="ورود دادس"))
    html = response.content.decode()
    assert response.status_code == 200
    with translation.override("fr"):
        assert str(INVALID_PHONE) in html
    assert 'value="12345"' in html and 'value="contact@dades.ma"' in html
    assert "Nos roses du Dadès" in html and "ورود دادس" in html
    cooperative.refresh_from_db()
    assert cooperative.public_phone == "" and cooperative.story_fr == ""


def test_edit_form_stores_the_public_phone_in_e164_and_says_it_is_public(manager_user, cooperative, client_for):
    client = client_for(manager_user)
    page = client.get(f"/fr/manage/organizations/{cooperative.pk}/edit/").content.decode()
    with translation.override("fr"):
        assert gettext("Public: adds a WhatsApp button for this number.") in page
    response = client.post(f"/fr/manage/organizations/{cooperative.pk}/edit/", form_data(
        cooperative, public_phone="0524 83 12 34", public_whatsapp="on", story_ar="ورود دادس"))
    assert response.status_code == 302
    cooperative.refresh_from_db()
    assert cooperative.public_phone == "+212524831234" and cooperative.public_whatsapp
    assert cooperative.story_ar == "ورود دادس"


def test_whatsapp_without_a_public_phone_is_refused(manager_user, cooperative, client_for):
    response = client_for(manager_user).post(f"/fr/manage/organizations/{cooperative.pk}/edit/",
                                             form_data(cooperative, public_whatsapp="on"))
    assert response.status_code == 200
    with translation.override("fr"):
        assert gettext("Give the public phone that takes WhatsApp messages.") in response.content.decode()
