"""Rows the loyalty tests need, written directly (billing is tested on its own)."""

from __future__ import annotations

import itertools
from datetime import date

from sqlmodel import Session

from bizcare.domain.enums import CustomerCategory, CustomerKind, InvoiceStatus
from bizcare.domain.models import Customer, Division, Invoice, Payment, Receipt
from bizcare.domain.models._base import utcnow

_numbers = itertools.count(1)


def customer(
    session: Session,
    code: str = "PLG-000001",
    name: str = "Budi Santoso",
    *,
    birth_date: date | None = None,
    kind: str = CustomerKind.EXTERNAL,
    division_id: int | None = None,
    phone: str = "+6281234567890",
) -> Customer:
    row = Customer(
        code=code, name=name, kind=kind, birth_date=birth_date, phone=phone,
        category=CustomerCategory.DIVISION if kind == CustomerKind.INTERNAL
        else CustomerCategory.PERORANGAN,
        division_id=division_id,
    )
    session.add(row)
    session.flush()
    return row


def division(session: Session, name: str) -> Division:
    row = Division(name=name)
    session.add(row)
    session.flush()
    return row


def invoice(session: Session, cust: Customer, total: int, ppn: int = 0,
            on: date = date(2026, 1, 1)) -> Invoice:
    row = Invoice(
        number=f"INV/T/{next(_numbers):05d}", customer_id=cust.id or 0,
        status=InvoiceStatus.ISSUED, issue_date=on, due_date=on, subtotal=total - ppn,
        dpp=total - ppn, ppn=ppn, total=total,
    )
    session.add(row)
    session.flush()
    return row


def receipt(session: Session, cust: Customer, amount: int, on: date,
            inv: Invoice | None = None) -> Receipt:
    """A payment and its kwitansi, as billing writes them (points not yet earned)."""
    payment = Payment(invoice_id=inv.id if inv else None, customer_id=cust.id or 0,
                      amount=amount, paid_on=on)
    session.add(payment)
    session.flush()
    row = Receipt(
        number=f"KW/T/{next(_numbers):05d}", payment_id=payment.id or 0,
        customer_id=cust.id or 0, invoice_id=payment.invoice_id, amount=amount,
        received_from=cust.name, amount_words="-", purpose="test", issued_on=on,
    )
    session.add(row)
    session.flush()
    return row


def void(session: Session, rcp: Receipt) -> None:
    """Mark a kwitansi and its payment void, as billing does before reversing points."""
    payment = session.get(Payment, rcp.payment_id)
    assert payment is not None
    payment.voided_at = rcp.voided_at = utcnow()
    session.add(payment)
    session.add(rcp)
    session.flush()
