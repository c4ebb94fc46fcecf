"""Every URL and API endpoint, walked with every role, on the demo data: nobody gets a server
error; whoever may not see a page is refused (a redirect to sign in, 403 or 404, never the page).

The rules, from DESIGN.md and the issues: anonymous visitors reach only public pages and the
public API; a cooperative's manager reaches their own cooperative's records, never another's; a
buyer has no back office; the admin site is for administrators. A route added without a line in
KWARGS makes this test fail, so nobody adds a page without saying who may see it."""

import pytest
from django.core.management import call_command
from django.urls import URLPattern, URLResolver, get_resolver, reverse

pytestmark = pytest.mark.django_db

ROLES = ["anonymous", "buyer", "member", "manager", "other_manager", "staff", "ngo", "officer", "admin"]
EVERYONE_BUT = {role: set(ROLES) - {role} for role in ROLES}
SIGNED_IN = set(ROLES) - {"anonymous"}
NO_BACK_OFFICE = {"anonymous", "buyer", "member"}
# Back-office routes a member with an account reaches: where signing in leads, and her own space.
MEMBER_SPACE = {"backoffice:home", "backoffice:my_space"}


def routes():
    """(name, pattern) of every named route, admin's apart."""

    def walk(patterns, namespace=""):
        for pattern in patterns:
            if isinstance(pattern, URLResolver):
                if pattern.namespace == "admin":
                    continue
                yield from walk(pattern.url_patterns, namespace + (f"{pattern.namespace}:" if pattern.namespace else ""))
            elif isinstance(pattern, URLPattern) and pattern.name:
                yield namespace + pattern.name

    return sorted(set(walk(get_resolver().url_patterns)))


def demo_objects():
    """The records the URLs point at: the Dadès women's cooperative's (the demo manager's) where
    the route is about one cooperative, so that another manager must be refused them."""
    from tadamon.accounts.models import OrganizationClaim
    from tadamon.events.models import AgendaItem, Event, ExhibitorApplication, Lodging, Recommendation, Trip
    from tadamon.funding.models import (
        Application,
        ApplicationDocument,
        AwardEdition,
        Call,
        Grant,
        GrantReport,
        Inspection,
        NameRequest,
        Review,
        SupportRequest,
        SupportRequestAttachment,
    )
    from tadamon.market.models import Order, OrderAttachment, Product
    from tadamon.notifications.models import BulkSend
    from tadamon.partnerships.models import Agreement, Commitment, Support
    from tadamon.programmes.models import Certificate, CertificateBatch, Enrolment, PlanAction, Registration
    from tadamon.registry.models import MemberImport, Organization, OrganizationImport

    dades = Organization.objects.get(name_latin="Coopérative des Femmes de Dadès")
    registration = Registration.objects.select_related("session").order_by("pk").first()
    enrolment = Enrolment.objects.filter(organization=dades).first() or Enrolment.objects.order_by("pk").first()
    event = Event.objects.filter(trips__isnull=False).order_by("pk").first()
    application = Application.objects.exclude(documents=None).order_by("pk").first()
    grant = Grant.objects.exclude(reports=None).order_by("pk").first()
    return {
        "dades": dades, "membership": dades.memberships.order_by("pk").first(), "registration": registration,
        "enrolment": enrolment, "plan_action": PlanAction.objects.filter(enrolment=enrolment).first(),
        "certificate": Certificate.objects.order_by("pk").first(), "batch": CertificateBatch.objects.first(),
        "event": event, "participant": event.participants.order_by("pk").first(),
        "exhibitor": ExhibitorApplication.objects.order_by("pk").first(),
        "support": Support.objects.order_by("pk").first(),
        "trip": Trip.objects.filter(event=event).first(), "lodging": Lodging.objects.filter(event=event).first(),
        "name_request": NameRequest.objects.order_by("pk").first(), "call": Call.objects.order_by("pk").first(),
        "application": application, "document": ApplicationDocument.objects.filter(application=application).first(),
        "review": Review.objects.order_by("pk").first(), "grant": grant,
        "grant_report": GrantReport.objects.filter(grant=grant).first(),
        "inspection": Inspection.objects.order_by("pk").first(),
        "support_request": SupportRequest.objects.order_by("pk").first(),
        "support_attachment": SupportRequestAttachment.objects.order_by("pk").first(),
        "order_attachment": OrderAttachment.objects.order_by("pk").first(),
        "agreement": Agreement.objects.order_by("pk").first(), "commitment": Commitment.objects.order_by("pk").first(),
        "order": Order.objects.filter(organization=dades).order_by("pk").first(),
        "product": Product.objects.filter(organization=dades).order_by("pk").first(),
        "import": OrganizationImport.objects.order_by("pk").first(),
        "claim": OrganizationClaim.objects.order_by("pk").first(),
        "member_import": MemberImport.objects.filter(organization=dades).order_by("pk").first(),
        "bulk": BulkSend.objects.order_by("pk").first(),
        "recommendation": Recommendation.objects.order_by("pk").first(),  # the Cooper UP closing meeting's
        "agenda_item": AgendaItem.objects.order_by("pk").first(),
        "award_edition": AwardEdition.objects.select_related("award").order_by("pk").first(),
        **academy_objects(),
    }


