"""Annual declarations, the compliance score against a hand count, the plan of inspections
(riskiest first, with why), inspections recorded with their findings, and reminders."""

import datetime
from decimal import Decimal

import pytest
from django.core import mail
from django.core.exceptions import ValidationError

from tadamon.funding.domain import compliance as domain
from tadamon.funding.domain.queries.compliance import inspection_plan, with_compliance
from tadamon.registry.tests.factories import OrganizationFactory

pytestmark = pytest.mark.django_db
TODAY = datetime.date(2026, 3, 1)  # the 2025 declarations are due by 30 June 2026


def declare(organization, year=2025, **fields):
    values = {"members_women": 12, "members_men": 3, "capital_subscribed_mad": Decimal("15000"),
              "capital_paid_mad": Decimal("10000"), "turnover_mad": Decimal("230000"),
              "general_assembly_held": True, "general_assembly_on": datetime.date(2026, 2, 10),
              "accounts_filed": True} | fields
    return domain.file_declaration(organization, year=year, by=None, today=TODAY, **values)


def test_a_declaration_is_checked_and_corrected_until_its_due_date(cooperative):
    with pytest.raises(ValidationError) as error:
        declare(cooperative, year=2026)
    assert "year" in error.value.message_dict
    with pytest.raises(ValidationError) as error:
        declare(cooperative, general_assembly_on=None)
    assert "general_assembly_on" in error.value.message_dict
    with pytest.raises(ValidationError) as error:
        declare(cooperative, capital_paid_mad=Decimal("20000"))
    assert "more than the capital subscribed" in str(error.value)
    declare(cooperative, turnover_mad=Decimal("100000"))
    corrected = declare(cooperative, turnover_mad=Decimal("120000"))
    assert corrected.turnover_mad == Decimal("120000") and cooperative.declarations.count() == 1
    with pytest.raises(ValidationError, match="can no longer be corrected"):
        domain.file_declaration(cooperative, year=2025, by=None, today=datetime.date(2026, 7, 1),
                                members_women=1, members_men=1, capital_subscribed_mad=0, capital_paid_mad=0,
                                turnover_mad=0, general_assembly_held=False, accounts_filed=False)


def score_of(organization):
    return with_compliance(type(organization).objects.filter(pk=organization.pk), 2025, TODAY).get()


def test_the_score_against_a_hand_count(cooperative, other_cooperative, officer_user):
    clean = OrganizationFactory()
    declare(clean)
    inspection = domain.plan_inspection(clean, authority=officer_user.organization, planned_on=TODAY)
    domain.record_inspection(inspection, done_on=TODAY, checklist={k: True for k, _l in domain.CHECKLIST},
                             findings=[], result="ok")
    assert score_of(clean).compliance == 100

    # No declaration (-30), never inspected (-5).
    assert score_of(other_cooperative).compliance == 65
    assert domain.reasons(score_of(other_cooperative), 2025) == ["no declaration for 2025", "never inspected"]

    # Declared without assembly (-15) nor accounts (-15); major breaches (-25); five open findings
    # (-20, the cap); follow-up overdue (-10): 100 - 85 = 15.
    declare(cooperative, general_assembly_held=False, accounts_filed=False)
    inspection = domain.plan_inspection(cooperative, authority=officer_user.organization, planned_on=TODAY)
    domain.record_inspection(inspection, done_on=datetime.date(2025, 11, 1),
                             checklist={k: False for k, _l in domain.CHECKLIST},
                             findings=[f"Constat {i}" for i in range(5)], result="major",
                             follow_up_due=datetime.date(2026, 1, 31))
    scored = score_of(cooperative)
    assert scored.compliance == 15 and scored.open_findings == 5
    one = inspection.findings.first()
    domain.resolve_finding(one, on=TODAY)
    assert score_of(cooperative).compliance == 15  # four open findings still cost the cap of 20


def test_the_plan_puts_the_riskiest_first_and_skips_those_already_planned(cooperative, other_cooperative,
                                                                          officer_user):
    declare(other_cooperative)
    plan = list(inspection_plan(2025, TODAY))
    assert [o.pk for o in plan][:2] == [cooperative.pk, other_cooperative.pk]
    assert plan[0].compliance == 65 and plan[1].compliance == 95
    domain.plan_inspection(cooperative, authority=officer_user.organization, planned_on=TODAY,
                           reason="no declaration for 2025")
    assert cooperative.pk not in [o.pk for o in inspection_plan(2025, TODAY)]
    with pytest.raises(ValidationError, match="already planned"):
        domain.plan_inspection(cooperative, authority=officer_user.organization, planned_on=TODAY)


def test_an_inspection_needs_its_checklist_findings_and_follow_up(cooperative, officer_user):
    inspection = domain.plan_inspection(cooperative, authority=officer_user.organization, planned_on=TODAY)
    with pytest.raises(ValidationError, match="every item of the checklist"):
        domain.record_inspection(inspection, done_on=TODAY, checklist={"general_assembly": True}, findings=[],
                                 result="ok")
    checklist = {k: True for k, _l in domain.CHECKLIST}
    with pytest.raises(ValidationError) as error:
        domain.record_inspection(inspection, done_on=TODAY, checklist=checklist, findings=[], result="minor")
    assert "findings" in error.value.message_dict
    with pytest.raises(ValidationError) as error:
        domain.record_inspection(inspection, done_on=TODAY, checklist=checklist, findings=["Registre absent"],
                                 result="minor")
    assert "follow_up_due" in error.value.message_dict
    domain.record_inspection(inspection, done_on=TODAY, checklist=checklist, findings=["Registre absent"],
                             result="minor", follow_up_due=datetime.date(2026, 5, 1))
    assert inspection.findings.get().description == "Registre absent"


def test_reminders_go_to_those_who_have_not_filed_once_a_month(cooperative, other_cooperative, manager_user,
                                                               other_manager):
    declare(other_cooperative)
    assert domain.send_declaration_reminders(2025, TODAY) == 1
    assert mail.outbox[0].to == [manager_user.email] and "2025" in mail.outbox[0].subject
    assert domain.send_declaration_reminders(2025, TODAY + datetime.timedelta(days=10)) == 0
    assert domain.send_declaration_reminders(2025, TODAY + datetime.timedelta(days=31)) == 1


@pytest.mark.parametrize("typed", ["open_findings:²", "no_declaration:٢٠٢٥", "open_findings:trois", "major:1",
                                   "no_assembly:", "plainte des membres"])
def test_a_reason_that_only_looks_like_codes_is_shown_as_written(typed):
    # The reason comes back from the plan's form: whatever was posted is text, never a server error.
    assert domain.explain_reason(typed) is None


def test_reason_codes_read_in_the_page_language():
    from django.utils import translation

    with translation.override("fr"):
        assert domain.explain_reason("no_declaration:2025; open_findings:3") == [
            "aucune déclaration pour 2025", "3 constats ouverts"]
