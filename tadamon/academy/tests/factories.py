"""A small course to learn: two lessons (the second recorded in Arabic and French) and a final
quiz of three questions, published on a programme; and a member with an account."""

import io
import wave

from django.core.files.base import ContentFile

from tadamon.academy.domain import courses as course_domain
from tadamon.academy.domain import quizzes
from tadamon.academy.enums import MediaKind
from tadamon.academy.models import Course, Lesson
from tadamon.accounts.enums import Role
from tadamon.accounts.tests.factories import UserFactory
from tadamon.programmes.tests.factories import ProgrammeFactory
from tadamon.registry.tests.factories import MembershipFactory

QUIZ = """? من يصادق على الحسابات؟ | Qui approuve les comptes ?
+ الجمعية العامة | L'assemblée générale
- الرئيس وحده | Le président seul
- أمين المال | Le trésorier

? كم صوتا لكل عضو؟ | Combien de voix a chaque membre ?
+ صوت واحد | Une voix
- حسب حصصه | Selon ses parts

? ماذا نكتب في المحضر؟ | Qu'écrit-on dans le procès-verbal ?
+ القرارات | Les décisions
- الأثمان | Les prix
"""


def wav_bytes(seconds: float = 1.0, rate: int = 8000) -> bytes:
    out = io.BytesIO()
    with wave.open(out, "wb") as sound:
        sound.setnchannels(1)
        sound.setsampwidth(1)
        sound.setframerate(rate)
        sound.writeframes(bytes([128]) * int(seconds * rate))
    return out.getvalue()


def make_course(programme=None, *, published=True, quiz=QUIZ, author=None) -> Course:
    programme = programme or ProgrammeFactory()
    course = course_domain.save_course(Course(programme=programme), fields={
        "title_ar": "تسيير التعاونية", "title_fr": "Gérer sa coopérative", "summary_fr": "Trois leçons courtes.",
        "hours": 3, "pass_mark": 60}, user=author)
    course_domain.save_lesson(Lesson(course=course), fields={
        "title_ar": "من يقرر؟", "title_fr": "Qui décide ?", "body_ar": "الجمعية العامة تقرر.",
        "body_fr": "L'assemblée générale décide.", "kind": "text", "minutes": 5})
    recorded = course_domain.save_lesson(Lesson(course=course), fields={
        "title_ar": "تحضير الجمعية العامة", "title_fr": "Préparer l'assemblée", "kind": "audio", "minutes": 3,
        "body_fr": "Écoutez la leçon.", "body_ar": "استمعوا إلى الدرس."})
    for language in ("ar", "fr"):
        upload = ContentFile(wav_bytes(2), name=f"voice-{language}.wav")
        course_domain.add_media(recorded, course_domain.check_media(upload, MediaKind.AUDIO), language=language)
    if quiz:
        quizzes.set_questions(course, quiz)
    if published:
        course_domain.publish(course)
    return course


def right_answers(quiz) -> dict:
    return {q.pk: c.pk for q in quiz.questions.all() for c in q.choices.all() if c.correct}


def wrong_answers(quiz) -> dict:
    return {q.pk: next(c.pk for c in q.choices.all() if not c.correct) for q in quiz.questions.all()}


def member_account(organization, username="learner"):
    membership = MembershipFactory(organization=organization)
    return UserFactory(username=username, role=Role.MEMBER, organization=organization, person=membership.person)
