"""Query counts of the back-office lists: the same with 1 and 3 rows (no query per row). Each page is
read once first, so the session and the content types come from the cache, as in production."""

import datetime
from decimal import Decimal

import pytest
from django.utils import timezone

from tadamon.accounts.tests.factories import UserFactory
from tadamon.registry.tests.factories import OrganizationFactory

pytestmark = pytest.mark.django_db

COUNTS = [1, 3]


def assert_same_queries(client, url, queries, django_assert_num_queries):
    client.get(url)  # warm the session and the content types
    with django_assert_num_queries(queries):
        response = client.get(url)
    assert response.status_code == 200
    return response


@pytest.mark.parametrize("count", COUNTS)
def test_event_list_query_count_does_not_grow(staff_user, client_for, django_assert_num_queries, count):
    from tadamon.events.tests.factories import EventFactory

    EventFactory.create_batch(count, staff=[staff_user])
    # user, count, page
    response = assert_same_queries(client_for(staff_user), "/fr/manage/events/", 3, django_assert_num_queries)
    assert len(response.context["page_obj"]) == count


@pytest.mark.parametrize("count", COUNTS)
def test_name_request_list_query_count_does_not_grow(client_for, django_assert_num_queries, count):
    from tadamon.funding.tests.factories import NameRequestFactory

    office = OrganizationFactory(kind="public_body")
    officer = UserFactory(username="odco", role="officer", organization=office)
    NameRequestFactory.create_batch(count, authority=office)
    # user, count, page (the menu asks the rules, not the model backend: no permission lookups)
    response = assert_same_queries(client_for(officer), "/fr/manage/names/", 3, django_assert_num_queries)
    assert len(response.context["page_obj"]) == count


@pytest.mark.parametrize("count", COUNTS)
def test_support_request_list_query_count_does_not_grow(manager_user, client_for, django_assert_num_queries, count):
    from tadamon.funding.domain.support_requests import open_request
    from tadamon.funding.models import RoutingRule

    onssa = OrganizationFactory(kind="public_body")
    RoutingRule.objects.create(category="sanitary", institution=onssa)
    for number in range(count):
        open_request(organization=OrganizationFactory(), category="sanitary", title=f"Dossier {number}",
                     description="En attente.", by=manager_user)
    officer = UserFactory(username="onssa", role="officer", organization=onssa)
    # user, the figures (open and delays, overdue), count, page: the menu's links for those who have
    # them ask the rules alone, without the model backend's two permission lookups (issue 26)
    response = assert_same_queries(client_for(officer), "/fr/manage/support-requests/", 5,
                                   django_assert_num_queries)
    assert len(response.context["page_obj"]) == count


@pytest.mark.parametrize("count", COUNTS)
def test_call_list_query_count_does_not_grow_for_a_manager(manager_user, client_for, django_assert_num_queries,
                                                            count):
    from tadamon.funding.domain import calls as domain
    from tadamon.funding.tests.factories import make_call

    ministry = OrganizationFactory(kind="public_body")
    for number in range(count):
        call = make_call(ministry, title_fr=f"Appel {number}")
        domain.save_draft(call=call, organization=manager_user.organization, title=f"Projet {number}",
                          summary="Séchoir.", lines=[("Séchoir", Decimal("1000"))], by=manager_user)
    # user, applications, organisation, open calls + provinces, two permission lookups, reviews, calls
    response = assert_same_queries(client_for(manager_user), "/fr/manage/calls/", 9, django_assert_num_queries)
    assert (len(response.context["calls"]), len(response.context["open_calls"]),
            len(response.context["applications"])) == (count, count, count)


@pytest.mark.parametrize("count", COUNTS)
def test_call_list_query_count_does_not_grow_for_the_runner_and_evaluator(client_for, django_assert_num_queries,
                                                                           count):
    from tadamon.funding.domain import calls as domain
    from tadamon.funding.tests.factories import make_call

    ministry = OrganizationFactory(kind="public_body")
    runner = UserFactory(username="runner", role="staff", organization=ministry)
    for number in range(count):
        call = make_call(ministry, title_fr=f"Appel {number}")
        call.evaluators.set([runner])
        organization = OrganizationFactory()
        manager = UserFactory(role="manager", organization=organization)
        application = domain.save_draft(call=call, organization=organization, title=f"Projet {number}",
                                        summary="Séchoir.", lines=[("Séchoir", Decimal("1000"))], by=manager)
        domain.submit(application, by=manager)
        domain.assign_panel(call)
    # user, reviews, calls
    response = assert_same_queries(client_for(runner), "/fr/manage/calls/", 3, django_assert_num_queries)
    assert (len(response.context["calls"]), len(response.context["reviews"])) == (count, count)


