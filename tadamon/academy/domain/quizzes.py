"""Quizzes: questions and answers shown in an order drawn from the attempt's seed (the same seed,
the same order, so a page reloaded or submitted is scored against what was shown), a score in
percent of right answers, passed at the course's pass mark. Authors write a quiz as plain text
(`parse_quiz`), one question and its answers per block."""

import dataclasses
import random
import secrets

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from tadamon.academy.models import Choice, Question, Quiz, QuizAttempt

MIN_CHOICES = 2


@dataclasses.dataclass
class ShownQuestion:
    question: Question
    choices: list  # Choice objects, in the order shown


def shuffled(quiz: Quiz, seed: int) -> list[ShownQuestion]:
    """The quiz's questions and each one's answers in the order the seed draws; two queries."""
    rng = random.Random(seed)
    questions = list(quiz.questions.prefetch_related("choices").order_by("order", "pk"))
    rng.shuffle(questions)
    shown = []
    for question in questions:
        choices = list(question.choices.all())
        rng.shuffle(choices)
        shown.append(ShownQuestion(question, choices))
    return shown


def new_seed() -> int:
    return secrets.randbelow(2**31)


def start_attempt(learner, quiz: Quiz) -> QuizAttempt:
    """The learner's open attempt at the quiz (a reload shows the same order), else a new one."""
    attempt = QuizAttempt.objects.filter(learner=learner, quiz=quiz, submitted_at__isnull=True).first()
    return attempt or QuizAttempt.objects.create(learner=learner, quiz=quiz, seed=new_seed())


def score(quiz: Quiz, answers: dict) -> tuple[int, int]:
    """(right answers, questions) for {question id: choice id}; an unanswered question is wrong."""
    right = set(Choice.objects.filter(question__quiz=quiz, correct=True).values_list("question_id", "pk"))
    total = quiz.questions.count()
    got = sum(1 for question_id, choice_id in answers.items() if (question_id, choice_id) in right)
    return got, total


def percent(right: int, total: int) -> int:
    return round(100 * right / total) if total else 0


def passes(score_percent: int, pass_mark: int) -> bool:
    return score_percent >= pass_mark


def right_needed(total: int, pass_mark: int) -> int:
    """How many right answers of `total` pass the quiz at `pass_mark` percent (as `submit` scores
    it): 3 of 5 at 60%, 2 of 3 at 60% (67%), so the page says a count a learner can check."""
    return next((right for right in range(total + 1) if passes(percent(right, total), pass_mark)), total)


def right_count(shown: list, answers: dict) -> int:
    """The right answers among {question id: choice id}, from the questions as shown."""
    return sum(1 for item in shown for choice in item.choices
               if choice.correct and answers.get(item.question.pk) == choice.pk)


def review(shown: list, answers: dict) -> list[dict]:
    """Each question as shown, the choice the learner gave and whether it was right: what a failed
    attempt shows, so that she knows which questions to read again. The right choice is not said
    (a retry would be copying); a passed attempt shows the right answers instead."""
    rows = []
    for item in shown:
        given = next((choice for choice in item.choices if choice.pk == answers.get(item.question.pk)), None)
        rows.append({"question": item.question, "given": given, "right": bool(given and given.correct)})
    return rows


@transaction.atomic
def submit(attempt: QuizAttempt, answers: dict) -> QuizAttempt:
    """Score the attempt; answers {question id: choice id} (ids of this quiz only are kept). A
    submitted attempt is final: submitting it again changes nothing."""
    attempt = QuizAttempt.objects.select_for_update(of=("self",)).select_related("quiz__course").get(pk=attempt.pk)
    if attempt.submitted_at is not None:
        return attempt
    quiz = attempt.quiz
    valid = dict(Choice.objects.filter(question__quiz=quiz).values_list("pk", "question_id"))
    kept = {q: c for q, c in answers.items() if valid.get(c) == q}
    right, total = score(quiz, kept)
    attempt.answers = {str(q): c for q, c in kept.items()}
    attempt.score = percent(right, total)
    attempt.passed = passes(attempt.score, quiz.course.pass_mark)
    attempt.submitted_at = timezone.now()
    attempt.save()
    return attempt


def parse_quiz(text: str) -> list[dict]:
    """Questions written as text, one block each, blocks apart by an empty line:

        ? ما هي الجمعية العامة؟ | Qu'est-ce que l'assemblée générale ?
        + اجتماع كل الأعضاء | La réunion de tous les membres
        - اجتماع المكتب | La réunion du bureau

    "?" starts the question, "+" a right answer, "-" a wrong one; "|" separates Arabic, French and
    Tamazight (in that order; any may be empty). Each question needs one right answer and at least
    one wrong one. Returns [{"text": {lang: text}, "choices": [({lang: text}, correct)]}]."""
    questions, current = [], None
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line:
            continue
        mark, rest = line[0], line[1:].strip()
        texts = dict(zip(("ar", "fr", "zgh"), [part.strip() for part in rest.split("|")], strict=False))
        if mark == "?":
            current = {"text": texts, "choices": [], "line": number}
            questions.append(current)
        elif mark in "+-" and current is not None:
            current["choices"].append((texts, mark == "+"))
        else:
            raise ValidationError(_("Line %(line)d: start a question with “?”, a right answer with “+” and a "
                                    "wrong one with “-”.") % {"line": number})
    for question in questions:
        if not any(question["text"].values()):
            raise ValidationError(_("Line %(line)d: the question has no text.") % {"line": question["line"]})
        rights = sum(1 for _texts, correct in question["choices"] if correct)
        if rights != 1 or len(question["choices"]) < MIN_CHOICES:
            raise ValidationError(_("Line %(line)d: a question needs one right answer (+) and at least one wrong "
                                    "one (-).") % {"line": question["line"]})
    if not questions:
        raise ValidationError(_("Write at least one question."))
    return questions


def quiz_text(quiz: Quiz) -> str:
    """The quiz written back as `parse_quiz` reads it, for editing."""
    blocks = []
    for question in quiz.questions.prefetch_related("choices").order_by("order", "pk"):
        lines = ["? " + " | ".join(_languages(question))]
        lines += [("+ " if c.correct else "- ") + " | ".join(_languages(c)) for c in question.choices.all()]
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)


def _languages(obj) -> list[str]:
    texts = [obj.text_ar, obj.text_fr, obj.text_zgh]
    while len(texts) > 1 and not texts[-1]:
        texts.pop()
    return texts


@transaction.atomic
def set_questions(course, text: str, *, lesson=None) -> Quiz:
    """Replace the quiz of the lesson (or the course's final quiz) by the questions written in
    `text`. Attempts already made keep their score."""
    parsed = parse_quiz(text)
    quiz, _created = Quiz.objects.get_or_create(course=course, lesson=lesson)
    quiz.questions.all().delete()
    for order, item in enumerate(parsed, start=1):
        question = Question.objects.create(quiz=quiz, order=order, **{f"text_{k}": v for k, v in item["text"].items()})
        Choice.objects.bulk_create([
            Choice(question=question, order=n, correct=correct, **{f"text_{k}": v for k, v in texts.items()})
            for n, (texts, correct) in enumerate(item["choices"], start=1)])
    return quiz