def academy_objects() -> dict:
    """The demo member's completed course (she holds its certificate), its recorded lesson."""
    from tadamon.academy.models import Learner

    learner = Learner.objects.filter(user__username="member", certificate__isnull=False).select_related(
        "course").first()
    lesson = learner.course.lessons.filter(kind="audio").first()
    return {"learner": learner, "course": learner.course, "lesson": lesson, "lesson_media": lesson.media.first(),
            "course_quiz": learner.course.quizzes.first()}


def complete_the_demo(staff) -> None:
    """The few kinds of record the demo does not make, so that every route has one to point at:
    a certificate batch, an application's document, a grant report, an import."""
    from django.core.files.base import ContentFile

    from tadamon.funding.models import Application, ApplicationDocument, Grant, GrantReport
    from tadamon.programmes.models import Certificate, CertificateBatch
    from tadamon.registry.models import MemberImport, Organization, OrganizationImport

    certificate = Certificate.objects.order_by("pk").first()
    CertificateBatch.objects.create(programme_id=certificate.programme_id, phase=certificate.programme.phases.first(),
                                    status="done", created_by=staff,
                                    file=ContentFile(b"%PDF-1.4 batch", name="batch.pdf"))
    ApplicationDocument.objects.create(application=Application.objects.order_by("pk").first(), name="Budget",
                                       file=ContentFile(b"budget", name="budget.pdf"))
    GrantReport.objects.create(grant=Grant.objects.order_by("pk").first(), title="Rapport", submitted_by=staff,
                               file=ContentFile(b"report", name="report.pdf"))
    MemberImport.objects.create(file=ContentFile(b"gender\n", name="members.csv"), original_name="members.csv",
                                created_by=staff, organization=Organization.objects.get(
                                    name_latin="Coopérative des Femmes de Dadès"))
    OrganizationImport.objects.create(file=ContentFile(b"kind\n", name="import.csv"), original_name="import.csv",
                                      created_by=staff)
    from tadamon.common.tests.audio_samples import ogg_opus
    from tadamon.funding.models import SupportRequest, SupportRequestAttachment
    from tadamon.market.models import Order, OrderAttachment

    SupportRequestAttachment.objects.create(  # a voice note on the first request (Dadès's) and on Dadès's order
        event=SupportRequest.objects.order_by("pk").first().events.first(), kind="voice", content_type="audio/ogg",
        size=len(ogg_opus(1)), seconds=1, file=ContentFile(ogg_opus(1), name="voice.ogg"))
    OrderAttachment.objects.create(
        update=Order.objects.filter(organization__name_latin="Coopérative des Femmes de Dadès").order_by("pk")
        .first().updates.first(), kind="voice", content_type="audio/ogg", size=len(ogg_opus(1)), seconds=1,
        file=ContentFile(ogg_opus(1), name="voice.ogg"))
    from tadamon.notifications.models import BulkSend

    BulkSend.objects.create(created_by=staff, programme_id=certificate.programme_id, text_fr="Réunion lundi")


