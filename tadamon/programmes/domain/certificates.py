"""Completion certificates: who may have one, issuing it with a verification code, revoking it,
finding it by its code, and issuing a whole session's or phase's at once (a background task).

A module certificate needs the person present at an ended session of that module; a phase
certificate needs them present at an ended session of every module the phase delivered.
"""

import secrets
from dataclasses import dataclass, field
from datetime import date

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import IntegrityError, transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from tadamon.common.text import listed
from tadamon.programmes.enums import BatchStatus
from tadamon.programmes.models import Certificate, CertificateBatch, Module, Phase, Registration, Session
from tadamon.registry.domain import validate_and_save
from tadamon.registry.models import Organization, Person

# Crockford's base 32: no I, L, O or U, so a code read aloud or typed from paper is not misread.
CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
CODE_LENGTH = 12  # 60 random bits: not guessable, short enough to type
LOOKALIKES = str.maketrans({"O": "0", "I": "1", "L": "1"})
LANGUAGES = ("ar", "fr", "en")


def new_code() -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def normalize_code(text: str) -> str:
    """'abcd-efgh-jk0o' -> 'ABCDEFGHJK00'; '' when it cannot be a code."""
    code = "".join(ch for ch in (text or "").upper() if ch.isalnum()).translate(LOOKALIKES)
    return code if len(code) == CODE_LENGTH and all(ch in CODE_ALPHABET for ch in code) else ""


def find_by_code(text: str) -> Certificate | None:
    code = normalize_code(text)
    if not code:
        return None
    return Certificate.objects.select_related("programme", "module", "phase").filter(code=code).first()


@dataclass
class Eligibility:
    reason: str = ""  # why not, in the active language; empty when eligible
    organization_id: int | None = None
    hours: int = 0
    started_on: date | None = None
    completed_on: date | None = None

    @property
    def eligible(self) -> bool:
        return not self.reason


def _attended(programme, person_id: int):
    """The person's attended registrations at sessions of the programme that have ended."""
    return Registration.objects.filter(session__programme=programme, person_id=person_id, attended=True,
                                       session__ends_at__lte=timezone.now())


def _summary(registrations) -> Eligibility:
    rows = list(registrations.select_related("session").order_by("session__starts_at"))
    seconds = sum((r.session.ends_at - r.session.starts_at).total_seconds() for r in rows)
    return Eligibility(
        organization_id=rows[-1].organization_id,
        hours=max(1, round(seconds / 3600)),
        started_on=timezone.localdate(rows[0].session.starts_at),
        completed_on=timezone.localdate(rows[-1].session.ends_at),
    )


def module_eligibility(programme, person_id: int, module) -> Eligibility:
    attended = _attended(programme, person_id).filter(session__module=module)
    if not attended.exists():
        return Eligibility(reason=_("Not present at any ended session of this module."))
    return _summary(attended)


def phase_modules(phase: Phase):
    """The modules a phase has delivered: those with at least one ended session in it."""
    ended = Session.objects.filter(phase=phase, ends_at__lte=timezone.now()).values("module_id")
    return Module.objects.filter(pk__in=ended)


def phase_eligibility(phase: Phase, person_id: int) -> Eligibility:
    delivered = list(phase_modules(phase))
    if not delivered:
        return Eligibility(reason=_("No session of this phase has ended yet."))
    attended = _attended(phase.programme, person_id).filter(session__phase=phase)
    done = set(attended.values_list("session__module_id", flat=True))
    missing = [str(module) for module in delivered if module.pk not in done]
    if missing:
        return Eligibility(reason=_("Missing modules: %(modules)s.") % {"modules": listed(missing)})
    return _summary(attended)


def _titles(module=None, phase=None) -> dict:
    """What the certificate is for, in each language, as printed on it."""
    titles = {}
    for language in LANGUAGES:
        if module is not None:
            titles[f"title_{language}"] = getattr(module, f"name_{language}")
        else:
            name = getattr(phase, f"name_{language}")
            with translation.override(language):
                titles[f"title_{language}"] = (
                    _("Phase %(number)d: %(name)s") % {"number": phase.number, "name": name} if name
                    else _("Phase %(number)d") % {"number": phase.number})
    return titles


def issue(programme, person, *, module=None, phase=None, user=None) -> tuple[Certificate, bool]:
    """The person's certificate for this module or phase: the one they hold, or a new one when
    they are eligible; ValidationError with the reason otherwise. Returns (certificate, created)."""
    if (module is None) == (phase is None):
        raise ValueError("A certificate is for a module or for a phase.")
    held = Certificate.objects.filter(programme=programme, person=person, module=module, phase=phase).first()
    if held is not None:
        return held, False
    check = (module_eligibility(programme, person.pk, module) if module is not None
             else phase_eligibility(phase, person.pk))
    if not check.eligible:
        raise ValidationError(check.reason)
    organization = Organization.objects.only("name_ar", "name_latin").get(pk=check.organization_id)
    certificate = Certificate(
        programme=programme, module=module, phase=phase, person=person, organization=organization,
        holder_name_ar=person.full_name_ar, holder_name_latin=person.full_name_latin,
        organization_name_ar=organization.name_ar, organization_name_latin=organization.name_latin,
        programme_name_ar=programme.name_ar, programme_name_fr=programme.name_fr,
        programme_name_en=programme.name_en, **_titles(module, phase),
        hours=check.hours, started_on=check.started_on, completed_on=check.completed_on, issued_by=user,
    )
    return _save_with_new_code(certificate, Certificate.objects.filter(
        programme=programme, person=person, module=module, phase=phase))


