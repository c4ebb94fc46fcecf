import datetime
import io

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone, translation
from pypdf import PdfReader

from tadamon.programmes.certificate_pdf import render_certificates
from tadamon.programmes.domain import certificates
from tadamon.programmes.domain.training import schedule_session
from tadamon.programmes.models import Certificate, CertificateBatch, Module
from tadamon.programmes.tests.factories import EnrolmentFactory, TrainerFactory, make_session, trained
from tadamon.registry.models import Province
from tadamon.registry.tests.factories import MembershipFactory, PersonFactory

pytestmark = pytest.mark.django_db


def pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


@pytest.fixture
def enrolment():
    return EnrolmentFactory(organization__name_ar="تعاونية تودغى النسوية",
                            organization__name_latin="Coopérative Todgha")


def second_module_session(programme, code="law-112-12", day=5):
    return schedule_session(programme=programme, trainers=[TrainerFactory()], fields={
        "phase": programme.phases.first(), "module": Module.objects.get(code=code), "place": "Tinghir",
        "province": Province.objects.get(code="MA-TIN"), "capacity": 20,
        "starts_at": timezone.make_aware(datetime.datetime(2024, 3, day, 9)),
        "ends_at": timezone.make_aware(datetime.datetime(2024, 3, day, 15))})


def test_codes_are_read_back_whatever_the_reader_types():
    code = certificates.new_code()
    assert len(code) == 12 and set(code) <= set(certificates.CODE_ALPHABET)
    assert certificates.normalize_code("7k3m-q9td-x2pa") == "7K3MQ9TDX2PA"
    assert certificates.normalize_code(" 7K3M Q9TD X2PO ") == "7K3MQ9TDX2P0"  # O read as zero
    assert certificates.normalize_code("7K3M-Q9TD") == ""
    assert certificates.normalize_code("7K3M-Q9TD-X2P!U") == ""  # U is not in the alphabet


def test_a_person_present_at_a_module_gets_its_certificate_once(enrolment, staff_user):
    session = make_session(enrolment.programme)
    member = MembershipFactory(organization=enrolment.organization)
    trained(session, member)
    certificate, created = certificates.issue(enrolment.programme, member.person, module=session.module,
                                              user=staff_user)
    assert created and certificate.hours == 3 and certificate.completed_on == datetime.date(2024, 3, 4)
    assert certificate.title_fr == session.module.name_fr and certificate.organization_name_latin == "Coopérative Todgha"
    again, created = certificates.issue(enrolment.programme, member.person, module=session.module)
    assert again == certificate and not created
    assert Certificate.objects.count() == 1


def test_absent_or_not_yet_ended_sessions_give_no_certificate(enrolment):
    session = make_session(enrolment.programme)
    absent = MembershipFactory(organization=enrolment.organization)
    trained(session, absent, attended=False)
    with pytest.raises(ValidationError, match="Not present at any ended session"):
        certificates.issue(enrolment.programme, absent.person, module=session.module)
    future = second_module_session(enrolment.programme)
    future.starts_at, future.ends_at = timezone.now() + datetime.timedelta(days=1), timezone.now() + datetime.timedelta(days=1, hours=3)
    future.save()
    present = MembershipFactory(organization=enrolment.organization)
    trained(future, present)
    with pytest.raises(ValidationError, match="Not present at any ended session"):
        certificates.issue(enrolment.programme, present.person, module=future.module)
    assert not Certificate.objects.exists()


def test_a_phase_certificate_needs_every_module_the_phase_delivered(enrolment):
    programme = enrolment.programme
    bookkeeping, law = make_session(programme), second_module_session(programme)
    member = MembershipFactory(organization=enrolment.organization)
    trained(bookkeeping, member)
    phase = programme.phases.first()
    with pytest.raises(ValidationError, match="Missing modules: ") as error:
        certificates.issue(programme, member.person, phase=phase)
    assert law.module.name_en in str(error.value)
    trained(law, member)
    certificate, created = certificates.issue(programme, member.person, phase=phase)
    assert created and certificate.hours == 3 + 6
    assert (certificate.started_on, certificate.completed_on) == (datetime.date(2024, 3, 4), datetime.date(2024, 3, 5))
    assert certificate.title_fr == "Phase 1 : Phase 1" and certificate.title_ar.startswith("المرحلة 1")


