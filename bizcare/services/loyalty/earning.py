"""Earning points when money is received, and giving them back when a kwitansi is voided.

Billing calls :func:`earn_for_receipt` from the one place a payment is recorded and
:func:`reverse_for_receipt` from the one place payments are voided, in the same transaction.

Points = paid Rupiah excluding PPN (including it when the owner set ``earn_on_ppn``) ÷ the
earn rate, rounded down, × the tier multiplier (the tier held before this payment) × the best
campaign multiplier on the payment date. The PPN is taken out by pro-rating the payment by the
invoice's total without PPN over its total. Several payments on one invoice earn on their
running total, so instalments lose no more than one rounding between them ("points rounded
away in Rupiah" is a classic loyalty bug).
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select
from sqlmodel import Session, col

from bizcare.domain.enums import CustomerKind, LedgerKind, LoyaltyProgram
from bizcare.domain.models import Invoice, LoyaltyEntry, Receipt
from bizcare.domain.money import BP
from bizcare.services.loyalty.campaigns import campaign_multiplier
from bizcare.services.loyalty.fifo import expiry_for
from bizcare.services.loyalty.ledger import (
    add_entry,
    balance,
    get_member,
    lock_member,
    paid_spend,
)
from bizcare.services.loyalty.rewards import apply_reward_rules
from bizcare.services.loyalty.settings import list_tiers, load_loyalty_settings, tier_for_spend


def points_for(
    paid_before: int,
    amount: int,
    total: int,
    base: int,
    rupiah_per_point: int,
    tier_bp: int = BP,
    campaign_bp: int = BP,
) -> int:
    """Points a payment of ``amount`` earns after ``paid_before`` on the same purchase.

    ``base`` is the purchase total without PPN; all arithmetic is on integers, rounded down
    once on the running total, so the sum over instalments equals paying at once.
    """
    if total <= 0 or amount <= 0:
        return 0
    den = total * rupiah_per_point * BP * BP
    factor = base * tier_bp * campaign_bp

    def cumulative(paid: int) -> int:
        return paid * factor // den

    return cumulative(paid_before + amount) - cumulative(paid_before)


def earn_for_receipt(session: Session, receipt: Receipt) -> int:
    """Earn the points of a kwitansi just issued; sets ``receipt.points_earned``.

    Internal customers, void kwitansi and purchases under the minimum earn nothing. Calling it
    twice for the same kwitansi earns once. Automatic reward rules run afterwards.
    """
    already = session.execute(
        select(LoyaltyEntry).where(col(LoyaltyEntry.receipt_id) == receipt.id,
                                   col(LoyaltyEntry.kind) == LedgerKind.EARN)
    ).scalars().first()
    if already is not None:
        return receipt.points_earned
    customer = get_member(session, receipt.customer_id)
    if receipt.voided_at is not None or customer.kind == CustomerKind.INTERNAL:
        return 0
    settings = load_loyalty_settings(session)
    invoice = session.get(Invoice, receipt.invoice_id) if receipt.invoice_id else None
    total, base = (invoice.total, invoice.total - invoice.ppn) if invoice \
        else (receipt.amount, receipt.amount)
    if settings.earn_on_ppn:
        base = total
    if base < settings.min_purchase:
        return 0
    day = receipt.issued_on
    before = _paid_before(session, receipt) if invoice else 0
    spend = paid_spend(session, receipt.customer_id, day, exclude_receipt_id=receipt.id)
    tier = tier_for_spend(list_tiers(session), spend)
    campaign_bp, _ = campaign_multiplier(session, day)
    points = points_for(before, receipt.amount, total, base, settings.rupiah_per_point,
                        tier.multiplier_bp if tier else BP, campaign_bp)
    if points > 0:
        add_entry(
            session, customer_id=receipt.customer_id, program=LoyaltyProgram.CUSTOMER,
            kind=LedgerKind.EARN, points=points, occurred_on=day, receipt_id=receipt.id,
            expires_on=expiry_for(day, settings.expiry_months),
        )  # fmt: skip
    receipt.points_earned = points
    session.add(receipt)
    apply_reward_rules(session, receipt.customer_id, day)
    return points


def reverse_for_receipt(
    session: Session, receipt: Receipt, reason: str, on: date | None = None
) -> int:
    """Take back what a voided kwitansi earned; returns the points taken back.

    Each earn line of the kwitansi gets one ``reverse`` line (never a deletion). Points the
    member already spent cannot be taken twice, so a reversal takes at most the balance left;
    calling it again reverses nothing more.
    """
    day = on or date.today()
    earned = session.execute(
        select(LoyaltyEntry).where(col(LoyaltyEntry.receipt_id) == receipt.id,
                                   col(LoyaltyEntry.points) > 0)
        .order_by(col(LoyaltyEntry.id))
    ).scalars().all()
    taken = 0
    if earned:  # the member before its balance is read (a redemption may be racing)
        lock_member(session, earned[0].customer_id)
    for entry in earned:
        done = session.execute(
            select(func.count()).select_from(LoyaltyEntry).where(
                col(LoyaltyEntry.reverses_id) == entry.id,
                col(LoyaltyEntry.kind) == LedgerKind.REVERSE)
        ).scalar()
        if done:
            continue
        # A line of 0 still records that the kwitansi was voided after its points were used.
        amount = min(entry.points, max(0, balance(session, entry.customer_id, entry.program)))
        add_entry(
            session, customer_id=entry.customer_id, program=entry.program,
            kind=LedgerKind.REVERSE, points=-amount, occurred_on=max(day, entry.occurred_on),
            receipt_id=receipt.id, reverses_id=entry.id, reason=reason.strip()[:500],
        )  # fmt: skip
        taken += amount
    return taken


def _paid_before(session: Session, receipt: Receipt) -> int:
    """What earlier kwitansi (not void) of the same invoice already paid."""
    paid = session.execute(
        select(func.coalesce(func.sum(col(Receipt.amount)), 0)).where(
            col(Receipt.invoice_id) == receipt.invoice_id,
            col(Receipt.voided_at).is_(None),
            col(Receipt.id) < receipt.id,
        )
    ).scalar()
    return int(paid or 0)
