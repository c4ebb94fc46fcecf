"""A cooperative claimed from a phone: submitted by someone who proved the number is theirs,
decided by the staff in charge (accounts.decide_claim), granting the management of the
cooperative only once approved."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from tadamon.accounts.enums import ClaimStatus, Role
from tadamon.accounts.models import OrganizationClaim
from tadamon.notifications import notify
from tadamon.registry.domain.organizations import create_organization
from tadamon.registry.enums import OrganizationKind

PROPOSED_FIELDS = ("name_ar", "name_latin", "kind", "province", "sector", "registry_number")


class ClaimError(ValidationError):
    """A decision that cannot be taken (already decided, the phone manages another cooperative)."""


def site_url(name: str, *args, base: str = "") -> str:
    """An absolute link: on `base` (the address the request came to) or on SITE_URL (messages sent
    from the worker)."""
    return (base or settings.SITE_URL).rstrip("/") + reverse(name, args=args)


def submit_claim(*, phone: str, claimant: dict, organization=None, proposed: dict | None = None,
                 language: str = "ar") -> OrganizationClaim:
    """`claimant`: first_name, last_name, position. `proposed`: the fields of a cooperative not in
    the registry (PROPOSED_FIELDS), when `organization` is None."""
    fields = {f"proposed_{name}": value for name, value in (proposed or {}).items() if name in PROPOSED_FIELDS}
    claim = OrganizationClaim.objects.create(organization=organization, phone=phone, language=language,
                                             **claimant, **fields)
    for decider in deciders(claim)[:20]:
        notify("claim_received", decider, {"organization_name": claim.organization_name,
                                           "claimant_name": f"{claim.first_name} {claim.last_name}",
                                           "url": site_url("backoffice:claim", claim.pk)})
    return claim


def pending_claims_of(phone: str) -> list[OrganizationClaim]:
    """The claims a phone sent that wait for a decision: told to the claimant before a second one."""
    return list(OrganizationClaim.objects.filter(phone=phone, status=ClaimStatus.PENDING)
                .select_related("organization").order_by("created_at"))


def deciders(claim: OrganizationClaim):
    """Who is told of a new claim: the staff of the programmes that accompany the cooperative, or,
    for one proposed as new or accompanied by none, the officers and administrators."""
    users = get_user_model().objects.filter(is_active=True)
    if claim.organization_id:
        staff = users.filter(role=Role.STAFF, programmes__enrolments__organization=claim.organization_id).distinct()
        if staff.exists():
            return staff.order_by("pk")
    return users.filter(Q(role__in=(Role.OFFICER, Role.ADMIN)) | Q(is_superuser=True)).order_by("pk")


def others_claiming(claim: OrganizationClaim):
    """The cooperative's other claims and its current managers: what a decider weighs."""
    same = Q(phone=claim.phone)
    if not claim.organization_id:
        return (OrganizationClaim.objects.filter(same).exclude(pk=claim.pk).select_related("organization"),
                get_user_model().objects.none())
    claims = OrganizationClaim.objects.filter(Q(organization=claim.organization_id) | same).exclude(
        pk=claim.pk).select_related("organization")
    managers = get_user_model().objects.filter(organization=claim.organization_id, role=Role.MANAGER,
                                               is_active=True)
    return claims, managers


def _locked_pending(claim: OrganizationClaim) -> OrganizationClaim:
    claim = OrganizationClaim.objects.select_for_update().get(pk=claim.pk)
    if not claim.is_pending:
        raise ClaimError(_("This claim was already decided: %(status)s.") % {"status": claim.get_status_display()})
    return claim


@transaction.atomic
def approve_claim(claim: OrganizationClaim, *, by) -> OrganizationClaim:
    """The claimant manages the cooperative (created in the registry first if it was proposed):
    their account is made with the claimed phone, or the account of that phone is given the role."""
    claim = _locked_pending(claim)
    if claim.organization_id is None:
        claim.organization = create_organization(fields={
            "name_ar": claim.proposed_name_ar, "name_latin": claim.proposed_name_latin,
            "kind": claim.proposed_kind or OrganizationKind.COOPERATIVE, "province": claim.proposed_province,
            "sector": claim.proposed_sector, "registry_number": claim.proposed_registry_number,
        }, user=by)
    claim.user = make_manager(claim.organization, phone=claim.phone, first_name=claim.first_name,
                              last_name=claim.last_name, position=claim.position, language=claim.language)
    _decide(claim, ClaimStatus.APPROVED, by=by)
    notify("claim_decided", claim.user, {"organization_name": str(claim.organization), "approved": True,
                                         "reason": "", "url": site_url("accounts:phone_sign_in")})
    return claim