@pytest.mark.parametrize("count", COUNTS)
def test_agreement_list_query_count_does_not_grow(client_for, django_assert_num_queries, count):
    from tadamon.partnerships.tests.factories import AgreementFactory, CommitmentFactory, PartyFactory

    sponsor = OrganizationFactory(kind="company")
    for _ in range(count):
        agreement = AgreementFactory()
        PartyFactory(agreement=agreement, organization=sponsor, role="sponsor")
        PartyFactory(agreement=agreement)
        CommitmentFactory(agreement=agreement, debtor=sponsor, beneficiary=OrganizationFactory(),
                          due_on=datetime.date(2020, 1, 1))  # late: listed too
    staff = UserFactory(username="sponsor-staff", role="staff", organization=sponsor)
    # user, count, late commitments, page with parties counted
    response = assert_same_queries(client_for(staff), "/fr/manage/agreements/", 4, django_assert_num_queries)
    assert (len(response.context["page_obj"]), len(response.context["late"])) == (count, count)


@pytest.mark.parametrize("count", COUNTS)
def test_order_list_query_count_does_not_grow(manager_user, cooperative, client_for, django_assert_num_queries,
                                              count):
    from tadamon.market.domain.orders import BuyerDetails, place_order, verify_email
    from tadamon.market.tests.factories import ProductFactory

    oil = ProductFactory(organization=cooperative, stock=Decimal("10"))
    for number in range(count):
        verify_email(place_order(cooperative, kind="order", lines=[(oil, Decimal("1"))], language="fr",
                                 buyer=BuyerDetails(name=f"Claire {number}", email=f"claire{number}@example.org")))
    # user, page (the total is kept a minute: counted by the first request)
    response = assert_same_queries(client_for(manager_user), "/fr/manage/orders/", 2, django_assert_num_queries)
    assert len(response.context["page_obj"]) == count


@pytest.mark.parametrize("count", COUNTS)
def test_order_list_of_programme_staff_query_count_does_not_grow(staff_user, client_for, django_assert_num_queries,
                                                                 count):
    """Staff follow the orders of the organisations their programmes enrol (on PostgreSQL their ids
    first, as one array), then the count and the page, each amount a subquery for the page's rows
    (no GROUP BY over every order)."""
    from tadamon.market.domain.orders import BuyerDetails, place_order, verify_email
    from tadamon.market.tests.factories import ProductFactory
    from tadamon.programmes.tests.factories import EnrolmentFactory, ProgrammeFactory

    programme = ProgrammeFactory(staff=[staff_user])
    for number in range(count):
        organization = OrganizationFactory()
        EnrolmentFactory(programme=programme, organization=organization)
        oil = ProductFactory(organization=organization, stock=Decimal("10"), price_mad=Decimal("42.50"))
        verify_email(place_order(organization, kind="order", lines=[(oil, Decimal("2")), (oil, Decimal("1"))],
                                 language="fr",
                                 buyer=BuyerDetails(name=f"Claire {number}", email=f"claire{number}@example.org")))
    elsewhere = OrganizationFactory()  # not enrolled: its orders are not listed
    verify_email(place_order(elsewhere, kind="order", language="fr",
                             lines=[(ProductFactory(organization=elsewhere, stock=Decimal("10")), Decimal("1"))],
                             buyer=BuyerDetails(name="Omar", email="omar@example.org")))
    from django.db import connection

    # user, (on PostgreSQL) the enrolled organisations' ids, page (the total kept from the first request)
    queries = 3 if connection.vendor == "postgresql" else 2
    response = assert_same_queries(client_for(staff_user), "/fr/manage/orders/", queries, django_assert_num_queries)
    assert [order.total_amount for order in response.context["page_obj"]] == [Decimal("127.50")] * count


