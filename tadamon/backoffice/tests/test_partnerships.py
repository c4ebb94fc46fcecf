import datetime
from decimal import Decimal

import pytest

from tadamon.accounts.tests.factories import UserFactory
from tadamon.partnerships.models import AgreementParty, Commitment, Support
from tadamon.partnerships.tests.factories import AgreementFactory, CommitmentFactory, PartyFactory, sponsor_books
from tadamon.registry.tests.factories import OrganizationFactory

pytestmark = pytest.mark.django_db

ROLES = ["anonymous", "admin", "sponsor_staff", "other_staff", "council_officer", "officer", "manager",
         "other_manager", "buyer"]
MATRIX = {
    "list": [302, 200, 200, 200, 200, 200, 200, 200, 403],
    "detail": [302, 200, 200, 404, 200, 404, 200, 404, 404],
    "edit": [302, 200, 200, 404, 403, 404, 403, 404, 404],
    "create": [302, 200, 200, 200, 403, 403, 403, 403, 403],
    "add_commitment": [302, 302, 302, 404, 403, 404, 403, 404, 404],
    "cancel": [302, 302, 302, 404, 403, 404, 403, 404, 404],
    "options": [302, 200, 200, 200, 403, 403, 403, 403, 403],
}


@pytest.fixture
def setting(admin_user, officer_user, manager_user, other_manager, buyer_user, cooperative):
    sponsor = OrganizationFactory(kind="company", name_latin="Managem")
    council = OrganizationFactory(kind="public_body", name_latin="Conseil régional")
    agreement = AgreementFactory(title_fr="Zones minières")
    for organization, role in ((sponsor, "sponsor"), (council, "council"), (cooperative, "beneficiary")):
        PartyFactory(agreement=agreement, organization=organization, role=role)
    users = {"anonymous": None, "admin": admin_user,
             "sponsor_staff": UserFactory(username="sponsor-staff", role="staff", organization=sponsor),
             "other_staff": UserFactory(username="other-staff", role="staff", organization=OrganizationFactory()),
             "council_officer": UserFactory(username="council", role="officer", organization=council),
             "officer": officer_user, "manager": manager_user, "other_manager": other_manager, "buyer": buyer_user}
    return agreement, sponsor, users


@pytest.mark.parametrize("what", MATRIX)
def test_every_role_gets_the_expected_answer(what, setting, client_for):
    agreement, sponsor, users = setting
    for role, expected in zip(ROLES, MATRIX[what], strict=True):
        client = client_for(users[role])
        if what == "add_commitment":
            response = client.post(f"/fr/manage/agreements/{agreement.pk}/", {
                "add": "commitment", "commitment-debtor": sponsor.pk, "commitment-deliverable": f"Par {role}",
                "commitment-due_on": "2030-01-01"})
        elif what == "cancel":
            commitment = CommitmentFactory(agreement=agreement, debtor=sponsor)
            response = client.post(f"/fr/manage/commitments/{commitment.pk}/cancel/", {"reason": "Reporté"})
        else:
            url = {"list": "/fr/manage/agreements/", "detail": f"/fr/manage/agreements/{agreement.pk}/",
                   "edit": f"/fr/manage/agreements/{agreement.pk}/edit/", "create": "/fr/manage/agreements/new/",
                   "options": "/fr/manage/organization-options/?q=Mana"}[what]
            response = client.get(url)
        assert response.status_code == expected, f"{role} on {what}: {response.status_code}, expected {expected}"
    if what == "add_commitment":
        assert sorted(Commitment.objects.values_list("deliverable", flat=True)) == ["Par admin", "Par sponsor_staff"]
    if what == "cancel":
        assert Commitment.objects.filter(cancelled_on__isnull=False).count() == 2


def test_the_list_shows_only_the_user_s_agreements_and_flags_the_late_commitments(setting, client_for):
    agreement, sponsor, users = setting
    AgreementFactory(title_fr="Autre convention")
    CommitmentFactory(agreement=agreement, debtor=sponsor, deliverable="Certification internationale",
                      due_on=datetime.date(2015, 12, 31))
    page = client_for(users["manager"]).get("/fr/manage/agreements/").content.decode()
    assert "Zones minières" in page and "Autre convention" not in page
    late_notice = page.split('aria-labelledby="late-title"')[1].split("</section>")[0]
    assert "Certification internationale" in late_notice  # in the late notice at the top


