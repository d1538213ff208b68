"""Loyalty on an invoice: an open voucher and/or points taken off what the member pays.

The discount comes off the invoice total (after PPN), the way a member hands over points
at the till: first the voucher (at most the total), then points on what is left, through
``points_discount`` so the discount never exceeds the total and never leaves a few Rupiah
to pay. A draft only remembers the choice; issuing deducts the points (a ``redeem`` entry
whose reason is the invoice number) and marks the voucher used in the numbering
transaction; voiding gives the points back (a ``reverse`` entry) and reopens the voucher.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlmodel import Session, col

from bizcare.documents.formatting import format_number
from bizcare.domain.enums import LedgerKind, LoyaltyProgram
from bizcare.domain.errors import InsufficientPointsError, StateError, ValidationError
from bizcare.domain.i18n import QT_TRANSLATE_NOOP
from bizcare.domain.models import Customer, Invoice, LoyaltyEntry, Voucher
from bizcare.services import audit
from bizcare.services.loyalty import (
    MAX_POINTS,
    LoyaltySettings,
    MemberStatus,
    add_entry,
    expiry_for,
    fifo_state,
    get_member,
    load_loyalty_settings,
    member_status,
    open_vouchers,
    points_discount,
    program_of,
    spendable,
)


@dataclass(frozen=True)
class VoucherChoice:
    """An open voucher as the editor offers it."""

    id: int
    code: str
    value: int


@dataclass(frozen=True)
class LoyaltyOffer:
    """What a customer may use on a new invoice: shown next to the totals in the editor.

    ``status`` is None for an internal customer (appreciation points are not money).
    """

    status: MemberStatus | None
    vouchers: tuple[VoucherChoice, ...] = ()
    settings: LoyaltySettings = field(default_factory=LoyaltySettings)

    @property
    def points(self) -> int:
        return self.status.points if self.status else 0

    def voucher_code(self, voucher_id: int | None) -> str:
        return next((v.code for v in self.vouchers if v.id == voucher_id), "")

    def discount(self, gross: int, voucher_id: int | None, points: int) -> LoyaltyTotals:
        """What the voucher and points chosen take off an invoice of ``gross`` (the editor
        shows this; saving and issuing check the choice again against the ledger)."""
        if self.status is None:
            return LoyaltyTotals(gross)
        value = next((v.value for v in self.vouchers if v.id == voucher_id), 0)
        return apply_loyalty(self.settings, gross, value, points)

    def most_points(self, gross: int, voucher_id: int | None) -> int:
        """As many points as the balance allows and the rest of ``gross`` needs."""
        return self.discount(gross, voucher_id, self.points).points


@dataclass(frozen=True)
class LoyaltyTotals:
    """An invoice total before (``gross``) and after the voucher and points."""

    gross: int
    voucher_amount: int = 0
    points: int = 0
    points_amount: int = 0

    @property
    def discount(self) -> int:
        return self.voucher_amount + self.points_amount

    @property
    def total(self) -> int:
        """What the customer still pays."""
        return self.gross - self.discount


def apply_loyalty(
    settings: LoyaltySettings, gross: int, voucher_value: int = 0, points: int = 0
) -> LoyaltyTotals:
    """The voucher first (capped at the total), then points on what is left (pure).

    Points beyond what the rest needs are not used, so ``points`` in the result may be lower
    than asked; when the points cover the rest the total to pay is exactly Rp0.
    """
    voucher_amount = min(max(voucher_value, 0), max(gross, 0))
    used = points_discount(settings, gross - voucher_amount, points)
    return LoyaltyTotals(gross, voucher_amount, used.points, used.amount)


def loyalty_offer(session: Session, customer_id: int, on: date | None = None) -> LoyaltyOffer:
    """Balance, tier and open vouchers of a customer, for the invoice editor."""
    customer = get_member(session, customer_id)
    if program_of(customer) != LoyaltyProgram.CUSTOMER:
        return LoyaltyOffer(None)
    vouchers = tuple(
        VoucherChoice(v.id or 0, v.code, v.value) for v in open_vouchers(session, customer_id)
    )
    return LoyaltyOffer(
        member_status(session, customer_id, on), vouchers, load_loyalty_settings(session)
    )


def check_choice(
    session: Session,
    customer: Customer,
    gross: int,
    points: int,
    voucher_id: int | None,
    on: date,
) -> LoyaltyTotals:
    """Validate the points and voucher chosen for an invoice of ``gross``; writes nothing.

    Raises:
        ValidationError: points not a whole number, under the minimum, more than the
            balance, or a voucher/points for an internal customer.
        InsufficientPointsError: fewer spendable points than chosen.
        StateError: the voucher is not this customer's or was already used.
    """
    if isinstance(points, bool) or not isinstance(points, int) or not 0 <= points <= MAX_POINTS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Points must be a whole number, zero or more."),
            "points_redeemed",
        )
    if not points and voucher_id is None:
        return LoyaltyTotals(gross)
    if program_of(customer) != LoyaltyProgram.CUSTOMER:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "Internal customers cannot pay with points or vouchers."),
            "points_redeemed",
        )
    settings = load_loyalty_settings(session)
    voucher_value = _open_voucher(session, customer, voucher_id).value if voucher_id else 0
    totals = apply_loyalty(settings, gross, voucher_value, points)
    if not totals.points:
        return totals
    if totals.points < settings.redeem_minimum and totals.total > 0:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "At least {minimum} points must be redeemed at once."),
            "points_redeemed", minimum=format_number(settings.redeem_minimum),
        )
    available = spendable(fifo_state(session, customer.id or 0), on)
    if totals.points > available:
        raise InsufficientPointsError(
            QT_TRANSLATE_NOOP(
                "errors", "{code} has {balance} points; {points} are needed. Nothing was changed."
            ),
            code=customer.code, balance=format_number(available),
            points=format_number(totals.points),
        )
    return totals


def redeem_on_issue(
    session: Session, invoice: Invoice, totals: LoyaltyTotals, on: date, actor: str = ""
) -> None:
    """Deduct the points and use the voucher of a just-numbered invoice (same transaction).

    ``totals`` comes from :func:`check_choice` run earlier in this transaction, so the
    balance was checked before the number was taken; ``spend_points`` checks it again.
    """
    from bizcare.services.loyalty import spend_points, use_voucher

    customer = get_member(session, invoice.customer_id)
    if invoice.voucher_id is not None:
        use_voucher(session, invoice.voucher_id, customer.id or 0, on, actor)
    if totals.points:
        entry = spend_points(session, customer, totals.points, on, reason=invoice.number or "")
        audit.record(session, "redeem", "loyalty_entry", entry.id, actor, customer=customer.code,
                     points=totals.points, discount=totals.points_amount,
                     reference=invoice.number)


def restore_on_void(session: Session, invoice: Invoice, on: date, actor: str = "") -> int:
    """Give back the points an issued invoice redeemed and reopen its voucher; audited.

    The points come back as a ``reverse`` entry (naming the redeem entry) that expires like
    newly earned points. Returns the points given back.
    """
    back = 0
    if invoice.points_redeemed:
        redeem = session.execute(
            select(LoyaltyEntry).where(
                col(LoyaltyEntry.customer_id) == invoice.customer_id,
                col(LoyaltyEntry.kind) == LedgerKind.REDEEM,
                col(LoyaltyEntry.reason) == (invoice.number or ""),
            ).order_by(col(LoyaltyEntry.id).desc())
        ).scalars().first()
        if redeem is not None:
            back = -redeem.points
            months = load_loyalty_settings(session).expiry_months
            entry = add_entry(
                session, customer_id=invoice.customer_id, program=LoyaltyProgram.CUSTOMER,
                kind=LedgerKind.REVERSE, points=back, occurred_on=max(on, redeem.occurred_on),
                expires_on=expiry_for(max(on, redeem.occurred_on), months),
                reverses_id=redeem.id, reason=(invoice.number or "")[:500],
            )  # fmt: skip
            audit.record(session, "reverse", "loyalty_entry", entry.id, actor,
                         points=back, reference=invoice.number)
    if invoice.voucher_id is not None:
        voucher = session.get(Voucher, invoice.voucher_id)
        if voucher is not None and voucher.used_on is not None:
            voucher.used_on = None
            session.add(voucher)
            audit.record(session, "reopen", "voucher", voucher.id, actor, code=voucher.code,
                         reference=invoice.number)
    return back


def _open_voucher(session: Session, customer: Customer, voucher_id: int) -> Voucher:
    # Locked here, before issuing takes its number (lock order: invoice, member, voucher,
    # sequence); ``use_voucher`` checks it again under the same lock.
    voucher = session.get(Voucher, voucher_id, with_for_update=True, populate_existing=True)
    if voucher is None or voucher.customer_id != customer.id:
        raise StateError(
            QT_TRANSLATE_NOOP("errors", "Voucher {code} does not belong to {customer}."),
            code=voucher.code if voucher else f"#{voucher_id}", customer=customer.code,
        )
    if voucher.used_on is not None:
        raise StateError(QT_TRANSLATE_NOOP("errors", "Voucher {code} was already used."),
                         code=voucher.code)
    return voucher