@pytest.mark.parametrize("count", COUNTS)
def test_product_list_query_count_does_not_grow(manager_user, cooperative, client_for, django_assert_num_queries,
                                                count):
    from tadamon.market.models import Certification
    from tadamon.market.tests.factories import ProductFactory

    soon = timezone.localdate() + datetime.timedelta(days=10)
    for number in range(count):
        product = ProductFactory(organization=cooperative)
        Certification.objects.create(organization=cooperative, product=product, kind="organic", issuer="Ecocert",
                                     number=f"B.{number}", issued_on=datetime.date(2020, 1, 1), expires_on=soon)
    # user, count, orders waiting, organisations kept, certifications to renew, page
    response = assert_same_queries(client_for(manager_user), "/fr/manage/products/", 6, django_assert_num_queries)
    assert (len(response.context["page_obj"]), len(response.context["attention"])) == (count, count)


@pytest.mark.parametrize("count", COUNTS)
def test_certification_list_query_count_does_not_grow(manager_user, cooperative, client_for,
                                                      django_assert_num_queries, count):
    from tadamon.market.models import Certification
    from tadamon.market.tests.factories import ProductFactory

    for number in range(count):
        Certification.objects.create(organization=cooperative, product=ProductFactory(organization=cooperative),
                                     kind="organic", issuer="Ecocert", number=f"B.{number}",
                                     issued_on=datetime.date(2020, 1, 1))
    url = f"/fr/manage/organizations/{cooperative.pk}/certifications/"
    # user, organisation, organisations kept, certifications, products of the form
    response = assert_same_queries(client_for(manager_user), url, 5, django_assert_num_queries)
    assert len(response.context["certifications"]) == count


@pytest.mark.parametrize("count", COUNTS)
def test_programme_list_query_count_does_not_grow(staff_user, client_for, django_assert_num_queries, count):
    from tadamon.programmes.tests.factories import EnrolmentFactory, ProgrammeFactory

    for _ in range(count):
        EnrolmentFactory(programme=ProgrammeFactory(staff=[staff_user]))
    # user, programmes with figures, then their prefetches (sponsors, partners, provinces, phases, staff)
    response = assert_same_queries(client_for(staff_user), "/fr/manage/programmes/", 7, django_assert_num_queries)
    assert len(response.context["programmes"]) == count


@pytest.mark.parametrize("count", COUNTS)
def test_certificate_list_query_count_does_not_grow(staff_user, client_for, django_assert_num_queries, count):
    from tadamon.programmes.domain.certificates import issue
    from tadamon.programmes.tests.factories import EnrolmentFactory, ProgrammeFactory, make_session, trained
    from tadamon.registry.tests.factories import MembershipFactory

    programme = ProgrammeFactory(staff=[staff_user])
    enrolment = EnrolmentFactory(programme=programme)
    session = make_session(programme)
    for _ in range(count):
        membership = MembershipFactory(organization=enrolment.organization)
        trained(session, membership)
        issue(programme, membership.person, module=session.module)
    # user, programme, staff, count, phases of the form, batches, page
    response = assert_same_queries(client_for(staff_user), f"/fr/manage/programmes/{programme.pk}/certificates/", 7,
                                   django_assert_num_queries)
    assert len(response.context["page_obj"]) == count


@pytest.mark.parametrize("count", COUNTS)
def test_compliance_lists_query_count_does_not_grow(client_for, django_assert_num_queries, count):
    from tadamon.funding.domain import compliance as domain

    odco = OrganizationFactory(kind="public_body", acronym="ODCO")
    officer = UserFactory(username="odco", role="officer", organization=odco)
    for _ in range(count):
        OrganizationFactory()  # to inspect, has not filed
        domain.plan_inspection(OrganizationFactory(), authority=odco, planned_on=timezone.localdate())
    # user, three counts (cooperatives, missing, plan), the lists and the filter's provinces
    response = assert_same_queries(client_for(officer), "/fr/manage/compliance/", 9, django_assert_num_queries)
    assert (len(response.context["plan"]), len(response.context["planned"])) == (count, count)


