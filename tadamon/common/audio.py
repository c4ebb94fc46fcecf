"""What a voice note recorded in a browser really is, read from its bytes (never from the content
type the browser sends): WebM with Opus or Vorbis (Chrome, Edge, Firefox on Android), Ogg with Opus
or Vorbis (Firefox), MP4/M4A with an audio track only (Safari). And how long it lasts, where the
container says it cheaply: the last block's time in WebM (Chrome writes no duration in the
header), the last page's granule position in Ogg, the movie header in MP4 (None when a fragmented
MP4 leaves it empty). Voice notes are small (settings.MAX_VOICE_BYTES), so the whole file is read."""

import dataclasses
import math
import struct


class NotAudio(ValueError):
    """Not one of the containers we accept, or damaged."""


@dataclasses.dataclass(frozen=True)
class Audio:
    container: str  # "webm", "ogg" or "mp4"
    content_type: str
    extension: str
    seconds: float | None  # None: the container does not say


def sniff(data: bytes) -> Audio:
    """The container and duration of a voice note; NotAudio for anything else, damaged files too."""
    try:
        if data.startswith(b"\x1a\x45\xdf\xa3"):
            return Audio("webm", "audio/webm", "webm", _webm_seconds(data))
        if data.startswith(b"OggS"):
            return Audio("ogg", "audio/ogg", "ogg", _ogg_seconds(data))
        if data[4:8] == b"ftyp":
            return Audio("mp4", "audio/mp4", "m4a", _mp4_seconds(data))
    except (struct.error, IndexError, ValueError, OverflowError) as exc:
        raise NotAudio(str(exc)) from exc
    raise NotAudio("unknown container")


# --- WebM (Matroska's EBML) -----------------------------------------------------------------------

EBML_DOCTYPE, SEGMENT, INFO, TIMECODE_SCALE, DURATION = 0x4282, 0x18538067, 0x1549A766, 0x2AD7B1, 0x4489
TRACKS, TRACK_ENTRY, TRACK_TYPE, CODEC_ID = 0x1654AE6B, 0xAE, 0x83, 0x86
CLUSTER, CLUSTER_TIMECODE, SIMPLE_BLOCK, BLOCK_GROUP, BLOCK = 0x1F43B675, 0xE7, 0xA3, 0xA0, 0xA1
# Elements walked into (their children follow); every other element is skipped by its size. A
# recorder writes the segment and its clusters with an unknown size: walking flat needs none.
ENTERED = {0x1A45DFA3, SEGMENT, INFO, TRACKS, TRACK_ENTRY, CLUSTER, BLOCK_GROUP}
AUDIO_TRACK, AUDIO_CODECS = 2, {"A_OPUS", "A_VORBIS"}


def _vint(data: bytes, pos: int, *, keep_marker: bool) -> tuple[int, int, bool]:
    """(value, next position, all ones: an unknown size) of the variable-length integer at pos."""
    if pos >= len(data) or data[pos] == 0:
        raise NotAudio("bad EBML number")
    length = 8 - data[pos].bit_length() + 1
    if pos + length > len(data):
        raise NotAudio("truncated EBML number")
    raw = int.from_bytes(data[pos:pos + length], "big")
    value = raw if keep_marker else raw & ((1 << (7 * length)) - 1)
    return value, pos + length, (raw & ((1 << (7 * length)) - 1)) == (1 << (7 * length)) - 1


def _elements(data: bytes):
    """(id, payload) of every element, walking into the ENTERED ones."""
    pos = 0
    while pos < len(data):
        element, pos, _ = _vint(data, pos, keep_marker=True)
        size, pos, unknown = _vint(data, pos, keep_marker=False)
        if element in ENTERED:
            continue
        if unknown or pos + size > len(data):
            raise NotAudio("damaged or truncated element")
        yield element, data[pos:pos + size]
        pos += size


