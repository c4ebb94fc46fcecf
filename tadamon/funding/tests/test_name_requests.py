"""Recording and deciding name-certificate requests."""

import pytest
from django.core import mail
from django.core.exceptions import ValidationError

from tadamon.accounts.enums import Role
from tadamon.accounts.tests.factories import UserFactory
from tadamon.funding.domain.name_requests import decide, submit_request
from tadamon.funding.domain.queries.name_requests import requests_visible_to
from tadamon.funding.enums import NameRequestStatus
from tadamon.funding.tests.factories import NameRequestFactory
from tadamon.registry.models import Province
from tadamon.registry.tests.factories import OrganizationFactory


@pytest.fixture
def office(db):
    return OrganizationFactory(kind="public_body", name_ar="مكتب تنمية التعاون",
                               name_latin="Office du Développement de la Coopération")


@pytest.fixture
def office_officer(office):
    return UserFactory(username="odco", role=Role.OFFICER, organization=office)


def test_a_request_is_numbered_and_checked_when_recorded(office, office_officer):
    OrganizationFactory(name_ar="تعاونية دادس", name_latin="")
    fields = {"province": Province.objects.get(code="MA-TIN"), "authority": office, "applicant_name": "Itto"}
    first = submit_request(by=office_officer, name_ar="تعاونية أزهار تازناخت", **fields)
    second = submit_request(by=office_officer, name_latin="Coopérative féminine Dadès", **fields)
    assert first.reference.endswith("-00001") and second.reference.endswith("-00002")
    assert first.verdict == "clear" and first.grade == "strong"
    assert second.verdict == "clash"
    assert second.evidence["matches"][0]["name_ar"] == "تعاونية دادس"


def test_a_refusal_needs_a_reason_and_the_applicant_hears_of_it(office_officer, django_capture_on_commit_callbacks):
    request = NameRequestFactory(authority=office_officer.organization)
    with pytest.raises(ValidationError) as error:
        decide(request, by=office_officer, approve=False, reason="  ")
    assert "reason" in error.value.message_dict
    with django_capture_on_commit_callbacks(execute=True):
        decide(request, by=office_officer, approve=False, reason="Nom trop proche d'un nom enregistré.")
    request.refresh_from_db()
    assert request.status == NameRequestStatus.REFUSED and request.decided_by == office_officer
    assert request.evidence["grade"] in ("strong", "medium", "weak")
    assert len(mail.outbox) == 1 and mail.outbox[0].to == ["hadda@example.ma"]
    assert "Nom trop proche" in mail.outbox[0].body and "مرفوض" in mail.outbox[0].body


def test_approving_a_clashing_name_needs_a_reason(office_officer):
    OrganizationFactory(name_ar="تعاونية أزهار تازناخت", name_latin="")
    request = NameRequestFactory(authority=office_officer.organization, name_latin="")
    with pytest.raises(ValidationError) as error:
        decide(request, by=office_officer, approve=True)
    assert "تعاونية أزهار تازناخت" in error.value.message_dict["reason"][0]
    decide(request, by=office_officer, approve=True, reason="The registered cooperative was dissolved in 2019.")
    request.refresh_from_db()
    assert request.status == NameRequestStatus.APPROVED and request.verdict == "clash"


def test_a_request_is_decided_once(office_officer):
    request = NameRequestFactory(authority=office_officer.organization)
    stale = type(request).objects.get(pk=request.pk)  # a second officer's page, loaded before
    decide(request, by=office_officer, approve=True)
    with pytest.raises(ValidationError, match="already decided"):
        decide(stale, by=office_officer, approve=False, reason="Too late.")
    request.refresh_from_db()
    assert request.status == NameRequestStatus.APPROVED


def test_an_office_sees_its_own_queue(office_officer, officer_user, admin_user, manager_user):
    own = NameRequestFactory(authority=office_officer.organization)
    elsewhere = NameRequestFactory(authority=officer_user.organization)
    assert list(requests_visible_to(office_officer)) == [own]
    assert list(requests_visible_to(officer_user)) == [elsewhere]
    assert set(requests_visible_to(admin_user)) == {own, elsewhere}
    assert not requests_visible_to(manager_user).exists()
