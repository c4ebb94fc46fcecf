"""Hostile uploads through the real back-office forms (issue 16): decompression-bomb and animated
photos, and import files whose report would echo huge values."""

import io
import struct
import zlib

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from PIL import Image

from tadamon.market.models import ProductPhoto
from tadamon.market.tests.factories import ProductFactory
from tadamon.registry.models import Organization

pytestmark = pytest.mark.django_db


def png_of_one_colour(width: int, height: int, *, bits: int = 8) -> bytes:
    """A grey PNG of any size, compressed by hand: 20000 x 20000 at 1 bit is ~50 KB, built in a
    fraction of a second (Pillow would need the whole image in memory to write it)."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    row = b"\x00" * (1 + (width * bits + 7) // 8)  # filter byte, then the pixels
    rows_per_block = max(1, (1 << 20) // len(row))
    compressor = zlib.compressobj(9)
    parts, done = [], 0
    while done < height:
        count = min(rows_per_block, height - done)
        parts.append(compressor.compress(row * count))
        done += count
    parts.append(compressor.flush())
    header = struct.pack(">IIBBBBB", width, height, bits, 0, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", b"".join(parts))
            + chunk(b"IEND", b""))


def animated(fmt: str) -> bytes:
    frames = [Image.new("RGB", (120, 80), colour) for colour in ("red", "blue", "green")]
    buffer = io.BytesIO()
    frames[0].save(buffer, format=fmt, save_all=True, append_images=frames[1:], duration=100, loop=0)
    return buffer.getvalue()


@pytest.fixture
def post_photo(client_for, manager_user, cooperative):
    product = ProductFactory(organization=cooperative)
    client = client_for(manager_user)

    def post(name: str, data: bytes) -> str:
        response = client.post(f"/en/manage/products/{product.pk}/photos/",
                               {"image": SimpleUploadedFile(name, data), "alt": ""}, follow=True)
        assert response.status_code == 200
        return response.content.decode()

    return post


def test_a_decompression_bomb_photo_is_refused_with_its_size_and_nothing_is_saved(post_photo):
    bomb = png_of_one_colour(20000, 20000, bits=1)
    assert len(bomb) < 100_000  # the 48 KB file: 400 megapixels
    html = post_photo("bomb.png", bomb)
    assert "The photo has more than 80 megapixels; the most we accept is 40 megapixels." in html
    assert not ProductPhoto.objects.exists()


@pytest.mark.filterwarnings("ignore::PIL.Image.DecompressionBombWarning")  # 48 MP: Pillow warns, we refuse
def test_a_photo_over_the_pixel_limit_is_refused_before_it_is_decoded(post_photo, monkeypatch):
    def no_decoding(self):
        raise AssertionError("decoded")

    monkeypatch.setattr("PIL.ImageFile.ImageFile.load", no_decoding)
    html = post_photo("big.png", png_of_one_colour(12000, 12000))  # 140 KB, 144 megapixels
    assert "The photo has more than 80 megapixels" in html
    html = post_photo("big.png", png_of_one_colour(8000, 6000))  # 48 megapixels: Pillow only warns
    assert "The photo is 8000 × 6000 pixels; the most we accept is 40 megapixels." in html
    assert not ProductPhoto.objects.exists()


@override_settings(MAX_IMAGE_PIXELS=2_000_000)
def test_the_pixel_limit_is_a_setting(post_photo):
    html = post_photo("wide.png", png_of_one_colour(2001, 1000))
    assert "The photo is 2001 × 1000 pixels; the most we accept is 2 megapixels." in html
    assert not ProductPhoto.objects.exists()
    assert "Photo added." in post_photo("just-right.png", png_of_one_colour(2000, 1000))
    assert ProductPhoto.objects.count() == 1


@pytest.mark.parametrize("fmt", ["GIF", "WEBP", "PNG"])
def test_an_animated_image_is_refused(post_photo, fmt):
    html = post_photo(f"moving.{fmt.lower()}", animated(fmt))
    assert "Animated images are not accepted: send a still photo." in html
    assert not ProductPhoto.objects.exists()


def test_a_phone_photo_with_extra_images_is_accepted(post_photo):
    """Recent phones write a JPEG with a second image (an HDR gain map): Pillow calls it MPO."""
    buffer = io.BytesIO()
    Image.new("RGB", (4000, 3000), (180, 120, 40)).save(
        buffer, format="MPO", save_all=True, append_images=[Image.new("L", (1000, 750))])
    html = post_photo("pixel.jpg", buffer.getvalue())
    assert "Photo added." in html
    with ProductPhoto.objects.get().image.open("rb") as handle:
        assert Image.open(handle).size == (1600, 1200)


def test_a_large_jpeg_is_decoded_at_a_reduced_scale_and_accepted(post_photo, monkeypatch):
    from PIL import JpegImagePlugin

    decoded = []
    draft = JpegImagePlugin.JpegImageFile.draft

    def recorded_draft(self, mode, size):
        result = draft(self, mode, size)
        decoded.append(self.size)
        return result

    monkeypatch.setattr(JpegImagePlugin.JpegImageFile, "draft", recorded_draft)
    buffer = io.BytesIO()
    Image.new("RGB", (7000, 5000), (180, 120, 40)).save(buffer, format="JPEG")  # 35 MP
    assert "Photo added." in post_photo("big.jpg", buffer.getvalue())
    assert decoded[0] == (3500, 2500)  # still twice the 1600 px stored: libjpeg decodes it at half scale
    with ProductPhoto.objects.get().image.open("rb") as handle:
        assert Image.open(handle).size == (1600, 1143)


def test_a_normal_photo_is_still_accepted_and_resized(post_photo):
    buffer = io.BytesIO()
    Image.new("RGB", (4000, 3000), (180, 120, 40)).save(buffer, format="JPEG")
    assert "Photo added." in post_photo("argan.jpg", buffer.getvalue())
    photo = ProductPhoto.objects.get()
    with photo.image.open("rb") as handle:
        assert Image.open(handle).size == (1600, 1200)
    with photo.thumbnail.open("rb") as handle:
        assert Image.open(handle).size == (400, 300)


def test_a_huge_cell_gives_an_import_report_page_of_a_few_kilobytes(staff_user, client_for,
                                                                     django_capture_on_commit_callbacks):
    import random
    import zipfile

    from tadamon.common.files import xlsx_bytes

    organizations = Organization.objects.count()
    name = "".join(random.Random(1).choices("ابتثجحخدذرزسشصضطظعغفقكلمنهوي", k=5 * 2**20))  # a 5 MiB cell
    written = io.BytesIO(xlsx_bytes([["kind", "name_ar", "province"], ["cooperative", "PLACEHOLDER", "MA-TIN"]],
                                    title="Sheet", right_to_left=False))
    hostile = io.BytesIO()
    with zipfile.ZipFile(written) as source, zipfile.ZipFile(hostile, "w", zipfile.ZIP_DEFLATED) as target:
        for entry in source.infolist():  # openpyxl writes at most Excel's 32,767 characters a cell; not everyone
            target.writestr(entry.filename, source.read(entry).replace(b"PLACEHOLDER", name.encode()))
    client = client_for(staff_user)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/en/manage/imports/new/",
                               {"file": SimpleUploadedFile("orgs.xlsx", hostile.getvalue())})
    html = client.get(response["Location"]).content.decode()
    assert "At most 255 characters (this has 5242880)." in html
    assert name[:199] + "…" in html and name[:200] not in html
    assert len(html.encode()) < 20_000
    assert Organization.objects.count() == organizations
