"""Products: keeping them (with the concurrent-edit check), their photos (resized, thumbnails,
no EXIF data such as a phone's GPS position), and who keeps which organisation's products."""

import io
import secrets

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils.translation import gettext as _
from PIL import Image, ImageOps, UnidentifiedImageError

from tadamon.accounts.rules import is_manager, is_platform_admin, is_programme_staff
from tadamon.common.concurrency import next_version
from tadamon.market.models import Certification, Product, ProductPhoto
from tadamon.registry.domain import validate_and_save
from tadamon.registry.enums import OrganizationKind
from tadamon.registry.models import Organization

PHOTO_MAX, THUMBNAIL_MAX = 1600, 400
# What a phone or camera gives. An MPO is a JPEG with extra images (3D, depth or HDR gain maps of
# recent phones): its first image is the photo.
PHOTO_FORMATS = ("JPEG", "PNG", "WEBP", "GIF")  # JPEG includes MPO
# Pillow warns above settings.MAX_IMAGE_PIXELS (set in CommonConfig.ready, for every process) and
# refuses twice as many (DecompressionBombError): add_photo refuses anything above it first, with
# the photo's size (docs/deploy.md, "Limits").


def organizations_kept_by(user):
    """The organisations whose products a user keeps: admins all; a manager their own; programme
    staff the organisations taking part in the programmes they run (the ones they support)."""
    from tadamon.programmes.domain.queries.programmes import programmes_run_by
    from tadamon.programmes.enums import EnrolmentStatus
    from tadamon.programmes.models import Enrolment

    social = Organization.objects.filter(kind__in=OrganizationKind.social_economy())
    if not user.is_authenticated:
        return social.none()
    if is_platform_admin(user):
        return social
    if is_manager(user):
        return social.filter(pk=user.organization_id)
    if is_programme_staff(user):
        enrolled = Enrolment.objects.filter(programme__in=programmes_run_by(user),
                                            status__in=EnrolmentStatus.taking_part()).values("organization_id")
        return social.filter(pk__in=enrolled)
    return social.none()


@transaction.atomic
def create_product(organization, *, fields: dict, user=None, photo=None) -> Product:
    """A product, with its first photo when one is given (both or neither: a photo that cannot be
    read leaves no product behind)."""
    product = Product(organization=organization, **fields)
    product.refresh_search_text()
    product = validate_and_save(product, user=user)
    if photo:
        add_photo(product, photo)
    return product


@transaction.atomic
def update_product(product: Product, *, fields: dict, expected_version: int, user=None) -> Product:
    product.version = next_version(product, expected_version)
    for name, value in fields.items():
        setattr(product, name, value)
    product.refresh_search_text()
    return validate_and_save(product, user=user)


@transaction.atomic
def add_certification(organization, *, fields: dict, user=None) -> Certification:
    """A certification of the organisation, or of one of its products (`fields["product"]`)."""
    fields = dict(fields)
    document = fields.pop("document", None)
    certification = Certification(organization=organization, created_by=user, **fields)
    if document:
        certification.document = document
    return validate_and_save(certification, user=user)


def _jpeg(image: Image.Image, largest: int) -> ContentFile:
    copy = image.copy()
    copy.thumbnail((largest, largest))
    buffer = io.BytesIO()
    copy.save(buffer, format="JPEG", quality=85, optimize=True)  # no EXIF written: nothing leaks
    return ContentFile(buffer.getvalue())


def _megapixels(pixels: int) -> str:
    return f"{pixels / 1_000_000:.3g}"


def _mib(size: int) -> str:
    return f"{size / 2**20:.3g}"


def _open_photo(upload) -> Image.Image:
    """The photo's header only, checked: a still image of at most MAX_IMAGE_PIXELS pixels."""
    limit = settings.MAX_IMAGE_PIXELS
    try:
        source = Image.open(upload, formats=PHOTO_FORMATS)
    except Image.DecompressionBombError as exc:  # over twice Pillow's limit: it refuses before we can look
        raise ValidationError({"image": _(
            "The photo has more than %(pixels)s megapixels; the most we accept is %(limit)s megapixels."
        ) % {"pixels": _megapixels(2 * Image.MAX_IMAGE_PIXELS), "limit": _megapixels(limit)}}) from exc
    width, height = source.size
    if width * height > limit:
        source.close()
        raise ValidationError({"image": _(
            "The photo is %(width)d × %(height)d pixels; the most we accept is %(limit)s megapixels."
        ) % {"width": width, "height": height, "limit": _megapixels(limit)}})
    if getattr(source, "is_animated", False) and source.format != "MPO":
        source.close()
        raise ValidationError({"image": _("Animated images are not accepted: send a still photo.")})
    return source


def _decode(source: Image.Image) -> Image.Image:
    """Decode no more than the stored photo needs, upright and in RGB. A JPEG is decoded at a
    reduced scale (draft mode) still at least twice the size kept; other formats are decoded
    whole (at most MAX_IMAGE_PIXELS) and reduced at once."""
    scale = min(1.0, PHOTO_MAX / max(source.size))
    source.draft(None, (max(1, round(source.width * scale * 2)), max(1, round(source.height * scale * 2))))
    source.load()
    image = source if source.mode in ("RGB", "L") else source.convert("RGB")
    image.thumbnail((PHOTO_MAX, PHOTO_MAX))  # in place: the full-size pixels are freed here
    return ImageOps.exif_transpose(image).convert("RGB")


def add_photo(product: Product, upload, *, alt: str = "") -> ProductPhoto:
    """Check it is a still image of a sensible size (docs/deploy.md, "Limits") before decoding
    it, turn it upright, drop its metadata, store it at most 1600 px and a 400 px thumbnail, both JPEG."""
    if upload.size > settings.MAX_PHOTO_BYTES:
        raise ValidationError({"image": _("The photo is larger than %(size)s MB.")
                               % {"size": _mib(settings.MAX_PHOTO_BYTES)}})
    try:
        with _open_photo(upload) as source:
            image = _decode(source)
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, EOFError) as exc:  # damaged or not an image
        raise ValidationError({"image": _("This file is not a photo we can read (JPEG, PNG or WebP).")}) from exc
    # A name of its own, not the file's: a phone's file name can hold a person's name, and a second
    # upload of one name got Django's random suffix, which once read as an ID card number to the
    # no-personal-data crawl. Lowercase hex cannot.
    stem = secrets.token_hex(8)
    photo = ProductPhoto(product=product, alt=alt.strip(), position=product.photos.count())
    photo.image.save(f"{stem}.jpg", _jpeg(image, PHOTO_MAX), save=False)
    photo.thumbnail.save(f"{stem}-thumb.jpg", _jpeg(image, THUMBNAIL_MAX), save=False)
    photo.save()
    return photo