@pytest.mark.parametrize("count", COUNTS)
def test_event_applications_query_count_does_not_grow(staff_user, client_for, django_assert_num_queries, count):
    from tadamon.events.domain.exhibitors import apply
    from tadamon.events.tests.factories import EventFactory
    from tadamon.registry.tests.factories import MembershipFactory

    closes = timezone.localdate() + datetime.timedelta(days=30)
    fair = EventFactory(kind="national_fair", staff=[staff_user], applications_close_on=closes)
    for _ in range(count):
        membership = MembershipFactory()
        apply(fair, membership.organization, products="Huile d'argan", travellers=[(membership, True, True)],
              today=closes)
    # user, event, staff, counts by status, applications
    response = assert_same_queries(client_for(staff_user), f"/fr/manage/events/{fair.pk}/applications/", 5,
                                   django_assert_num_queries)
    assert len(response.context["applications"]) == count


@pytest.mark.parametrize("count", COUNTS)
def test_organisation_members_query_count_does_not_grow(staff_user, client_for, django_assert_num_queries, count):
    from tadamon.registry.tests.factories import MembershipFactory

    organization = OrganizationFactory()
    MembershipFactory.create_batch(count, organization=organization)
    # user, organisation, members, history, support given and received
    response = assert_same_queries(client_for(staff_user), f"/fr/manage/organizations/{organization.pk}/", 6,
                                   django_assert_num_queries)
    assert len(response.context["members"]) == count


@pytest.mark.parametrize("count", COUNTS)
def test_event_participants_query_count_does_not_grow(staff_user, client_for, django_assert_num_queries, count):
    from tadamon.events.domain.events import register, register_member
    from tadamon.events.tests.factories import EventFactory
    from tadamon.registry.tests.factories import MembershipFactory

    event = EventFactory(staff=[staff_user])
    for number in range(count):
        register(event, full_name=f"Itto {number}", gender="F")
        register_member(event, MembershipFactory())
    # user, event, staff, two counts, page, the form's provinces, figures
    response = assert_same_queries(client_for(staff_user), f"/fr/manage/events/{event.pk}/", 8,
                                   django_assert_num_queries)
    assert len(response.context["page_obj"]) == 2 * count


@pytest.mark.parametrize("count", COUNTS)
def test_session_register_query_count_does_not_grow(staff_user, client_for, django_assert_num_queries, count):
    from tadamon.programmes.tests.factories import EnrolmentFactory, ProgrammeFactory, make_session, trained
    from tadamon.registry.tests.factories import MembershipFactory

    programme = ProgrammeFactory(staff=[staff_user])
    session = make_session(programme)
    for _ in range(count):
        enrolment = EnrolmentFactory(programme=programme, organization__province=session.province)
        trained(session, MembershipFactory(organization=enrolment.organization))
    # user, programme, staff, session, counts, trainers, register, organisations to pick
    response = assert_same_queries(client_for(staff_user), f"/fr/manage/programmes/{programme.pk}/sessions/"
                                   f"{session.pk}/", 10, django_assert_num_queries)
    assert (len(response.context["registrations"]), len(response.context["pickable"])) == (count, count)


@pytest.mark.parametrize("count", COUNTS)
def test_call_ranking_query_count_does_not_grow(client_for, django_assert_num_queries, count):
    from tadamon.funding.domain import calls as domain
    from tadamon.funding.tests.factories import make_call

    ministry = OrganizationFactory(kind="public_body")
    runner = UserFactory(username="runner", role="staff", organization=ministry)
    call = make_call(ministry)
    call.evaluators.set([UserFactory(username="evaluator", role="officer", organization=OrganizationFactory(
        kind="public_body"))])
    for number in range(count):
        organization = OrganizationFactory()
        manager = UserFactory(role="manager", organization=organization)
        application = domain.save_draft(call=call, organization=organization, title=f"Projet {number}",
                                        summary="Séchoir.", lines=[("Séchoir", Decimal("1000"))], by=manager)
        domain.submit(application, by=manager)
    domain.assign_panel(call)
    # user, call + provinces + criteria, ranking: applications, reviews, scores, budget lines; evaluators
    response = assert_same_queries(client_for(runner), f"/fr/manage/calls/{call.pk}/", 10, django_assert_num_queries)
    assert len(response.context["ranking"]) == count