def kwargs_for(name: str, o: dict) -> dict | None:
    """The URL's arguments from the demo records; None for a route with no record to point at."""
    from tadamon.notifications.optouts import make_token

    programme = {"pk": o["enrolment"].programme_id}
    session = {"pk": o["registration"].session.programme_id, "session_pk": o["registration"].session_id}
    enrolment = {**programme, "enrolment_pk": o["enrolment"].pk}
    event = {"pk": o["event"].pk}
    table = {
        "certificate_short": {"code": o["certificate"].code}, "ticket_short": {"token": o["participant"].token},
        "product_short": {"pk": o["product"].pk},
        "accounts:password_reset_confirm": {"uidb64": "MQ", "token": "set-password"},
        "backoffice:export": {"what": "organizations", "file_format": "csv"},
        "backoffice:organization": {"pk": o["dades"].pk}, "backoffice:organization_dashboard": {"pk": o["dades"].pk},
        "backoffice:manager_home": {"pk": o["dades"].pk},
        "backoffice:claim": {"pk": o["claim"].pk}, "backoffice:claim_decide": {"pk": o["claim"].pk},
        **{f"backoffice:{n}": {"pk": o["dades"].pk} for n in ("team", "team_invite")},
        "backoffice:team_withdraw": {"pk": o["dades"].pk, "invitation_pk": 1},
        "backoffice:team_remove": {"pk": o["dades"].pk, "user_pk": 1},
        "public:invitation": {"token": "not-a-token"}, "public:join_claim": {"pk": o["dades"].pk},
        "backoffice:organization_edit": {"pk": o["dades"].pk}, "backoffice:member_add": {"pk": o["dades"].pk},
        "backoffice:member_edit": {"pk": o["dades"].pk, "membership_pk": o["membership"].pk},
        "backoffice:member_end": {"pk": o["dades"].pk, "membership_pk": o["membership"].pk},
        "backoffice:member_import_start": {"pk": o["dades"].pk},
        "backoffice:member_import_template": {"pk": o["dades"].pk},
        "backoffice:member_import_status": {"pk": o["dades"].pk, "import_pk": o["member_import"].pk},
        "backoffice:member_import_confirm": {"pk": o["dades"].pk, "import_pk": o["member_import"].pk},
        "backoffice:certifications": {"organization_pk": o["dades"].pk},
        "backoffice:programme": programme, "backoffice:programme_edit": programme, "backoffice:enrol_search": programme,
        "backoffice:enrol": programme, "backoffice:session_create": programme, "backoffice:certificates": programme,
        "backoffice:certificate_batch_start": programme,
        "backoffice:session": session, "backoffice:session_register": session,
        "backoffice:session_attendance": {**session, "registration_pk": o["registration"].pk},
        "backoffice:enrolment": enrolment, "backoffice:enrolment_status": enrolment,
        "backoffice:visit_create": enrolment, "backoffice:diagnosis_create": enrolment,
        "backoffice:field_session": session, "backoffice:field_check_in": event,
        "backoffice:field_visit": enrolment, "backoffice:field_diagnosis": enrolment,
        "accounts:field_device_revoke": {"pk": 1},
        "backoffice:plan_action_edit": {**enrolment, "action_pk": o["plan_action"].pk} if o["plan_action"] else None,
        "backoffice:certificate_batch": ({"pk": o["batch"].programme_id, "batch_pk": o["batch"].pk}
                                         if o["batch"] else None),
        "backoffice:certificate_batch_download": ({"pk": o["batch"].programme_id, "batch_pk": o["batch"].pk}
                                                  if o["batch"] else None),
        "backoffice:certificate_pdf": {"pk": o["certificate"].programme_id, "code": o["certificate"].code},
        "backoffice:certificate_revoke": {"pk": o["certificate"].programme_id, "code": o["certificate"].code},
        **{f"backoffice:{n}": event for n in ("event", "event_edit", "event_check_in", "event_apply",
                                              "event_applications", "event_stands", "event_logistics", "event_sales")},
        "backoffice:event_check_in_participant": {**event, "participant_pk": o["participant"].pk},
        "backoffice:event_check_in_token": {**event, "token": o["participant"].token},
        "backoffice:event_application": {"pk": o["exhibitor"].event_id, "application_pk": o["exhibitor"].pk},
        "backoffice:event_trip": {**event, "trip_pk": o["trip"].pk},
        "backoffice:event_lodging": {**event, "lodging_pk": o["lodging"].pk} if o["lodging"] else None,
        "backoffice:event_manifest": {**event, "kind": "trip", "booking_pk": o["trip"].pk},
        "backoffice:event_report": {**event, "file_format": "xlsx"},
        **{f"backoffice:{n}": {"pk": o["recommendation"].event_id} for n in (
            "event_meeting", "event_agenda_new", "event_minutes", "event_recommendation_new")},
        "backoffice:event_agenda_item": {"pk": o["agenda_item"].event_id, "item_pk": o["agenda_item"].pk},
        "backoffice:event_recommendation": {"pk": o["recommendation"].event_id,
                                            "recommendation_pk": o["recommendation"].pk},
        "backoffice:name_request": {"pk": o["name_request"].pk},
        "backoffice:call": {"pk": o["call"].pk}, "backoffice:call_edit": {"pk": o["call"].pk},
        "backoffice:call_award": {"pk": o["call"].pk},
        "public:award_edition": {"slug": o["award_edition"].award.slug, "year": o["award_edition"].year},
        "backoffice:application_edit": {"call_pk": o["call"].pk},
        "backoffice:application": {"pk": o["application"].pk},
        "backoffice:application_decide": {"pk": o["application"].pk},
        "backoffice:application_document": ({"pk": o["application"].pk, "document_pk": o["document"].pk}
                                            if o["document"] else None),
        "backoffice:review": {"pk": o["review"].pk}, "backoffice:grant": {"pk": o["grant"].pk},
        "backoffice:grant_report": ({"pk": o["grant"].pk, "report_pk": o["grant_report"].pk}
                                    if o["grant_report"] else None),
        "backoffice:inspection": {"pk": o["inspection"].pk},
        "backoffice:support_request": {"pk": o["support_request"].pk},
        "backoffice:support_request_attachment": {"pk": o["support_request"].pk,
                                                  "attachment_pk": o["support_attachment"].pk},
        "backoffice:order_attachment": {"pk": o["order"].pk, "attachment_pk": o["order_attachment"].pk},
        "public:order_attachment": {"token": o["order"].token, "attachment_pk": o["order_attachment"].pk},
        "backoffice:agreement": {"pk": o["agreement"].pk}, "backoffice:agreement_edit": {"pk": o["agreement"].pk},
        "backoffice:portfolio_report": {"file_format": "xlsx"},
        "backoffice:commitment_action": {"pk": o["commitment"].pk, "action": "support"},
        "backoffice:order": {"pk": o["order"].pk}, "backoffice:product": {"pk": o["product"].pk},
        "backoffice:product_photo_add": {"pk": o["product"].pk},
        "backoffice:import_status": {"pk": o["import"].pk} if o["import"] else None,
        "public:organization": {"pk": o["dades"].pk}, "public:product": {"pk": o["product"].pk},
        "public:product_qr": {"pk": o["product"].pk}, "public:order_create": {"pk": o["product"].pk},
        "public:order": {"token": o["order"].token},
        "public:buyer_activate": {"uidb64": "MQ", "token": "not-a-token"},
        "public:event": event, "public:event_ticket": {**event, "token": o["participant"].token},
        "public:dashboard_report": {"file_format": "xlsx"},
        "public:programme_dashboard": programme,
        "public:pivot_file": {"file_format": "csv"},
        "public:certificate": {"code": o["certificate"].code},
        "public:message_stop": {"token": make_token("+212612345678", "session_reminder")},
        "message_inbound": {"token": "not-the-token"},
        "backoffice:programme_message": programme, "backoffice:event_message": event,
        "backoffice:message_preferences": {"pk": o["dades"].pk},
        "backoffice:bulk_message": {"pk": o["bulk"].pk},
        **academy_kwargs(o),
    }
    if name.startswith("api:") and name.endswith(("-detail", "-move", "-check-in")):
        model = {"organization": o["dades"], "programme": o["enrolment"].programme, "session": o["registration"].session,
                 "registration": o["registration"], "event": o["event"], "participant": o["participant"],
                 "product": o["product"], "order": o["order"], "agreement": o["agreement"],
                 "commitment": o["commitment"], "support": o["support"], "course": o["course"]}[name[4:].split("-")[0]]
        return {"pk": model.pk} if model is not None else None
    return table.get(name, {})


