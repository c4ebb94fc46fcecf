"""Reading tables (CSV and XLSX) for imports; exports are written by tadamon.common.files.

A file beyond the limits of docs/deploy.md ("Limits") is refused before the heavy reading: the
bytes of a CSV; the unpacked size, compression, sheets and parts held whole in memory of an
XLSX, from its zip directory and small index parts before openpyxl opens it; then rows and
columns as they are read."""

import csv
import io
import zipfile
from collections.abc import Iterator
from pathlib import Path

from django.conf import settings
from django.utils.translation import gettext as _
from openpyxl import load_workbook


class UnreadableFileError(Exception):
    pass


def read_rows(source, filename: str) -> tuple[list[str], Iterator[dict]]:
    """Header and rows of a CSV (UTF-8, comma or semicolon) or XLSX file. Header names are
    stripped and lower-cased; values are stripped strings. The rows raise UnreadableFileError
    beyond the row or column limit."""
    suffix = Path(filename).suffix.lower()
    if suffix == ".xlsx":
        return _read_xlsx(source)
    if suffix in (".csv", ".txt"):
        return _read_csv(source)
    raise UnreadableFileError(_("Unsupported file type “%(suffix)s”: use .csv or .xlsx.") % {"suffix": suffix})


def _open_binary(source):
    if isinstance(source, (str, Path)):
        return open(source, "rb")
    if hasattr(source, "seek"):
        source.seek(0)
    return source


def _megabytes(size: int) -> str:
    return f"{size / 2**20:.3g}"


def _too_many_rows() -> UnreadableFileError:
    return UnreadableFileError(_("The file has more than %(limit)d rows; split it into smaller files.")
                               % {"limit": settings.IMPORT_MAX_ROWS})


def _too_many_columns() -> UnreadableFileError:
    return UnreadableFileError(_("The file has more than %(limit)d columns.") % {"limit": settings.IMPORT_MAX_COLUMNS})


def _read_csv(source):
    raw = _csv_bytes(source)
    first_line = raw.partition(b"\n")[0].decode("utf-8-sig")
    delimiter = ";" if first_line.count(";") > first_line.count(",") else ","
    reader = csv.reader(io.TextIOWrapper(io.BytesIO(raw), encoding="utf-8-sig", newline=""), delimiter=delimiter)
    max_columns = settings.IMPORT_MAX_COLUMNS
    try:
        header = [h.strip().lower() for h in next(reader)]
    except StopIteration as exc:
        raise UnreadableFileError(_("The file is empty.")) from exc
    except csv.Error as exc:
        raise _csv_error(reader, exc) from exc
    if any(header[max_columns:]):
        raise _too_many_columns()

    return header, _csv_rows(reader, header)


def _csv_bytes(source) -> bytes:
    """The file's bytes, refused when over the limit (never more than that in memory) or not UTF-8."""
    limit = settings.IMPORT_MAX_CSV_BYTES
    raw = _open_binary(source).read(limit + 1)
    if len(raw) > limit:
        raise UnreadableFileError(_("The file is larger than %(size)s MB; split it into smaller files.")
                                  % {"size": _megabytes(limit)})
    try:
        raw.decode("utf-8-sig")  # the whole file checked here, then decoded line by line
    except UnicodeDecodeError as exc:
        raise UnreadableFileError(
            _("The file is not UTF-8 text (byte %(position)d). Save it as “CSV UTF-8” and try again.")
            % {"position": exc.start}
        ) from exc
    return raw


def _csv_rows(reader, header: list[str]):
    max_rows, max_columns = settings.IMPORT_MAX_ROWS, settings.IMPORT_MAX_COLUMNS
    try:
        for count, values in enumerate(reader, start=1):
            if count > max_rows:
                raise _too_many_rows()
            if any(v.strip() for v in values[max_columns:]):
                raise _too_many_columns()
            if not any(v.strip() for v in values):
                continue
            yield {name: (values[i].strip() if i < len(values) else "") for i, name in enumerate(header)}
    except csv.Error as exc:
        raise _csv_error(reader, exc) from exc


def _csv_error(reader, exc: csv.Error) -> UnreadableFileError:
    """A line the csv module cannot read, such as a cell of more than 131,072 characters."""
    return UnreadableFileError(_("Line %(line)d of the file cannot be read as CSV (%(reason)s).")
                               % {"line": reader.line_num, "reason": exc})


WORKSHEET_RELATIONSHIP = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet"


def _check_xlsx_archive(handle) -> None:
    """Refuse a workbook from its zip directory and its few small index parts, before openpyxl
    opens it: too big once unpacked, compressed like a zip bomb, too many sheets, or a part that
    openpyxl would hold in memory whole (shared strings, styles, the workbook…) too big.
    Python's zipfile never unpacks an entry beyond the size its directory gives, so the sizes
    checked here hold."""
    try:
        archive = zipfile.ZipFile(handle)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError) as exc:
        raise UnreadableFileError(_("The file could not be opened as an Excel workbook (.xlsx).")) from exc
    with archive:
        entries = archive.infolist()
        limit = settings.IMPORT_MAX_XLSX_UNPACKED_BYTES
        if sum(entry.file_size for entry in entries) > limit:
            raise UnreadableFileError(_("The workbook unpacks to more than %(size)s MB; split it into smaller "
                                        "files or save it as CSV.") % {"size": _megabytes(limit)})
        ratio = settings.IMPORT_MAX_XLSX_COMPRESSION_RATIO
        for entry in entries:  # a spreadsheet's parts shrink 5 to 20 times; a zip bomb's a thousand
            if entry.file_size > 2**20 and entry.file_size > ratio * max(1, entry.compress_size):
                raise UnreadableFileError(_("The workbook is compressed abnormally (a part shrinks more than "
                                            "%(ratio)d times): it looks built to exhaust the server.")
                                          % {"ratio": ratio})
        try:
            sheets, worksheets, shared_strings = _workbook_index(archive)
        except UnreadableFileError:
            raise
        except Exception as exc:  # a damaged index: openpyxl would fail on it too
            raise UnreadableFileError(_("The file could not be opened as an Excel workbook (.xlsx).")) from exc
    if sheets > settings.IMPORT_MAX_XLSX_SHEETS:
        raise UnreadableFileError(_("The workbook has more than %(limit)d sheets; only the first is imported: "
                                    "save it alone.") % {"limit": settings.IMPORT_MAX_XLSX_SHEETS})
    for entry in entries:
        if entry.filename not in worksheets:  # worksheets are read row by row; the rest whole
            _check_part_size(entry, shared_strings)


