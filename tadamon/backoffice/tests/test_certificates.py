import io

import pytest
from pypdf import PdfReader

from tadamon.programmes.domain.certificates import issue
from tadamon.programmes.models import Certificate, CertificateBatch
from tadamon.programmes.tests.factories import EnrolmentFactory, ProgrammeFactory, make_session, trained
from tadamon.registry.models import Membership
from tadamon.registry.tests.factories import MembershipFactory, OrganizationFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def session_with_attendance(staff_user, cooperative):
    """Cooperative's three members registered: two present, one absent; another cooperative's member present."""
    programme = ProgrammeFactory(staff=[staff_user])
    EnrolmentFactory(programme=programme, organization=cooperative)
    other = EnrolmentFactory(programme=programme, organization=OrganizationFactory(name_latin="Other coop"))
    session = make_session(programme)
    members = list(Membership.objects.filter(organization=cooperative).order_by("pk"))
    trained(session, members[0])
    trained(session, members[1])
    trained(session, members[2], attended=False)
    trained(session, MembershipFactory(organization=other.organization))
    return programme, session, members


def test_staff_issue_a_sessions_certificates_in_a_batch_and_download_them_to_print(
        session_with_attendance, staff_user, client_for, django_capture_on_commit_callbacks):
    programme, session, members = session_with_attendance
    client = client_for(staff_user)
    page = client.get(f"/fr/manage/programmes/{programme.pk}/sessions/{session.pk}/").content.decode()
    assert "Attestation de ce module : 0 sur 3 personnes présentes." in page
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/fr/manage/programmes/{programme.pk}/certificates/issue/", {"session": session.pk})
    batch = CertificateBatch.objects.get()
    assert response["Location"] == f"/fr/manage/programmes/{programme.pk}/certificates/batches/{batch.pk}/"
    page = client.get(response["Location"]).content.decode()
    assert "3 attestations délivrées." in page and "Tout télécharger pour impression (PDF)" in page
    assert 'hx-trigger="every 1s"' not in page  # finished: the page stops asking
    download = client.get(f"/fr/manage/programmes/{programme.pk}/certificates/batches/{batch.pk}/download/")
    assert download["Content-Type"] == "application/pdf"
    assert len(PdfReader(io.BytesIO(b"".join(download.streaming_content))).pages) == 3
    assert set(Certificate.objects.values_list("person_id", flat=True)) >= {members[0].person_id, members[1].person_id}
    assert not Certificate.objects.filter(person_id=members[2].person_id).exists()


def test_a_batch_in_progress_is_polled_and_shows_its_progress(session_with_attendance, staff_user, client_for):
    programme, session, _members = session_with_attendance
    batch = CertificateBatch.objects.create(programme=programme, session=session, created_by=staff_user,
                                            status="running", progress_done=1, progress_total=4)
    html = client_for(staff_user).get(f"/fr/manage/programmes/{programme.pk}/certificates/batches/{batch.pk}/",
                                      headers={"HX-Request": "true"}).content.decode()
    assert 'hx-trigger="every 1s"' in html and "1/4" in html and 'value="25"' in html
    assert "<html" not in html  # only the progress part is swapped in


def test_a_manager_sees_and_downloads_only_their_own_peoples_certificates(
        session_with_attendance, manager_user, client_for):
    programme, session, members = session_with_attendance
    own = issue(programme, members[0].person, module=session.module)[0]
    other_person = Membership.objects.exclude(organization=members[0].organization).get().person
    others = issue(programme, other_person, module=session.module)[0]
    client = client_for(manager_user)
    listing = client.get(f"/fr/manage/programmes/{programme.pk}/certificates/").content.decode()
    assert own.display_code in listing and others.display_code not in listing
    assert "Délivrer les attestations de phase" not in listing and "Révoquer" not in listing
    assert client.get(f"/fr/manage/programmes/{programme.pk}/certificates/{own.display_code}.pdf").status_code == 200
    assert client.get(f"/fr/manage/programmes/{programme.pk}/certificates/{others.display_code}.pdf").status_code == 404


def test_revoking_asks_why_and_keeps_the_certificate(session_with_attendance, staff_user, client_for):
    programme, session, members = session_with_attendance
    certificate = issue(programme, members[0].person, module=session.module)[0]
    client = client_for(staff_user)
    url = f"/fr/manage/programmes/{programme.pk}/certificates/{certificate.display_code}/revoke/"
    page = client.post(url, {"reason": ""}).content.decode()
    assert "Ce champ est obligatoire." in page
    response = client.post(url, {"reason": "Inscrite par erreur"})
    assert response.status_code == 302
    certificate.refresh_from_db()
    assert certificate.revocation_reason == "Inscrite par erreur" and certificate.revoked_by == staff_user
    listing = client.get(f"/fr/manage/programmes/{programme.pk}/certificates/").content.decode()
    assert "Révoquée" in listing


def test_the_journey_shows_modules_done_and_to_do_and_certificates(session_with_attendance, staff_user, client_for):
    programme, session, members = session_with_attendance
    certificate = issue(programme, members[0].person, module=session.module)[0]
    enrolment = programme.enrolments.get(organization=members[0].organization)
    html = client_for(staff_user).get(f"/fr/manage/programmes/{programme.pk}/enrolments/{enrolment.pk}/").content.decode()
    assert "Comptabilité simplifiée" in html and "Terminé" in html
    assert certificate.display_code in html
    assert "Aucun salon ni rencontre pour le moment." in html
    from tadamon.events.domain.events import check_in, register_member
    from tadamon.events.tests.factories import EventFactory

    fair = EventFactory(name_fr="Salon de Tinghir")
    check_in(register_member(fair, members[0]))
    register_member(fair, members[1])  # registered, did not come
    html = client_for(staff_user).get(f"/fr/manage/programmes/{programme.pk}/enrolments/{enrolment.pk}/").content.decode()
    assert "Salon de Tinghir" in html and "1 personne est venue" in html