@transaction.atomic
def refuse_claim(claim: OrganizationClaim, *, by, reason: str) -> OrganizationClaim:
    if not reason.strip():
        raise ClaimError(_("Say why the claim is refused: the claimant reads it."))
    claim = _locked_pending(claim)
    claim.reason = reason.strip()
    _decide(claim, ClaimStatus.REFUSED, by=by)
    from tadamon.notifications import Recipient

    notify("claim_decided", Recipient(phone=claim.phone, language=claim.language,
                                      name=f"{claim.first_name} {claim.last_name}"),
           {"organization_name": claim.organization_name, "approved": False, "reason": claim.reason,
            "url": site_url("public:join")})
    return claim


def _decide(claim, status, *, by):
    claim.status, claim.decided_by, claim.decided_at = status, by, timezone.now()
    claim.save(update_fields=["status", "reason", "decided_by", "decided_at", "user", "organization"])


def make_manager(organization, *, phone: str, first_name: str, last_name: str, position: str = "",
                 language: str = "ar", role: str = Role.MANAGER, person=None):
    """The account of `phone`, made (signing in by code only: no password) or given `role` in
    `organization`. An account that already acts for another organisation is not taken over."""
    User = get_user_model()
    user = User.objects.select_for_update().filter(phone=phone).first()
    if user is not None and user.organization_id not in (None, organization.pk):
        raise ClaimError(_("The phone number %(phone)s already has an account with another organisation: "
                           "it cannot be given this one.") % {"phone": phone})
    if user is None:
        user = User(username=phone, phone=phone, first_name=first_name[:150], last_name=last_name[:150],
                    preferred_language=language)
        user.set_unusable_password()
    # A manager stays a manager when invited again as a member.
    if not (user.role == Role.MANAGER and role == Role.MEMBER and user.organization_id == organization.pk):
        user.role = role
    user.organization, user.position, user.is_active = organization, position or user.position, True
    user.person = person or user.person
    user.full_clean(exclude=["password", "username"])
    user.save()
    return user


def claimable_organizations(*, q: str = "", province=None, registry_number: str = "", limit: int = 20):
    """The registry as someone registering their cooperative searches it: by registry number, or by
    name in any script, the name check's variants included ("Tifawin" finds "تيفاوين")."""
    from tadamon.funding.domain.name_check import check_name  # the index of every registered name
    from tadamon.registry.models import Organization

    base = Organization.objects.filter(kind__in=OrganizationKind.social_economy()).select_related(
        "province", "commune", "sector")
    if province is not None:
        base = base.filter(province=province)
    if registry_number.strip():
        return list(base.filter(registry_number__iexact=registry_number.strip())[:limit])
    found = list(base.search(q).order_by("name_latin", "pk")[:limit])
    if len(found) < limit:
        close = [m.pk for m in check_name(q, include_requests=False, limit=limit).matches
                 if m.source == "organization" and m.verdict != "distant"]
        known = {o.pk for o in found}
        found += [o for o in base.filter(pk__in=close).order_by("pk") if o.pk not in known][: limit - len(found)]
    return found


def close_registered_names(name_ar: str, name_latin: str, limit: int = 5):
    """Registered organisations whose name is close to a proposed one (the name check's verdicts
    "close" and "clash"), with their records, best first."""
    from tadamon.funding.domain.name_check import check_name
    from tadamon.registry.models import Organization

    matches = [m for m in check_name(name_ar, name_latin, include_requests=False, limit=limit).matches
               if m.source == "organization" and m.verdict != "distant"]
    records = Organization.objects.select_related("province").in_bulk([m.pk for m in matches])
    return [(records[m.pk], m) for m in matches if m.pk in records]