def _check_part_size(entry: zipfile.ZipInfo, shared_strings: str | None) -> None:
    limit = (settings.IMPORT_MAX_XLSX_SHARED_STRINGS_BYTES if entry.filename == shared_strings
             else settings.IMPORT_MAX_XLSX_PART_BYTES)
    if entry.file_size > limit:
        raise UnreadableFileError(
            _("A part of the workbook read whole into memory (%(part)s) unpacks to more than %(size)s MB; "
              "save the sheet as CSV.") % {"part": entry.filename[:100], "size": _megabytes(limit)})


def _workbook_index(archive: zipfile.ZipFile) -> tuple[int, set[str], str | None]:
    """How many sheets openpyxl will open, the worksheets it will read row by row, and the part
    of shared strings it will read whole, found as openpyxl finds them (content types, then the
    workbook and its relationships), each small part's size checked before it is parsed."""
    from openpyxl.packaging.manifest import Manifest
    from openpyxl.packaging.relationship import get_dependents, get_rels_path
    from openpyxl.reader.excel import _find_workbook_part
    from openpyxl.xml.constants import ARC_CONTENT_TYPES, SHARED_STRINGS, SHEET_MAIN_NS
    from openpyxl.xml.functions import fromstring

    def small(name: str) -> str:
        _check_part_size(archive.getinfo(name), None)
        return name

    manifest = Manifest.from_tree(fromstring(archive.read(small(ARC_CONTENT_TYPES))))
    workbook = small(_find_workbook_part(manifest).PartName[1:])
    sheets = len(fromstring(archive.read(workbook)).findall(f"{{{SHEET_MAIN_NS}}}sheets/{{{SHEET_MAIN_NS}}}sheet"))
    relationships = get_dependents(archive, small(get_rels_path(workbook)))
    targets: dict[str, set[str]] = {}
    for relationship in relationships:
        targets.setdefault(relationship.target, set()).add(relationship.Type)
    shared = manifest.find(SHARED_STRINGS)
    shared_strings = shared.PartName[1:] if shared else None
    # A worksheet part, and nothing else: not also a chart sheet, the shared strings, a part read
    # at a fixed name (styles, theme, properties) or relationships.
    read_whole = {shared_strings, workbook, "xl/styles.xml", "xl/theme/theme1.xml", "docProps/core.xml",
                  "docProps/custom.xml"}
    if any("chartsheet" in (kind or "") for kinds in targets.values() for kind in kinds):
        worksheets = set()  # a chart sheet's drawings and images are read whole: no exception then
    else:
        worksheets = {target for target, kinds in targets.items()
                      if kinds == {WORKSHEET_RELATIONSHIP} and target not in read_whole
                      and not target.endswith(".rels")}
    return sheets, worksheets, shared_strings


def _read_xlsx(source):
    handle = _open_binary(source)
    _check_xlsx_archive(handle)
    handle.seek(0)
    try:
        workbook = load_workbook(handle, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a damaged file
        raise UnreadableFileError(_("The file could not be opened as an Excel workbook (.xlsx).")) from exc
    sheet = workbook.worksheets[0]
    max_rows, max_columns = settings.IMPORT_MAX_ROWS, settings.IMPORT_MAX_COLUMNS
    # The size the sheet says it has, when it says (Excel always does): refused before reading.
    if (sheet.max_row or 0) > max_rows + 1:
        raise _too_many_rows()
    if (sheet.max_column or 0) > max_columns:
        raise _too_many_columns()
    # Rows are read one column wider than the limit, to notice a file that goes beyond it.
    lines = sheet.iter_rows(values_only=True, max_col=max_columns + 1)
    try:
        header = [str(h or "").strip().lower() for h in next(lines)]
    except StopIteration as exc:
        raise UnreadableFileError(_("The file is empty.")) from exc
    if any(header[max_columns:]):
        raise _too_many_columns()
    while header and not header[-1]:  # the empty cells up to the limit
        header.pop()
    return header, _xlsx_rows(lines, header)


def _xlsx_rows(lines, header: list[str]):
    max_rows, max_columns = settings.IMPORT_MAX_ROWS, settings.IMPORT_MAX_COLUMNS
    for count, values in enumerate(lines, start=1):
        if count > max_rows:
            raise _too_many_rows()
        if any(v not in (None, "") for v in values[max_columns:]):
            raise _too_many_columns()
        if not any(v not in (None, "") for v in values):
            continue
        yield {name: _xlsx_cell(values[i]) if i < len(values) else "" for i, name in enumerate(header)}


def _xlsx_cell(value) -> str:
    if value is None:
        return ""
    if hasattr(value, "date") and hasattr(value, "hour"):  # datetime from a date cell
        return value.date().isoformat()
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()
