"""Reading tables (CSV and XLSX) for imports, and their values as people write them; exports are
written by tadamon.common.files.

A file beyond the limits of docs/deploy.md ("Limits") is refused before the heavy reading: the
bytes of a CSV; the unpacked size, compression, sheets and parts held whole in memory of an
XLSX, from its zip directory and small index parts before openpyxl opens it; then rows and
columns as they are read.

Each row knows its number as a spreadsheet shows it and its shape: a CSV row with fewer cells
than the header, or with values beyond it (an unquoted comma in a value shifts every cell after
it), and an XLSX row with values beyond the header, are reported by `shape_problem`.

Values (`plain`, `read_date`, `read_bool`): Arabic-Indic and Persian digits are read as digits;
dates are read as people write them (31/12/2007, 2007-12-31, 31-12-2007, 31.12.2007, in any of
the three digit systems) and as Excel stores them (a serial number of days, even in a CSV);
yes/no in Arabic, French and English. What cannot be read raises ValidationError saying what
to write instead."""

import csv
import io
import re
import zipfile
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from openpyxl import load_workbook

from tadamon.common.text import ascii_digits, normalize_text


class UnreadableFileError(Exception):
    pass


class TableRow(dict):
    """A row's values by column name, with its number as a spreadsheet shows it (the header is
    row 1), how many cells it has against the header's `columns` (`named`: up to its last named
    column), and the values beyond the header."""

    def __init__(self, values: dict, *, number: int, cells: int, columns: int, named: int, beyond: list[str]):
        super().__init__(values)
        self.number, self.cells, self.columns, self.named, self.beyond = number, cells, columns, named, beyond

    def only(self, keep) -> "TableRow":
        """The same row holding only the columns `keep(name, value)` accepts."""
        return TableRow({name: value for name, value in self.items() if keep(name, value)}, number=self.number,
                        cells=self.cells, columns=self.columns, named=self.named, beyond=self.beyond)


def shape_problem(row: TableRow) -> str | None:
    """Why the row's cells do not line up with the header, and what to do; None when they do."""
    if row.beyond:
        return _("This row has %(cells)d cells but the header has %(columns)d: “%(extra)s” is beyond the last "
                 "column. A value holding the separator (a comma or semicolon) must be written in quotes, "
                 "e.g. \"Douar Tafraout, Ait Baha\"; or give the extra cells a column name in the header.") % {
                     "cells": row.cells, "columns": row.columns, "extra": " | ".join(row.beyond)[:100]}
    if row.cells > row.columns:  # the extra cells are empty, but every value after a stray separator moved
        return _("This row has %(cells)d cells but the header has %(columns)d, so its values may be under the "
                 "wrong columns. A value holding the separator (a comma or semicolon) must be written in quotes, "
                 "e.g. \"Douar Tafraout, Ait Baha\".") % {"cells": row.cells, "columns": row.columns}
    if row.cells < row.named:
        return _("This row has %(cells)d cells but the header has %(columns)d: cells are missing, so its values "
                 "may be under the wrong columns. Write one cell for each column, empty ones included "
                 "(e.g. two separators in a row for an empty value).") % {"cells": row.cells, "columns": row.named}
    return None


def read_rows(source, filename: str) -> tuple[list[str], Iterator[TableRow]]:
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
        header = [column_name(h) for h in next(reader)]
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


# Other names people give the Tifinagh columns (issue 23): in Tifinagh (ⵉⵙⵎ "name", ⵉⵙⵎ ⴰⵎⵣⵡⴰⵔⵓ "first
# name", ⵉⵙⵎ ⵏ ⵜⴰⵡⵊⴰ "family name") and with the language's or the script's name in Latin letters.
COLUMN_ALIASES = {
    "ⵉⵙⵎ": "name_zgh", "name_tifinagh": "name_zgh", "name_tfng": "name_zgh", "name_tamazight": "name_zgh",
    "ⵉⵙⵎ ⴰⵎⵣⵡⴰⵔⵓ": "first_name_zgh", "first_name_tifinagh": "first_name_zgh", "first_name_tfng": "first_name_zgh",
    "ⵉⵙⵎ ⵏ ⵜⴰⵡⵊⴰ": "last_name_zgh", "last_name_tifinagh": "last_name_zgh", "last_name_tfng": "last_name_zgh",
}


