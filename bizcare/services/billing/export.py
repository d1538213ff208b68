"""Single documents as PDF bytes, and a month's invoices and kwitansi written to a folder.

The renderers (``bizcare.documents.invoice`` / ``receipt`` / ``reminder``) are imported when
a PDF is made, not at start-up. Export reports through ``progress(done, total, text)``; if
that raises (the user pressed Batal), the exception goes on and the folder is left as it
was: files are written to a hidden staging folder first and moved into place only when
every document has been rendered.
"""

from __future__ import annotations

import re
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlalchemy import and_, select
from sqlmodel import Session

from bizcare.domain.enums import InvoiceStatus
from bizcare.services.billing.common import INV, RCP, month_bounds
from bizcare.services.billing.documents import (
    invoice_doc,
    invoice_docs,
    letterhead,
    receipt_doc,
    receipt_docs,
    reminder_doc,
)

Progress = Callable[[int, int, str], None]
_BATCH = 50
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


@dataclass
class ExportResult:
    folder: Path
    invoices: int = 0
    receipts: int = 0
    files: list[Path] = field(default_factory=list)


def invoice_pdf(session: Session, invoice_id: int) -> bytes:
    from bizcare.documents.invoice import render_invoice

    return render_invoice(invoice_doc(session, invoice_id))


def receipt_pdf(session: Session, receipt_id: int) -> bytes:
    from bizcare.documents.receipt import render_receipt

    return render_receipt(receipt_doc(session, receipt_id))


def reminder_pdf(
    session: Session,
    customer_id: int,
    level: int,
    as_of: date | None = None,
    letter_number: str = "",
) -> bytes:
    from bizcare.documents.reminder import render_reminder

    return render_reminder(reminder_doc(session, customer_id, level, as_of, letter_number))


def file_name(kind: str, number: str) -> str:
    """``invoice_INV-2026-11-0001.pdf``: numbers made safe for every file system."""
    return f"{kind}_{_UNSAFE.sub('-', number).strip('-.') or 'dokumen'}.pdf"


def export_month_documents(
    session: Session, month: str, folder: Path, progress: Progress | None = None
) -> ExportResult:
    """Write the PDFs of every invoice issued (or voided) and every kwitansi of ``month``.

    Args:
        month: ``"2026-11"``; invoices by issue date, kwitansi by their date.
        folder: created if missing; files are named after the document numbers.
        progress: called before each document; raising from it cancels the export.
    """
    from bizcare.documents.invoice import render_invoice
    from bizcare.documents.receipt import render_receipt

    start, end = month_bounds(month)
    invoice_rows = session.execute(
        select(INV.c.id, INV.c.number)
        .where(and_(INV.c.issue_date >= start, INV.c.issue_date < end))
        .where(INV.c.status != InvoiceStatus.DRAFT)
        .order_by(INV.c.number)
    ).all()
    receipt_rows = session.execute(
        select(RCP.c.id, RCP.c.number)
        .where(and_(RCP.c.issued_on >= start, RCP.c.issued_on < end))
        .order_by(RCP.c.number)
    ).all()
    total = len(invoice_rows) + len(receipt_rows)
    result = ExportResult(folder)
    folder.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".bizcare-export-", dir=folder))
    head = letterhead(session)
    done = 0
    try:
        for i in range(0, len(invoice_rows), _BATCH):
            chunk = invoice_rows[i : i + _BATCH]
            for (_, number), doc in zip(
                chunk, invoice_docs(session, [r.id for r in chunk], head), strict=True
            ):
                if progress is not None:
                    progress(done, total, number)
                _write(result, staging / file_name("invoice", number), render_invoice(doc))
                result.invoices += 1
                done += 1
        for i in range(0, len(receipt_rows), _BATCH):
            chunk = receipt_rows[i : i + _BATCH]
            for (_, number), rdoc in zip(
                chunk, receipt_docs(session, [r.id for r in chunk], head), strict=True
            ):
                if progress is not None:
                    progress(done, total, number)
                _write(result, staging / file_name("kwitansi", number), render_receipt(rdoc))
                result.receipts += 1
                done += 1
        if progress is not None:
            progress(total, total, "")
        result.files = [p.replace(folder / p.name) for p in result.files]
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return result


def _write(result: ExportResult, path: Path, data: bytes) -> None:
    result.files.append(path)
    path.write_bytes(data)
