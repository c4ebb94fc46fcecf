"""Hostile uploads (issue 16): time and peak memory of checking a product photo and reading an
import file, hostile and legitimate, each case in a fresh child process (its own peak RSS, from
wait4). No database: the photo cases run what add_photo does before it saves (header checks,
decoding, the two JPEGs); the import cases run read_rows and read every row.

Usage: .venv/bin/python benchmarks/bench_uploads.py [--before]
--before also runs the photo cases through the pipeline add_photo had until issue 16 (Pillow's
own limit, the image decoded whole, turned and converted before being reduced)."""

import io
import os
import random
import struct
import subprocess
import sys
import tempfile
import time
import zipfile
import zlib
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(1, str(Path(__file__).resolve().parent.parent))  # tadamon, for its file writer
from common import OUT, PYTHON, ROOT, machine  # noqa: E402


def png_of_one_colour(width: int, height: int, *, bits: int = 8, colour_type: int = 0) -> bytes:
    """A PNG of any size compressed by hand (Pillow would hold the whole image to write it); colour
    type 0 is grey, 2 RGB, 6 RGBA."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    row = b"\x00" * (1 + (width * bits * {0: 1, 2: 3, 6: 4}[colour_type] + 7) // 8)
    rows_per_block = max(1, (1 << 20) // len(row))
    compressor = zlib.compressobj(9)
    parts, done = [], 0
    while done < height:
        count = min(rows_per_block, height - done)
        parts.append(compressor.compress(row * count))
        done += count
    parts.append(compressor.flush())
    header = struct.pack(">IIBBBBB", width, height, bits, colour_type, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", b"".join(parts))
            + chunk(b"IEND", b""))


def camera_jpeg(width: int, height: int) -> bytes:
    """A 12 MP photo-like JPEG: noise over a gradient, quality 92, about what a phone writes."""
    from PIL import Image

    noise = Image.effect_noise((width, height), 40)
    gradient = Image.linear_gradient("L").resize((width, height))
    image = Image.merge("RGB", (noise, gradient, Image.blend(noise, gradient, 0.5)))
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=92)
    return buffer.getvalue()


def xlsx_bomb(unpacked: int) -> bytes:
    """A one-sheet workbook whose only cell holds the same letter over and over: like the issue's
    409 KB file that unpacked to 419 MB (deflate shrinks such a run about a thousand times)."""
    from tadamon.common.files import xlsx_bytes

    written = io.BytesIO(xlsx_bytes([["kind", "name_latin", "province"]], title="Sheet", right_to_left=False))
    output = io.BytesIO()
    with zipfile.ZipFile(written) as source, zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        for entry in source.infolist():
            if entry.filename != "xl/worksheets/sheet1.xml":
                z.writestr(entry, source.read(entry))
        with z.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
            sheet.write(b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                        b'<sheetData><row><c t="inlineStr"><is><t>')
            block = b"a" * 2**20
            for _ in range(unpacked // len(block)):
                sheet.write(block)
            sheet.write(b"</t></is></c></row></sheetData></worksheet>")
    return output.getvalue()


COLUMNS = ["kind", "name_ar", "name_latin", "acronym", "sector", "registry_number", "creation_date", "status",
           "province", "commune", "address", "phone", "email", "website", "women", "youth", "description"]


def organisation_rows(count: int):
    rng = random.Random(1)
    for i in range(count):
        yield ["cooperative", f"تعاونية الأمل للفلاحة رقم {i}", f"Coopérative Al Amal {i}", "CAA",
               rng.choice(["argan", "dates", "honey"]), f"RC-{i}", "2019-03-21", "active", "MA-TIN", "",
               f"Douar {i}, Tinghir", "0612345678", f"coop{i}@example.ma", "", "yes", "no",
               "Production et vente d'huile d'argan"]


def import_xlsx(count: int) -> bytes:
    from tadamon.common.files import xlsx_bytes

    return xlsx_bytes([COLUMNS, *organisation_rows(count)], title="organisations", right_to_left=False)


def shared_strings_xlsx(count: int) -> bytes:
    """A workbook with `count` different short shared strings (as Excel writes them; openpyxl
    writes inline strings): openpyxl holds that whole table in memory."""
    from tadamon.common.files import xlsx_bytes

    written = io.BytesIO(xlsx_bytes([["kind", "name_latin", "province"]], title="Sheet", right_to_left=False))
    output = io.BytesIO()
    with zipfile.ZipFile(written) as source, zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as target:
        for entry in source.infolist():
            data = source.read(entry)
            if entry.filename == "xl/_rels/workbook.xml.rels":
                data = data.replace(b"</Relationships>", b'<Relationship Id="rIdS" Target="sharedStrings.xml" Type="'
                                    b'http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
                                    b'sharedStrings"/></Relationships>')
            if entry.filename == "[Content_Types].xml":
                data = data.replace(b"</Types>", b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
                                    b'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>')
            target.writestr(entry.filename, data)
        target.writestr("xl/sharedStrings.xml", b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/'
                        b'main">' + b"".join(b"<si><t>k%07d</t></si>" % n for n in range(count)) + b"</sst>")
    return output.getvalue()


def widest_csv(size: int) -> bytes:
    """The largest CSV accepted: 100,000 rows of 50 columns (the limits), filled up to `size` bytes."""
    header = ",".join(["kind", "name_latin", "province"] + [f"note_{n}" for n in range(47)])
    width = (size - len(header) - 1) // 100_000 - len("cooperative,Coop,MA-TIN,") - 1
    line = "cooperative,Coop,MA-TIN," + ",".join(["x" * (width // 47 - 1)] * 47) + "\n"
    return (header + "\n" + line * 100_000).encode()


def import_csv(count: int) -> bytes:
    from tadamon.common.files import csv_lines

    return "".join(csv_lines([COLUMNS, *organisation_rows(count)])).encode()


def child(kind: str, path: str, before: bool) -> None:
    """Runs in the child: one case, then prints its outcome."""
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tadamon.settings")
    import django

    django.setup()
    from django.core.exceptions import ValidationError
    from django.core.files.uploadedfile import SimpleUploadedFile
    from django.utils import translation

    from tadamon.market.domain import products
    from tadamon.registry.domain.tabular import UnreadableFileError, read_rows

    translation.activate("en")
    started = time.perf_counter()
    if kind == "nothing":
        outcome = "-"
    elif kind == "photo":
        upload = SimpleUploadedFile(Path(path).name, Path(path).read_bytes())
        try:
            if before:
                from PIL import Image, ImageOps

                Image.MAX_IMAGE_PIXELS = int(1024 * 1024 * 1024 // 4 // 3)  # Pillow's default
                with Image.open(upload) as source:
                    source.load()
                    image = ImageOps.exif_transpose(source).convert("RGB")
            else:
                if upload.size > products.settings.MAX_PHOTO_BYTES:
                    raise ValidationError("too many bytes")
                with products._open_photo(upload) as source:
                    image = products._decode(source)
            products._jpeg(image, products.PHOTO_MAX)
            products._jpeg(image, products.THUMBNAIL_MAX)
            outcome = "accepted"
        except ValidationError as exc:
            outcome = "refused: " + " ".join(exc.messages)
        except Exception as exc:  # noqa: BLE001 - what the page would have done: a 500
            outcome = f"500 ({type(exc).__name__})"
    else:
        from tadamon.registry.domain.imports import COLUMNS

        try:  # as import_organizations reads a file: every row held, with its imported columns
            _header, rows = read_rows(path, Path(path).name)
            kept = [{name: value for name, value in row.items() if name in COLUMNS or "\x00" in value}
                    for row in rows]
            outcome = f"read, {len(kept):,} rows"
        except UnreadableFileError as exc:
            outcome = f"refused: {exc}"
    print(f"{time.perf_counter() - started:.2f}\t{outcome}")


def run_case(kind: str, path: str, before: bool = False) -> tuple[float, int, str]:
    env = os.environ | {"DJANGO_SETTINGS_MODULE": "tadamon.settings", "DEBUG": "0"}
    args = [PYTHON, __file__, "--child", kind, path] + (["--before"] if before else [])
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        process = subprocess.Popen(args, env=env, stdout=out, stderr=err, cwd=ROOT)
        _pid, status, usage = os.wait4(process.pid, 0)
        out.seek(0)
        err.seek(0)
        if os.waitstatus_to_exitcode(status):
            raise RuntimeError(err.read())
        seconds, outcome = out.read().strip().splitlines()[-1].split("\t", 1)
    return float(seconds), usage.ru_maxrss // 1024, outcome


FOLDER = OUT / "uploads"
CASES = {  # label: (kind, file, how to make it)
    "photo: 12 MP JPEG from a phone (4000 × 3000)": ("photo", "phone.jpg", lambda: camera_jpeg(4000, 3000)),
    "photo: largest accepted PNG (7300 × 5479, RGB, 40.0 MP)":
        ("photo", "largest.png", lambda: png_of_one_colour(7300, 5479, colour_type=2)),
    "photo: largest accepted PNG (7300 × 5479, RGBA, 40.0 MP)":
        ("photo", "largest-rgba.png", lambda: png_of_one_colour(7300, 5479, colour_type=6)),
    "photo: PNG bomb 12000 × 12000 (144 MP)": ("photo", "bomb-12000.png", lambda: png_of_one_colour(12000, 12000)),
    "photo: PNG bomb 20000 × 20000 (400 MP, 1 bit)":
        ("photo", "bomb-20000.png", lambda: png_of_one_colour(20000, 20000, bits=1)),
    "import: XLSX bomb (419 MiB unpacked)": ("import", "bomb.xlsx", lambda: xlsx_bomb(419 * 2**20)),
    "import: XLSX, 1.7 M shared strings (largest accepted table)":
        ("import", "shared-strings.xlsx", lambda: shared_strings_xlsx(1_700_000)),
    "import: CSV, largest accepted (100,000 rows × 50 columns)":
        ("import", "widest.csv", lambda: widest_csv(100 * 2**20)),
    "import: XLSX, 20,000 rows × 17 columns": ("import", "orgs-20000.xlsx", lambda: import_xlsx(20000)),
    "import: CSV, 20,000 rows × 17 columns": ("import", "orgs-20000.csv", lambda: import_csv(20000)),
}


def make_files() -> None:
    """Runs in a child of its own: the parent must stay small, since a child started by vfork
    counts its parent's peak memory in its own."""
    FOLDER.mkdir(parents=True, exist_ok=True)
    for _kind, name, build in CASES.values():
        if not (FOLDER / name).exists():
            (FOLDER / name).write_bytes(build())


def main(before: bool) -> None:
    subprocess.run([PYTHON, __file__, "--make"], check=True, cwd=ROOT)
    print(f"# hostile uploads on {machine()}; each case in a fresh process (peak RSS of that process)")
    seconds, peak, _ = run_case("nothing", "-")
    print(f"{'baseline: Django set up, nothing read':58} {'':>9} {seconds:6.2f} s {peak:6d} MiB  -")
    for label, (kind, name, _build) in CASES.items():
        path = FOLDER / name
        size = path.stat().st_size
        size_text = f"{size / 2**20:.1f} MiB" if size >= 2**20 else f"{size / 1024:.0f} KiB"
        for old in ([False, True] if before and kind == "photo" else [False]):
            seconds, peak, outcome = run_case(kind, str(path), old)
            print(f"{label + (' [before]' if old else ''):58} {size_text:>9} {seconds:6.2f} s {peak:6d} MiB  "
                  f"{outcome[:110]}")


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        child(sys.argv[2], sys.argv[3], "--before" in sys.argv)
    elif len(sys.argv) > 1 and sys.argv[1] == "--make":
        make_files()
    else:
        main("--before" in sys.argv)