# What each column of the import files holds, for the reports: the reader sees "الجنس" and the header
# as the file writes it ("gender"), which is what they look for in their spreadsheet.
COLUMN_LABELS = {
    "kind": gettext_lazy("kind"),
    "name_ar": gettext_lazy("name in Arabic"),
    "name_latin": gettext_lazy("name in Latin script"),
    "name_zgh": gettext_lazy("name in Tifinagh"),
    "acronym": gettext_lazy("acronym"),
    "sector": gettext_lazy("sector"),
    "registry_number": gettext_lazy("registry number"),
    "creation_date": gettext_lazy("creation date"),
    "status": gettext_lazy("status"),
    "province": gettext_lazy("province"),
    "commune": gettext_lazy("commune"),
    "address": gettext_lazy("address"),
    "phone": gettext_lazy("phone"),
    "email": gettext_lazy("e-mail"),
    "website": gettext_lazy("website"),
    "women": gettext_lazy("women's organisation"),
    "youth": gettext_lazy("youth organisation"),
    "description": gettext_lazy("description"),
    "organization": gettext_lazy("organisation"),
    "first_name_ar": gettext_lazy("first name in Arabic"),
    "last_name_ar": gettext_lazy("family name in Arabic"),
    "first_name_latin": gettext_lazy("first name in Latin script"),
    "last_name_latin": gettext_lazy("family name in Latin script"),
    "first_name_zgh": gettext_lazy("first name in Tifinagh"),
    "last_name_zgh": gettext_lazy("family name in Tifinagh"),
    "gender": gettext_lazy("gender"),
    "birth_year": gettext_lazy("year of birth"),
    "cin": gettext_lazy("CIN"),
    "role": gettext_lazy("role"),
    "start_date": gettext_lazy("member since"),
}


def column_name(heading: str) -> str:
    """A header cell as a column name: stripped, lower-cased, spaces inside it collapsed, and an
    alias of a Tifinagh column read as that column."""
    name = " ".join(heading.strip().lower().split())
    return COLUMN_ALIASES.get(name, name)


def _named_width(header: list[str]) -> int:
    """The header's width up to its last named column (a spreadsheet may add empty ones)."""
    return max((i + 1 for i, name in enumerate(header) if name), default=0)


def _csv_rows(reader, header: list[str]):
    max_rows, max_columns = settings.IMPORT_MAX_ROWS, settings.IMPORT_MAX_COLUMNS
    width = _named_width(header)
    try:
        for count, values in enumerate(reader, start=1):
            if count > max_rows:
                raise _too_many_rows()
            if any(v.strip() for v in values[max_columns:]):
                raise _too_many_columns()
            if not any(v.strip() for v in values):
                continue
            beyond = [v.strip() for v in values[len(header):] if v.strip()]
            yield TableRow({name: (values[i].strip() if i < len(values) else "") for i, name in enumerate(header)},
                           number=count + 1, cells=len(values), columns=len(header), named=width, beyond=beyond)
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
        header = [column_name(str(h or "")) for h in next(lines)]
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
        # A spreadsheet row's empty last cells are just empty: only values beyond the header count.
        beyond = [_xlsx_cell(v) for v in values[len(header):max_columns] if v not in (None, "")]
        cells = max((i + 1 for i, v in enumerate(values[:max_columns]) if v not in (None, "")), default=0)
        yield TableRow({name: _xlsx_cell(values[i]) if i < len(values) else "" for i, name in enumerate(header)},
                       number=count + 1, cells=max(cells, len(header)), columns=len(header), named=len(header),
                       beyond=beyond)


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


# --- Values as people write them ----------------------------------------------------------------

# Marks a right-to-left spreadsheet puts around numbers and dates, and no-break spaces.
_INVISIBLE = str.maketrans({"\u200e": "", "\u200f": "", "\u061c": "", "\u202a": "", "\u202b": "", "\u202c": "",
                            "\u202d": "", "\u202e": "", "\u2066": "", "\u2067": "", "\u2068": "", "\u2069": "",
                            "\u00a0": " ", "\u202f": " "})


def plain(text: str | None) -> str:
    """A value with its digits as ASCII digits (Arabic-Indic ٠١٢ and Persian ۰۱۲ too) and without
    the invisible direction marks around it."""
    return ascii_digits(text).translate(_INVISIBLE).strip()


