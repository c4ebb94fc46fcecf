import re

import pytest

from tadamon.programmes.domain.certificates import issue, revoke
from tadamon.programmes.tests.factories import EnrolmentFactory, make_session, trained
from tadamon.registry.models import Membership

pytestmark = pytest.mark.django_db

CIN_OR_PHONE = re.compile(r"\b(?:[A-Z]{1,2}\d{5,7}|0[5-7]\d{8})\b")


@pytest.fixture
def certificate(cooperative):
    """The certificate of the cooperative's president, whose CIN and phone are on record."""
    enrolment = EnrolmentFactory(organization=cooperative)
    session = make_session(enrolment.programme)
    president = Membership.objects.get(organization=cooperative, role="president")
    trained(session, president)
    return issue(enrolment.programme, president.person, module=session.module)[0]


def test_the_code_on_paper_leads_to_what_the_certificate_certifies(client, certificate):
    typed = certificate.display_code.lower().replace("-", " ")
    response = client.get("/fr/certificates/", {"code": typed})
    assert response.status_code == 302 and response["Location"] == f"/fr/certificates/{certificate.display_code}/"
    html = client.get(response["Location"]).content.decode()
    assert "Cette attestation est authentique et valide." in html
    assert certificate.holder_name_latin in html and "Comptabilité simplifiée" in html
    assert "Coopérative des Femmes de Dadès" in html and "3 heures" in html
    assert not CIN_OR_PHONE.search(html), "no CIN or phone number on a public page"
    arabic = client.get(f"/ar/certificates/{certificate.display_code}/").content.decode()
    assert certificate.holder_name_ar in arabic and "هذه الشهادة أصلية وصالحة." in arabic


def test_a_wrong_code_says_so_and_keeps_what_was_typed(client, certificate):
    response = client.get("/fr/certificates/", {"code": "ZZZZ-ZZZZ-ZZZZ"})
    html = response.content.decode()
    assert response.status_code == 404
    assert "Aucune attestation ne porte le code" in html and 'value="ZZZZ-ZZZZ-ZZZZ"' in html
    response = client.get("/fr/certificates/", {"code": "12345"})
    assert response.status_code == 200
    assert "Un code de vérification compte 12 lettres et chiffres" in response.content.decode()
    assert client.get("/fr/certificates/NOT-A-CODE/").status_code == 404


def test_a_revoked_certificate_says_it_was_revoked(client, certificate, staff_user):
    revoke(certificate, reason="Erreur d'inscription", user=staff_user)
    html = client.get(f"/fr/certificates/{certificate.display_code}/").content.decode()
    assert "Cette attestation a été révoquée le" in html
    assert "authentique et valide" not in html


def test_the_short_address_in_the_qr_code_opens_the_page_in_the_readers_language(client, certificate):
    response = client.get(f"/c/{certificate.display_code}", headers={"Accept-Language": "fr-FR,fr;q=0.9"})
    assert response["Location"] == f"/fr/certificates/{certificate.display_code}/"
    response = client.get(f"/c/{certificate.display_code}", headers={"Accept-Language": "ar-MA"})
    assert response["Location"] == f"/ar/certificates/{certificate.display_code}/"
