"""Voice notes and photos sent with a message (a support request's step, an order's update), for
managers more at ease speaking than writing. Checked here before anything is stored: a voice note
by its bytes (common/audio.py: WebM, Ogg or MP4 audio only), its size and its length; a photo by
the product photos' checks (market/domain/products.py: format, pixels and animation read from the
header before decoding, stored as a JPEG without EXIF). Kept in the private storage and served
only by a view that first checks the reader may read the message (`attachment_response`)."""

import dataclasses
import re
import uuid
from pathlib import PurePath

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import models
from django.http import HttpResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from tadamon.common.audio import NotAudio, sniff
from tadamon.common.files import with_filename
from tadamon.common.storage import private_storage

MAX_PHOTOS = 3  # with one message


class AttachmentKind(models.TextChoices):
    VOICE = "voice", gettext_lazy("voice note")
    PHOTO = "photo", gettext_lazy("photo")


def upload_path(instance, filename: str) -> str:
    """A random name under the model's folder: the name a phone gives says nothing we keep."""
    return f"{instance.FOLDER}/{timezone.now():%Y/%m}/{uuid.uuid4().hex}{PurePath(filename).suffix.lower()}"


class Attachment(models.Model):
    """One voice note or photo; the concrete models add what it is attached to and FOLDER."""

    FOLDER = "attachments"

    kind = models.CharField(gettext_lazy("kind"), max_length=5, choices=AttachmentKind.choices)
    file = models.FileField(upload_to=upload_path, storage=private_storage, max_length=200)
    content_type = models.CharField(max_length=20)
    size = models.PositiveIntegerField()
    seconds = models.PositiveSmallIntegerField(null=True, blank=True, help_text="a voice note's length")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        abstract = True
        ordering = ["kind", "pk"]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.pk}"

    @property
    def is_voice(self) -> bool:
        return self.kind == AttachmentKind.VOICE

    @property
    def length(self) -> str:
        return clock(self.seconds or 0)


@dataclasses.dataclass(frozen=True)
class Checked:
    """A voice note or photo that passed the checks, ready to store."""

    kind: str
    content: ContentFile
    content_type: str
    seconds: int | None = None


def clock(seconds: float) -> str:
    """2:05 for 125 seconds: how the recorder's timer shows a length."""
    seconds = int(round(seconds))
    return f"{seconds // 60}:{seconds % 60:02d}"


def _mb(size: int) -> str:
    return f"{size / 2**20:.3g}"


def check_voice(upload, hint: int | None = None) -> Checked:
    """A voice note recorded by the browser or chosen as a file. Its length is read from the file
    when the container says it; else the recorder's count (`hint`) stands in, and the size limit
    bounds it anyway."""
    limit = settings.MAX_VOICE_BYTES
    if upload.size > limit:
        raise ValidationError(_("The voice note is %(size)s MB; the most we accept is %(limit)s MB. "
                                "Record a shorter one.") % {"size": _mb(upload.size), "limit": _mb(limit)},
                              code="too_big")
    data = upload.read()
    try:
        audio = sniff(data)
    except NotAudio as exc:
        raise ValidationError(_("This file is not a voice note we can play: record it again, or choose a WebM, "
                                "Ogg or M4A audio file."), code="not_audio") from exc
    seconds = audio.seconds if audio.seconds is not None else hint or 0
    if seconds > settings.MAX_VOICE_SECONDS + 1:  # a recorder stopped at the limit runs a little over
        raise ValidationError(_("The voice note lasts %(length)s; the most we accept is %(limit)s.")
                              % {"length": clock(seconds), "limit": clock(settings.MAX_VOICE_SECONDS)},
                              code="too_long")
    if not data or seconds == 0 and audio.seconds is not None:
        raise ValidationError(_("The voice note is empty: record it again."), code="empty")
    return Checked(AttachmentKind.VOICE, ContentFile(data, name=f"voice.{audio.extension}"), audio.content_type,
                   max(1, round(seconds)))


def check_photo(upload) -> Checked:
    """The product photos' checks and processing (docs/deploy.md, "Limits"), their messages too."""
    from tadamon.market.domain import products

    if upload.size > settings.MAX_PHOTO_BYTES:
        raise ValidationError(_("The photo is larger than %(size)s MB.") % {"size": _mb(settings.MAX_PHOTO_BYTES)})
    try:
        with products._open_photo(upload) as source:
            image = products._decode(source)
    except ValidationError as error:
        raise ValidationError(error.message_dict["image"]) from error
    except (products.UnidentifiedImageError, OSError, SyntaxError, ValueError, EOFError) as exc:
        raise ValidationError(_("This file is not a photo we can read (JPEG, PNG or WebP).")) from exc
    content = products._jpeg(image, products.PHOTO_MAX)  # written without EXIF
    content.name = "photo.jpg"
    return Checked(AttachmentKind.PHOTO, content, "image/jpeg")


def check_photos(uploads: list) -> list[Checked]:
    if len(uploads) > MAX_PHOTOS:
        raise ValidationError(ngettext("Send at most %(count)d photo with one message.",
                                       "Send at most %(count)d photos with one message.", MAX_PHOTOS)
                              % {"count": MAX_PHOTOS}, code="too_many")
    return [check_photo(upload) for upload in uploads]


def store(model, checked: list[Checked], **owner) -> list:
    """Save the checked files as `model` rows attached to `owner` (e.g. event=…)."""
    rows = []
    for item in checked:
        row = model(kind=item.kind, content_type=item.content_type, size=item.content.size,
                    seconds=item.seconds, **owner)
        row.file.save(item.content.name, item.content, save=False)
        row.save()
        rows.append(row)
    return rows


RANGE = re.compile(r"bytes=(\d*)-(\d*)$")


def attachment_response(request, attachment) -> HttpResponse:
    """The file, for an <audio> or <img> of a page whose reader the caller has checked: its type
    from what was stored (never guessed from the bytes by the browser), shown in the page, not
    kept in shared caches. Answers byte ranges, which Safari asks before it plays a sound."""
    with attachment.file.open("rb") as handle:
        data = handle.read()
    status, body, first = 200, data, None
    match = RANGE.match(request.headers.get("Range", ""))
    if match and (match[1] or match[2]) and data:
        first = int(match[1]) if match[1] else max(0, len(data) - int(match[2]))
        last = min(int(match[2]), len(data) - 1) if match[1] and match[2] else len(data) - 1
        if first > last:
            response = HttpResponse(status=416)
            response["Content-Range"] = f"bytes */{len(data)}"
            return response
        status, body = 206, data[first:last + 1]
    response = HttpResponse(body, status=status, content_type=attachment.content_type)
    if first is not None:
        response["Content-Range"] = f"bytes {first}-{first + len(body) - 1}/{len(data)}"
    response["Accept-Ranges"] = "bytes"
    response["X-Content-Type-Options"] = "nosniff"
    with_filename(response, f"{attachment.kind}-{attachment.pk}{PurePath(attachment.file.name).suffix}", inline=True)
    response["Cache-Control"] = "private, max-age=3600"
    return response