def academy_kwargs(o: dict) -> dict:
    course = {"pk": o["course"].pk}
    lesson = {**course, "lesson_pk": o["lesson"].pk}
    return {
        **{f"public:{n}": course for n in ("academy_course", "academy_certificate")},
        **{f"public:{n}": lesson for n in ("academy_lesson", "academy_lesson_done", "academy_lesson_offline")},
        "public:academy_media": {**lesson, "media_pk": o["lesson_media"].pk},
        "public:academy_quiz": {**course, "quiz_pk": o["course_quiz"].pk},
        "backoffice:academy_learner": {"pk": o["learner"].pk},
        **{f"backoffice:{n}": course for n in ("academy_course", "academy_course_publish", "academy_course_progress",
                                               "academy_quiz", "academy_lesson_create")},
        **{f"backoffice:{n}": lesson for n in ("academy_lesson", "academy_lesson_quiz", "academy_media_add")},
        "backoffice:academy_media_delete": {**lesson, "media_pk": o["lesson_media"].pk},
        "api:course-progress": course,
    }


# Who must be refused, beyond the general rules below (anonymous and buyers have no back office).
REFUSED = {
    # One cooperative's records: its manager sees them, another cooperative's manager never does.
    "backoffice:organization": {"other_manager"}, "backoffice:organization_dashboard": {"other_manager"},
    "backoffice:manager_home": EVERYONE_BUT["manager"],
    "backoffice:my_space": EVERYONE_BUT["member"],  # a member's own trainings, certificates and fairs
    # Claims of cooperatives: those who decide them (officers, admins, programme staff).
    "backoffice:claims": {"manager", "other_manager"}, "backoffice:claim": {"manager", "other_manager"},
    "backoffice:claim_decide": set(ROLES),  # a POST
    "backoffice:call_award": set(ROLES),  # a POST: the award edition a call runs
    # A cooperative's team: its managers; officers and staff may invite its manager.
    "backoffice:team": {"other_manager"},
    "backoffice:team_invite": set(ROLES), "backoffice:team_withdraw": set(ROLES),
    "backoffice:team_remove": set(ROLES),  # POSTs  # her cooperative's home: its manager's alone
    "backoffice:organization_edit": {"other_manager", "officer"},
    "backoffice:member_add": {"other_manager", "officer"}, "backoffice:member_edit": {"other_manager", "officer"},
    "backoffice:member_end": {"other_manager", "officer"}, "backoffice:certifications": {"other_manager"},
    # Importing members: whoever may edit the organisation; an import's page for whoever sent the file
    # (the demo's was sent by staff), its confirmation a POST.
    "backoffice:member_import_start": {"other_manager", "officer"},
    "backoffice:member_import_template": {"other_manager", "officer"},
    "backoffice:member_import_status": {"manager", "other_manager", "ngo", "officer", "admin"},
    "backoffice:member_import_confirm": set(ROLES),
    "backoffice:product": {"other_manager"}, "backoffice:product_photo_add": {"other_manager"},
    "backoffice:order": {"other_manager"},
    # Voice notes and photos: those who read the request or the order (the buyer through its link).
    "backoffice:support_request_attachment": {"other_manager", "staff", "ngo"},
    "backoffice:order_attachment": {"other_manager", "officer"},
    # Running a programme is for its staff.
    "backoffice:programme_edit": {"manager", "other_manager", "officer"},
    "backoffice:enrol": {"manager", "other_manager", "officer"},
    "backoffice:session_create": {"manager", "other_manager", "officer"},
    "backoffice:certificate_batch_start": {"manager", "other_manager", "officer"},
    "backoffice:certificate_revoke": {"manager", "other_manager", "officer"},
    # Field work offline (docs/offline.md): the day's list and the replay for whoever takes attendance,
    # checks in or coaches; each task page for whoever may do it live; kept devices are one's own.
    "backoffice:field_home": {"manager", "other_manager"}, "backoffice:field_actions": {"manager", "other_manager"},
    "backoffice:field_session": {"manager", "other_manager", "officer"},
    "backoffice:field_visit": {"manager", "other_manager", "officer"},
    "backoffice:field_diagnosis": {"manager", "other_manager", "officer"},
    "backoffice:field_check_in": {"manager", "other_manager"},
    "accounts:field_devices": {"anonymous", "buyer", "member", "manager", "other_manager"},
    "accounts:field_device_keep": set(ROLES), "accounts:field_device_revoke": set(ROLES),  # POSTs
    # Messages to a programme's cohort or a fair's travellers: whoever runs it.
    "backoffice:programme_message": {"manager", "other_manager", "officer"},
    "backoffice:event_message": {"manager", "other_manager", "officer"},
    # A meeting's programme, minutes and recommendations: whoever runs it (staff and ngo run the closing meeting).
    **{f"backoffice:{n}": {"manager", "other_manager", "officer"} for n in (
        "event_meeting", "event_agenda_new", "event_agenda_item", "event_minutes", "event_recommendation_new",
        "event_recommendation")},
    "backoffice:bulk_message": {"manager", "other_manager", "officer"},
    # How an organisation and its members get messages: whoever may edit the organisation.
    "backoffice:message_preferences": {"other_manager", "officer"},
    # The platform's own tools.
    "backoffice:import_start": {"manager", "other_manager", "officer"},
    "backoffice:export": {"manager", "other_manager"},
    # Inspections are the supervising office's.
    "backoffice:inspection_plan": {"manager", "other_manager", "staff", "ngo"},
    "backoffice:inspection": {"manager", "other_manager", "staff", "ngo"},
    "backoffice:compliance": {"manager", "other_manager", "staff", "ngo"},
    # Signed-in pages outside the back office.
    "accounts:password_change": {"anonymous"},
    "accounts:message_preferences": {"anonymous"},  # one's own account
    "accounts:password_change_done": {"anonymous"},
    # The API's records that are not public.
    "api:registration-list": {"anonymous"}, "api:registration-detail": {"anonymous", "buyer", "other_manager"},
    "api:participant-list": {"anonymous"}, "api:participant-detail": {"anonymous", "buyer", "other_manager"},
    "api:order-list": {"anonymous"}, "api:order-detail": {"anonymous", "other_manager"},
    "api:agreement-list": {"anonymous"}, "api:commitment-list": {"anonymous"}, "api:support-list": {"anonymous"},
    # The academy: anyone reads the courses; members and managers learn; the member's certificate is hers;
    # the programme's staff and admins write; staff, officers and admins follow the learners (her
    # cooperative's manager follows her too).
    "public:academy_certificate": EVERYONE_BUT["member"],
    "public:academy_quiz": {"anonymous", "buyer", "staff", "ngo", "officer", "admin"},
    "public:academy_lesson_done": set(ROLES),  # a POST
    "api:course-progress": {"anonymous"},
    "backoffice:academy_courses": {"manager", "other_manager"},
    "backoffice:academy_progress": {"manager", "other_manager"},
    "backoffice:academy_course_progress": {"manager", "other_manager"},
    "backoffice:academy_learner": {"other_manager"},
    **{f"backoffice:{n}": {"manager", "other_manager", "officer"} for n in (
        "academy_course_create", "academy_course", "academy_quiz", "academy_lesson_create", "academy_lesson",
        "academy_lesson_quiz")},
    **{f"backoffice:{n}": set(ROLES) for n in ("academy_course_publish", "academy_media_add",
                                               "academy_media_delete")},  # POSTs
}


