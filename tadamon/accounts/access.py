"""Access: who may, asked of the rules, for every interface (back office, public site, API).

The rules themselves (named permissions and their predicates) live in each data app's `rules.py`;
this module is the only place outside them that asks. Views never test a role.

- `require(request, permission, obj=None)`: 403 unless the user has the permission.
- `may(request, permission, obj=None) -> bool`: whether they have it (a button shown, a list
  narrowed to the user's own organisation).
- `<thing>_for_user(request, pk, permission)`: fetch the thing with the relations its pages need,
  or answer 404 to someone who may not even see it (its existence is not revealed) and 403 to
  someone who may see it but not do `permission`. A thing inside another one (an enrolment in a
  programme) takes the parent's pk first: `<thing>_for_user(request, parent_pk, pk, permission)`,
  and `permission` is asked of the parent. Each returns the object itself, or, where the page
  needs its parent too, a NamedTuple defined here (`ProgrammeEnrolment`, `ProgrammeSession`,
  `ProgrammeCertificate`, `EventApplication`), always the same one for a helper. Departures, each
  said in its docstring: a certificate is found by its code; a review takes no permission (one's
  own only); events are seen by every back-office user, so `event_for_user` answers 403, and
  `call_for_user` answers 403 to those who may list no call at all.

It lives in `accounts` rather than `backoffice` because the public site and the API ask it too.
"""

from typing import NamedTuple

from django.core.exceptions import PermissionDenied
from django.db.models import Prefetch
from django.http import Http404
from django.shortcuts import get_object_or_404

from tadamon.events.models import Event, ExhibitorApplication
from tadamon.funding.models import Application, Call, Grant, NameRequest, Review, SupportRequest
from tadamon.market.models import Order, Product
from tadamon.partnerships.models import Agreement, Commitment
from tadamon.programmes.models import Certificate, Enrolment, Programme, Session
from tadamon.registry.models import Membership, Organization


def may(request, permission: str, obj=None) -> bool:
    return request.user.has_perm(permission, obj)


def require(request, permission: str, obj=None) -> None:
    if not may(request, permission, obj):
        raise PermissionDenied


def _seen_or_404(request, obj, view_permission: str, permission: str):
    """404 unless the user may see obj, 403 unless they may also do `permission` on it."""
    if not may(request, view_permission, obj):
        raise Http404
    if permission != view_permission:
        require(request, permission, obj)
    return obj


def claim_for_user(request, pk: int, permission: str = "accounts.decide_claim"):
    """A claim of a cooperative, for someone who may list claims (404 otherwise) and decide this one."""
    from tadamon.accounts.models import OrganizationClaim

    claim = get_object_or_404(OrganizationClaim.objects.select_related(
        "organization__province", "proposed_province", "proposed_sector", "decided_by", "user"), pk=pk)
    return _seen_or_404(request, claim, "accounts.list_claims", permission)


def organization_for_user(request, pk: int, permission: str = "registry.view_organization") -> Organization:
    organization = get_object_or_404(
        Organization.objects.select_related("province__region", "commune", "sector"), pk=pk
    )
    return _seen_or_404(request, organization, "registry.view_organization", permission)


def membership_for_user(request, organization_pk: int, pk: int, permission: str) -> Membership:
    """A membership of an organisation; `permission` is asked of the organisation."""
    organization = organization_for_user(request, organization_pk, permission)
    return get_object_or_404(
        Membership.objects.select_related("person", "organization"), pk=pk, organization=organization
    )


# --- Programmes ----------------------------------------------------------------------------------

class ProgrammeEnrolment(NamedTuple):
    programme: Programme
    enrolment: Enrolment
    runs: bool  # may manage the programme's enrolments (the staff buttons)


class ProgrammeSession(NamedTuple):
    programme: Programme
    session: Session
    runs: bool  # may manage the session (register people, take attendance)


class ProgrammeCertificate(NamedTuple):
    programme: Programme
    certificate: Certificate


def programme_for_user(request, pk: int, permission: str = "programmes.view_programme", *,
                       figures: bool = False) -> Programme:
    """The programme (with its figures and relations when `figures`, for its own page; with just
    its staff otherwise, which is all the access check needs)."""
    from tadamon.programmes.domain.queries.programmes import with_figures

    base = with_figures(Programme.objects.all()) if figures else Programme.objects.prefetch_related(
        Prefetch("staff", to_attr="staff_members"))
    programme = get_object_or_404(base, pk=pk)
    programme.staff_ids = {member.pk for member in programme.staff_members}
    return _seen_or_404(request, programme, "programmes.view_programme", permission)


def enrolment_for_user(request, programme_pk: int, pk: int,
                       permission: str = "programmes.view_programme") -> ProgrammeEnrolment:
    """An enrolment; `permission` is asked of the programme. A manager sees only their own
    organisation's."""
    programme = programme_for_user(request, programme_pk, permission)
    enrolment = get_object_or_404(Enrolment.objects.select_related("organization__province", "phase"),
                                  pk=pk, programme=programme)
    enrolment.programme = programme  # with its staff ids, for the rule
    if not may(request, "programmes.view_enrolment", enrolment):
        raise Http404
    return ProgrammeEnrolment(programme, enrolment, may(request, "programmes.manage_enrolments", programme))


def session_for_user(request, programme_pk: int, pk: int,
                     permission: str = "programmes.view_programme") -> ProgrammeSession:
    """A session; `permission` is asked of the programme."""
    programme = programme_for_user(request, programme_pk, permission)
    session = get_object_or_404(Session.objects.select_related("module", "phase", "province"),
                                pk=pk, programme=programme)
    return ProgrammeSession(programme, session, may(request, "programmes.manage_enrolments", programme))


