"""Reading and writing tables (CSV and XLSX) for imports and exports."""

import csv
import io
from collections.abc import Iterable, Iterator
from pathlib import Path

from django.utils.translation import gettext as _
from openpyxl import Workbook, load_workbook


class UnreadableFileError(Exception):
    pass


def read_rows(source, filename: str) -> tuple[list[str], Iterator[dict]]:
    """Header and rows of a CSV (UTF-8, comma or semicolon) or XLSX file. Header names are
    stripped and lower-cased; values are stripped strings."""
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


def _read_csv(source):
    raw = _open_binary(source).read()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise UnreadableFileError(
            _("The file is not UTF-8 text (byte %(position)d). Save it as “CSV UTF-8” and try again.")
            % {"position": exc.start}
        ) from exc
    first_line = text.split("\n", 1)[0]
    delimiter = ";" if first_line.count(";") > first_line.count(",") else ","
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    try:
        header = [h.strip().lower() for h in next(reader)]
    except StopIteration as exc:
        raise UnreadableFileError(_("The file is empty.")) from exc

    def rows():
        for values in reader:
            if not any(v.strip() for v in values):
                continue
            yield {name: (values[i].strip() if i < len(values) else "") for i, name in enumerate(header)}

    return header, rows()


def _read_xlsx(source):
    try:
        workbook = load_workbook(_open_binary(source), read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a damaged file
        raise UnreadableFileError(_("The file could not be opened as an Excel workbook (.xlsx).")) from exc
    sheet = workbook.worksheets[0]
    lines = sheet.iter_rows(values_only=True)
    try:
        header = [str(h or "").strip().lower() for h in next(lines)]
    except StopIteration as exc:
        raise UnreadableFileError(_("The file is empty.")) from exc

    def cell(value) -> str:
        if value is None:
            return ""
        if hasattr(value, "date") and hasattr(value, "hour"):  # datetime from a date cell
            return value.date().isoformat()
        if hasattr(value, "isoformat"):
            return value.isoformat()
        if isinstance(value, float) and value.is_integer():
            return str(int(value))
        return str(value).strip()

    def rows():
        for values in lines:
            if not any(v not in (None, "") for v in values):
                continue
            yield {name: cell(values[i]) if i < len(values) else "" for i, name in enumerate(header)}

    return header, rows()


def write_csv(header: list[str], rows: Iterable[list]) -> Iterator[str]:
    """CSV lines one at a time (for a streaming response), with a BOM so Excel reads Arabic."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    buffer.write("\ufeff")
    writer.writerow(header)
    yield buffer.getvalue()
    for row in rows:
        buffer.seek(0)
        buffer.truncate()
        writer.writerow(row)
        yield buffer.getvalue()


def write_xlsx(header: list[str], rows: Iterable[list], *, title: str, right_to_left: bool) -> bytes:
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title=title[:31])
    sheet.sheet_view.rightToLeft = right_to_left
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    output = io.BytesIO()
    workbook.save(output)
    return output.getvalue()
