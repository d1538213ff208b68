"""Look-ups and derived values the billing modules share (Qt-free, no side effects)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date
from typing import Any

from sqlalchemy import ScalarSelect, and_, func, or_, select
from sqlmodel import Session, col

from bizcare.domain.enums import InvoiceStatus
from bizcare.domain.errors import NotFoundError, StateError, ValidationError
from bizcare.domain.i18n import QT_TRANSLATE_NOOP
from bizcare.domain.models import Customer, Invoice, InvoiceLine, Payment, Receipt
from bizcare.domain.numbering import draft_handle, parse_draft_handle
from bizcare.services.lookups import get_customer, get_customer_by_code

__all__ = ["customer_by_code", "draft_handle", "get_customer", "parse_draft_handle"]

OVERDUE = "overdue"
"""The derived status shown for an issued or partly paid invoice past its due date."""

OPEN_STATUSES = (InvoiceStatus.ISSUED, InvoiceStatus.PARTIAL)

PAY = Payment.__table__  # type: ignore[attr-defined]
INV = Invoice.__table__  # type: ignore[attr-defined]
CUS = Customer.__table__  # type: ignore[attr-defined]
RCP = Receipt.__table__  # type: ignore[attr-defined]


def customer_by_code(session: Session, code: str) -> Customer:
    """The customer with ``code`` (e.g. ``PLG-000001``); the customers service owns the rule."""
    return get_customer_by_code(session, code)


def get_invoice(session: Session, invoice_id: int) -> Invoice:
    invoice = session.get(Invoice, invoice_id)
    if invoice is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("errors", "Invoice {number} not found."), number=f"#{invoice_id}"
        )
    return invoice


def lock_invoice(session: Session, invoice_id: int) -> Invoice:
    """:func:`get_invoice` read afresh and locked until the transaction ends.

    Every use case that decides on an invoice's state (issue, pay, void, void a kwitansi)
    reads it through this, so concurrent sessions deciding on the same invoice take turns and
    each sees what the one before it committed (PostgreSQL ``SELECT … FOR UPDATE``; SQLite's
    write transactions are serialised already). The invoice is the first lock a use case
    takes: invoice, then member, then reward or voucher, then the number sequence.
    """
    invoice = session.get(Invoice, invoice_id, with_for_update=True, populate_existing=True)
    if invoice is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("errors", "Invoice {number} not found."), number=f"#{invoice_id}"
        )
    return invoice


def lock_receipt(session: Session, receipt_id: int) -> Receipt:
    """The kwitansi ``receipt_id`` read afresh and locked, after its invoice (if any)."""
    receipt = session.get(Receipt, receipt_id)
    if receipt is not None and receipt.invoice_id is not None:
        lock_invoice(session, receipt.invoice_id)
    receipt = session.get(Receipt, receipt_id, with_for_update=True, populate_existing=True)
    if receipt is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("errors", "Kwitansi {number} not found."), number=f"#{receipt_id}"
        )
    return receipt


_BARE = re.compile(r"[0-9]{1,18}", re.ASCII)
_HINTS = 5  # numbers named in a "did you mean" hint, newest first
_MAX_ID = 2**31 - 1  # PostgreSQL's integer: a larger id is simply not there


def invoice_by_number(session: Session, number: str) -> Invoice:
    """The invoice named ``number``: an issued one by its full number, a draft as ``draft:12``.

    A bare number (``5``, ``0005``) names nothing: the owner may mean this month's
    ``INV/…/0005`` while the database id 5 is another invoice, and a void must never guess.
    It is refused with the full numbers it could have meant.
    """
    text = number.strip()
    draft_id = parse_draft_handle(text)
    if draft_id is not None:
        return _draft(session, draft_id)
    invoice: Invoice | None = session.execute(
        select(Invoice).where(col(Invoice.number) == text)
    ).scalar_one_or_none()
    if invoice is None:
        raise _not_found(session, _INVOICE_MESSAGES, INV, INV.c.issue_date, text)
    return invoice


def _draft(session: Session, draft_id: int) -> Invoice:
    invoice = session.get(Invoice, draft_id) if draft_id <= _MAX_ID else None
    if invoice is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("errors", "Invoice {number} not found."),
                            number=draft_handle(draft_id))
    if invoice.number:
        raise StateError(
            QT_TRANSLATE_NOOP("errors", "{handle} is no longer a draft: it was issued as "
                                        "{number}."),
            handle=draft_handle(draft_id), number=invoice.number,
        )
    return invoice


def receipt_by_number(session: Session, number: str) -> Receipt:
    """The kwitansi with the full ``number``; a bare number is refused with a hint."""
    text = number.strip()
    receipt: Receipt | None = session.execute(
        select(Receipt).where(col(Receipt.number) == text)
    ).scalar_one_or_none()
    if receipt is None:
        raise _not_found(session, _RECEIPT_MESSAGES, RCP, RCP.c.issued_on, text)
    return receipt


# (not found, not found but these numbers end with it, a bare number that ends none)
_INVOICE_MESSAGES = (
    QT_TRANSLATE_NOOP("errors", "Invoice {number} not found."),
    QT_TRANSLATE_NOOP("errors", "Invoice {number} not found. Did you mean {matches}?"),
    QT_TRANSLATE_NOOP("errors", "Invoice {number} not found. Give the full number, e.g. "
                                "INV/2026/11/0005, or a draft as draft:12."),
)
_RECEIPT_MESSAGES = (
    QT_TRANSLATE_NOOP("errors", "Kwitansi {number} not found."),
    QT_TRANSLATE_NOOP("errors", "Kwitansi {number} not found. Did you mean {matches}?"),
    QT_TRANSLATE_NOOP("errors", "Kwitansi {number} not found. Give the full number, e.g. "
                                "KW/2026/11/0005."),
)


def _not_found(session: Session, messages: tuple[str, str, str], table: Any, day: Any,
               text: str) -> NotFoundError:  # fmt: skip
    """Not found; for a bare number, with the full numbers it may have meant."""
    missing, did_you_mean, give_full = messages
    if not _BARE.fullmatch(text):
        return NotFoundError(missing, number=text)
    matches = _ending_with(session, table, day, int(text))
    if not matches:
        return NotFoundError(give_full, number=text)
    return NotFoundError(did_you_mean, number=text, matches=", ".join(matches))


def _ending_with(session: Session, table: Any, day: Any, seq: int) -> list[str]:
    """Numbers whose last group of digits is ``seq`` (``5`` finds ``…/0005``, not ``…/0015``),
    newest first."""
    number = table.c.number
    endings = []
    digits = len(str(seq))
    for width in range(digits, max(digits, 9) + 1):
        before = func.substr(number, func.length(number) - width, 1)
        endings.append(and_(number.like(f"%{seq:0{width}d}"), ~before.between("0", "9")))
    rows = session.execute(
        select(number).where(or_(*endings)).order_by(day.desc(), table.c.id.desc())
        .limit(_HINTS)
    )
    return [str(n) for (n,) in rows]


def paid_subquery() -> ScalarSelect[Any]:
    """Correlated scalar: the sum of an invoice's payments that are not void."""
    return (
        select(func.coalesce(func.sum(PAY.c.amount), 0))
        .where(PAY.c.invoice_id == INV.c.id, PAY.c.voided_at.is_(None))
        .scalar_subquery()
    )