def _save_with_new_code(certificate: Certificate, held) -> tuple[Certificate, bool]:
    """Save a new certificate under a fresh code; `held` finds the one someone issued at the same
    moment, which then stands."""
    for _attempt in range(3):  # a collision of 60 random bits is next to impossible; retry anyway
        certificate.code = new_code()
        try:
            with transaction.atomic():
                certificate.full_clean()
                certificate.save()
            return certificate, True
        except IntegrityError:
            # Someone issued the same certificate at the same moment: theirs stands.
            found = held.first()
            if found is not None:
                return found, False
    raise IntegrityError("Could not draw a unique verification code.")


def issue_for_course(course, person, organization, *, started_on: date, completed_on: date,
                     user=None) -> tuple[Certificate, bool]:
    """The certificate of a course of the academy, once its learner passed it (the academy decides,
    tadamon/academy/domain/progress.py): the one the person holds, or a new one. The course's
    programme is the certificate's; its title the course's, in each language."""
    held = Certificate.objects.filter(person=person, course=course)
    if (found := held.first()) is not None:
        return found, False
    programme = course.programme
    certificate = Certificate(
        programme=programme, course=course, person=person, organization=organization,
        holder_name_ar=person.full_name_ar, holder_name_latin=person.full_name_latin,
        organization_name_ar=organization.name_ar, organization_name_latin=organization.name_latin,
        programme_name_ar=programme.name_ar, programme_name_fr=programme.name_fr,
        programme_name_en=programme.name_en,
        title_ar=course.title_ar, title_fr=course.title_fr, title_en="",
        hours=course.hours, started_on=started_on, completed_on=completed_on, issued_by=user,
    )
    return _save_with_new_code(certificate, held)


def revoke(certificate: Certificate, *, reason: str, user=None) -> Certificate:
    """Withdraw a certificate issued in error; its verification page then says it is revoked."""
    if certificate.revoked_at is not None:
        raise ValidationError(_("This certificate is already revoked."))
    if not reason.strip():
        raise ValidationError({"revocation_reason": _("Say why the certificate is revoked.")})
    return validate_and_save(certificate, fields={
        "revoked_at": timezone.now(), "revoked_by": user, "revocation_reason": reason.strip()}, user=user)


@transaction.atomic
def start_batch(programme, *, session=None, phase=None, language: str, user=None) -> CertificateBatch:
    """Queue the certificates of a session (its module) or of a phase; they are issued in the
    background once the batch is saved. Reasons for refusals are written in `language`."""
    from tadamon.programmes.tasks import run_certificate_batch

    batch = CertificateBatch.objects.create(programme=programme, session=session, phase=phase, created_by=user,
                                            language=language)
    transaction.on_commit(lambda: run_certificate_batch.enqueue(batch.pk))
    return batch


@dataclass
class BatchCandidates:
    people: list = field(default_factory=list)  # Person objects, in register order
    module: object = None
    phase: object = None


def batch_candidates(batch: CertificateBatch) -> BatchCandidates:
    """Who a batch looks at: those present at the session, or at any session of the phase."""
    if batch.session_id:
        present = Registration.objects.filter(session_id=batch.session_id, attended=True)
        module, phase = batch.session.module, None
    else:
        present = Registration.objects.filter(session__phase_id=batch.phase_id, attended=True)
        module, phase = None, batch.phase
    people = Person.objects.filter(pk__in=present.values("person_id")).order_by("last_name_latin", "first_name_latin",
                                                                                 "last_name_ar", "pk")
    return BatchCandidates(people=list(people), module=module, phase=phase)


def run_batch(batch: CertificateBatch, *, progress=None) -> CertificateBatch:
    """Issue every certificate the batch's people are eligible for, say why for the others, and
    put all of them in one PDF to print. `progress(done, total)` is called as it goes."""
    from tadamon.programmes.certificate_pdf import render_certificates

    candidates = batch_candidates(batch)
    total = len(candidates.people)
    issued, held, refused, certificates = 0, 0, [], []
    for done, person in enumerate(candidates.people, start=1):
        try:
            certificate, created = issue(batch.programme, person, module=candidates.module, phase=candidates.phase,
                                         user=batch.created_by)
        except ValidationError as exc:
            refused.append({"person": person.full_name, "reason": " ".join(exc.messages)})
        else:
            issued += created
            held += not created
            if certificate.is_valid:
                certificates.append(certificate)
        if progress is not None and (done % 25 == 0 or done == total):
            progress(done, total)
    batch.issued, batch.already_held, batch.not_eligible = issued, held, refused
    batch.progress_done = batch.progress_total = total
    if certificates:
        name = f"certificates-{batch.programme_id}-{'session' if batch.session_id else 'phase'}-" \
               f"{batch.session_id or batch.phase_id}.pdf"
        batch.file.save(name, ContentFile(render_certificates(certificates)), save=False)
    batch.status, batch.finished_at = BatchStatus.DONE, timezone.now()
    batch.save()
    return batch

