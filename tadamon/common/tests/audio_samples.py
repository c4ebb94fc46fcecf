"""Small valid voice notes built byte by byte, as browsers record them: Ogg/Opus (Firefox), WebM/Opus
with clusters of unknown size and no duration in the header (Chrome), and an audio-only MP4 header
(Safari). The Opus frames are 20 ms of silence (the 3-byte packet encoders write for it)."""

import struct

SILENCE = b"\xf8\xff\xfe"  # one 20 ms Opus frame, fullband CELT, silent
OPUS_HEAD = b"OpusHead" + bytes([1, 1]) + struct.pack("<HIhB", 312, 48_000, 0, 0)


def _crc_table() -> list[int]:
    table = []
    for byte in range(256):
        crc = byte << 24
        for _ in range(8):
            crc = ((crc << 1) ^ 0x04C11DB7) if crc & 0x80000000 else crc << 1
        table.append(crc & 0xFFFFFFFF)
    return table


CRC = _crc_table()


def _ogg_page(packets: list[bytes], *, granule: int, sequence: int, flags: int = 0, serial: int = 0x7AD0) -> bytes:
    lacing = []
    for packet in packets:
        lacing += [255] * (len(packet) // 255) + [len(packet) % 255]
    page = bytearray(b"OggS" + bytes([0, flags]) + struct.pack("<qIII", granule, serial, sequence, 0)
                     + bytes([len(lacing)]) + bytes(lacing) + b"".join(packets))
    crc = 0
    for byte in page:
        crc = ((crc << 8) & 0xFFFFFFFF) ^ CRC[(crc >> 24) ^ byte]
    page[22:26] = struct.pack("<I", crc)
    return bytes(page)


def ogg_opus(seconds: float) -> bytes:
    """An Ogg/Opus file of `seconds` of silence, a page a second."""
    frames = round(seconds * 50)
    tags = b"OpusTags" + struct.pack("<I", 7) + b"tadamon" + struct.pack("<I", 0)
    pages = [_ogg_page([OPUS_HEAD], granule=0, sequence=0, flags=2), _ogg_page([tags], granule=0, sequence=1)]
    done = 0
    while done < frames:
        count = min(50, frames - done)
        done += count
        pages.append(_ogg_page([SILENCE] * count, granule=312 + done * 960, sequence=len(pages),
                               flags=4 if done == frames else 0))
    return b"".join(pages)


def _id(number: int) -> bytes:
    return number.to_bytes((number.bit_length() + 7) // 8, "big")


def _el(number: int, payload: bytes | int | str) -> bytes:
    if isinstance(payload, int):
        payload = payload.to_bytes(max(1, (payload.bit_length() + 7) // 8), "big")
    elif isinstance(payload, str):
        payload = payload.encode()
    return _id(number) + bytes([0x01]) + len(payload).to_bytes(7, "big") + payload


UNKNOWN_SIZE = b"\x01\xff\xff\xff\xff\xff\xff\xff"


def webm_opus(seconds: float, *, codec: str = "A_OPUS", track_type: int = 2) -> bytes:
    """A WebM as Chrome's MediaRecorder writes it: segment and clusters of unknown size, no
    duration in the header; a cluster every 5 seconds, a block every 20 ms."""
    header = _el(0x1A45DFA3, _el(0x4286, 1) + _el(0x42F7, 1) + _el(0x42F2, 4) + _el(0x42F3, 8)
                 + _el(0x4282, "webm") + _el(0x4287, 4) + _el(0x4285, 2))
    info = _el(0x1549A766, _el(0x2AD7B1, 1_000_000) + _el(0x4D80, "Chrome") + _el(0x5741, "Chrome"))
    track = _el(0xAE, _el(0xD7, 1) + _el(0x73C5, 4242) + _el(0x83, track_type) + _el(0x86, codec)
                + _el(0x63A2, OPUS_HEAD) + _el(0xE1, _el(0xB5, struct.pack(">d", 48_000.0)) + _el(0x9F, 1)))
    body = bytearray(header + _id(0x18538067) + UNKNOWN_SIZE + info + _el(0x1654AE6B, track))
    frames = round(seconds * 50)
    for first in range(0, frames, 250):
        body += _id(0x1F43B675) + UNKNOWN_SIZE + _el(0xE7, first * 20)
        for frame in range(first, min(frames, first + 250)):
            body += _el(0xA3, b"\x81" + struct.pack(">h", (frame - first) * 20) + b"\x80" + SILENCE)
    return bytes(body)


def _box(kind: bytes, payload: bytes) -> bytes:
    return struct.pack(">I", 8 + len(payload)) + kind + payload


def m4a_header(seconds: float, *, handler: bytes = b"soun") -> bytes:
    """The boxes of an M4A that say what it is and how long (its samples left out)."""
    mvhd = bytes(4) + struct.pack(">IIII", 0, 0, 1000, round(seconds * 1000)) + bytes(80)
    hdlr = bytes(8) + handler + bytes(12) + b"SoundHandler\0"
    return (_box(b"ftyp", b"M4A " + bytes(4) + b"M4A isom")
            + _box(b"moov", _box(b"mvhd", mvhd) + _box(b"trak", _box(b"mdia", _box(b"hdlr", hdlr)))))
