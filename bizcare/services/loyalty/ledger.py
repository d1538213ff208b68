"""The points ledger: append-only entries, and everything derived from them.

Entries are only ever added. The balance is the sum of a member's entries; the tier comes
from rolling 12-month paid spend (kwitansi not void); expiry dates and what is about to
lapse come from replaying the entries first in, first out (:mod:`loyalty_fifo`). Nothing
derived is stored, so nothing can drift from the ledger.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import func, select
from sqlmodel import Session, col

from bizcare.documents.formatting import format_number
from bizcare.domain import clock
from bizcare.domain.enums import CustomerKind, LedgerKind, LoyaltyProgram
from bizcare.domain.errors import InsufficientPointsError, NotFoundError, ValidationError
from bizcare.domain.i18n import QT_TRANSLATE_NOOP
from bizcare.domain.models import Customer, LoyaltyEntry, Receipt, Reward
from bizcare.services import audit
from bizcare.services.loyalty.expiry import expire_due, lines_for
from bizcare.services.loyalty.fifo import FifoState, Line, expiry_for, replay, window_start
from bizcare.services.loyalty.settings import (
    TierSpec,
    list_tiers,
    load_loyalty_settings,
    tier_for_spend,
)

SOON_DAYS = 30
MAX_POINTS = 10**9


@dataclass(frozen=True)
class MemberStatus:
    """What the customer detail and the invoice editor show about a member on a day.

    ``points`` is what can be spent that day (points past their expiry that the expiry run
    has not written off yet are not counted); ``tier`` is the tier name ("" below the first
    tier).
    """

    points: int
    tier: str
    next_expiry: date | None
    next_expiry_points: int
    expiring_30d: int
    spend_12m: int = 0
    multiplier_bp: int = 10_000


@dataclass(frozen=True)
class HistoryRow:
    """One ledger line with the running balance after it, oldest first."""

    id: int
    occurred_on: date
    kind: str
    points: int
    balance: int
    expires_on: date | None
    reason: str
    receipt_number: str
    reward_name: str


# -- look-ups ------------------------------------------------------------------------------
def get_member(session: Session, customer_id: int) -> Customer:
    customer = session.get(Customer, customer_id)
    if customer is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("errors", "Customer {code} not found."), code=f"#{customer_id}"
        )
    return customer


def lock_member(session: Session, customer_id: int) -> Customer:
    """:func:`get_member` read afresh and locked until the transaction ends.

    Taken before a member's balance is read to spend points, so sessions spending the same
    points take turns (PostgreSQL ``SELECT … FOR UPDATE``; SQLite serialises writers
    already). Lock order: invoice, member, reward or voucher, number sequence.
    """
    customer = session.get(Customer, customer_id, with_for_update=True, populate_existing=True)
    if customer is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("errors", "Customer {code} not found."), code=f"#{customer_id}"
        )
    return customer


def member_by_code(session: Session, code: str) -> Customer:
    """The customer with ``code`` (e.g. ``PLG-000001``), case-insensitively."""
    wanted = code.strip().upper()
    customer: Customer | None = session.execute(
        select(Customer).where(func.upper(col(Customer.code)) == wanted)
    ).scalar_one_or_none()
    if customer is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("errors", "Customer {code} not found."), code=code.strip()
        )
    return customer


def program_of(customer: Customer) -> str:
    """Internal customers collect appreciation points; everyone else loyalty points."""
    if customer.kind == CustomerKind.INTERNAL:
        return LoyaltyProgram.INTERNAL
    return LoyaltyProgram.CUSTOMER


# -- derived values ------------------------------------------------------------------------
def balance(
    session: Session, customer_id: int, program: str = LoyaltyProgram.CUSTOMER
) -> int:
    """The ledger sum of one member in one programme."""
    total = session.execute(
        select(func.coalesce(func.sum(col(LoyaltyEntry.points)), 0)).where(
            col(LoyaltyEntry.customer_id) == customer_id, col(LoyaltyEntry.program) == program
        )
    ).scalar()
    return int(total or 0)


def ledger_lines(
    session: Session, customer_id: int, program: str = LoyaltyProgram.CUSTOMER
) -> list[Line]:
    return lines_for(session, [customer_id], program).get(customer_id, [])


def fifo_state(
    session: Session, customer_id: int, program: str = LoyaltyProgram.CUSTOMER
) -> FifoState:
    return replay(ledger_lines(session, customer_id, program))


def spendable(state: FifoState, on: date) -> int:
    """Points that can be spent on ``on``: unspent lots not yet past their expiry."""
    return state.remaining - sum(lot.remaining for lot in state.due(on))


def paid_spend(
    session: Session, customer_id: int, on: date, *, exclude_receipt_id: int | None = None
) -> int:
    """Rupiah paid on kwitansi that are not void, in the 12 months ending on ``on``."""
    stmt = select(func.coalesce(func.sum(col(Receipt.amount)), 0)).where(
        col(Receipt.customer_id) == customer_id,
        col(Receipt.voided_at).is_(None),
        col(Receipt.issued_on) >= window_start(on),
        col(Receipt.issued_on) <= on,
    )
    if exclude_receipt_id is not None:
        stmt = stmt.where(col(Receipt.id) != exclude_receipt_id)
    return int(session.execute(stmt).scalar() or 0)


def tier_on(session: Session, customer_id: int, on: date) -> TierSpec | None:
    """The tier held on ``on`` (rolling 12-month paid spend up to and including that day)."""
    return tier_for_spend(list_tiers(session), paid_spend(session, customer_id, on))


def member_status(session: Session, customer_id: int, on: date | None = None) -> MemberStatus:
    """Points, tier and coming expiry of a member, all derived from the ledger on ``on``."""
    day = on or clock.today()
    customer = get_member(session, customer_id)
    program = program_of(customer)
    state = fifo_state(session, customer_id, program)
    next_date, next_points = state.next_expiry(day)
    spend = paid_spend(session, customer_id, day) if program == LoyaltyProgram.CUSTOMER else 0
    tier = tier_for_spend(list_tiers(session), spend) if program == LoyaltyProgram.CUSTOMER \
        else None
    return MemberStatus(
        points=spendable(state, day),
        tier=tier.name if tier else "",
        next_expiry=next_date,
        next_expiry_points=next_points,
        expiring_30d=state.expiring_between(day, day + timedelta(days=SOON_DAYS)),
        spend_12m=spend,
        multiplier_bp=tier.multiplier_bp if tier else 10_000,
    )


def history(
    session: Session, customer_id: int, program: str | None = None
) -> list[HistoryRow]:
    """A member's ledger oldest first with running balance, kwitansi number and reward."""
    customer = get_member(session, customer_id)
    prog = program or program_of(customer)
    rows = session.execute(
        select(LoyaltyEntry, Receipt.number, Reward.name)  # type: ignore[call-overload]
        .outerjoin(Receipt, col(Receipt.id) == col(LoyaltyEntry.receipt_id))
        .outerjoin(Reward, col(Reward.id) == col(LoyaltyEntry.reward_id))
        .where(col(LoyaltyEntry.customer_id) == customer_id, col(LoyaltyEntry.program) == prog)
        .order_by(col(LoyaltyEntry.occurred_on), col(LoyaltyEntry.id))
    )
    out: list[HistoryRow] = []
    running = 0
    for entry, receipt_number, reward_name in rows:
        running += entry.points
        out.append(HistoryRow(
            entry.id or 0, entry.occurred_on, entry.kind, entry.points, running,
            entry.expires_on, entry.reason, receipt_number or "", reward_name or "",
        ))  # fmt: skip
    return out


