"""Invitations to manage a cooperative or to join its team with an account: sent by SMS to a
phone, or printed as a QR code. A link works once, until it expires or is withdrawn; whoever opens
it proves their phone with a one-time code before anything is granted."""

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from tadamon.accounts.domain.claims import ClaimError, make_manager, site_url
from tadamon.accounts.enums import InvitedAs, Role
from tadamon.accounts.models import Invitation, hash_token
from tadamon.notifications import Recipient, notify


class InvitationError(ClaimError):
    """The link cannot be used: already used, withdrawn, expired, or meant for another number."""


def invite(organization, *, invited_as: str, by, phone: str = "", name: str = "", position: str = "",
           person=None, language: str = "ar", base_url: str = "") -> tuple[Invitation, str]:
    """Make an invitation and, when a phone is given, send its link there. Returns it with the link
    (to print as a QR code: the token is not kept)."""
    invitation, token = Invitation.new(organization=organization, invited_as=invited_as, phone=phone,
                                       name=name or (person.full_name if person else ""), position=position,
                                       person=person, created_by=by)
    invitation.save()
    url = site_url("public:invitation", token, base=base_url)
    if phone:
        notify("invitation", Recipient(phone=phone, language=language, name=invitation.name), {
            "organization_name": str(organization), "role_label": role_label(invitation),
            "inviter_name": by.get_full_name() or by.get_username(), "url": url,
        })
    return invitation, url


def role_label(invitation: Invitation) -> str:
    if invitation.position:
        return invitation.get_position_display()
    return invitation.get_invited_as_display()


def usable_invitation(token: str) -> Invitation:
    invitation = Invitation.objects.select_related("organization").filter(token_hash=hash_token(token)).first()
    if invitation is None:
        raise InvitationError(_("This invitation link is not known. Check that it was copied whole."))
    if invitation.used_at:
        raise InvitationError(_("This invitation was already used. Ask for a new one if you need it."))
    if invitation.revoked_at:
        raise InvitationError(_("This invitation was withdrawn by the cooperative."))
    if not invitation.is_usable:
        raise InvitationError(_("This invitation has expired. Ask for a new one."))
    return invitation


@transaction.atomic
def accept(token: str, *, phone: str, first_name: str = "", last_name: str = ""):
    """The account of `phone` joins the organisation as invited. `phone` must have been proven
    with a code; an invitation sent to a number works for that number only."""
    invitation = usable_invitation(token)
    invitation = Invitation.objects.select_for_update().get(pk=invitation.pk)
    if not invitation.is_usable:
        raise InvitationError(_("This invitation was already used. Ask for a new one if you need it."))
    if invitation.phone and invitation.phone != phone:
        raise InvitationError(_("This invitation was sent to another phone number."))
    role = Role.MANAGER if invitation.invited_as == InvitedAs.MANAGER else Role.MEMBER
    names = (invitation.name or "").split(" ", 1)
    user = make_manager(invitation.organization, phone=phone, first_name=first_name or names[0],
                        last_name=last_name or (names[1] if len(names) > 1 else ""), position=invitation.position,
                        role=role, person=invitation.person)
    invitation.used_at, invitation.used_by = timezone.now(), user
    invitation.save(update_fields=["used_at", "used_by"])
    return user


def withdraw(invitation: Invitation) -> None:
    if invitation.used_at is None and invitation.revoked_at is None:
        invitation.revoked_at = timezone.now()
        invitation.save(update_fields=["revoked_at"])