def test_recording_support_keeps_the_form_on_a_mistake_and_totals_follow(setting, client_for, cooperative):
    agreement, sponsor, users = setting
    commitment = CommitmentFactory(agreement=agreement, debtor=sponsor, beneficiary=cooperative,
                                   amount_mad=Decimal("20000"), deliverable="Alambic")
    client = client_for(users["sponsor_staff"])
    data = {"add": "support", "support-commitment": commitment.pk, "support-recipient": sponsor.pk,
            "support-provider": sponsor.pk, "support-kind": "equipment", "support-description": "Alambic en cuivre",
            "support-value_mad": "20000", "support-delivered_on": "2025-05-02"}
    wrong = client.post(f"/fr/manage/agreements/{agreement.pk}/", data)
    assert wrong.status_code == 400 and "Alambic en cuivre" in wrong.content.decode()
    assert not Support.objects.exists()
    client.post(f"/fr/manage/agreements/{agreement.pk}/", {**data, "support-recipient": cooperative.pk})
    page = client.get(f"/fr/manage/agreements/{agreement.pk}/").content.decode()
    assert "20\u202f000 / 20\u202f000\u00a0MAD" in page and "Livré<" in page


def test_a_cooperative_s_page_shows_what_was_promised_to_it_but_not_to_another_sponsor(setting, client_for,
                                                                                         cooperative, manager_user):
    agreement, sponsor, users = setting
    CommitmentFactory(agreement=agreement, debtor=sponsor, deliverable="Métiers à tisser")
    rival = OrganizationFactory(kind="company", name_latin="Autre mécène")
    private = AgreementFactory()
    PartyFactory(agreement=private, organization=rival, role="sponsor")
    PartyFactory(agreement=private, organization=cooperative)
    CommitmentFactory(agreement=private, debtor=rival, deliverable="Camion frigorifique")
    own = client_for(manager_user).get(f"/fr/manage/organizations/{cooperative.pk}/").content.decode()
    assert "Métiers à tisser" in own and "Camion frigorifique" in own
    seen_by_sponsor = client_for(users["sponsor_staff"]).get(
        f"/fr/manage/organizations/{cooperative.pk}/").content.decode()
    assert "Métiers à tisser" in seen_by_sponsor and "Camion frigorifique" not in seen_by_sponsor


def test_the_organisation_picker_finds_names_across_scripts(setting, client_for, admin_user):
    options = client_for(admin_user).get("/fr/manage/organization-options/?party-organization_search=dades")
    assert "Coopérative des Femmes de Dadès" in options.content.decode()


def test_adding_a_party_twice_is_refused_with_the_reason(setting, client_for, cooperative):
    agreement, _sponsor, users = setting
    response = client_for(users["sponsor_staff"]).post(f"/fr/manage/agreements/{agreement.pk}/", {
        "add": "party", "party-organization": cooperative.pk, "party-role": "beneficiary"})
    assert response.status_code == 400 and AgreementParty.objects.filter(organization=cooperative).count() == 1


def test_amendments_are_numbered_and_evidence_files_are_kept(setting, client_for, cooperative):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from tadamon.partnerships.models import Amendment

    agreement, sponsor, users = setting
    client = client_for(users["sponsor_staff"])
    for summary in ("Prolongation d'un an", "Budget porté à 1,2 MDH"):
        client.post(f"/fr/manage/agreements/{agreement.pk}/", {
            "add": "amendment", "amendment-signed_on": "2025-01-10", "amendment-summary": summary,
            "amendment-document": SimpleUploadedFile("avenant.pdf", b"%PDF-1.4 avenant")})
    assert list(Amendment.objects.values_list("number", "summary")) == [
        (1, "Prolongation d'un an"), (2, "Budget porté à 1,2 MDH")]
    commitment = CommitmentFactory(agreement=agreement, debtor=sponsor, beneficiary=cooperative)
    client.post(f"/fr/manage/agreements/{agreement.pk}/", {
        "add": "support", "support-commitment": commitment.pk, "support-recipient": cooperative.pk,
        "support-provider": sponsor.pk, "support-kind": "raw_materials", "support-description": "Laine",
        "support-value_mad": "5000", "support-delivered_on": "2025-02-01",
        "support-evidence": SimpleUploadedFile("bon.jpg", b"bon de livraison")})
    support = Support.objects.get()
    assert support.nature == "in_kind" and support.evidence.storage.open(support.evidence.name).read() == (
        b"bon de livraison")


def test_a_cooperative_reads_only_its_own_commitments_on_the_agreement_page(client_for):
    sponsor, argan_coop, dates_coop = sponsor_books()
    agreement = dates_coop.commitments_received.get().agreement
    argan_manager = UserFactory(username="argan", role="manager", organization=argan_coop)
    page = client_for(argan_manager).get(f"/fr/manage/agreements/{agreement.pk}/").content.decode()
    assert "Machines à coudre" in page and "Salon" in page  # its own, and the one owed to all
    assert "Chambre froide" not in page  # owed to the other cooperative
    sponsor_staff = UserFactory(username="sponsor-staff", role="staff", organization=sponsor)
    assert "Chambre froide" in client_for(sponsor_staff).get(f"/fr/manage/agreements/{agreement.pk}/").content.decode()
