"""The call for exhibitors: applying before the call closes, the organisers' decision with its
reason (and an e-mail to the applicant), and stands given to selected exhibitors, never twice."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Count
from django.utils import timezone
from django.utils.translation import gettext as _

from tadamon.common.concurrency import next_version
from tadamon.events.domain.events import register_member
from tadamon.events.enums import ApplicationStatus, ParticipantRole
from tadamon.events.models import Event, ExhibitorApplication, Stand, TravellingMember
from tadamon.registry.domain import validate_and_save
from tadamon.registry.enums import OrganizationKind
from tadamon.registry.models import Membership


def open_calls(today=None):
    """Events whose call for exhibitors is still open."""
    return Event.objects.filter(applications_close_on__gte=today or timezone.localdate()).order_by(
        "applications_close_on", "pk")


@transaction.atomic
def apply(event: Event, organization, *, products: str, stand_needs: str = "", travellers=(), user=None,
          today=None) -> ExhibitorApplication:
    """`travellers`: (membership, needs_transport, needs_lodging) of current members of the organisation."""
    today = today or timezone.localdate()
    if event.applications_close_on is None:
        raise ValidationError(_("This event takes no exhibitors."))
    if today > event.applications_close_on:
        raise ValidationError(_("The call for exhibitors closed on %(date)s.") % {
            "date": event.applications_close_on.strftime("%d/%m/%Y")})
    if organization.kind not in OrganizationKind.social_economy():
        raise ValidationError(_("Only cooperatives, associations, EIGs and unions exhibit."))
    application = validate_and_save(ExhibitorApplication(
        event=event, organization=organization, products=products.strip(), stand_needs=stand_needs.strip(),
        submitted_by=user if user is not None and user.is_authenticated else None), user=user)
    current = set(Membership.objects.current().filter(organization=organization).values_list("pk", flat=True))
    for membership, transport, lodging in travellers:
        if membership.pk not in current:
            raise ValidationError(_("%(name)s is not a current member of the organisation.") % {
                "name": membership.person})
        TravellingMember.objects.create(application=application, person_id=membership.person_id,
                                        needs_transport=transport, needs_lodging=lodging)
    return application


@transaction.atomic
def decide(application: ExhibitorApplication, *, status: str, reason: str, expected_version: int,
           user=None) -> ExhibitorApplication:
    """Select, put on the waiting list or decline, always with a reason; the applicant is told by
    e-mail. Selecting registers the organisation's travelling members for the event; a selection
    taken back frees its stand."""
    if status not in ApplicationStatus.decisions():
        raise ValidationError({"status": _("Choose a decision.")})
    if not reason.strip():
        raise ValidationError({"decision_reason": _("Give the reason for the decision.")})
    application.version = next_version(application, expected_version)
    validate_and_save(application, fields={"status": status, "decision_reason": reason.strip(),
                                           "decided_at": timezone.now(), "decided_by": user}, user=user)
    if status == ApplicationStatus.SELECTED:
        _register_travellers(application, user)
    else:
        Stand.objects.filter(application=application).update(application=None)
    transaction.on_commit(lambda: notify_decision(application))
    return application


def _register_travellers(application: ExhibitorApplication, user) -> None:
    event = application.event
    already = set(event.participants.exclude(person=None).values_list("person_id", flat=True))
    memberships = {m.person_id: m for m in Membership.objects.current().filter(
        organization=application.organization).select_related("person", "organization")}
    for index, traveller in enumerate(application.travellers.order_by("pk")):
        membership = memberships.get(traveller.person_id)
        if membership is not None and traveller.person_id not in already:
            register_member(event, membership, user=user,
                            role=ParticipantRole.EXHIBITOR if index == 0 else ParticipantRole.PARTICIPANT)


def notify_decision(application: ExhibitorApplication) -> int:
    """Tell the organisation (its own address) and whoever applied the decision, in their language
    and channel (a shared mailbox reads Arabic and French)."""
    from tadamon.notifications import notify
    from tadamon.notifications.kinds import InLanguage

    return len(notify("exhibitor_decision", [application.organization, application.submitted_by], {
        "subject": InLanguage(lambda: _("Your application to exhibit at %(event)s") % {"event": application.event}),
        "text": InLanguage(lambda: _("Your application to exhibit at %(event)s: %(status)s.\nReason: %(reason)s") % {
            "event": application.event, "status": application.get_status_display(),
            "reason": application.decision_reason}),
    }, roles=()))


@transaction.atomic
def allocate_stand(stand: Stand, application: ExhibitorApplication | None) -> Stand:
    """Give a stand to a selected exhibitor of the same event (None frees it). The stand row is
    locked, so two organisers cannot give it to two exhibitors at once."""
    stand = Stand.objects.select_for_update().get(pk=stand.pk)
    if application is not None:
        if application.event_id != stand.event_id or application.status != ApplicationStatus.SELECTED:
            raise ValidationError(_("Only a selected exhibitor of this event can have a stand."))
        if stand.application_id and stand.application_id != application.pk:
            raise ValidationError(_("Stand %(stand)s is already given to %(exhibitor)s.") % {
                "stand": stand, "exhibitor": stand.application.organization})
        held = Stand.objects.filter(application=application).exclude(pk=stand.pk).first()
        if held is not None:
            raise ValidationError(_("%(exhibitor)s already has stand %(stand)s.") % {
                "exhibitor": application.organization, "stand": held})
    stand.application = application
    stand.save(update_fields=["application"])
    return stand


def application_counts(event: Event) -> dict:
    counts = dict(event.applications.values_list("status").annotate(n=Count("pk")).values_list("status", "n"))
    return {status: counts.get(status, 0) for status in ApplicationStatus.values}


def add_stand(event: Event, *, number: str, zone: str, size_m2) -> Stand:
    return validate_and_save(Stand(event=event, number=number.strip(), zone=zone.strip(), size_m2=size_m2))
