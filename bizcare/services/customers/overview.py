"""The whole relationship with one customer on a day: money owed, documents, loyalty.

The customer detail (GUI) and ``bizcare customer show`` (CLI) read this one value instead of
asking billing and loyalty piece by piece, so both show the same figures. It is built on the
billing and loyalty services' own queries; only the outstanding total is summed here, with the
receivables rules: an invoice counts when it was issued on or before ``as_of`` and is not a
draft or void, and only payments dated on or before ``as_of`` reduce it. Overdue figures come
from :func:`bizcare.services.billing.receivables.overdue_invoices` with the same rules,
so "outstanding" always includes "overdue".

Feedback and complaints (issue 6) are not part of the overview yet.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import case, func, select
from sqlmodel import Session

from bizcare.domain.enums import InvoiceStatus, LoyaltyProgram

# The modules behind the ``billing`` and ``loyalty`` facades, not the facades: those also load
# the PDF renderers, which the customer detail never needs.
from bizcare.services.billing import (
    INV,
    PAY,
    InvoiceQuery,
    InvoiceRow,
    ReceiptQuery,
    ReceiptRow,
    count_invoices,
    count_receipts,
    get_customer,
    invoice_page,
    overdue_invoices,
    receipt_page,
)
from bizcare.services.loyalty import MemberStatus, member_status, open_vouchers, program_of

RECENT = 20
"""How many of the latest invoices and kwitansi the overview lists."""

_COUNTED = (InvoiceStatus.ISSUED, InvoiceStatus.PARTIAL, InvoiceStatus.PAID)


@dataclass(frozen=True)
class VoucherRow:
    """An open voucher as shown on the customer (plain values, no live model object)."""

    code: str
    value: int
    issued_on: date


@dataclass(frozen=True)
class CustomerOverview:
    """Money, documents and loyalty of one customer as of ``as_of``.

    Attributes:
        outstanding: Rupiah still owed on issued invoices (payments up to ``as_of``).
        overdue_amount: the part of ``outstanding`` on invoices past their due date.
        overdue_count: how many invoices make up ``overdue_amount``.
        invoices: the latest :data:`RECENT` invoices (drafts and void ones included), newest
            first; ``invoice_count`` says how many there are in all.
        receipts: the latest :data:`RECENT` kwitansi (void ones included), newest first;
            ``receipt_count`` says how many in all.
        program: ``customer`` (loyalty points and tier) or ``internal`` (appreciation points
            of a division, no tier).
        member: points, tier and next expiry in that programme.
        vouchers: open vouchers, oldest first (customer programme only).
    """

    customer_id: int
    as_of: date
    outstanding: int
    overdue_amount: int
    overdue_count: int
    invoices: list[InvoiceRow]
    invoice_count: int
    receipts: list[ReceiptRow]
    receipt_count: int
    program: str
    member: MemberStatus
    vouchers: list[VoucherRow]

    @property
    def is_internal(self) -> bool:
        return self.program == LoyaltyProgram.INTERNAL


def outstanding_as_of(session: Session, customer_id: int, as_of: date) -> int:
    """What the customer owes on ``as_of`` (the receivables rules; see the module docstring)."""
    paid = (
        select(func.coalesce(func.sum(PAY.c.amount), 0))
        .where(PAY.c.invoice_id == INV.c.id, PAY.c.voided_at.is_(None), PAY.c.paid_on <= as_of)
        .scalar_subquery()
    )
    owed = INV.c.total - paid
    total = session.execute(
        select(func.coalesce(func.sum(case((owed > 0, owed), else_=0)), 0)).where(
            INV.c.customer_id == customer_id,
            INV.c.status.in_(_COUNTED),
            INV.c.issue_date <= as_of,
        )
    ).scalar()
    return int(total or 0)


def customer_overview(
    session: Session, customer_id: int, as_of: date, recent: int = RECENT
) -> CustomerOverview:
    """Everything the customer detail shows beyond contact data, in one read.

    Raises:
        NotFoundError: no such customer.
    """
    customer = get_customer(session, customer_id)
    overdue = overdue_invoices(session, as_of, customer_id)
    invoices = InvoiceQuery(customer_id=customer_id, as_of=as_of, sort="date", descending=True)
    receipts = ReceiptQuery(customer_id=customer_id, sort="date", descending=True)
    program = program_of(customer)
    vouchers = (
        [VoucherRow(v.code, v.value, v.issued_on) for v in open_vouchers(session, customer_id)]
        if program == LoyaltyProgram.CUSTOMER
        else []
    )
    return CustomerOverview(
        customer_id=customer_id,
        as_of=as_of,
        outstanding=outstanding_as_of(session, customer_id, as_of),
        overdue_amount=sum(i.outstanding for i in overdue),
        overdue_count=len(overdue),
        invoices=invoice_page(session, invoices, 0, recent),
        invoice_count=count_invoices(session, invoices),
        receipts=receipt_page(session, receipts, 0, recent),
        receipt_count=count_receipts(session, receipts),
        program=program,
        member=member_status(session, customer_id, as_of),
        vouchers=vouchers,
    )
