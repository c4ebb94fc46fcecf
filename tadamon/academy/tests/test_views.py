"""The academy's pages and API: who may read, learn, write and follow progress; what each sees;
the catalogue and the API list cost the same few queries for one course or three."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tadamon.academy.domain import progress
from tadamon.academy.tests.factories import make_course, member_account, right_answers
from tadamon.programmes.tests.factories import ProgrammeFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def programme(staff_user):
    return ProgrammeFactory(staff=[staff_user])


@pytest.fixture
def course(programme):
    return make_course(programme)


@pytest.fixture
def member(cooperative):
    return member_account(cooperative)


def _queries(client, url) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_catalogue_costs_the_same_queries_for_one_course_or_three(client, programme):
    make_course(programme)
    one = _queries(client, "/fr/academy/")
    make_course(programme)
    make_course(programme)
    assert _queries(client, "/fr/academy/") == one
    response = client.get("/fr/academy/")
    assert response.content.decode().count('class="card course-card"') == 3


def test_api_course_list_costs_the_same_queries_for_one_course_or_three(client, programme):
    make_course(programme)
    one = _queries(client, "/api/v1/courses")
    make_course(programme)
    make_course(programme, published=False)  # drafts are not listed
    assert _queries(client, "/api/v1/courses") == one
    body = client.get("/api/v1/courses").json()
    assert body["count"] == 2
    assert body["results"][0]["lessons"] == 2 and body["results"][0]["title_fr"] == "Gérer sa coopérative"


def test_anyone_reads_a_published_course_and_its_recording_but_no_draft(client, course, programme):
    page = client.get(f"/fr/academy/{course.pk}/").content.decode()
    assert "Gérer sa coopérative" in page and f"/fr/academy/{course.pk}/lessons/" in page
    recorded = course.lessons.get(kind="audio")
    lesson_page = client.get(f"/fr/academy/{course.pk}/lessons/{recorded.pk}/").content.decode()
    french = recorded.media.get(language="fr")
    assert f'src="/fr/academy/{course.pk}/lessons/{recorded.pk}/media/{french.pk}"' in lesson_page
    assert "<audio controls" in lesson_page  # its size said before the download, as mobile data:
    assert "(moins de 1 Mo)" in lesson_page or "(less than 1 MB)" in lesson_page
    audio = client.get(f"/fr/academy/{course.pk}/lessons/{recorded.pk}/media/{french.pk}", HTTP_RANGE="bytes=0-99")
    assert audio.status_code == 206 and audio["Content-Type"] == "audio/wav" and len(audio.content) == 100
    download = client.get(f"/fr/academy/{course.pk}/lessons/{recorded.pk}/media/{french.pk}?download=1")
    assert download["Content-Disposition"].startswith("attachment")
    offline = client.get(f"/fr/academy/{course.pk}/lessons/{recorded.pk}/offline.html")
    assert offline["Content-Disposition"].startswith("attachment") and "Écoutez la leçon." in offline.content.decode()
    arabic = client.get(f"/ar/academy/{course.pk}/lessons/{recorded.pk}/offline.html").content.decode()
    assert '<html lang="ar" dir="rtl">' in arabic  # the page kept on the phone reads right to left
    draft = make_course(programme, published=False)
    assert client.get(f"/fr/academy/{draft.pk}/").status_code == 404
    assert client.get(f"/fr/academy/{draft.pk}/lessons/{draft.lessons.first().pk}/").status_code == 404


def test_authors_preview_their_draft(client_for, staff_user, programme, other_manager):
    draft = make_course(programme, published=False)
    assert client_for(staff_user).get(f"/fr/academy/{draft.pk}/").status_code == 200
    assert client_for(other_manager).get(f"/fr/academy/{draft.pk}/").status_code == 404


def test_a_member_learns_passes_the_quiz_and_downloads_her_certificate(client_for, member, course):
    client = client_for(member)
    for lesson in course.lessons.order_by("order"):
        assert client.post(f"/fr/academy/{course.pk}/lessons/{lesson.pk}/done/").status_code == 302
    quiz = course.quizzes.get()
    page = client.get(f"/fr/academy/{course.pk}/quizzes/{quiz.pk}/")
    assert page.status_code == 200
    incomplete = client.post(f"/fr/academy/{course.pk}/quizzes/{quiz.pk}/", {})
    assert incomplete.status_code == 400
    answers = {f"q{q}": c for q, c in right_answers(quiz).items()}
    result = client.post(f"/fr/academy/{course.pk}/quizzes/{quiz.pk}/", answers).content.decode()
    assert "3 right answers out of 3" in result or "3 bonnes réponses sur 3" in result
    learner = progress.learner_of(member, course)
    assert learner.completed_at is not None and learner.certificate is not None
    pdf = client.get(f"/fr/academy/{course.pk}/certificate.pdf")
    assert pdf.status_code == 200 and pdf["Content-Type"] == "application/pdf"
    verification = client_for(None).get(learner.certificate.get_verification_url()).content.decode()
    assert "Gérer sa coopérative" in verification


def test_who_may_not_learn_is_refused(client_for, course, buyer_user, staff_user, officer_user, admin_user):
    lesson = course.lessons.first()
    quiz = course.quizzes.get()
    anonymous = client_for(None).post(f"/fr/academy/{course.pk}/lessons/{lesson.pk}/done/")
    assert anonymous.status_code == 302 and "/accounts/login/" in anonymous["Location"]
    for user in (buyer_user, staff_user, officer_user, admin_user):
        client = client_for(user)
        assert client.post(f"/fr/academy/{course.pk}/lessons/{lesson.pk}/done/").status_code == 403, user
        assert client.get(f"/fr/academy/{course.pk}/quizzes/{quiz.pk}/").status_code == 403, user


def test_a_certificate_pdf_is_its_holders_alone(client_for, member, course, other_manager, cooperative):
    learner = progress.start(member, course)
    for lesson in course.lessons.all():
        progress.finish_lesson(learner, lesson)
    from tadamon.academy.domain import quizzes

    quiz = course.quizzes.get()
    quizzes.submit(quizzes.start_attempt(learner, quiz), right_answers(quiz))
    progress.complete_if_done(learner)
    other_member = member_account(cooperative, username="other-member")
    for user in (other_manager, other_member):
        assert client_for(user).get(f"/fr/academy/{course.pk}/certificate.pdf").status_code == 404


def test_backoffice_authoring_is_for_the_programmes_staff_and_admins(
        client_for, course, staff_user, admin_user, manager_user, officer_user, member):
    from tadamon.accounts.tests.factories import UserFactory

    other_staff = UserFactory(username="other-staff", role="staff")
    lesson = course.lessons.first()
    urls = [f"/fr/manage/academy/{course.pk}/", f"/fr/manage/academy/{course.pk}/lessons/new/",
            f"/fr/manage/academy/{course.pk}/lessons/{lesson.pk}/", f"/fr/manage/academy/{course.pk}/quiz/",
            f"/fr/manage/academy/{course.pk}/lessons/{lesson.pk}/quiz/"]
    for url in urls:
        assert client_for(staff_user).get(url).status_code == 200, url
        assert client_for(admin_user).get(url).status_code == 200, url
        for user in (other_staff, manager_user, officer_user, member):
            assert client_for(user).get(url).status_code == 403, (user, url)
    draft = make_course(course.programme, published=False)
    assert client_for(other_staff).get(f"/fr/manage/academy/{draft.pk}/").status_code == 404
    assert client_for(manager_user).get("/fr/manage/academy/new/").status_code == 403
    posted = client_for(other_staff).post(f"/fr/manage/academy/{course.pk}/publish/", {"action": "unpublish"})
    assert posted.status_code == 403


def test_staff_write_and_publish_a_course(client_for, staff_user, programme):
    client = client_for(staff_user)
    response = client.post("/fr/manage/academy/new/", {
        "programme": programme.pk, "title_fr": "Vendre en ligne", "title_ar": "البيع عبر الإنترنت",
        "hours": 2, "pass_mark": 60})
    assert response.status_code == 302
    from tadamon.academy.models import Course

    course = Course.objects.get(title_fr="Vendre en ligne")
    assert course.author == staff_user and not course.is_published
    refused = client.post(f"/fr/manage/academy/{course.pk}/publish/", {"action": "publish"}, follow=True)
    assert "Ajoutez au moins une leçon" in refused.content.decode() or "Add at least one lesson" in (
        refused.content.decode())
    client.post(f"/fr/manage/academy/{course.pk}/lessons/new/", {
        "lesson-kind": "text", "lesson-minutes": 5, "lesson-title_fr": "Photos", "lesson-body_fr": "Prenez la lumière."})
    client.post(f"/fr/manage/academy/{course.pk}/quiz/", {"text": "? Q | Q\n+ A | A\n- B | B"})
    client.post(f"/fr/manage/academy/{course.pk}/publish/", {"action": "publish"})
    course.refresh_from_db()
    assert course.is_published and course.lessons.count() == 1 and course.quizzes.count() == 1


def test_progress_pages_are_for_staff_officers_and_admins(client_for, course, member, staff_user, officer_user,
                                                         admin_user, manager_user, other_manager, buyer_user):
    learner = progress.start(member, course)
    pages = [f"/fr/manage/academy/progress/?programme={course.programme_id}",
             f"/fr/manage/academy/{course.pk}/progress/"]
    for user in (staff_user, officer_user, admin_user):
        for url in pages:
            assert client_for(user).get(url).status_code == 200, (user, url)
        assert client_for(user).get(f"/fr/manage/academy/learners/{learner.pk}/").status_code == 200
    for url in pages:
        assert client_for(manager_user).get(url).status_code == 403
    assert client_for(manager_user).get(f"/fr/manage/academy/learners/{learner.pk}/").status_code == 200  # hers
    assert client_for(other_manager).get(f"/fr/manage/academy/learners/{learner.pk}/").status_code == 404
    assert client_for(buyer_user).get(f"/fr/manage/academy/learners/{learner.pk}/").status_code == 403
    assert client_for(member).get(f"/fr/manage/academy/learners/{learner.pk}/").status_code == 403


def test_api_progress_is_the_learners_own_or_for_those_who_follow_her(client_for, course, member, staff_user,
                                                                      other_manager):
    progress.finish_lesson(progress.start(member, course), course.lessons.first())
    url = f"/api/v1/courses/{course.pk}/progress"
    assert client_for(None).get(url).status_code == 403
    own = client_for(member).get(url).json()
    assert len(own) == 1 and own[0]["lessons_done"] == [course.lessons.first().pk] and own[0]["percent"] == 33
    assert client_for(member).get(url + "?all=1").status_code == 404
    followed = client_for(staff_user).get(url + "?all=1").json()
    assert [row["learner"] for row in followed] == [own[0]["learner"]]
    assert client_for(other_manager).get(url + "?all=1").json() == []


def test_programme_pages_show_the_academys_completions(client_for, course, member, staff_user):
    learner = progress.start(member, course)
    for lesson in course.lessons.all():
        progress.finish_lesson(learner, lesson)
    from tadamon.academy.domain import quizzes

    quiz = course.quizzes.get()
    quizzes.submit(quizzes.start_attempt(learner, quiz), right_answers(quiz))
    progress.complete_if_done(learner)
    page = client_for(staff_user).get(f"/fr/manage/programmes/{course.programme_id}/").content.decode()
    assert '<span class="academy-learners">1</span>' in page and '<span class="academy-completed">1</span>' in page
    # The learners' split by gender follows the learners, before the completions.
    row = page[page.index('<tr class="academy-row">'):]
    row = row[:row.index("</tr>")]
    assert row.index('class="academy-learners"') < row.index("femme") < row.index('class="academy-completed"')