def certificate_for_user(request, programme_pk: int, code: str,
                         permission: str = "programmes.view_programme") -> ProgrammeCertificate:
    """A certificate by its code; `permission` is asked of the programme. A manager sees only
    their own organisation's people's."""
    from tadamon.programmes.domain.certificates import normalize_code

    programme = programme_for_user(request, programme_pk, permission)
    certificate = Certificate.objects.filter(programme=programme, code=normalize_code(code)).select_related(
        "person").first()
    if certificate is None:
        raise Http404
    certificate.programme = programme  # with its staff ids, for the rule
    if not may(request, "programmes.view_certificate", certificate):
        raise Http404
    return ProgrammeCertificate(programme, certificate)


# --- Events --------------------------------------------------------------------------------------

class EventApplication(NamedTuple):
    event: Event
    application: ExhibitorApplication


def event_for_user(request, pk: int, permission: str = "events.view_event") -> Event:
    """The event with its staff. Every back-office user may see an event: 403 to the others."""
    event = get_object_or_404(Event.objects.prefetch_related(Prefetch("staff", to_attr="staff_members")), pk=pk)
    event.staff_ids = {member.pk for member in event.staff_members}
    require(request, "events.view_event", event)
    if permission != "events.view_event":
        require(request, permission, event)
    return event


def exhibitor_application_for_user(request, event_pk: int, pk: int) -> EventApplication:
    """The event's staff and officers see every application; a manager, their organisation's."""
    event = event_for_user(request, event_pk)
    application = get_object_or_404(ExhibitorApplication.objects.select_related("organization", "decided_by"),
                                     pk=pk, event=event)
    application.event = event  # with its staff ids, for the rule
    if not may(request, "events.view_application", application):
        raise Http404
    return EventApplication(event, application)


# --- Calls, applications, reviews and grants -----------------------------------------------------

def call_for_user(request, pk: int, permission: str = "funding.view_call") -> Call:
    """A call, with its sponsor, provinces and criteria; 403 to those who may see no call at all."""
    require(request, "funding.list_calls")
    call = get_object_or_404(Call.objects.select_related("sponsor").prefetch_related("provinces", "criteria"), pk=pk)
    return _seen_or_404(request, call, "funding.view_call", permission)


def application_for_user(request, pk: int, permission: str = "funding.view_application") -> Application:
    """An application to a call (an evaluator's, if not set aside for a conflict of interest)."""
    application = get_object_or_404(Application.objects.select_related("call__sponsor", "organization"), pk=pk)
    return _seen_or_404(request, application, "funding.view_application", permission)


def review_for_user(request, pk: int) -> Review:
    """One's own review only, whatever one's role: 404 to anyone else."""
    review = get_object_or_404(Review.objects.select_related("application__call", "application__organization"),
                               pk=pk)
    return _seen_or_404(request, review, "funding.review", "funding.review")


def grant_for_user(request, pk: int, permission: str = "funding.view_grant") -> Grant:
    grant = get_object_or_404(Grant.objects.select_related("application__call", "application__organization"), pk=pk)
    return _seen_or_404(request, grant, "funding.view_grant", permission)


# --- Support and name-certificate requests -------------------------------------------------------

def support_request_for_user(request, pk: int, permission: str = "funding.view_support_request") -> SupportRequest:
    """A support request with its delays; closed to an institution once it is sent on."""
    from tadamon.funding.domain.queries.support_requests import with_delays

    support_request = get_object_or_404(with_delays(SupportRequest.objects.select_related(
        "organization", "institution")), pk=pk)
    return _seen_or_404(request, support_request, "funding.view_support_request", permission)


def name_request_for_user(request, pk: int, permission: str = "funding.view_name_request") -> NameRequest:
    name_request = get_object_or_404(NameRequest.objects.select_related("province", "authority", "decided_by"), pk=pk)
    return _seen_or_404(request, name_request, "funding.view_name_request", permission)


# --- Market --------------------------------------------------------------------------------------

def product_for_user(request, pk: int, permission: str = "market.keep_products") -> Product:
    """A product of an organisation the user keeps; `permission` is asked of the organisation."""
    product = get_object_or_404(Product.objects.select_related("organization__province", "category"), pk=pk)
    _seen_or_404(request, product.organization, "market.keep_products", permission)
    return product


def kept_organization_for_user(request, pk: int, permission: str = "market.keep_products") -> Organization:
    """An organisation whose products and certifications the user keeps (the market's pages)."""
    organization = get_object_or_404(Organization, pk=pk)
    return _seen_or_404(request, organization, "market.keep_products", permission)


def order_for_user(request, pk: int, permission: str = "market.view_order") -> Order:
    """An order the cooperative sees (not one still waiting for the buyer's e-mail)."""
    from tadamon.market.enums import OrderStatus

    order = get_object_or_404(Order.objects.select_related("organization__province"), pk=pk,
                              status__in=OrderStatus.seen_by_cooperative())
    return _seen_or_404(request, order, "market.view_order", permission)


# --- Partnerships --------------------------------------------------------------------------------

def agreement_for_user(request, pk: int, permission: str = "partnerships.view_agreement") -> Agreement:
    agreement = get_object_or_404(Agreement, pk=pk)
    return _seen_or_404(request, agreement, "partnerships.view_agreement", permission)


def commitment_for_user(request, pk: int, permission: str = "partnerships.view_agreement") -> Commitment:
    """A commitment; `permission` is asked of its agreement."""
    commitment = get_object_or_404(Commitment.objects.select_related("agreement"), pk=pk)
    _seen_or_404(request, commitment.agreement, "partnerships.view_agreement", permission)
    return commitment
