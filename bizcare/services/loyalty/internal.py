"""Internal appreciation: a separate points programme for divisions and their people.

When an internal request is completed on time with a good rating, the division that served it
is appreciated with points (the customer record of that division, kind ``internal``). Points
can also be given by hand (:func:`loyalty_ledger.adjust_points` on an internal customer).
They never expire and never mix with customer loyalty points; a leaderboard ranks them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import case, func, select
from sqlmodel import Session, col

from bizcare.domain.enums import (
    CustomerCategory,
    CustomerKind,
    LedgerKind,
    LoyaltyProgram,
    RequestStatus,
)
from bizcare.domain.models import Customer, Division, InternalRequest, LoyaltyEntry
from bizcare.services.loyalty.expiry import LOYALTY_RUN
from bizcare.services.loyalty.ledger import add_entry
from bizcare.services.loyalty.settings import load_loyalty_settings
from bizcare.services.numbering import hold

_REQUEST_TAG = "#{id} "


@dataclass(frozen=True)
class LeaderRow:
    rank: int
    customer_id: int
    code: str
    name: str
    division: str
    points_period: int
    points_total: int


def division_member(session: Session, division_id: int) -> Customer | None:
    """The internal customer that stands for a division (the division's own record first)."""
    return session.execute(
        select(Customer)
        .where(col(Customer.kind) == CustomerKind.INTERNAL,
               col(Customer.division_id) == division_id,
               col(Customer.archived).is_(False))
        .order_by(case((col(Customer.category) == CustomerCategory.DIVISION, 0), else_=1),
                  col(Customer.id))
        .limit(1)
    ).scalars().first()


def award_internal_request(session: Session, request_id: int) -> LoyaltyEntry | None:
    """Appreciate the serving division of a request done on time with a good rating.

    Returns the new entry, or None when the request does not qualify, appreciation is off,
    the division has no internal customer record, or it was already awarded (idempotent).
    """
    settings = load_loyalty_settings(session)
    request = session.get(InternalRequest, request_id)
    if request is None or settings.internal_points <= 0:
        return None
    if (request.status != RequestStatus.DONE or request.completed_on is None
            or request.completed_on > request.due_on or request.rating is None
            or request.rating < settings.internal_min_rating):
        return None
    member = division_member(session, request.provider_division_id)
    if member is None:
        return None
    hold(session, LOYALTY_RUN)  # checked and written by one session at a time
    tag = _REQUEST_TAG.format(id=request.id)
    exists = session.execute(
        select(col(LoyaltyEntry.id)).where(
            col(LoyaltyEntry.program) == LoyaltyProgram.INTERNAL,
            col(LoyaltyEntry.kind) == LedgerKind.BONUS,
            col(LoyaltyEntry.reason).startswith(tag, autoescape=True))
    ).first()
    if exists is not None:
        return None
    return add_entry(
        session, customer_id=member.id, program=LoyaltyProgram.INTERNAL,
        kind=LedgerKind.BONUS, points=settings.internal_points,
        occurred_on=request.completed_on, reason=(tag + request.title)[:500],
    )  # fmt: skip


def sync_internal_awards(session: Session, since: date | None = None) -> int:
    """Award every qualifying completed request not yet appreciated; returns how many."""
    stmt = select(col(InternalRequest.id)).where(
        col(InternalRequest.status) == RequestStatus.DONE,
        col(InternalRequest.completed_on).is_not(None),
    )
    if since is not None:
        stmt = stmt.where(col(InternalRequest.completed_on) >= since)
    return sum(
        1 for (rid,) in session.execute(stmt).all()
        if award_internal_request(session, rid) is not None
    )


def internal_leaderboard(
    session: Session, start: date | None = None, end: date | None = None, limit: int = 50
) -> list[LeaderRow]:
    """Internal customers ranked by appreciation points earned in ``start``…``end``."""
    pts = col(LoyaltyEntry.points)
    when = col(LoyaltyEntry.occurred_on)
    in_period = pts > 0
    if start is not None:
        in_period = in_period & (when >= start)
    if end is not None:
        in_period = in_period & (when <= end)
    period = func.coalesce(func.sum(case((in_period, pts), else_=0)), 0)
    total = func.coalesce(func.sum(pts), 0)
    rows = session.execute(
        select(col(Customer.id), col(Customer.code), col(Customer.name),
               func.coalesce(col(Division.name), ""), period, total)
        .join(LoyaltyEntry, col(LoyaltyEntry.customer_id) == col(Customer.id))
        .outerjoin(Division, col(Division.id) == col(Customer.division_id))
        .where(col(LoyaltyEntry.program) == LoyaltyProgram.INTERNAL)
        .group_by(col(Customer.id), col(Customer.code), col(Customer.name), col(Division.name))
        .order_by(period.desc(), total.desc(), col(Customer.name))
        .limit(limit)
    ).all()
    return [
        LeaderRow(i + 1, int(cid), str(code), str(name), str(div), int(p), int(t))
        for i, (cid, code, name, div, p, t) in enumerate(rows)
    ]