def _read(seen: dict, element: int, payload: bytes) -> None:
    """Note what an element says of the file (kind, tracks, time) in `seen`."""
    if element == EBML_DOCTYPE:
        seen["doctype"] = payload.rstrip(b"\0").decode("ascii", "replace")
    elif element == TIMECODE_SCALE:
        seen["scale"] = int.from_bytes(payload, "big") or seen["scale"]
    elif element == DURATION and len(payload) in (4, 8):
        seen["duration"] = struct.unpack(">f" if len(payload) == 4 else ">d", payload)[0]
    elif element in (TRACK_TYPE, CODEC_ID):
        seen["tracks"].append(int.from_bytes(payload, "big") if element == TRACK_TYPE
                              else payload.rstrip(b"\0").decode("ascii", "replace"))
    elif element == CLUSTER_TIMECODE:
        seen["cluster"] = int.from_bytes(payload, "big")
    elif element in (SIMPLE_BLOCK, BLOCK):
        _, at, _ = _vint(payload, 0, keep_marker=False)  # the track number, then a signed 16-bit time
        seen["last"] = max(seen["last"], seen["cluster"] + struct.unpack(">h", payload[at:at + 2])[0])


def _webm_seconds(data: bytes) -> float:
    seen = {"doctype": None, "scale": 1_000_000, "duration": 0.0, "cluster": 0, "last": 0, "tracks": []}
    for element, payload in _elements(data):
        _read(seen, element, payload)
    tracks = seen["tracks"]
    if seen["doctype"] != "webm" or not tracks or any(t not in AUDIO_CODECS and t != AUDIO_TRACK for t in tracks):
        raise NotAudio("not a WebM of Opus or Vorbis audio only")
    seconds = max(seen["duration"], seen["last"]) * seen["scale"] / 1e9
    if not math.isfinite(seconds):
        raise NotAudio("no sensible duration")
    return seconds


# --- Ogg --------------------------------------------------------------------------------------------

def _ogg_pages(data: bytes):
    """(granule position, stream serial, first bytes of the page's data) of every page."""
    pos = 0
    while pos < len(data):
        if data[pos:pos + 4] != b"OggS" or pos + 27 > len(data):
            raise NotAudio("damaged Ogg page")
        granule, serial = struct.unpack_from("<qI", data, pos + 6)
        segments = data[pos + 26]
        body = pos + 27 + segments
        end = body + sum(data[pos + 27:body])
        if end > len(data):
            raise NotAudio("truncated Ogg page")
        yield granule, serial, data[body:min(end, body + 20)]
        pos = end


def _ogg_seconds(data: bytes) -> float:
    pages = list(_ogg_pages(data))
    head = pages[0][2]
    if head.startswith(b"OpusHead") and len(head) >= 12:
        rate, skip = 48_000, struct.unpack_from("<H", head, 10)[0]
    elif head.startswith(b"\x01vorbis") and len(head) >= 16:
        rate, skip = struct.unpack_from("<I", head, 12)[0], 0
    else:
        raise NotAudio("not Opus or Vorbis")
    if rate == 0 or any(serial != pages[0][1] for _, serial, _ in pages):  # one stream only: no video beside
        raise NotAudio("several streams")
    last = max((granule for granule, _, _ in pages if granule >= 0), default=0)
    return max(0, last - skip) / rate


# --- MP4 / M4A ----------------------------------------------------------------------------------------

MP4_CONTAINERS = {b"moov", b"trak", b"mdia"}


def _boxes(data: bytes, start: int = 0, end: int | None = None):
    """(type, payload) of every box, walking into moov, trak and mdia."""
    pos, end = start, len(data) if end is None else end
    while pos + 8 <= end:
        size, kind = struct.unpack_from(">I4s", data, pos)
        header = 8
        if size == 1 and pos + 16 <= end:
            size, header = struct.unpack_from(">Q", data, pos + 8)[0], 16
        elif size == 0:
            size = end - pos
        if size < header or pos + size > end:
            raise NotAudio("damaged MP4 box")
        if kind in MP4_CONTAINERS:
            yield from _boxes(data, pos + header, pos + size)
        else:
            yield kind, data[pos + header:pos + size]
        pos += size


def _mp4_seconds(data: bytes) -> float | None:
    handlers, seconds = [], None
    for kind, payload in _boxes(data):
        if kind == b"hdlr" and len(payload) >= 12:
            handlers.append(payload[8:12])
        elif kind == b"mvhd" and payload:
            fields = ">IQ" if payload[0] == 1 else ">II"
            scale, duration = struct.unpack_from(fields, payload, 20 if payload[0] == 1 else 12)
            seconds = duration / scale if scale and duration else None
    if b"soun" not in handlers or b"vide" in handlers:
        raise NotAudio("not an audio-only MP4")
    return seconds
