"""Name-certificate requests are the business of the office they are filed with: its officers
record and decide them; admins see all. Anyone may check a name against the registered ones.
Support requests: an organisation's manager raises them and follows their own; the officers of
the institution in charge answer, send on and close them; admins see all."""

import rules

from tadamon.accounts.rules import is_manager, is_officer, is_platform_admin


@rules.predicate
def of_the_office(user, name_request) -> bool:
    return name_request is not None and user.organization_id == name_request.authority_id


rules.add_perm("funding.list_name_requests", is_platform_admin | is_officer)
rules.add_perm("funding.add_name_request", is_platform_admin | is_officer)
rules.add_perm("funding.view_name_request", is_platform_admin | (is_officer & of_the_office))
rules.add_perm("funding.decide_name_request", is_platform_admin | (is_officer & of_the_office))


@rules.predicate
def in_their_queue(user, support_request) -> bool:
    return support_request is not None and user.organization_id == support_request.institution_id


@rules.predicate
def raised_by_their_organization(user, support_request) -> bool:
    return support_request is not None and user.organization_id == support_request.organization_id


rules.add_perm("funding.list_support_requests", is_platform_admin | is_officer | is_manager)
rules.add_perm("funding.open_support_request", is_manager)
rules.add_perm("funding.view_support_request", is_platform_admin | (is_officer & in_their_queue)
               | (is_manager & raised_by_their_organization))
rules.add_perm("funding.handle_support_request", is_platform_admin | (is_officer & in_their_queue))
rules.add_perm("funding.comment_support_request", is_manager & raised_by_their_organization)