def refused(response, role: str) -> bool:
    if response.status_code in (401, 403, 404, 405):
        return True
    return response.status_code == 302 and "/accounts/login/" in response["Location"] or (
        response.status_code == 302 and role != "anonymous" and "/manage/" not in response["Location"])


@pytest.fixture(scope="module")
def demo_world(django_db_setup, django_db_blocker):
    """The demo data, the demo accounts and another cooperative's manager, loaded once for this
    module's tests (in a transaction rolled back at its end, so no other module sees them):
    ({role: user}, the records the URLs point at)."""
    from django.contrib.auth import get_user_model
    from django.db import transaction

    from tadamon.accounts.enums import Role
    from tadamon.registry.models import Organization

    with django_db_blocker.unblock(), transaction.atomic():
        call_command("load_demo")
        other = Organization.objects.filter(kind="cooperative").exclude(
            name_latin__contains="Dadès").order_by("pk").first()
        get_user_model().objects.create_user("other_manager", password="x" * 12, role=Role.MANAGER,
                                             organization=other)
        users = {role: get_user_model().objects.get(username=role) for role in ROLES if role != "anonymous"}
        complete_the_demo(users["staff"])
        yield users, demo_objects()
        transaction.set_rollback(True)


def sign_in_as(client, users: dict, role: str) -> None:
    client.logout()
    if role != "anonymous":
        client.force_login(users[role])