@pytest.mark.parametrize("count", COUNTS)
def test_agreement_page_query_count_does_not_grow(client_for, django_assert_num_queries, count):
    from tadamon.partnerships.domain.commitments import record_support
    from tadamon.partnerships.tests.factories import AgreementFactory, CommitmentFactory, PartyFactory

    sponsor = OrganizationFactory(kind="company")
    agreement = AgreementFactory()
    PartyFactory(agreement=agreement, organization=sponsor, role="sponsor")
    for _ in range(count):
        beneficiary = PartyFactory(agreement=agreement).organization
        commitment = CommitmentFactory(agreement=agreement, debtor=sponsor, beneficiary=beneficiary,
                                       amount_mad=Decimal("1000"))
        record_support(recipient=beneficiary, provider=sponsor, kind="equipment", value_mad=Decimal("500"),
                       description="x", delivered_on=datetime.date(2026, 3, 1), commitment=commitment)
    staff = UserFactory(username="sponsor-staff", role="staff", organization=sponsor)
    # user, agreement, parties, commitments, support, amendments, history, organisations and provinces of the forms
    response = assert_same_queries(client_for(staff), f"/fr/manage/agreements/{agreement.pk}/", 15,
                                   django_assert_num_queries)
    assert (len(response.context["commitments"]), len(response.context["parties"])) == (count, count + 1)


@pytest.mark.parametrize("count", COUNTS)
def test_event_stands_query_count_does_not_grow(staff_user, client_for, django_assert_num_queries, count):
    from tadamon.events.domain.exhibitors import add_stand, allocate_stand, apply, decide
    from tadamon.events.tests.factories import EventFactory

    closes = timezone.localdate() + datetime.timedelta(days=30)
    fair = EventFactory(kind="national_fair", staff=[staff_user], applications_close_on=closes)
    for number in range(count):
        application = apply(fair, OrganizationFactory(), products="Huile d'argan", today=closes)
        application = decide(application, status="selected", reason="Bon dossier", expected_version=application.version,
                             user=staff_user)
        allocate_stand(add_stand(fair, number=f"A{number}", zone="A", size_m2=Decimal("9")), application)
        apply(fair, OrganizationFactory(), products="Dattes", today=closes)
    # user, event, staff, stands, selected exhibitors waiting
    response = assert_same_queries(client_for(staff_user), f"/fr/manage/events/{fair.pk}/stands/", 5,
                                   django_assert_num_queries)
    assert len(response.context["stands"]) == count


@pytest.mark.parametrize("count", COUNTS)
def test_event_sales_query_count_does_not_grow(staff_user, client_for, django_assert_num_queries, count):
    from tadamon.events.domain.exhibitors import apply, decide
    from tadamon.events.domain.report import declare_sales
    from tadamon.events.tests.factories import EventFactory

    closes = timezone.localdate() + datetime.timedelta(days=30)
    began = timezone.now() - datetime.timedelta(hours=1)  # sales are declared once the fair has begun
    fair = EventFactory(kind="national_fair", staff=[staff_user], applications_close_on=closes, starts_at=began)
    for number in range(count):
        application = apply(fair, OrganizationFactory(), products="Huile d'argan", today=closes)
        application = decide(application, status="selected", reason="Bon dossier", expected_version=application.version,
                             user=staff_user)
        declare_sales(application, sales_mad=Decimal(1000 + number), contacts=3, user=staff_user)
    # user, event, staff, declarations
    response = assert_same_queries(client_for(staff_user), f"/fr/manage/events/{fair.pk}/sales/", 4,
                                   django_assert_num_queries)
    assert len(response.context["declarations"]) == count


