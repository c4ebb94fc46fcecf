"""A missing page (404) and a page closed to the reader (403) answer in the page's language, inside
the site's frame with a way back, not with Django's bare English "Not Found" / "403 Forbidden"."""

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import PermissionDenied
from django.test import RequestFactory
from django.utils import translation
from django.views.defaults import permission_denied

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(("language", "heading", "home"), [
    ("ar", "هذه الصفحة غير موجودة", "الذهاب إلى الصفحة الرئيسية"),
    ("fr", "Cette page n'existe pas", "Aller à l'accueil"),
])
def test_a_missing_page_says_so_in_the_page_language(client, language, heading, home):
    for path in (f"/{language}/nothing-here/", f"/{language}/organizations/999999/"):
        response = client.get(path)
        assert response.status_code == 404
        page = response.content.decode()
        assert f'<html lang="{language}"' in page
        assert heading in page.replace("&#x27;", "'") and home in page.replace("&#x27;", "'")
        assert "Not Found" not in page


def test_a_page_closed_to_the_reader_says_so_and_leads_back_to_their_space(client_for, manager_user):
    response = client_for(manager_user).get("/ar/manage/compliance/")
    assert response.status_code == 403
    page = response.content.decode()
    assert "هذه الصفحة غير مفتوحة لحسابكم" in page and 'href="/ar/manage/"' in page
    assert "Forbidden" not in page


def test_an_anonymous_reader_of_a_closed_page_is_offered_to_sign_in():
    # Signed-out readers of the back office are sent to sign in before any 403; a public view that
    # refuses them (a private file's link) answers with this page.
    request = RequestFactory().get("/fr/manage/compliance/")
    request.user = AnonymousUser()
    with translation.override("fr"):
        response = permission_denied(request, PermissionDenied())
    page = response.content.decode()
    assert response.status_code == 403 and "Connectez-vous avec un compte qui peut l" in page
    assert "/accounts/login/?next=/fr/manage/compliance/" in page
