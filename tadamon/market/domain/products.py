"""Products: keeping them (with the concurrent-edit check), their photos (resized, thumbnails,
no EXIF data such as a phone's GPS position), and who keeps which organisation's products."""

import io
from pathlib import PurePath

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils.translation import gettext as _
from PIL import Image, ImageOps, UnidentifiedImageError

from tadamon.market.models import Product, ProductPhoto
from tadamon.registry.domain import next_version, validate_and_save
from tadamon.registry.enums import OrganizationKind
from tadamon.registry.models import Organization

PHOTO_MAX, THUMBNAIL_MAX = 1600, 400
MAX_UPLOAD_BYTES = 8 * 1024 * 1024


def organizations_kept_by(user):
    """The organisations whose products a user keeps: admins all; a manager their own; programme
    staff the organisations taking part in the programmes they run (the ones they support)."""
    from tadamon.programmes.domain.queries.programmes import programmes_run_by
    from tadamon.programmes.enums import EnrolmentStatus
    from tadamon.programmes.models import Enrolment

    social = Organization.objects.filter(kind__in=OrganizationKind.social_economy())
    if not user.is_authenticated:
        return social.none()
    if user.is_platform_admin:
        return social
    if user.is_manager:
        return social.filter(pk=user.organization_id)
    if user.is_programme_staff:
        enrolled = Enrolment.objects.filter(programme__in=programmes_run_by(user),
                                            status__in=EnrolmentStatus.taking_part()).values("organization_id")
        return social.filter(pk__in=enrolled)
    return social.none()


@transaction.atomic
def create_product(organization, *, fields: dict, user=None) -> Product:
    product = Product(organization=organization, **fields)
    product.refresh_search_text()
    return validate_and_save(product, user=user)


@transaction.atomic
def update_product(product: Product, *, fields: dict, expected_version: int, user=None) -> Product:
    product.version = next_version(product, expected_version)
    for name, value in fields.items():
        setattr(product, name, value)
    product.refresh_search_text()
    return validate_and_save(product, user=user)


def _jpeg(image: Image.Image, largest: int) -> ContentFile:
    copy = image.copy()
    copy.thumbnail((largest, largest))
    buffer = io.BytesIO()
    copy.save(buffer, format="JPEG", quality=85, optimize=True)  # no EXIF written: nothing leaks
    return ContentFile(buffer.getvalue())


def add_photo(product: Product, upload, *, alt: str = "") -> ProductPhoto:
    """Check it is an image, turn it upright, drop its metadata, store it at most 1600 px and a
    400 px thumbnail, both JPEG."""
    if upload.size > MAX_UPLOAD_BYTES:
        raise ValidationError({"image": _("The photo is larger than 8 MB.")})
    try:
        with Image.open(upload) as source:
            source.load()
            image = ImageOps.exif_transpose(source).convert("RGB")
    except (UnidentifiedImageError, OSError) as exc:
        raise ValidationError({"image": _("This file is not a photo we can read (JPEG, PNG or WebP).")}) from exc
    stem = PurePath(upload.name).stem[:40] or "photo"
    photo = ProductPhoto(product=product, alt=alt.strip(), position=product.photos.count())
    photo.image.save(f"{stem}.jpg", _jpeg(image, PHOTO_MAX), save=False)
    photo.thumbnail.save(f"{stem}-thumb.jpg", _jpeg(image, THUMBNAIL_MAX), save=False)
    photo.save()
    return photo