def test_revoking_needs_a_reason_and_shows_on_the_certificate(enrolment, staff_user):
    session = make_session(enrolment.programme)
    member = MembershipFactory(organization=enrolment.organization)
    trained(session, member)
    certificate, _ = certificates.issue(enrolment.programme, member.person, module=session.module)
    with pytest.raises(ValidationError, match="Say why"):
        certificates.revoke(certificate, reason="  ", user=staff_user)
    certificates.revoke(certificate, reason="Registered under the wrong person", user=staff_user)
    certificate.refresh_from_db()
    assert not certificate.is_valid and certificate.revoked_by == staff_user
    assert certificates.find_by_code(certificate.display_code.lower()) == certificate
    assert "Révoquée — ملغاة" in pdf_text(render_certificates([certificate]))


def test_the_pdf_says_it_in_arabic_and_french(enrolment):
    session = make_session(enrolment.programme)
    person = PersonFactory(first_name_ar="فاطمة الزهراء", last_name_ar="أيت علي", first_name_latin="Fatima-Zahra",
                           last_name_latin="Aït Ali")
    trained(session, MembershipFactory(organization=enrolment.organization, person=person))
    certificate, _ = certificates.issue(enrolment.programme, person, module=session.module)
    data = render_certificates([certificate])
    reader = PdfReader(io.BytesIO(data))
    assert len(reader.pages) == 1
    text = pdf_text(data)
    # French, with its accents.
    assert "Attestation de formation" in text
    assert "Fatima-Zahra Aït Ali" in text and "Coopérative Todgha" in text
    assert "3 heures, le 4 mars 2024" in text
    # Arabic: shaped glyphs that still extract as the original letters, the feminine verb for her.
    assert "شهادة تكوين" in text
    assert "فاطمة الزهراء أيت علي" in text and "تعاونية تودغى النسوية" in text
    assert "تابعت بنجاح" in text
    assert "مارس" in text and "في إطار برنامج" in text
    # The code and where to check it.
    assert certificate.display_code in text and f"/c/{certificate.display_code}" in text
    fonts = {str(font) for page in reader.pages for font in page["/Resources"]["/Font"].values()
             for font in [font.get_object()["/BaseFont"]]}
    assert any("NotoNaskhArabic" in font for font in fonts), fonts


def test_a_batch_issues_the_session_and_says_who_is_not_eligible(enrolment, staff_user):
    session = make_session(enrolment.programme)
    present = [MembershipFactory(organization=enrolment.organization) for _ in range(3)]
    for member in present:
        trained(session, member)
    trained(session, MembershipFactory(organization=enrolment.organization), attended=False)
    certificates.issue(enrolment.programme, present[0].person, module=session.module)
    batch = CertificateBatch.objects.create(programme=enrolment.programme, session=session, created_by=staff_user)
    seen = []
    certificates.run_batch(batch, progress=lambda done, total: seen.append((done, total)))
    batch.refresh_from_db()
    assert (batch.status, batch.issued, batch.already_held, batch.not_eligible) == ("done", 2, 1, [])
    assert seen[-1] == (3, 3)
    with batch.file.open("rb") as handle:
        assert len(PdfReader(handle).pages) == 3


def test_a_phase_batch_lists_who_misses_a_module(enrolment, staff_user):
    programme = enrolment.programme
    bookkeeping, law = make_session(programme), second_module_session(programme)
    complete, partial = (MembershipFactory(organization=enrolment.organization) for _ in range(2))
    for session in (bookkeeping, law):
        trained(session, complete)
    trained(bookkeeping, partial)
    batch = CertificateBatch.objects.create(programme=programme, phase=programme.phases.first(), created_by=staff_user)
    with translation.override("fr"):
        certificates.run_batch(batch)
    assert batch.issued == 1
    assert batch.not_eligible == [{"person": str(partial.person), "reason": f"Modules manquants : {law.module.name_fr}."}]


def test_starting_a_batch_queues_it_in_the_starters_language_until_the_save_is_committed(
        enrolment, staff_user, django_capture_on_commit_callbacks):
    session = make_session(enrolment.programme)
    with django_capture_on_commit_callbacks() as callbacks:
        batch = certificates.start_batch(enrolment.programme, session=session, language="fr", user=staff_user)
    assert len(callbacks) == 1
    batch.refresh_from_db()
    assert (batch.programme, batch.session, batch.phase, batch.status, batch.language, batch.created_by) == (
        enrolment.programme, session, None, "queued", "fr", staff_user)
