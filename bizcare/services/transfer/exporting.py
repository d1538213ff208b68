"""Exporting customers to CSV (UTF-8 with BOM, so Excel shows the letters right) or XLSX.

The headers are the ones :func:`~bizcare.services.transfer.importing.guess_mapping` recognises, and
values are written as an owner would type them (``0812-3456-7890``, ``24/11/2026``, ``ya``),
so an exported file imports again unchanged. In CSV a text that starts like a formula
(``=``, ``+``, ``-``, ``@``) or with an apostrophe gets one more apostrophe in front, the
only place one is added, so the import takes exactly that one off; an XLSX cell is written
as a typed text cell, which no spreadsheet runs, and needs no mark. The file is written
next to its target and moved into place at the end: a failure never leaves half a file.
"""

from __future__ import annotations

import csv
import os
import tempfile
from collections.abc import Iterator
from contextlib import suppress
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlmodel import Session

from bizcare.domain.errors import ValidationError
from bizcare.domain.i18n import QT_TRANSLATE_NOOP
from bizcare.domain.models import Customer, CustomerTag, Division, Tag
from bizcare.domain.validation import format_npwp, format_phone
from bizcare.services.customers import CustomerQuery, query_conditions, query_order
from bizcare.services.transfer.files import GUARDED

COLUMNS = (
    "code", "name", "kind", "category", "company", "division", "contact_person", "phone",
    "whatsapp", "email", "address", "city", "province", "birth_date", "gender",
    "preferred_channel", "preferences", "needs", "tags", "npwp", "marketing_consent", "notes",
    "joined_on", "archived",
)  # fmt: skip
HEADERS = {
    "id": (
        "Kode", "Nama", "Jenis", "Kategori", "Perusahaan", "Divisi", "Kontak", "No. HP",
        "WhatsApp", "Email", "Alamat", "Kota", "Provinsi", "Tanggal Lahir", "Jenis Kelamin",
        "Saluran", "Preferensi", "Kebutuhan", "Tag", "NPWP", "Persetujuan Pemasaran", "Catatan",
        "Tanggal Bergabung", "Diarsipkan",
    ),
    "en": (
        "Code", "Name", "Kind", "Category", "Company", "Division", "Contact person", "Phone",
        "WhatsApp", "Email", "Address", "City", "Province", "Birth date", "Gender",
        "Preferred channel", "Preferences", "Needs", "Tags", "NPWP", "Marketing consent",
        "Notes", "Joined on", "Archived",
    ),
}  # fmt: skip
DELIMITERS = (",", ";", "\t", "|")
_WIDTHS = {"name": 28, "company": 24, "address": 36, "email": 28, "notes": 36, "code": 12}


def export_customers(
    session: Session,
    path: Path,
    delimiter: str = ",",
    query: CustomerQuery | None = None,
    lang: str = "id",
) -> int:
    """Write the customers of ``query`` (default: all but merged ones, by code) to ``path``.

    ``.xlsx`` writes a workbook, anything else CSV with ``delimiter``. Returns the row count.
    """
    if delimiter not in DELIMITERS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The delimiter must be a comma, semicolon, tab or |."),
            field="delimiter",
        )
    query = query or CustomerQuery(include_archived=True, sort="code")
    headers = HEADERS.get(lang, HEADERS["id"])
    rows = _rows(session, query)
    xlsx = path.suffix.lower() == ".xlsx"
    target = path.resolve()
    temp: Path | None = None
    try:
        fd, name = tempfile.mkstemp(prefix=".export-", suffix=path.suffix, dir=target.parent)
        os.close(fd)
        temp = Path(name)
        if xlsx:
            count = _write_xlsx(temp, headers, rows, "Pelanggan" if lang == "id" else "Customers")
        else:
            count = _write_csv(temp, headers, rows, delimiter)
        os.replace(temp, target)
    except OSError as exc:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The file {name} could not be written: {detail}"),
            field="file",
            name=path.name,
            detail=exc.strerror or str(exc),
        ) from exc
    finally:
        if temp is not None:
            with suppress(OSError):
                temp.unlink()
    return count


def _rows(session: Session, query: CustomerQuery) -> Iterator[dict[str, Any]]:
    c = Customer.__table__  # type: ignore[attr-defined]
    d = Division.__table__  # type: ignore[attr-defined]
    tags: dict[int, list[str]] = {}
    tag_rows = session.execute(
        select(CustomerTag.customer_id, Tag.name)  # type: ignore[call-overload]
        .join(Tag, Tag.id == CustomerTag.tag_id)
        .order_by(func.lower(Tag.name))
    )
    for customer_id, name in tag_rows:
        tags.setdefault(int(customer_id), []).append(name)
    stmt = (
        select(c, func.coalesce(d.c.name, "").label("division_name"))
        .select_from(c.outerjoin(d, d.c.id == c.c.division_id))
        .where(*query_conditions(session, query), c.c.merged_into_id.is_(None))
        .order_by(*query_order(session, query))
        .execution_options(yield_per=2000)
    )
    for r in session.execute(stmt):
        row = dict(r._mapping)
        row["division"] = row.pop("division_name")
        row["tags"] = tags.get(int(row["id"]), [])
        yield row


def _text(name: str, value: Any) -> Any:
    """A value as the owner would type it; dates stay dates (the writer formats them)."""
    if name in ("phone", "whatsapp"):
        return format_phone(value or "")
    if name == "npwp":
        return format_npwp(value) if value else ""
    if name == "tags":
        return ", ".join(value)
    if name in ("marketing_consent", "archived"):
        return "ya" if value else "tidak"
    return "" if value is None else value


def _guard(text: str) -> str:
    """Text a spreadsheet would run as a formula gets Excel's apostrophe, and so does a text
    that starts with an apostrophe, so the import takes off exactly the one added here."""
    return "'" + text if text.startswith(GUARDED) else text


def _write_csv(path: Path, headers: tuple[str, ...], rows: Iterator[dict[str, Any]],
               delimiter: str) -> int:  # fmt: skip
    count = 0
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=delimiter)
        writer.writerow(headers)
        for row in rows:
            values = []
            for name in COLUMNS:
                value = _text(name, row[name])
                if isinstance(value, date):
                    value = value.strftime("%d/%m/%Y")
                values.append(_guard(str(value)))
            writer.writerow(values)
            count += 1
    return count


def _write_xlsx(
    path: Path, headers: tuple[str, ...], rows: Iterator[dict[str, Any]], title: str
) -> int:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title)
    sheet.freeze_panes = "A2"
    for index, name in enumerate(COLUMNS, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = _WIDTHS.get(name, 16)
    bold = Font(bold=True)
    header_cells = []
    for text in headers:
        cell = WriteOnlyCell(sheet, value=text)
        cell.font = bold
        header_cells.append(cell)
    sheet.append(header_cells)
    count = 0
    for row in rows:
        cells = []
        for name in COLUMNS:
            value = _text(name, row[name])
            if isinstance(value, str):
                value = ILLEGAL_CHARACTERS_RE.sub("", value)
            cell = WriteOnlyCell(sheet, value=value)
            if isinstance(value, date):
                cell.number_format = "DD/MM/YYYY"
            elif isinstance(value, str) and value.startswith("="):
                cell.data_type = "s"  # a text cell, never a formula: no apostrophe needed
            cells.append(cell)
        sheet.append(cells)
        count += 1
    workbook.save(path)
    return count
