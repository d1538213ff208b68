"""Plain document contexts (``bizcare.documents.model``) built from the database.

Renderers never see a session: these builders gather the letterhead, the customer, the
lines and the figures, and hand over frozen dataclasses. A kwitansi is built from the text
it froze when it was issued (received from, words, purpose, place, signatory), so a reprint
is identical to the original. Many invoices are built with a handful of queries (export).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import date

from sqlalchemy import select
from sqlmodel import Session, col

from bizcare.documents.model import (
    DocLine,
    InvoiceDoc,
    Letterhead,
    Party,
    ReceiptDoc,
    ReminderDoc,
)
from bizcare.documents.terbilang import terbilang
from bizcare.domain.enums import InvoiceStatus, PaymentMethod, PpnMode
from bizcare.domain.errors import NotFoundError
from bizcare.domain.i18n import QT_TRANSLATE_NOOP
from bizcare.domain.models import Customer, Invoice, InvoiceLine, Payment, Receipt, Voucher
from bizcare.domain.money import mul_qty
from bizcare.services.billing.common import get_customer, paid_by_invoice
from bizcare.services.billing.receivables import overdue_for_reminder
from bizcare.services.settings import load_profile, load_settings

PPN_LABELS = {PpnMode.PPN_11: "PPN 11%", PpnMode.PPN_12_DPP: "PPN 12% × DPP 11/12"}
METHOD_TEXT = {
    PaymentMethod.CASH: "Tunai",
    PaymentMethod.TRANSFER: "Transfer bank",
    PaymentMethod.QRIS: "QRIS",
    PaymentMethod.EWALLET: "E-wallet",
    PaymentMethod.CARD: "Kartu debit/kredit",
}
_CHUNK = 500


def letterhead(session: Session) -> Letterhead:
    """The business as it prints on every document, with the Rupiah spacing setting."""
    profile = load_profile(session)
    settings = load_settings(session)
    return Letterhead(
        name=profile.name,
        address=profile.address,
        city=profile.city,
        phone=profile.phone,
        email=profile.email,
        npwp=profile.npwp,
        logo_png=profile.logo,
        signatory_name=profile.signatory_name,
        signatory_title=profile.signatory_title,
        rupiah_spaced=settings.rupiah_spaced,
    )


def party(customer: Customer) -> Party:
    return Party(
        name=customer.name,
        company=customer.company if customer.company != customer.name else "",
        address=customer.address,
        city=customer.city,
        phone=customer.phone,
        code=customer.code,
    )


def invoice_doc(session: Session, invoice_id: int) -> InvoiceDoc:
    """The invoice as printed: a draft has no number (DRAF), LUNAS/BATAL when it applies."""
    docs = invoice_docs(session, [invoice_id])
    if not docs:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("errors", "Invoice {number} not found."), number=f"#{invoice_id}"
        )
    return docs[0]


def invoice_docs(
    session: Session, invoice_ids: Sequence[int], head: Letterhead | None = None
) -> list[InvoiceDoc]:
    """Contexts for many invoices in the given order, with one query per table per chunk."""
    head = head or letterhead(session)
    out: dict[int, InvoiceDoc] = {}
    for start in range(0, len(invoice_ids), _CHUNK):
        ids = list(invoice_ids[start : start + _CHUNK])
        invoices = list(
            session.execute(select(Invoice).where(col(Invoice.id).in_(ids))).scalars()
        )
        lines: dict[int, list[InvoiceLine]] = defaultdict(list)
        for ln in session.execute(
            select(InvoiceLine)
            .where(col(InvoiceLine.invoice_id).in_(ids))
            .order_by(col(InvoiceLine.invoice_id), col(InvoiceLine.position), col(InvoiceLine.id))
        ).scalars():
            lines[ln.invoice_id].append(ln)
        customers = _customers(session, {inv.customer_id for inv in invoices})
        vouchers = _vouchers(session, {inv.voucher_id for inv in invoices if inv.voucher_id})
        paid = paid_by_invoice(session, ids)
        for inv in invoices:
            out[inv.id or 0] = _invoice_doc(
                inv, lines[inv.id or 0], customers[inv.customer_id], paid.get(inv.id or 0, 0),
                head, vouchers.get(inv.voucher_id or 0),
            )
    return [out[i] for i in invoice_ids if i in out]


def _invoice_doc(
    inv: Invoice, lines: list[InvoiceLine], customer: Customer, paid: int, head: Letterhead,
    voucher: Voucher | None = None,
) -> InvoiceDoc:
    by_voucher, by_points = _loyalty_split(inv, voucher)
    stamp = {InvoiceStatus.PAID: "LUNAS", InvoiceStatus.VOID: "BATAL"}.get(
        InvoiceStatus(inv.status), ""
    )
    return InvoiceDoc(
        letterhead=head,
        customer=party(customer),
        number=inv.number or "",
        issue_date=inv.issue_date,
        due_date=inv.due_date,
        lines=tuple(
            DocLine(
                description=ln.description,
                quantity=ln.quantity,
                unit=ln.unit,
                unit_price=ln.unit_price,
                discount=ln.discount,
                amount=mul_qty(ln.unit_price, ln.quantity) - ln.discount,
            )
            for ln in lines
        ),
        subtotal=inv.subtotal,
        discount=inv.discount,
        dpp=inv.dpp,
        ppn=inv.ppn,
        ppn_label=PPN_LABELS.get(PpnMode(inv.ppn_mode), ""),
        total=inv.total,
        paid=paid,
        total_words=terbilang(inv.total, rupiah=True, capitalize=True),
        payment_instructions=inv.payment_instructions,
        notes=inv.notes,
        status_stamp=stamp,
        void_reason=inv.void_reason if inv.status == InvoiceStatus.VOID else "",
        voucher_code=voucher.code if voucher else "",
        voucher_discount=by_voucher,
        points_redeemed=inv.points_redeemed,
        points_discount=by_points,
    )


def _loyalty_split(inv: Invoice, voucher: Voucher | None) -> tuple[int, int]:
    """What the voucher and the points took off: together gross total − stored total."""
    taken = max(inv.subtotal - inv.discount + inv.ppn - inv.total, 0)
    by_voucher = min(voucher.value, taken) if voucher else 0
    return by_voucher, taken - by_voucher


def receipt_doc(session: Session, receipt_id: int) -> ReceiptDoc:
    """The kwitansi exactly as issued (its frozen text), marked void when voided."""
    docs = receipt_docs(session, [receipt_id])
    if not docs:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("errors", "Kwitansi {number} not found."), number=f"#{receipt_id}"
        )
    return docs[0]


def receipt_docs(
    session: Session, receipt_ids: Sequence[int], head: Letterhead | None = None
) -> list[ReceiptDoc]:
    head = head or letterhead(session)
    meterai_value = load_settings(session).meterai_value
    out: dict[int, ReceiptDoc] = {}
    for start in range(0, len(receipt_ids), _CHUNK):
        ids = list(receipt_ids[start : start + _CHUNK])
        rows = session.execute(
            select(Receipt, Payment.method, Payment.reference)  # type: ignore[call-overload]
            .join(Payment, col(Receipt.payment_id) == col(Payment.id))
            .where(col(Receipt.id).in_(ids))
        )
        for rcp, method, reference in rows:
            how = METHOD_TEXT.get(method, method)
            out[rcp.id] = ReceiptDoc(
                letterhead=head,
                number=rcp.number,
                received_from=rcp.received_from,
                amount=rcp.amount,
                amount_words=rcp.amount_words,
                purpose=rcp.purpose,
                place=rcp.place,
                issued_on=rcp.issued_on,
                signatory=rcp.signatory,
                meterai_required=rcp.meterai_required,
                meterai_value=rcp.meterai_value or meterai_value,
                method=f"{how} ({reference})" if reference else how,
                points_earned=rcp.points_earned,
                void=rcp.voided_at is not None,
            )
    return [out[i] for i in receipt_ids if i in out]


def reminder_doc(
    session: Session,
    customer_id: int,
    level: int,
    as_of: date | None = None,
    letter_number: str = "",
) -> ReminderDoc:
    """The "Surat Tagihan" for a customer's overdue invoices at ``level`` (1, 2 or 3)."""
    on = as_of or date.today()
    invoices = overdue_for_reminder(session, customer_id, level, on)
    return ReminderDoc(
        letterhead=letterhead(session),
        customer=party(get_customer(session, customer_id)),
        level=level,
        letter_number=letter_number,
        on=on,
        invoices=tuple(
            (i.number, i.issue_date, i.due_date, i.total, i.outstanding) for i in invoices
        ),
        total_outstanding=sum(i.outstanding for i in invoices),
        payment_instructions=load_profile(session).bank_accounts,
    )


def _vouchers(session: Session, ids: set[int]) -> dict[int, Voucher]:
    if not ids:
        return {}
    rows = session.execute(select(Voucher).where(col(Voucher.id).in_(ids))).scalars()
    return {v.id or 0: v for v in rows}


def _customers(session: Session, ids: Iterable[int]) -> dict[int, Customer]:
    found = session.execute(select(Customer).where(col(Customer.id).in_(list(ids)))).scalars()
    return {c.id or 0: c for c in found}
