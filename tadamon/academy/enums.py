from django.db import models
from django.utils.translation import gettext_lazy as _


class CourseStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    PUBLISHED = "published", _("Published")


class LessonKind(models.TextChoices):
    TEXT = "text", _("Text")
    AUDIO = "audio", _("Audio")
    IMAGE = "image", _("Images")
    VIDEO = "video", _("Video")


class MediaKind(models.TextChoices):
    AUDIO = "audio", _("recording")
    IMAGE = "image", _("image")
    VIDEO = "video", _("video")


# The languages a course is written in (its columns), in the order a missing one falls back.
CONTENT_LANGUAGES = ("ar", "fr", "zgh")
