"""Lists and details for the Invoice & Kwitansi tab and the CLI: paged, filtered in SQL.

The paged lists never load whole tables: ``count_*`` gives the row count and ``*_page``
one window, both from the same filtered statement, sorted by the database. The status a
list shows is the stored one, except that an open invoice past its due date with money
owed shows (and filters) as ``overdue``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import Join, Select, and_, func, or_, select
from sqlmodel import Session

from bizcare.domain.enums import InvoiceStatus
from bizcare.domain.errors import ValidationError
from bizcare.domain.i18n import QT_TRANSLATE_NOOP
from bizcare.domain.models import Customer, Invoice, InvoiceLine
from bizcare.services.billing.common import (
    CUS,
    INV,
    OPEN_STATUSES,
    OVERDUE,
    PAY,
    RCP,
    display_status,
    get_customer,
    get_invoice,
    lines_of,
    month_bounds,
    paid_amount,
    paid_subquery,
)
from bizcare.services.billing.invoices import line_inputs
from bizcare.services.billing.totals import line_amount

INVOICE_STATUSES = (*(s.value for s in InvoiceStatus), OVERDUE)
INVOICE_SORTS = ("number", "date", "due", "customer", "total", "paid", "status")
RECEIPT_SORTS = ("number", "date", "customer", "invoice", "amount", "method")


@dataclass(frozen=True)
class InvoiceQuery:
    """Filters of the invoice list; ``as_of`` (default today) decides what is overdue."""

    search: str = ""
    status: str | None = None
    month: str | None = None  # "2026-11"
    customer_id: int | None = None
    as_of: date | None = None
    sort: str = "date"
    descending: bool = True


@dataclass(frozen=True)
class InvoiceRow:
    id: int
    number: str | None
    issue_date: date
    due_date: date
    customer_id: int
    customer_code: str
    customer_name: str
    total: int
    paid: int
    status: str  # stored status, or "overdue"

    @property
    def outstanding(self) -> int:
        """What is still owed (0 for drafts and void invoices)."""
        if self.status in (InvoiceStatus.DRAFT, InvoiceStatus.VOID):
            return 0
        return self.total - self.paid


@dataclass(frozen=True)
class ReceiptQuery:
    search: str = ""
    month: str | None = None
    customer_id: int | None = None
    invoice_id: int | None = None
    include_void: bool = True
    sort: str = "date"
    descending: bool = True


@dataclass(frozen=True)
class ReceiptRow:
    id: int
    number: str
    issued_on: date
    customer_id: int
    customer_code: str
    received_from: str
    invoice_id: int | None
    invoice_number: str | None
    amount: int
    method: str
    meterai_required: bool
    void: bool

    @property
    def status(self) -> str:
        return "void" if self.void else "valid"


@dataclass(frozen=True)
class InvoiceDetail:
    """Everything the detail panel and the editor show for one invoice."""

    invoice: Invoice
    customer: Customer
    lines: list[InvoiceLine]
    line_amounts: list[int]
    paid: int
    status: str
    receipts: list[ReceiptRow] = field(default_factory=list)

    @property
    def outstanding(self) -> int:
        if self.invoice.status in (InvoiceStatus.DRAFT, InvoiceStatus.VOID):
            return 0
        return self.invoice.total - self.paid

    @property
    def can_edit(self) -> bool:
        """Only drafts are edited (and deleted, and issued)."""
        return self.invoice.status == InvoiceStatus.DRAFT

    @property
    def can_pay(self) -> bool:
        return self.invoice.status in OPEN_STATUSES

    @property
    def can_void(self) -> bool:
        return self.invoice.status in (*OPEN_STATUSES, InvoiceStatus.PAID)


def count_invoices(session: Session, q: InvoiceQuery) -> int:
    stmt = _invoice_filter(select(func.count()).select_from(INV.join(CUS)), q)
    return int(session.execute(stmt).scalar() or 0)


def invoice_page(session: Session, q: InvoiceQuery, offset: int = 0, limit: int = 100) -> list[
        InvoiceRow]:
    """One window of the filtered, sorted invoice list."""
    paid = paid_subquery().label("paid")
    stmt = select(
        INV.c.id, INV.c.number, INV.c.issue_date, INV.c.due_date, INV.c.customer_id,
        CUS.c.code, CUS.c.name, INV.c.total, paid, INV.c.status,
    ).select_from(INV.join(CUS))  # fmt: skip
    stmt = _invoice_filter(stmt, q)
    key = {
        "number": INV.c.number, "date": INV.c.issue_date, "due": INV.c.due_date,
        "customer": CUS.c.name, "total": INV.c.total, "paid": paid, "status": INV.c.status,
    }.get(q.sort)  # fmt: skip
    if key is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Unknown sort column: {value}"), "sort", value=q.sort
        )
    order = [key.desc(), INV.c.id.desc()] if q.descending else [key.asc(), INV.c.id.asc()]
    stmt = stmt.order_by(*order).offset(max(offset, 0)).limit(max(limit, 0))  # type: ignore[assignment]
    as_of = q.as_of or date.today()
    return [
        InvoiceRow(
            id=r.id, number=r.number, issue_date=r.issue_date, due_date=r.due_date,
            customer_id=r.customer_id, customer_code=r.code, customer_name=r.name,
            total=r.total, paid=int(r.paid),
            status=display_status(r.status, r.due_date, r.total - int(r.paid), as_of),
        )  # fmt: skip
        for r in session.execute(stmt)
    ]


def count_receipts(session: Session, q: ReceiptQuery) -> int:
    stmt = _receipt_filter(select(func.count()).select_from(_receipt_from()), q)
    return int(session.execute(stmt).scalar() or 0)


def receipt_page(session: Session, q: ReceiptQuery, offset: int = 0, limit: int = 100) -> list[
        ReceiptRow]:
    """One window of the filtered, sorted kwitansi list."""
    stmt = select(
        RCP.c.id, RCP.c.number, RCP.c.issued_on, RCP.c.customer_id, CUS.c.code,
        RCP.c.received_from, RCP.c.invoice_id, INV.c.number.label("invoice_number"),
        RCP.c.amount, PAY.c.method, RCP.c.meterai_required, RCP.c.voided_at,
    ).select_from(_receipt_from())  # fmt: skip
    stmt = _receipt_filter(stmt, q)
    key = {
        "number": RCP.c.number, "date": RCP.c.issued_on, "customer": RCP.c.received_from,
        "invoice": INV.c.number, "amount": RCP.c.amount, "method": PAY.c.method,
    }.get(q.sort)  # fmt: skip
    if key is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Unknown sort column: {value}"), "sort", value=q.sort
        )
    order = [key.desc(), RCP.c.id.desc()] if q.descending else [key.asc(), RCP.c.id.asc()]
    stmt = stmt.order_by(*order).offset(max(offset, 0)).limit(max(limit, 0))  # type: ignore[assignment]
    return [
        ReceiptRow(
            id=r.id, number=r.number, issued_on=r.issued_on, customer_id=r.customer_id,
            customer_code=r.code, received_from=r.received_from, invoice_id=r.invoice_id,
            invoice_number=r.invoice_number, amount=r.amount, method=r.method,
            meterai_required=bool(r.meterai_required), void=r.voided_at is not None,
        )  # fmt: skip
        for r in session.execute(stmt)
    ]


def invoice_detail(session: Session, invoice_id: int, as_of: date | None = None) -> InvoiceDetail:
    """The invoice, its customer, lines with their amounts, payments and kwitansi."""
    invoice = get_invoice(session, invoice_id)
    lines = lines_of(session, invoice_id)
    paid = paid_amount(session, invoice_id)
    return InvoiceDetail(
        invoice=invoice,
        customer=get_customer(session, invoice.customer_id),
        lines=lines,
        line_amounts=[line_amount(li, i) for i, li in enumerate(line_inputs(lines))],
        paid=paid,
        status=display_status(
            invoice.status, invoice.due_date, invoice.total - paid, as_of or date.today()
        ),
        receipts=receipt_page(
            session, ReceiptQuery(invoice_id=invoice_id, sort="date", descending=False), 0, 1000
        ),
    )


def _invoice_filter(stmt: Select[Any], q: InvoiceQuery) -> Select[Any]:
    as_of = q.as_of or date.today()
    if q.search.strip():
        term = f"%{_escape_like(q.search.strip())}%"
        stmt = stmt.where(
            or_(
                INV.c.number.ilike(term, escape="\\"),
                CUS.c.code.ilike(term, escape="\\"),
                CUS.c.name.ilike(term, escape="\\"),
                CUS.c.company.ilike(term, escape="\\"),
            )
        )
    if q.status:
        if q.status not in INVOICE_STATUSES:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Unknown invoice status: {value}"),
                "status",
                value=q.status,
            )
        if q.status == OVERDUE:
            stmt = stmt.where(INV.c.status.in_(OPEN_STATUSES), INV.c.due_date < as_of)
        elif q.status in OPEN_STATUSES:
            stmt = stmt.where(INV.c.status == q.status, INV.c.due_date >= as_of)
        else:
            stmt = stmt.where(INV.c.status == q.status)
    if q.month:
        start, end = month_bounds(q.month)
        stmt = stmt.where(and_(INV.c.issue_date >= start, INV.c.issue_date < end))
    if q.customer_id is not None:
        stmt = stmt.where(INV.c.customer_id == q.customer_id)
    return stmt


def _receipt_from() -> Join:
    joined: Join = RCP.join(CUS, RCP.c.customer_id == CUS.c.id).join(
        PAY, RCP.c.payment_id == PAY.c.id
    ).outerjoin(INV, RCP.c.invoice_id == INV.c.id)
    return joined


def _receipt_filter(stmt: Select[Any], q: ReceiptQuery) -> Select[Any]:
    if q.search.strip():
        term = f"%{_escape_like(q.search.strip())}%"
        stmt = stmt.where(
            or_(
                RCP.c.number.ilike(term, escape="\\"),
                RCP.c.received_from.ilike(term, escape="\\"),
                CUS.c.code.ilike(term, escape="\\"),
                INV.c.number.ilike(term, escape="\\"),
            )
        )
    if q.month:
        start, end = month_bounds(q.month)
        stmt = stmt.where(and_(RCP.c.issued_on >= start, RCP.c.issued_on < end))
    if q.customer_id is not None:
        stmt = stmt.where(RCP.c.customer_id == q.customer_id)
    if q.invoice_id is not None:
        stmt = stmt.where(RCP.c.invoice_id == q.invoice_id)
    if not q.include_void:
        stmt = stmt.where(RCP.c.voided_at.is_(None))
    return stmt


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
