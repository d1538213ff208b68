"""Reading the owner's customer list as a table of text: CSV from any Excel, or XLSX.

Indonesian Excel saves "CSV" with semicolons (the decimal comma takes the comma), often in
Windows-1252 and with or without a UTF-8 BOM; other tools write commas, UTF-8 or UTF-16.
The delimiter is taken from the header line; the text is read by :mod:`import_text`, which
decodes strictly or refuses the file, and reads only regular files (never a pipe).

A CSV cell may carry the apostrophe our export puts before text a spreadsheet would run
(``'=SUM(…)``); :attr:`RawTable.guarded` says so, and the checks take exactly that one off.
"""

from __future__ import annotations

import csv
import io
import zipfile
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path
from typing import BinaryIO

from bizcare.domain.errors import ValidationError
from bizcare.domain.i18n import QT_TRANSLATE_NOOP
from bizcare.services.transfer.bulk_gc import paused_gc
from bizcare.services.transfer.text import check_regular, open_regular, read_text

MAX_FILE_BYTES = 200_000_000
DELIMITERS = (";", ",", "\t", "|")
# What a spreadsheet runs as a formula at the start of a CSV cell; our export writes an
# apostrophe before such a text, and before a text that starts with an apostrophe, so the
# import knows an apostrophe before any of these is the export's and nothing else is.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
GUARDED = (*FORMULA_START, "'")


@dataclass
class RawTable:
    """A file's cells as text; ``first_line`` is the file line of ``rows[0]``.

    ``lines`` (when filled) holds the file line of every row, because a quoted cell may span
    several lines and blank lines are left out. ``guarded``: the cells are CSV text, where
    our export wrote an apostrophe before a text that starts like a formula or with an
    apostrophe (an XLSX cell is typed: its text is the value, nothing was added).
    """

    headers: list[str]
    rows: list[list[str]]
    first_line: int
    lines: list[int] = field(default_factory=list)
    guarded: bool = True

    def line_of(self, index: int) -> int:
        """The line number an owner sees in Excel or a text editor for ``rows[index]``."""
        if index < len(self.lines):
            return self.lines[index]
        return self.first_line + index


def read_table(path: Path) -> RawTable:
    """The file's first sheet or its CSV text, header row first.

    Raises:
        ValidationError: the file is missing, empty, too big or not CSV / XLSX.
    """
    suffix = path.suffix.lower()
    if suffix in (".xls", ".ods", ".numbers"):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Save the list as .xlsx or .csv first, then import it."),
            field="file",
        )
    size = check_regular(path).st_size  # a pipe or a folder is refused, never waited on
    if size > MAX_FILE_BYTES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The file is too big to import ({name})."),
            field="file",
            name=path.name,
        )
    with paused_gc():
        table = _read_xlsx(path) if suffix in (".xlsx", ".xlsm") else _read_csv(path)
    if not table.headers:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The file is empty: {name}"), field="file", name=path.name
        )
    return table


def sniff_delimiter(text: str) -> str:
    """The separator used most often outside quotes on the first non-blank line."""
    first = next((line for line in text.splitlines() if line.strip()), "")
    counts = dict.fromkeys(DELIMITERS, 0)
    quoted = False
    for ch in first:
        if ch == '"':
            quoted = not quoted
        elif not quoted and ch in counts:
            counts[ch] += 1
    best = max(DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] else ","


def _read_csv(path: Path) -> RawTable:
    text = read_text(path)
    delimiter = sniff_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        records = list(reader)
    except csv.Error:
        return _read_csv_lines(text, delimiter)  # again, record by record, to name the line
    if reader.line_num != len(records):  # a quoted cell spans lines: count them as we go
        return _read_csv_lines(text, delimiter)
    kept = [i for i, record in enumerate(records) if _filled(record)]  # line = index + 1
    if not kept:
        return _square([], [], [])
    headers = [cell.strip() for cell in records[kept[0]]]
    return _square(headers, [records[i] for i in kept[1:]], [i + 1 for i in kept[1:]])


def _filled(record: list[str]) -> bool:
    """Whether any cell holds more than blanks."""
    joined = "".join(record)
    return bool(joined) and not joined.isspace()


def _read_csv_lines(text: str, delimiter: str) -> RawTable:
    """Records with the file line each starts on, for cells over several lines and errors."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    headers: list[str] = []
    rows: list[list[str]] = []
    lines: list[int] = []
    start = 1
    try:
        for record in reader:
            line, start = start, reader.line_num + 1
            if not any(cell.strip() for cell in record):
                continue
            if not headers:
                headers = [cell.strip() for cell in record]
                continue
            rows.append(record)
            lines.append(line)
    except csv.Error as exc:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Line {line} of the file is not valid CSV: {detail}"),
            field="file",
            line=start,
            detail=str(exc),
        ) from exc
    return _square(headers, rows, lines)


def _read_xlsx(path: Path) -> RawTable:
    with open_regular(path) as handle:  # never a pipe: opened by us, handed to openpyxl
        return _read_workbook(handle, path.name)


def _read_workbook(handle: BinaryIO, name: str) -> RawTable:
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        workbook = load_workbook(handle, read_only=True, data_only=True)
    except (OSError, zipfile.BadZipFile, InvalidFileException, KeyError, ValueError) as exc:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "{name} is not a readable Excel workbook (.xlsx)."),
            field="file",
            name=name,
        ) from exc
    headers: list[str] = []
    rows: list[list[str]] = []
    lines: list[int] = []
    try:
        sheet = workbook.worksheets[0]
        for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
            record = [cell_text(v) for v in values]
            if not any(cell.strip() for cell in record):
                continue
            if not headers:
                headers = [cell.strip() for cell in record]
                continue
            rows.append(record)
            lines.append(number)
    except (OSError, zipfile.BadZipFile, KeyError, ValueError, TypeError, IndexError) as exc:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "{name} is not a readable Excel workbook (.xlsx)."),
            field="file",
            name=name,
        ) from exc
    finally:
        workbook.close()
    return _square(headers, rows, lines, guarded=False)


def cell_text(value: object) -> str:
    """A spreadsheet cell as the owner sees it: dates dd/mm/yyyy, 81234567890 not 8.1e10."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ya" if value else "tidak"
    if isinstance(value, datetime):
        if value.time() == time(0, 0):
            return value.strftime("%d/%m/%Y")
        return value.strftime("%d/%m/%Y %H:%M")
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e16:
        return str(int(value))
    return str(value)


def _square(
    headers: list[str], rows: list[list[str]], lines: list[int], *, guarded: bool = True
) -> RawTable:
    """Every row as wide as the widest (short rows padded in place, they are ours); headers
    padded with "" for unnamed columns."""
    width = max(len(headers), max(map(len, rows), default=0)) if headers else 0
    headers = headers + [""] * (width - len(headers))
    if rows and min(map(len, rows)) < width:
        for row in rows:
            if len(row) < width:
                row.extend([""] * (width - len(row)))
    return RawTable(headers, rows, lines[0] if lines else 2, lines, guarded)