# -- writing -------------------------------------------------------------------------------
def add_entry(session: Session, **values: object) -> LoyaltyEntry:
    """Append one ledger line (the only way entries are written).

    Points dated so far back that they have already lapsed (a back-dated kwitansi, bonus or
    adjustment) are written off in the same transaction, as the daily expiry run would have
    done: otherwise the spendable points and the ledger sum differ until the next run.
    """
    entry = LoyaltyEntry(**values)  # type: ignore[arg-type]
    session.add(entry)
    session.flush()
    if (
        entry.points > 0
        and entry.program == LoyaltyProgram.CUSTOMER
        and entry.expires_on is not None
        and entry.expires_on <= clock.today()
    ):
        expire_due(session, entry.customer_id)
    return entry


def check_points(value: object, field: str = "points") -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 < value <= MAX_POINTS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Points must be a whole number above zero."), field
        )
    return value


def spend_points(
    session: Session,
    customer: Customer,
    points: int,
    on: date,
    *,
    kind: str = LedgerKind.REDEEM,
    reason: str = "",
    reward_id: int | None = None,
    program: str = LoyaltyProgram.CUSTOMER,
) -> LoyaltyEntry:
    """Take ``points`` off a member after checking the balance in this same transaction.

    Points lapsed by today are written off first, so they cannot be spent (never as of a
    later ``on``: a redemption dated ahead writes nothing off). The member is locked before
    the balance is read (:func:`lock_member`), so two redemptions racing for the same
    points are serialised and the second sees the first.

    Raises:
        InsufficientPointsError: the member has fewer spendable points.
    """
    cid = customer.id or 0
    lock_member(session, cid)
    if program == LoyaltyProgram.CUSTOMER:
        expire_due(session, cid)
    available = spendable(fifo_state(session, cid, program), on)
    if points > available:
        raise InsufficientPointsError(
            QT_TRANSLATE_NOOP(
                "errors", "{code} has {balance} points; {points} are needed. Nothing was changed."
            ),
            code=customer.code, balance=format_number(available), points=format_number(points),
        )
    return add_entry(
        session, customer_id=cid, program=program, kind=kind, points=-points, occurred_on=on,
        reason=reason, reward_id=reward_id,
    )  # fmt: skip


