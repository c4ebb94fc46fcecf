"""Name-certificate requests are the business of the office they are filed with: its officers
record and decide them; admins see all. Anyone may check a name against the registered ones."""

import rules

from tadamon.accounts.rules import is_officer, is_platform_admin


@rules.predicate
def of_the_office(user, name_request) -> bool:
    return name_request is not None and user.organization_id == name_request.authority_id


rules.add_perm("funding.list_name_requests", is_platform_admin | is_officer)
rules.add_perm("funding.add_name_request", is_platform_admin | is_officer)
rules.add_perm("funding.view_name_request", is_platform_admin | (is_officer & of_the_office))
rules.add_perm("funding.decide_name_request", is_platform_admin | (is_officer & of_the_office))