def test_every_url_with_every_role(demo_world, client):
    users, objects = demo_world
    problems, missing = [], []
    for name in routes():
        kwargs = kwargs_for(name, objects)
        if kwargs is None:
            missing.append(name)
            continue
        url = reverse(name, kwargs=kwargs)
        must_refuse = set(REFUSED.get(name, set())) | (NO_BACK_OFFICE if name.startswith("backoffice:") else set())
        if name in MEMBER_SPACE:
            must_refuse -= {"member"}
        for role in ROLES:
            sign_in_as(client, users, role)
            response = client.get(url)
            if response.status_code >= 500:
                problems.append(f"{role:14} {response.status_code} {url}")
            elif role in must_refuse and not refused(response, role):
                problems.append(f"{role:14} {response.status_code} {url} (must be refused)")
    admin_pages = ["/fr/admin/", "/fr/admin/accounts/auditevent/", "/fr/admin/registry/person/"]
    for role in ROLES:
        sign_in_as(client, users, role)
        for url in admin_pages:
            status = client.get(url).status_code
            if (role == "admin") != (status == 200):
                problems.append(f"{role:14} {status} {url} (the admin site is for administrators)")
    assert not missing, f"Routes with no record to point at: {missing}"
    assert not problems, "\n".join(problems)


# Values a hostile or careless caller puts in a query parameter: superscript digits that
# str.isdigit() accepts and int() refuses, a word, zero and a sign, a year no date has, a number
# beyond any integer column, a NUL byte (PostgreSQL refuses it in any text).
JUNK = ["²", "abc", "-1", "0", "9999", "1" * 30, "\x00"]