def redeem_points(
    session: Session,
    customer_id: int,
    points: int,
    on: date | None = None,
    reason: str = "",
    actor: str = "",
) -> LoyaltyEntry:
    """Spend points (handed over as a discount or a gift); audited.

    Raises:
        ValidationError: not a positive whole number, or under the minimum redemption.
        InsufficientPointsError: the balance is short (nothing is written).
    """
    check_points(points)
    minimum = load_loyalty_settings(session).redeem_minimum
    if points < minimum:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "At least {minimum} points must be redeemed at once."),
            "points", minimum=minimum,
        )
    customer = lock_member(session, customer_id)
    entry = spend_points(session, customer, points, on or date.today(),
                         reason=reason.strip()[:500])
    audit.record(session, "redeem", "loyalty_entry", entry.id, actor,
                 customer=customer.code, points=points, reason=entry.reason)
    return entry


def adjust_points(
    session: Session,
    customer_id: int,
    points: int,
    reason: str,
    on: date | None = None,
    actor: str = "",
) -> LoyaltyEntry:
    """A manual correction, up or down, with a reason; audited.

    Points added expire like earned points (customer programme); a deduction can never take
    the balance below zero.

    Raises:
        ValidationError: no reason, or zero points.
        InsufficientPointsError: a deduction larger than the balance.
    """
    why = reason.strip()
    if not why:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Please give a reason for the adjustment."), "reason"
        )
    if isinstance(points, bool) or not isinstance(points, int) or points == 0 \
            or abs(points) > MAX_POINTS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "An adjustment must add or remove at least one point."),
            "points",
        )
    day = on or date.today()
    customer = lock_member(session, customer_id)
    program = program_of(customer)
    if points < 0:
        entry = spend_points(session, customer, -points, day, kind=LedgerKind.ADJUST,
                             reason=why[:500], program=program)
    else:
        months = load_loyalty_settings(session).expiry_months
        entry = add_entry(
            session, customer_id=customer_id, program=program, kind=LedgerKind.ADJUST,
            points=points, occurred_on=day, reason=why[:500],
            expires_on=expiry_for(day, months) if program == LoyaltyProgram.CUSTOMER else None,
        )  # fmt: skip
    audit.record(session, "adjust", "loyalty_entry", entry.id, actor,
                 customer=customer.code, points=points, reason=why)
    return entry