@pytest.mark.parametrize("count", COUNTS)
def test_event_logistics_query_count_does_not_grow(staff_user, client_for, django_assert_num_queries, count):
    from tadamon.events.domain.events import register
    from tadamon.events.domain.logistics import add_budget_line, add_lodging, add_trip, book_rooms, book_seats
    from tadamon.events.tests.factories import EventFactory
    from tadamon.registry.models import Province

    fair = EventFactory(kind="national_fair", staff=[staff_user])
    for number in range(count):
        person = register(fair, full_name=f"Itto {number}", gender="F")
        book_seats(add_trip(fair, label=f"Bus {number}", origin=Province.objects.get(code="MA-TIN"), seats=2,
                            cost=Decimal("4000")), [person])
        book_rooms(add_lodging(fair, hotel=f"Hôtel {number}", nights=3, rooms=1, places=2, cost=Decimal("2400")),
                   [person])
        add_budget_line(fair, category="transport", label=f"Ligne {number}", planned=Decimal("1000"),
                        paid_by=OrganizationFactory())
    # user, event, staff, budget sums, participant count, lines, trips, lodgings, form choices
    response = assert_same_queries(client_for(staff_user), f"/fr/manage/events/{fair.pk}/logistics/", 18,
                                   django_assert_num_queries)
    assert (len(response.context["trips"]), len(response.context["lodgings"]),
            len(response.context["lines"])) == (count, count, count)


@pytest.mark.parametrize("count", COUNTS)
def test_declarations_query_count_does_not_grow(manager_user, cooperative, client_for, django_assert_num_queries,
                                                count):
    from tadamon.funding.domain import compliance as domain

    last = domain.last_closed_year()
    for year in range(last - count + 1, last + 1):
        domain.file_declaration(cooperative, year=year, by=manager_user, members_women=1, members_men=1,
                                capital_subscribed_mad=0, capital_paid_mad=0, turnover_mad=0,
                                general_assembly_held=False, accounts_filed=False)
    # user, organisation, the year's declaration, declarations filed
    response = assert_same_queries(client_for(manager_user), "/fr/manage/declarations/", 4,
                                   django_assert_num_queries)
    assert len(response.context["filed"]) == count


@pytest.mark.parametrize("count", COUNTS)
def test_grant_tranches_and_reports_query_count_does_not_grow(admin_user, manager_user, client_for,
                                                              django_assert_num_queries, count):
    from tadamon.funding.domain import calls as domain
    from tadamon.funding.models import Grant, GrantReport
    from tadamon.funding.tests.factories import make_call

    ministry = OrganizationFactory(kind="public_body")
    runner = UserFactory(username="runner", role="staff", organization=ministry)
    application = domain.save_draft(call=make_call(ministry), organization=manager_user.organization,
                                    title="Séchoir", summary="Séchoir.", lines=[("Séchoir", Decimal("90000"))],
                                    by=manager_user)
    domain.submit(application, by=manager_user)
    domain.decide(application, by=admin_user, outcome="funded", amount=Decimal("80000"))
    grant = Grant.objects.get(application=application)
    for number in range(count):
        domain.add_tranche(grant, amount=Decimal("10000"), condition=f"Étape {number}",
                           due_on=datetime.date(2030, 1, 1 + number))
        GrantReport.objects.create(grant=grant, title=f"Rapport {number}", file="grant-reports/r.pdf",
                                   submitted_by=manager_user)
    # user, grant, figures, tranches, reports
    response = assert_same_queries(client_for(runner), f"/fr/manage/grants/{grant.pk}/", 5,
                                   django_assert_num_queries)
    assert (len(response.context["tranches"]), len(response.context["reports"])) == (count, count)


@pytest.mark.parametrize("count", COUNTS)
def test_check_in_search_query_count_does_not_grow(staff_user, client_for, django_assert_num_queries, count):
    from tadamon.events.domain.events import register
    from tadamon.events.tests.factories import EventFactory

    event = EventFactory(staff=[staff_user])
    for number in range(count):
        register(event, full_name=f"Itto Ouhammou {number}", gender="F", organization_name="Coopérative Dadès")
    # user, event, staff, found, figures
    response = assert_same_queries(client_for(staff_user), f"/fr/manage/events/{event.pk}/check-in/?q=Itto", 6,
                                   django_assert_num_queries)
    assert len(response.context["found"]) == count


@pytest.mark.parametrize("count", COUNTS)
def test_enrol_search_query_count_does_not_grow(staff_user, client_for, django_assert_num_queries, count):
    from tadamon.programmes.tests.factories import ProgrammeFactory

    programme = ProgrammeFactory(staff=[staff_user])
    for number in range(count):
        OrganizationFactory(name_latin=f"Coopérative Tifawin {number}")
    # user, programme, staff, candidates
    response = assert_same_queries(client_for(staff_user), f"/fr/manage/programmes/{programme.pk}/enrol/search/"
                                   "?q=Tifawin", 4, django_assert_num_queries)
    assert len(response.context["candidates"]) == count


