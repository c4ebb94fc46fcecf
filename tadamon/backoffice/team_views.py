"""A cooperative's team: the people who manage it (manager, president, treasurer, secretary) and
the members with an account of their own; invitations by SMS or printed QR code. Its managers keep
the team; admins, officers and programme staff may invite a first manager."""

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from tadamon.accounts.access import may, organization_for_user, require
from tadamon.accounts.domain import invitations
from tadamon.accounts.enums import InvitedAs, Role
from tadamon.accounts.models import Invitation
from tadamon.backoffice.team_forms import InvitationForm
from tadamon.common.phones import mask_phone
from tadamon.common.qr import qr_svg
from tadamon.registry.models import Organization


def _organization(request, pk: int) -> Organization:
    organization = get_object_or_404(Organization.objects.select_related("province"), pk=pk)
    require(request, "accounts.invite_manager", organization)
    return organization


def _form(request, organization, data=None) -> InvitationForm:
    form = InvitationForm(data, organization=organization)
    if not may(request, "accounts.manage_team", organization):  # staff and officers: a manager only
        form.fields["invited_as"].choices = [(InvitedAs.MANAGER, InvitedAs.MANAGER.label)]
        form.fields["invited_as"].initial = InvitedAs.MANAGER
        del form.fields["person"]
    return form


@login_required
def team(request, pk: int):
    organization = _organization(request, pk)
    return _team_page(request, organization, _form(request, organization))


def _team_page(request, organization, form, status=200):
    keeps_team = may(request, "accounts.manage_team", organization)
    people = get_user_model().objects.filter(organization=organization, role__in=(Role.MANAGER, Role.MEMBER))
    pending = Invitation.objects.filter(organization=organization, used_at=None, revoked_at=None,
                                        expires_at__gt=timezone.now()).select_related("created_by", "person")
    return render(request, "backoffice/team.html", {
        "organization": organization, "form": form, "keeps_team": keeps_team,
        "people": [(user, mask_phone(user.phone)) for user in people.order_by("role", "first_name", "pk")],
        "pending": [(i, mask_phone(i.phone)) for i in pending],
    }, status=status)


@require_POST
@login_required
def team_invite(request, pk: int):
    organization = _organization(request, pk)
    form = _form(request, organization, request.POST)
    if not form.is_valid():
        return _team_page(request, organization, form, status=400)
    data = form.cleaned_data
    invitation, url = invitations.invite(
        organization, invited_as=data["invited_as"], by=request.user, phone=data["phone"], name=data["name"],
        position=data["position"], person=data.get("person"), language=get_language(),
        base_url=request.build_absolute_uri("/"),
    )
    if invitation.phone:
        messages.success(request, _("Invitation sent by SMS to %(phone)s.") % {"phone": mask_phone(invitation.phone)})
        return redirect("backoffice:team", organization.pk)
    # A link for a printed QR code is shown once: only its hash is kept.
    return render(request, "backoffice/invitation_print.html", {
        "organization": organization, "invitation": invitation, "url": url, "qr": qr_svg(url, scale=8),
    })


@require_POST
@login_required
def team_withdraw(request, pk: int, invitation_pk: int):
    organization = _organization(request, pk)
    invitation = get_object_or_404(Invitation, pk=invitation_pk, organization=organization)
    if not (may(request, "accounts.manage_team", organization) or invitation.created_by_id == request.user.pk):
        require(request, "accounts.manage_team", organization)
    invitations.withdraw(invitation)
    messages.success(request, _("Invitation withdrawn: its link no longer works."))
    return redirect("backoffice:team", organization.pk)


@require_POST
@login_required
def team_remove(request, pk: int, user_pk: int):
    """Someone leaves the team: their account stops working (kept for the history)."""
    organization = organization_for_user(request, pk)
    require(request, "accounts.manage_team", organization)
    person = get_object_or_404(get_user_model(), pk=user_pk, organization=organization)
    if person.pk == request.user.pk:
        messages.error(request, _("You cannot remove yourself from the team."))
    else:
        person.is_active = False
        person.save(update_fields=["is_active"])
        messages.success(request, _("%(name)s no longer has access to the cooperative.") % {
            "name": person.get_full_name() or person.get_username()})
    return redirect("backoffice:team", organization.pk)
