"""Name-certificate requests are the business of the office they are filed with: its officers
record and decide them; admins see all. Anyone may check a name against the registered ones.
Support requests: an organisation's manager raises them and follows their own; the officers of
the institution in charge answer, send on and close them; admins see all."""

import rules
from django.conf import settings

from tadamon.accounts.rules import (
    add_acting_perm,
    has_an_organization,
    is_back_office_user,
    is_manager,
    is_officer,
    is_platform_admin,
    is_programme_staff,
)


@rules.predicate
def of_the_office(user, name_request) -> bool:
    return name_request is not None and user.organization_id == name_request.authority_id


rules.add_perm("funding.list_name_requests", is_platform_admin | is_officer)
rules.add_perm("funding.add_name_request", is_platform_admin | is_officer)
rules.add_perm("funding.view_name_request", is_platform_admin | (is_officer & of_the_office))
rules.add_perm("funding.decide_name_request", is_platform_admin | (is_officer & of_the_office))
# An officer's request is filed with their own office; an admin chooses the office.
rules.add_perm("funding.choose_name_request_office", is_platform_admin)


@rules.predicate
def in_their_queue(user, support_request) -> bool:
    return support_request is not None and user.organization_id == support_request.institution_id


@rules.predicate
def raised_by_their_organization(user, support_request) -> bool:
    return support_request is not None and user.organization_id == support_request.organization_id


rules.add_perm("funding.list_support_requests", is_platform_admin | is_officer | is_manager)
add_acting_perm("funding.open_support_request", is_manager)
rules.add_perm("funding.view_support_request", is_platform_admin | (is_officer & in_their_queue)
               | (is_manager & raised_by_their_organization))
rules.add_perm("funding.handle_support_request", is_platform_admin | (is_officer & in_their_queue))
rules.add_perm("funding.comment_support_request", is_manager & raised_by_their_organization)


# Calls, applications, reviews and grants. The organisation running a call (its programme staff)
# and admins run it; a manager applies for their organisation and follows its applications and
# grants; an evaluator reads only the applications assigned to them and not set aside for a
# conflict of interest.

@rules.predicate
def sees_call(user, call) -> bool:
    """Admins and managers every call; others those their organisation runs or they evaluate."""
    from tadamon.funding.domain.queries.calls import calls_visible_to

    return call is not None and user.is_authenticated and calls_visible_to(user).filter(pk=call.pk).exists()


@rules.predicate
def runs_call(user, call) -> bool:
    return call is not None and user.organization_id is not None and user.organization_id == call.sponsor_id


@rules.predicate
def runs_call_of(user, obj) -> bool:
    """obj: an application or a grant."""
    application = getattr(obj, "application", obj)
    return runs_call(user, application.call) if application is not None else False


@rules.predicate
def applicant(user, obj) -> bool:
    application = getattr(obj, "application", obj)
    return application is not None and user.organization_id == application.organization_id


@rules.predicate
def assigned_evaluator(user, application) -> bool:
    return application is not None and application.reviews.filter(evaluator=user, conflict=False).exists()


@rules.predicate
def is_own_review(user, review) -> bool:
    return review is not None and review.evaluator_id == user.pk


rules.add_perm("funding.list_calls", is_back_office_user)  # not buyers, not members with an account
rules.add_perm("funding.view_call", sees_call)
rules.add_perm("funding.run_call", is_platform_admin | (is_programme_staff & runs_call))
add_acting_perm("funding.apply_to_call", is_manager)
rules.add_perm("funding.view_application", is_platform_admin | (is_programme_staff & runs_call_of)
               | (is_manager & applicant) | assigned_evaluator)
rules.add_perm("funding.edit_application", is_manager & applicant)
rules.add_perm("funding.decide_application", is_platform_admin | (is_programme_staff & runs_call_of))
# One's own review only, whatever one's role: decided by the rule for superusers too.
add_acting_perm("funding.review", is_own_review)
rules.add_perm("funding.view_grant", is_platform_admin | (is_programme_staff & runs_call_of) | (is_manager & applicant))
rules.add_perm("funding.manage_grant", is_platform_admin | (is_programme_staff & runs_call_of))
add_acting_perm("funding.report_on_grant", is_manager & applicant)


# Compliance: a cooperative's manager files its declarations; the officers of the supervising
# offices (settings.COMPLIANCE_AUTHORITIES) and admins follow them and plan and record inspections.

@rules.predicate
def works_for_a_supervising_office(user) -> bool:
    return bool(user.is_authenticated and user.organization_id
                and user.organization.acronym in settings.COMPLIANCE_AUTHORITIES)


supervises_cooperatives = is_platform_admin | (is_officer & works_for_a_supervising_office)


add_acting_perm("funding.file_declaration", is_manager)
rules.add_perm("funding.supervise_compliance", supervises_cooperatives)
# Programme staff open calls for their organisation (it runs them): one is needed.
rules.add_perm("funding.add_call", is_platform_admin | (is_programme_staff & has_an_organization))
