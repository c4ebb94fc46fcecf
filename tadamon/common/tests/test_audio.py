"""Voice notes are recognised by their bytes, never by the type a browser claims, and their length
is read from the container where it is cheap."""

import io

import pytest
from PIL import Image

from tadamon.common.audio import NotAudio, sniff
from tadamon.common.tests.audio_samples import m4a_header, ogg_opus, webm_opus


def png() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (4, 4), "red").save(buffer, format="PNG")
    return buffer.getvalue()


def test_an_ogg_opus_note_is_recognised_with_its_length_from_the_last_page():
    audio = sniff(ogg_opus(2))
    assert (audio.content_type, audio.extension, audio.seconds) == ("audio/ogg", "ogg", 2.0)


def test_a_webm_note_as_chrome_records_it_has_its_length_from_the_last_block():
    audio = sniff(webm_opus(7))  # clusters of unknown size, no duration in the header
    assert (audio.content_type, audio.extension) == ("audio/webm", "webm")
    assert audio.seconds == pytest.approx(7, abs=0.05)


def test_an_m4a_note_has_its_length_from_the_movie_header():
    audio = sniff(m4a_header(3.5))
    assert (audio.content_type, audio.extension, audio.seconds) == ("audio/mp4", "m4a", 3.5)


@pytest.mark.parametrize("data", [
    png(), b"<!doctype html><script>alert(1)</script>", b"", b"OggS\x00\x02garbage",
    webm_opus(2, codec="V_VP8", track_type=1), webm_opus(2)[:1500] + b"\x1f\x43\xb6\x75\x08",
    m4a_header(2, handler=b"vide"), b"\x1a\x45\xdf\xa3" + b"\xff" * 30,
], ids=["png", "html", "empty", "damaged-ogg", "webm-video", "truncated-webm", "mp4-video", "junk-ebml"])
def test_anything_else_is_not_audio(data):
    with pytest.raises(NotAudio):
        sniff(data)
