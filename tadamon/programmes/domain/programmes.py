"""State changes of programmes and enrolments."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from tadamon.accounts.rules import is_programme_staff
from tadamon.common.concurrency import next_version
from tadamon.programmes.enums import ALLOWED_TRANSITIONS, EnrolmentStatus
from tadamon.programmes.models import Enrolment, Phase, Programme
from tadamon.registry.domain import validate_and_save
from tadamon.registry.enums import OrganizationKind

M2M_FIELDS = ("sponsors", "partners", "provinces", "staff")


@transaction.atomic
def create_programme(*, fields: dict, relations: dict, phases: list[dict], user) -> Programme:
    """Create a programme with its phases; the user who creates it is on its staff."""
    programme = validate_and_save(Programme(**fields), user=user)
    _set_relations(programme, relations)
    if user is not None and is_programme_staff(user):
        programme.staff.add(user)
    for number, phase in enumerate(phases, start=1):
        validate_and_save(Phase(programme=programme, number=number, **phase), user=user)
    return programme


@transaction.atomic
def update_programme(programme: Programme, *, fields: dict, relations: dict, expected_version: int,
                     user) -> Programme:
    programme.version = next_version(programme, expected_version)
    validate_and_save(programme, fields=fields, user=user)
    _set_relations(programme, relations)
    return programme


def _set_relations(programme: Programme, relations: dict) -> None:
    for name in M2M_FIELDS:
        if name in relations:
            getattr(programme, name).set(relations[name])


def enrol(programme: Programme, organization, *, phase: Phase | None = None,
          status: str = EnrolmentStatus.ENROLLED, user=None) -> Enrolment:
    """Enrol a cooperative, association, EIG or union in the programme (first phase by default)."""
    if organization.kind not in OrganizationKind.social_economy():
        raise ValidationError(_("Only cooperatives, associations, economic interest groups and unions can be enrolled."))
    phase = phase or programme.phases.order_by("number").first()
    if phase is None:
        raise ValidationError(_("Add a phase to the programme before enrolling organisations."))
    if phase.programme_id != programme.pk:
        raise ValidationError({"phase": _("This phase belongs to another programme.")})
    if status not in (EnrolmentStatus.INVITED, EnrolmentStatus.ENROLLED):
        raise ValidationError({"status": _("An organisation starts as invited or enrolled.")})
    return validate_and_save(Enrolment(programme=programme, organization=organization, phase=phase, status=status),
                             user=user)


@transaction.atomic
def change_status(enrolment: Enrolment, *, status: str, reason: str = "", phase: Phase | None = None,
                  user=None) -> Enrolment:
    """Move an enrolment along its workflow (enums.ALLOWED_TRANSITIONS); a withdrawal needs a reason."""
    enrolment = Enrolment.objects.select_for_update().get(pk=enrolment.pk)
    if status != enrolment.status and status not in ALLOWED_TRANSITIONS[enrolment.status]:
        raise ValidationError({"status": _("An enrolment cannot go from “%(old)s” to “%(new)s”.") % {
            "old": enrolment.get_status_display(), "new": EnrolmentStatus(status).label}})
    if status == EnrolmentStatus.WITHDRAWN and not reason.strip():
        raise ValidationError({"withdrawal_reason": _("Say why the organisation withdrew.")})
    fields = {"status": status, "withdrawal_reason": reason.strip() if status == EnrolmentStatus.WITHDRAWN else ""}
    if phase is not None:
        if phase.programme_id != enrolment.programme_id:
            raise ValidationError({"phase": _("This phase belongs to another programme.")})
        fields["phase"] = phase
    if status != enrolment.status:
        fields["status_changed_at"] = timezone.now()
    return validate_and_save(enrolment, fields=fields, user=user)