class ReadKeys:
    """Records the query parameters a view reads, by watching QueryDict's accessors; a view that
    reads them all (an autocomplete takes whichever it is sent) counts as reading "q"."""

    def __init__(self, monkeypatch):
        from django.http import QueryDict

        self.keys = set()
        for accessor in ("get", "getlist", "__getitem__", "__contains__"):
            original = getattr(QueryDict, accessor)

            def recording(query, key, *args, _original=original, **kwargs):
                self.keys.add(key)
                return _original(query, key, *args, **kwargs)

            monkeypatch.setattr(QueryDict, accessor, recording)
        for accessor in ("values", "items", "lists"):
            original = getattr(QueryDict, accessor)

            def reading_all(query, *args, _original=original, **kwargs):
                self.keys.add("q")
                return _original(query, *args, **kwargs)

            monkeypatch.setattr(QueryDict, accessor, reading_all)


def test_no_server_error_from_junk_query_parameters(demo_world, client, monkeypatch):
    """Every GET route as an administrator (who reaches every page), and the API anonymously as
    well (it answers differently): each query parameter the view reads, set to each junk value,
    answers without a server error."""
    from urllib.parse import urlencode

    users, objects = demo_world
    client.raise_request_exception = False  # a server error is a finding to list, not a crash
    read = ReadKeys(monkeypatch)
    problems, tried = [], 0
    for name in routes():
        kwargs = kwargs_for(name, objects)
        if kwargs is None or name in ("accounts:logout",):
            continue
        url = reverse(name, kwargs=kwargs)
        for role in ("admin", "anonymous") if name.startswith("api:") else ("admin",):
            sign_in_as(client, users, role)
            read.keys.clear()
            client.get(url)
            keys = {k for k in read.keys if isinstance(k, str)}
            for key in sorted(keys):
                for value in JUNK:
                    tried += 1
                    response = client.get(f"{url}?{urlencode({key: value})}")
                    if response.status_code >= 500:
                        problems.append(f"{role:10} {response.status_code} {url}?{key}={value!r}")
    assert tried > 500
    assert not problems, "\n".join(problems)
