"""Money received: payments against invoices, cash sales, and their kwitansi.

Every payment issues a kwitansi in the receipt series in the same transaction. The
kwitansi freezes what it says — who paid, the amount in words, what it was for, the place
and the signatory — so a reprint years later is identical even if the customer or the
business profile changes. ``received_from`` is the customer's name, followed by the company
in parentheses when one is set and differs from the name.

A kwitansi is never edited. Voiding a payment (``void_receipt``) voids its kwitansi with a
reason, recomputes the invoice status (a reversal may take an invoice from paid back to
partial or issued, outside the forward ``INVOICE_TRANSITIONS``) and writes an audit row.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy import func, select
from sqlmodel import Session, col

from bizcare.documents.formatting import format_rupiah
from bizcare.documents.terbilang import terbilang
from bizcare.domain import clock
from bizcare.domain.enums import InvoiceStatus, PaymentMethod
from bizcare.domain.errors import StateError, ValidationError
from bizcare.domain.i18n import QT_TRANSLATE_NOOP
from bizcare.domain.models import Customer, Invoice, Payment, Receipt
from bizcare.domain.models._base import utcnow
from bizcare.domain.money import check_amount
from bizcare.services import audit
from bizcare.services.billing.common import (
    clean_text,
    get_customer,
    get_invoice,
    lines_of,
    lock_invoice,
    lock_receipt,
    paid_amount,
)
from bizcare.services.loyalty import lock_member
from bizcare.services.numbering import take_next_number
from bizcare.services.settings import load_profile, load_settings

RECEIPT_SERIES = "KW"
_DESCRIPTIONS_SHOWN = 3


def record_payment(
    session: Session,
    invoice_id: int,
    amount: int,
    method: str = PaymentMethod.CASH,
    paid_on: date | None = None,
    reference: str = "",
    actor: str = "",
) -> Receipt:
    """Take a full or partial payment on an issued invoice and issue its kwitansi.

    Nothing is written unless every check passes.

    Raises:
        NotFoundError: no such invoice.
        StateError: the invoice is a draft, void or already paid.
        ValidationError: zero/negative amount, more than the outstanding balance, an unknown
            method, or a date before the invoice date.
    """
    _check_amount(amount)
    invoice = lock_invoice(session, invoice_id)
    if invoice.status == InvoiceStatus.DRAFT:
        raise StateError(
            QT_TRANSLATE_NOOP("errors", "This invoice is still a draft: issue it before "
                              "recording a payment.")
        )
    if invoice.status == InvoiceStatus.VOID:
        raise StateError(
            QT_TRANSLATE_NOOP("errors", "Invoice {number} is void: it cannot be paid."),
            number=invoice.number,
        )
    if invoice.status == InvoiceStatus.PAID:
        raise StateError(
            QT_TRANSLATE_NOOP("errors", "Invoice {number} is already paid in full."),
            number=invoice.number,
        )
    paid = paid_amount(session, invoice_id)
    outstanding = invoice.total - paid
    if amount > outstanding:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "A payment of {amount} is more than the {balance} still owed on invoice "
                "{number}.",
            ),
            "amount",
            amount=format_rupiah(amount),
            balance=format_rupiah(outstanding),
            number=invoice.number,
        )
    on = paid_on or date.today()
    if on < invoice.issue_date:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The payment date cannot be before the invoice date."),
            "paid_on",
        )
    settles = amount == outstanding
    instalment = _active_payments(session, invoice_id) + 1
    purpose = _invoice_purpose(session, invoice, instalment, settles)
    customer = get_customer(session, invoice.customer_id)
    receipt = _record(
        session, customer, amount, method, on, reference, purpose, invoice, actor
    )
    invoice.status = InvoiceStatus.PAID if settles else InvoiceStatus.PARTIAL
    session.add(invoice)
    return receipt


def issue_cash_receipt(
    session: Session,
    customer_id: int,
    amount: int,
    purpose: str,
    method: str = PaymentMethod.CASH,
    paid_on: date | None = None,
    reference: str = "",
    actor: str = "",
) -> Receipt:
    """A kwitansi for a cash sale with no invoice: who paid, how much, and for what."""
    _check_amount(amount)
    text = clean_text(
        purpose, "purpose", 1000,
        required_message=QT_TRANSLATE_NOOP("errors", "Please say what the payment is for."),
    )  # fmt: skip
    customer = get_customer(session, customer_id)
    return _record(
        session, customer, amount, method, paid_on or date.today(), reference, text, None, actor
    )


def void_receipt(session: Session, receipt_id: int, reason: str, actor: str = "") -> Receipt:
    """Void a kwitansi and its payment (a refund or a mistake); the invoice reopens.

    Raises:
        NotFoundError: no such kwitansi.
        StateError: it is already void.
        ValidationError: no reason given.
    """
    why = clean_text(
        reason, "reason", 500,
        required_message=QT_TRANSLATE_NOOP("errors", "Please give a reason for voiding."),
    )  # fmt: skip
    receipt = lock_receipt(session, receipt_id)  # and its invoice, first
    if receipt.voided_at is not None:
        raise StateError(
            QT_TRANSLATE_NOOP("errors", "Kwitansi {number} is already void."),
            number=receipt.number,
        )
    payment = session.get(Payment, receipt.payment_id)
    assert payment is not None  # receipt.payment_id is a NOT NULL foreign key
    void_payment_rows(session, [payment], why, actor)
    if payment.invoice_id is not None:
        invoice = get_invoice(session, payment.invoice_id)
        if invoice.status != InvoiceStatus.VOID:
            still_paid = paid_amount(session, invoice.id or 0)
            invoice.status = InvoiceStatus.PARTIAL if still_paid else InvoiceStatus.ISSUED
            session.add(invoice)
    return receipt


def void_payment_rows(
    session: Session, payments: Sequence[Payment], reason: str, actor: str = ""
) -> None:
    """Mark payments and their kwitansi void and audit each: the one place payments end.

    Loyalty points earned on a kwitansi (issue 5) are reversed here, next to the void.
    """
    now = utcnow()
    for payment in payments:
        payment.voided_at = now
        session.add(payment)
        receipt = session.execute(
            select(Receipt).where(col(Receipt.payment_id) == payment.id)
        ).scalar_one()
        receipt.voided_at = now
        receipt.void_reason = reason
        session.add(receipt)
        audit.record(
            session, "void", "receipt", receipt.id, actor,
            number=receipt.number, amount=payment.amount, reason=reason,
        )  # fmt: skip
        # Loyalty (issue 5): take back the points this kwitansi earned, as a reverse entry.
        from bizcare.services.loyalty import reverse_for_receipt

        reverse_for_receipt(session, receipt, reason)
    session.flush()


def _record(
    session: Session,
    customer: Customer,
    amount: int,
    method: str,
    paid_on: date,
    reference: str,
    purpose: str,
    invoice: Invoice | None,
    actor: str,
) -> Receipt:
    """Write a payment and its kwitansi: the one place money is recorded as received.

    Loyalty (issue 5) earns points here, in the same transaction, for invoice payments and
    cash sales alike.
    """
    if method not in {m.value for m in PaymentMethod}:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Unknown payment method: {value}"), "method", value=method
        )
    if paid_on > clock.today():  # money is received now or was earlier, never later
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The payment date cannot be in the future."),
            "paid_on",
        )
    ref = clean_text(reference, "reference", 100)
    # The member before the sequence (lock order): points earned below read the ledger.
    lock_member(session, customer.id or 0)
    settings = load_settings(session)
    profile = load_profile(session)
    payment = Payment(
        invoice_id=invoice.id if invoice else None,
        customer_id=customer.id or 0,
        amount=amount,
        method=str(method),
        paid_on=paid_on,
        reference=ref,
    )
    session.add(payment)
    session.flush()
    receipt = Receipt(
        number=take_next_number(session, RECEIPT_SERIES, settings.receipt_pattern, paid_on),
        payment_id=payment.id or 0,
        customer_id=customer.id or 0,
        invoice_id=payment.invoice_id,
        amount=amount,
        received_from=received_from(customer),
        amount_words=terbilang(amount, rupiah=True, capitalize=True),
        purpose=purpose[:1000],
        place=profile.city,
        issued_on=paid_on,
        signatory=profile.signatory_name,
        meterai_required=amount > settings.meterai_threshold,
        meterai_value=settings.meterai_value,
    )
    session.add(receipt)
    session.flush()
    audit.record(
        session, "payment", "receipt", receipt.id, actor,
        number=receipt.number, amount=amount, method=str(method),
        invoice=invoice.number if invoice else None,
    )  # fmt: skip
    # Loyalty (issue 5): points are earned here, on the kwitansi, in the same transaction.
    from bizcare.services.loyalty import earn_for_receipt

    earn_for_receipt(session, receipt)
    return receipt


def received_from(customer: Customer) -> str:
    """The payer as the kwitansi prints it: name, and the company when it adds something."""
    name = customer.name.strip()
    company = customer.company.strip()
    text = f"{name} ({company})" if company and company != name else name
    return text[:200]


def _check_amount(amount: int) -> None:
    if isinstance(amount, bool) or not isinstance(amount, int):
        raise TypeError(f"amounts are int Rupiah, not {type(amount).__name__}")
    if amount <= 0:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The amount must be more than Rp0."), "amount"
        )
    check_amount(amount, "amount")


def _active_payments(session: Session, invoice_id: int) -> int:
    count = session.execute(
        select(func.count())
        .select_from(Payment)
        .where(col(Payment.invoice_id) == invoice_id, col(Payment.voided_at).is_(None))
    ).scalar()
    return int(count or 0)


def _invoice_purpose(session: Session, invoice: Invoice, instalment: int, settles: bool) -> str:
    """"Pelunasan invoice INV/… — A, B, C dan 2 item lainnya" or "Pembayaran ke-N invoice …"."""
    descriptions = [ln.description for ln in lines_of(session, invoice.id or 0)]
    shown = [_short(d) for d in descriptions[:_DESCRIPTIONS_SHOWN]]
    what = ", ".join(shown)
    if len(descriptions) > _DESCRIPTIONS_SHOWN:
        what += f" dan {len(descriptions) - _DESCRIPTIONS_SHOWN} item lainnya"
    head = "Pelunasan" if settles else f"Pembayaran ke-{instalment}"
    text = f"{head} invoice {invoice.number}"
    return f"{text} — {what}" if what else text


def _short(text: str, limit: int = 120) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
