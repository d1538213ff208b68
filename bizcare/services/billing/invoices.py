"""Invoice lifecycle: draft → issued → partial → paid, and void with a reason.

A draft has no number and may be edited or deleted. Issuing derives the totals from the
lines under the current PPN setting, takes the next number of the invoice series for the
period of the issue date (same transaction, so no gaps) and freezes the invoice: from then
on it can only be paid or voided. Overdue is never stored; see ``billing_common``.

Voiding an invoice that still has payments is refused unless ``void_payments=True``: then
every payment and its kwitansi is voided with the same reason in the same transaction (the
money is assumed to be refunded) and each one is audited. A voided invoice keeps its number.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import delete, insert, select
from sqlmodel import Session, col

from bizcare.documents.formatting import format_rupiah
from bizcare.domain.enums import INVOICE_TRANSITIONS, InvoiceStatus
from bizcare.domain.errors import StateError, ValidationError
from bizcare.domain.i18n import QT_TRANSLATE_NOOP
from bizcare.domain.models import Invoice, InvoiceLine, Payment
from bizcare.domain.models._base import utcnow
from bizcare.domain.models.billing import QTY_SCALE
from bizcare.services import audit
from bizcare.services.billing.common import (
    clean_text,
    get_customer,
    get_invoice,
    lines_of,
    lock_invoice,
    paid_amount,
)
from bizcare.services.billing.invoice_loyalty import (
    LoyaltyTotals,
    check_choice,
    redeem_on_issue,
    restore_on_void,
)
from bizcare.services.billing.totals import LineInput, Totals, clean_quantity, preview_totals
from bizcare.services.loyalty import lock_member
from bizcare.services.numbering import take_next_number
from bizcare.services.settings import load_profile, load_settings

INVOICE_SERIES = "INV"
_LINE = InvoiceLine.__table__  # type: ignore[attr-defined]


@dataclass(frozen=True)
class DraftInput:
    """What the invoice editor collects. Dates and instructions default from the settings.

    ``due_date`` defaults to the issue date plus the payment terms; ``payment_instructions``
    (None) to the bank accounts of the business profile. ``points`` and ``voucher_id`` are
    the member's loyalty points and open voucher to take off the total (deducted on issue).
    """

    customer_id: int
    lines: Sequence[LineInput] = field(default=())
    issue_date: date | None = None
    due_date: date | None = None
    discount: int = 0
    notes: str = ""
    payment_instructions: str | None = None
    points: int = 0
    voucher_id: int | None = None


def line_inputs(lines: Sequence[InvoiceLine]) -> list[LineInput]:
    """Stored lines back as editor input (to recompute totals or duplicate)."""
    return [
        LineInput(
            description=ln.description,
            quantity=ln.quantity,
            unit=ln.unit,
            unit_price=ln.unit_price,
            discount=ln.discount,
            item_id=ln.item_id,
        )
        for ln in lines
    ]


def save_draft(
    session: Session, draft: DraftInput, invoice_id: int | None = None, actor: str = ""
) -> Invoice:
    """Create a draft, or replace the content of draft ``invoice_id``; returns the invoice.

    Raises:
        StateError: ``invoice_id`` is no longer a draft (issued invoices are frozen).
        ValidationError: bad lines, discounts, dates or an archived customer.
    """
    customer = get_customer(session, draft.customer_id)
    if customer.archived or customer.merged_into_id is not None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Customer {code} is archived; it cannot be billed."),
            "customer_id",
            code=customer.code,
        )
    settings = load_settings(session)
    issue_date = draft.issue_date or date.today()
    due_date = draft.due_date or issue_date + timedelta(days=settings.payment_terms_days)
    if due_date < issue_date:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The due date cannot be before the invoice date."),
            "due_date",
        )
    rows = _line_rows(draft.lines)
    totals = preview_totals(draft.lines, draft.discount, settings.ppn_mode)
    instructions = draft.payment_instructions
    if instructions is None:
        instructions = load_profile(session).bank_accounts
    if invoice_id is None:
        invoice = Invoice(customer_id=customer.id or 0)
    else:
        invoice = lock_invoice(session, invoice_id)
        _require_draft(invoice)
        session.execute(delete(_LINE).where(_LINE.c.invoice_id == invoice_id))
    invoice.customer_id = customer.id or 0
    invoice.issue_date = issue_date
    invoice.due_date = due_date
    invoice.notes = clean_text(draft.notes, "notes", 4000)
    invoice.payment_instructions = clean_text(instructions, "payment_instructions", 2000)
    loyal = check_choice(session, customer, totals.total, draft.points, draft.voucher_id,
                         date.today())
    _apply_totals(invoice, totals, loyal)
    invoice.voucher_id = draft.voucher_id
    session.add(invoice)
    session.flush()
    if rows:
        for row in rows:
            row["invoice_id"] = invoice.id
        session.execute(insert(_LINE), rows)
    return invoice


def delete_draft(session: Session, invoice_id: int, actor: str = "") -> None:
    """Delete a draft and its lines (an issued invoice can only be voided)."""
    invoice = lock_invoice(session, invoice_id)
    _require_draft(invoice)
    session.execute(delete(_LINE).where(_LINE.c.invoice_id == invoice_id))
    session.delete(invoice)
    session.flush()
    audit.record(session, "delete_draft", "invoice", invoice_id, actor)


def issue_invoice(
    session: Session, invoice_id: int, actor: str = "", *, on: date | None = None
) -> Invoice:
    """Number and freeze a draft in the caller's transaction; returns the issued invoice.

    The totals are derived again from the stored lines under the PPN mode in force now,
    and the number comes from the invoice pattern for the period of the issue date. Loyalty
    points chosen on the draft are deducted (ledger date ``on``, default today) and its
    voucher marked used, after the balance was checked and before anything is written; an
    invoice the points and voucher cover completely is issued as paid.

    Raises:
        StateError: the invoice is not a draft, or its voucher was used meanwhile.
        ValidationError: it has no lines or its total is Rp0.
        InsufficientPointsError: the member no longer has the points chosen.
    """
    invoice = lock_invoice(session, invoice_id)
    _require_transition(invoice, InvoiceStatus.ISSUED)
    settings = load_settings(session)
    lines = _stored_lines(session, invoice_id)
    if not lines:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "An invoice needs at least one line before issuing."),
            "lines",
        )
    totals = preview_totals(lines, invoice.discount, settings.ppn_mode)
    if totals.total <= 0:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "An invoice must total more than Rp0 to be issued."),
            "lines",
        )
    day = on or date.today()
    loyal = LoyaltyTotals(totals.total)
    if invoice.points_redeemed or invoice.voucher_id is not None:
        loyal = check_choice(session, lock_member(session, invoice.customer_id), totals.total,
                             invoice.points_redeemed, invoice.voucher_id, day)
    _apply_totals(invoice, totals, loyal)
    invoice.number = take_next_number(
        session, INVOICE_SERIES, settings.invoice_pattern, invoice.issue_date
    )
    invoice.status = InvoiceStatus.ISSUED if loyal.total else InvoiceStatus.PAID
    invoice.issued_at = utcnow()
    session.add(invoice)
    if loyal.discount:
        redeem_on_issue(session, invoice, loyal, day, actor)
    audit.record(
        session, "issue", "invoice", invoice.id, actor, number=invoice.number, total=loyal.total
    )
    return invoice


def void_invoice(
    session: Session,
    invoice_id: int,
    reason: str,
    actor: str = "",
    *,
    void_payments: bool = False,
    on: date | None = None,
) -> Invoice:
    """Void an issued invoice with a reason; it keeps its number and prints as BATAL.

    Args:
        void_payments: also void its payments and their kwitansi (a refund). Without it an
            invoice that has payments is refused, so money received is never hidden by
            accident.
        on: the ledger date of loyalty points given back (default today).

    Raises:
        StateError: a draft (delete it instead), an invoice already void, or one with
            payments while ``void_payments`` is False.
        ValidationError: no reason given.
    """
    from bizcare.services.billing.payments import void_payment_rows

    why = clean_text(
        reason, "reason", 500,
        required_message=QT_TRANSLATE_NOOP("errors", "Please give a reason for voiding."),
    )
    invoice = lock_invoice(session, invoice_id)
    if invoice.status == InvoiceStatus.DRAFT:
        raise StateError(
            QT_TRANSLATE_NOOP("errors", "A draft has no number to void; delete it instead.")
        )
    _require_transition(invoice, InvoiceStatus.VOID)
    paid = paid_amount(session, invoice_id)
    if paid and not void_payments:
        raise StateError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Invoice {number} has payments of {amount}. Void its kwitansi first, or void "
                "the payments together with the invoice.",
            ),
            number=invoice.number,
            amount=format_rupiah(paid),
        )
    if paid:
        payments = session.execute(
            select(Payment).where(
                col(Payment.invoice_id) == invoice_id, col(Payment.voided_at).is_(None)
            )
        ).scalars()
        void_payment_rows(session, list(payments), why, actor)
    invoice.status = InvoiceStatus.VOID
    invoice.voided_at = utcnow()
    invoice.void_reason = why
    session.add(invoice)
    returned = 0
    if invoice.points_redeemed or invoice.voucher_id is not None:
        returned = restore_on_void(session, invoice, on or date.today(), actor)
    audit.record(
        session, "void", "invoice", invoice.id, actor,
        number=invoice.number, reason=why, payments_voided=paid, points_returned=returned,
    )  # fmt: skip
    return invoice


def duplicate_invoice(
    session: Session, invoice_id: int, actor: str = "", *, on: date | None = None
) -> Invoice:
    """A new draft with the same customer, lines, discount and notes, dated ``on`` (today)."""
    source = get_invoice(session, invoice_id)
    draft = DraftInput(
        customer_id=source.customer_id,
        lines=line_inputs(lines_of(session, invoice_id)),
        issue_date=on or date.today(),
        discount=source.discount,
        notes=source.notes,
        payment_instructions=source.payment_instructions,
    )
    copy = save_draft(session, draft, actor=actor)
    audit.record(session, "duplicate", "invoice", copy.id, actor, source=source.number or "")
    return copy


def _stored_lines(session: Session, invoice_id: int) -> list[LineInput]:
    """The lines for recomputing totals, read with Core (issuing is a hot path)."""
    rows = session.connection().execute(
        select(_LINE.c.description, _LINE.c.quantity_milli, _LINE.c.unit_price,
               _LINE.c.unit, _LINE.c.discount, _LINE.c.item_id)
        .where(_LINE.c.invoice_id == invoice_id)
        .order_by(_LINE.c.position, _LINE.c.id)
    )
    return [
        LineInput(r.description, Decimal(r.quantity_milli) / QTY_SCALE, r.unit_price, r.unit,
                  r.discount, r.item_id)
        for r in rows
    ]


def _line_rows(lines: Sequence[LineInput]) -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    for i, line in enumerate(lines):
        description = clean_text(
            line.description, f"lines.{i}.description", 500,
            required_message=QT_TRANSLATE_NOOP("errors", "Every line needs a description."),
        )  # fmt: skip
        qty = clean_quantity(line.quantity, f"lines.{i}.quantity")
        rows.append(
            {
                "position": i,
                "item_id": line.item_id,
                "description": description,
                "quantity_milli": int(qty * QTY_SCALE),
                "unit": clean_text(line.unit, f"lines.{i}.unit", 20) or "pcs",
                "unit_price": line.unit_price,
                "discount": line.discount,
            }
        )
    return rows


def _apply_totals(invoice: Invoice, totals: Totals, loyal: LoyaltyTotals) -> None:
    """Store the figures; ``total`` is what is left to pay after the voucher and points."""
    invoice.ppn_mode = totals.ppn_mode
    invoice.discount = totals.discount
    invoice.subtotal = totals.subtotal
    invoice.dpp = totals.dpp
    invoice.ppn = totals.ppn
    invoice.points_redeemed = loyal.points
    invoice.total = loyal.total


def _require_draft(invoice: Invoice) -> None:
    if invoice.status != InvoiceStatus.DRAFT:
        raise StateError(
            QT_TRANSLATE_NOOP(
                "errors", "Invoice {number} is issued: it cannot be changed or deleted, only "
                "voided.",
            ),
            number=invoice.number,
        )


def _require_transition(invoice: Invoice, to: InvoiceStatus) -> None:
    if to not in INVOICE_TRANSITIONS[InvoiceStatus(invoice.status)]:
        if invoice.status == InvoiceStatus.VOID:
            raise StateError(
                QT_TRANSLATE_NOOP("errors", "Invoice {number} is void."), number=invoice.number
            )
        raise StateError(
            QT_TRANSLATE_NOOP("errors", "Invoice {number} is already issued."),
            number=invoice.number or f"#{invoice.id}",
        )