EXCEL_EPOCH = date(1899, 12, 30)  # serial 1 is 1900-01-01; Excel counts a 29 February 1900 that never was
# Serial numbers read as dates: from 1927-05-18 (10000) to 9999-12-31. A smaller number is rather
# a year or a typo: refused, not read as a day of the 1900s.
SERIAL_RANGE = (10000, 2958465)
_DAY_FIRST = re.compile(r"([0-9]{1,2})[/.\-]([0-9]{1,2})[/.\-]([0-9]{4})")
_YEAR_FIRST = re.compile(r"([0-9]{4})[/.\-]([0-9]{1,2})[/.\-]([0-9]{1,2})")
_SERIAL = re.compile(r"([0-9]{5,7})(?:\.[0-9]+)?")
_TIME = re.compile(r"(?:[ T]+[0-9]{1,2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]+)?)?)?")


def _example(day: date | None = None) -> str:
    return (day or date(2007, 12, 31)).strftime("%d/%m/%Y")


def read_date(text: str | None) -> date | None:
    """A date as people write it, None when empty; ValidationError saying how to write it."""
    value = plain(text)
    if not value:
        return None
    if match := re.fullmatch(_SERIAL.pattern + _TIME.pattern, value):
        serial = int(match.group(1))
        if SERIAL_RANGE[0] <= serial <= SERIAL_RANGE[1]:
            return EXCEL_EPOCH + timedelta(days=serial)
    year, month, day = _date_parts(value)
    try:
        return date(year, month, day)
    except ValueError:
        raise _impossible_date(value, year, month, day) from None


def _how_to_write_a_date() -> str:
    return _("Write the date as day/month/year, e.g. %(example)s.") % {"example": _example()}


def _date_parts(value: str) -> tuple[int, int, int]:
    """Year, month and day as written, day first or year first."""
    if match := re.fullmatch(_DAY_FIRST.pattern + _TIME.pattern, value):
        day, month, year = (int(g) for g in match.groups())
        return year, month, day
    if match := re.fullmatch(_YEAR_FIRST.pattern + _TIME.pattern, value):
        year, month, day = (int(g) for g in match.groups())
        return year, month, day
    if re.fullmatch(r"[0-9]{4}", value):
        raise ValidationError(_("Only a year: write the whole date, e.g. %(example)s.")
                              % {"example": f"01/01/{value}"})
    raise ValidationError(_("Not a date. %(how)s") % {"how": _how_to_write_a_date()})


def _impossible_date(value: str, year: int, month: int, day: int) -> ValidationError:
    """No such day: perhaps month/day/year, as an American spreadsheet writes it (said, not guessed)."""
    if 1 <= day <= 12 and 13 <= month <= 31:
        try:
            swapped = date(year, day, month)
        except ValueError:
            swapped = None
        if swapped:
            return ValidationError(_("There is no month %(month)d: if you mean %(day)s, write it as %(example)s "
                                     "(day/month/year).") % {"month": month, "day": swapped.isoformat(),
                                                             "example": _example(swapped)})
    return ValidationError(_("There is no such day (%(value)s). %(how)s")
                           % {"value": value, "how": _how_to_write_a_date()})


# How people write yes and no, compared after normalize_text (case, accents, Arabic forms).
TRUE_WORDS = ["yes", "y", "true", "oui", "o", "vrai", "نعم", "اجل", "صحيح", "1", "x"]
FALSE_WORDS = ["no", "n", "false", "non", "faux", "لا", "خطا", "0"]
_BOOLEANS = ({normalize_text(w): True for w in TRUE_WORDS} | {normalize_text(w): False for w in FALSE_WORDS}
             | {"1 0": True, "0 0": False})  # 1.0 and 0.0, as a spreadsheet's number may come


def read_bool(text: str | None, default: bool = False) -> bool:
    """Yes or no as people write it (oui/non, vrai/faux, نعم/لا, 1/0, yes/no, true/false, x),
    `default` when empty; ValidationError listing what to write."""
    written = plain(text)
    if not written:
        return default
    value = normalize_text(written)
    if value in _BOOLEANS:
        return _BOOLEANS[value]
    raise ValidationError(_("Write yes or no: one of %(values)s.")
                          % {"values": "oui/non, نعم/لا, yes/no, vrai/faux, 1/0"})