@pytest.mark.parametrize("count", COUNTS)
def test_organization_options_query_count_does_not_grow(admin_user, client_for, django_assert_num_queries, count):
    for number in range(count):
        OrganizationFactory(name_latin=f"Coopérative Tifawin {number}")
    # user, organisations
    response = assert_same_queries(client_for(admin_user), "/fr/manage/organization-options/?q=Tifawin", 2,
                                   django_assert_num_queries)
    assert len(response.context["organizations"]) == count


@pytest.mark.parametrize("count", COUNTS)
def test_commune_options_query_count_does_not_grow(staff_user, client_for, django_assert_num_queries, count):
    from tadamon.registry.domain.territories import import_communes
    from tadamon.registry.models import Province

    import_communes("province_code,name_fr,name_ar\n" + "".join(f"MA-TIN,Imider {n},إميضر {n}\n" for n in range(count)))
    url = f"/fr/manage/communes/?province={Province.objects.get(code='MA-TIN').pk}"
    # user, communes
    response = assert_same_queries(client_for(staff_user), url, 2, django_assert_num_queries)
    assert len(response.context["communes"]) == count


@pytest.mark.parametrize("count", COUNTS)
def test_support_request_history_query_count_does_not_grow(manager_user, client_for, django_assert_num_queries,
                                                           count):
    from tadamon.funding.domain.support_requests import comment, open_request
    from tadamon.funding.models import RoutingRule

    RoutingRule.objects.create(category="sanitary", institution=OrganizationFactory(kind="public_body"))
    request = open_request(organization=manager_user.organization, category="sanitary", title="Autorisation",
                           description="En attente.", by=manager_user)
    for number in range(count - 1):
        comment(request, by=manager_user, message=f"Relance {number}")
    # user, request, history, its voice notes and photos
    response = assert_same_queries(client_for(manager_user), f"/fr/manage/support-requests/{request.pk}/", 4,
                                   django_assert_num_queries)
    assert len(response.context["events"]) == count  # opened, then the comments


@pytest.mark.parametrize("count", COUNTS)
def test_order_lines_query_count_does_not_grow(manager_user, cooperative, client_for, django_assert_num_queries,
                                               count):
    from tadamon.market.domain.orders import BuyerDetails, place_order, verify_email
    from tadamon.market.tests.factories import ProductFactory

    products = [ProductFactory(organization=cooperative, stock=Decimal("10")) for _ in range(count)]
    order = place_order(cooperative, kind="order", lines=[(product, Decimal("1")) for product in products],
                        buyer=BuyerDetails(name="Claire", email="claire@example.org"), language="fr")
    verify_email(order)
    # user, order, organisation, lines, updates, their voice notes and photos
    response = assert_same_queries(client_for(manager_user), f"/fr/manage/orders/{order.pk}/", 7,
                                   django_assert_num_queries)
    assert len(response.context["lines"]) == count


@pytest.mark.parametrize("count", COUNTS)
def test_name_check_query_count_does_not_grow(client_for, django_assert_num_queries, count):
    from tadamon.funding.tests.factories import NameRequestFactory

    office = OrganizationFactory(kind="public_body")
    officer = UserFactory(username="odco", role="officer", organization=office)
    for number in range(count):
        OrganizationFactory(name_latin=f"Coopérative Tifawin {number}", name_ar=f"تعاونية تيفاوين {number}")
        NameRequestFactory(authority=office, name_latin=f"Coopérative Tifawin Nour {number}",
                           name_ar=f"تعاونية تيفاوين نور {number}")
    # user, the signatures of the name indexes (organisations, provinces, communes), the requests; the index
    # of registered names is kept between requests
    response = assert_same_queries(client_for(officer), "/fr/manage/names/check/?name=Coopérative Tifawin", 5,
                                   django_assert_num_queries)
    assert len(response.context["check"]["matches"]) == 2 * count