def paid_amount(session: Session, invoice_id: int) -> int:
    value = session.execute(
        select(func.coalesce(func.sum(PAY.c.amount), 0)).where(
            PAY.c.invoice_id == invoice_id, PAY.c.voided_at.is_(None)
        )
    ).scalar()
    return int(value or 0)


def paid_by_invoice(session: Session, invoice_ids: Iterable[int]) -> dict[int, int]:
    """Paid sums for many invoices in one query (missing ids paid nothing)."""
    ids = list(invoice_ids)
    if not ids:
        return {}
    rows = session.execute(
        select(PAY.c.invoice_id, func.sum(PAY.c.amount))
        .where(PAY.c.invoice_id.in_(ids), PAY.c.voided_at.is_(None))
        .group_by(PAY.c.invoice_id)
    )
    return {int(i): int(s) for i, s in rows}


def display_status(status: str, due_date: date, outstanding: int, as_of: date) -> str:
    """The stored status, or ``overdue`` when an open invoice is past due with money owed."""
    if status in OPEN_STATUSES and outstanding > 0 and due_date < as_of:
        return OVERDUE
    return status


def clean_text(
    value: str, field: str, max_length: int, *, required_message: str | None = None
) -> str:
    """Strip ``value`` and check its length; with ``required_message`` it must not be empty."""
    text = (value or "").strip()
    if required_message and not text:
        raise ValidationError(required_message, field)
    if len(text) > max_length:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The text is longer than {limit} characters."),
            field,
            limit=max_length,
        )
    return text


def month_bounds(month: str) -> tuple[date, date]:
    """``"2026-11"`` -> (1 Nov 2026, 1 Dec 2026): the half-open range of that month."""
    try:
        year, mon = (int(part) for part in month.strip().split("-"))
        start = date(year, mon, 1)
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A month looks like 2026-11: {value}"),
            "month",
            value=month,
        ) from None
    end = date(year + 1, 1, 1) if mon == 12 else date(year, mon + 1, 1)
    return start, end


def lines_of(session: Session, invoice_id: int) -> list[InvoiceLine]:
    """The lines of an invoice in their printed order."""
    stmt = (
        select(InvoiceLine)
        .where(col(InvoiceLine.invoice_id) == invoice_id)
        .order_by(col(InvoiceLine.position), col(InvoiceLine.id))
    )
    return list(session.execute(stmt).scalars())
