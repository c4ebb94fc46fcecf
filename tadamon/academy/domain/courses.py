"""Writing courses: a course and its lessons, the recordings, images and videos of a lesson
(checked by their bytes, their size stored so pages say it before a download), publishing.

A lesson's length: the author types it for a text; a lesson with a recording whose length its
file says (WAV header, WebM, Ogg, MP4) lasts as long as that recording, so adding, removing a
recording or saving the lesson sets its minutes from the file (pages say the seconds)."""

import dataclasses
import math

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext as _

from tadamon.academy.enums import CourseStatus, MediaKind
from tadamon.academy.models import Course, Lesson, LessonMedia
from tadamon.common.audio import NotAudio, sniff
from tadamon.registry.domain import validate_and_save

MAX_AUDIO_BYTES = 8 * 2**20  # ten minutes of voice in Opus is well under 2 MB
MAX_VIDEO_BYTES = 40 * 2**20  # a short video; say its size before anyone downloads it


@transaction.atomic
def save_course(course: Course, *, fields: dict, modules=None, user=None) -> Course:
    """Create or change a course (a new one is a draft by `user`)."""
    if course.pk is None:
        course.author = user
    validate_and_save(course, fields=fields, user=user)
    if modules is not None:
        course.modules.set(modules)
    return course


def publish(course: Course, *, user=None) -> Course:
    """Put the course in the public catalogue. It needs at least one lesson."""
    if not course.lessons.exists():
        raise ValidationError(_("Add at least one lesson before publishing the course."))
    return validate_and_save(course, fields={"status": CourseStatus.PUBLISHED,
                                             "published_at": course.published_at or timezone.now()}, user=user)


def unpublish(course: Course, *, user=None) -> Course:
    """Take the course out of the catalogue; learners' progress is kept."""
    return validate_and_save(course, fields={"status": CourseStatus.DRAFT}, user=user)


def save_lesson(lesson: Lesson, *, fields: dict, user=None) -> Lesson:
    """Create or change a lesson; one with a recording keeps the recording's length, whatever
    minutes were typed."""
    if lesson.pk is None and "order" not in fields:
        last = Lesson.objects.filter(course=lesson.course).aggregate(last=Max("order"))["last"] or 0
        fields = {**fields, "order": last + 1}
    if lesson.pk is not None:
        seconds = recording_seconds(lesson.media.all())
        if seconds:
            fields = {**fields, "minutes": minutes_of(seconds)}
    return validate_and_save(lesson, fields=fields, user=user)


def recording_seconds(media) -> int | None:
    """The length of a lesson's recordings in seconds (the longest, when there is one per
    language), None when it has none or no file says its length."""
    return max((m.seconds for m in media if m.kind == MediaKind.AUDIO and m.seconds), default=None)


def minutes_of(seconds: int) -> int:
    """Whole minutes a recording takes, rounded up: a lesson of 15 seconds is "1 min", never 0."""
    return max(1, math.ceil(seconds / 60))


def _follow_recordings(lesson: Lesson) -> None:
    """Set the lesson's minutes from its recordings, when one says its length."""
    seconds = recording_seconds(lesson.media.all())
    if seconds and lesson.minutes != minutes_of(seconds):
        lesson.minutes = minutes_of(seconds)
        Lesson.objects.filter(pk=lesson.pk).update(minutes=lesson.minutes)


@dataclasses.dataclass(frozen=True)
class CheckedMedia:
    kind: str
    content: ContentFile
    content_type: str
    seconds: int | None = None


def _wav_seconds(data: bytes) -> float | None:
    """A PCM WAV's length from its header: bytes of data over bytes per second."""
    import io
    import wave

    try:
        with wave.open(io.BytesIO(data)) as sound:
            return sound.getnframes() / sound.getframerate()
    except (wave.Error, EOFError, ZeroDivisionError):
        return None


def check_media(upload, kind: str) -> CheckedMedia:
    """A lesson's recording (WebM, Ogg, MP4/M4A or WAV), image (the product photos' checks) or
    video (MP4 or WebM), recognised by its bytes."""
    from tadamon.common.attachments import check_photo

    if kind == MediaKind.IMAGE:
        checked = check_photo(upload)
        return CheckedMedia(kind, checked.content, checked.content_type)
    limit = MAX_AUDIO_BYTES if kind == MediaKind.AUDIO else MAX_VIDEO_BYTES
    if upload.size > limit:
        raise ValidationError(_("The file is %(size)s MB; the most we accept is %(limit)s MB.")
                              % {"size": f"{upload.size / 2**20:.3g}", "limit": f"{limit / 2**20:.3g}"})
    data = upload.read()
    if kind == MediaKind.AUDIO:
        if data[:4] == b"RIFF" and data[8:12] == b"WAVE":
            seconds = _wav_seconds(data)
            if seconds is None:
                raise ValidationError(_("This WAV file cannot be read."))
            return CheckedMedia(kind, ContentFile(data, name="voice.wav"), "audio/wav", max(1, round(seconds)))
        try:
            audio = sniff(data)
        except NotAudio as exc:
            raise ValidationError(_("This file is not a recording we can play: choose an Ogg, WebM, M4A or WAV "
                                    "file.")) from exc
        seconds = round(audio.seconds) if audio.seconds else None
        return CheckedMedia(kind, ContentFile(data, name=f"voice.{audio.extension}"), audio.content_type, seconds)
    if data.startswith(b"\x1a\x45\xdf\xa3"):
        return CheckedMedia(kind, ContentFile(data, name="video.webm"), "video/webm")
    if data[4:8] == b"ftyp":
        return CheckedMedia(kind, ContentFile(data, name="video.mp4"), "video/mp4")
    raise ValidationError(_("This file is not a video we can play: choose an MP4 or WebM file."))


def add_media(lesson: Lesson, checked: CheckedMedia, *, language: str = "", caption: str = "") -> LessonMedia:
    if language and language not in dict(settings.LANGUAGES) and language != "zgh":
        raise ValidationError(_("Unknown language."))
    media = LessonMedia(lesson=lesson, kind=checked.kind, language=language, content_type=checked.content_type,
                        size=checked.content.size, seconds=checked.seconds, caption=caption)
    media.file.save(checked.content.name, checked.content, save=False)
    media.save()
    if media.kind == MediaKind.AUDIO:
        _follow_recordings(lesson)
    return media


def remove_media(media: LessonMedia) -> None:
    lesson = media.lesson
    media.file.delete(save=False)
    media.delete()
    if media.kind == MediaKind.AUDIO:
        _follow_recordings(lesson)  # the typed minutes stay when no recording is left


def media_for_language(media: list, language: str) -> list:
    """Of a lesson's media, those to show on a page in `language`: for each kind, the ones in that
    language, else in Arabic, French, Tamazight in that order; images without words always."""
    chosen = []
    for kind in MediaKind.values:
        of_kind = [m for m in media if m.kind == kind]
        neutral = [m for m in of_kind if not m.language]
        for candidate in (language, "ar", "fr", "zgh"):
            found = [m for m in of_kind if m.language == candidate]
            if found:
                chosen += found
                break
        chosen += neutral
    return chosen
