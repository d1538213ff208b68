"""The two short lists of the overview: what needs following up, and points about to expire.

*Perlu ditindaklanjuti* gathers four kinds of open work, each with its full count and its
most urgent few items: invoices past their due date, follow-ups that are due (an
interaction's ``follow_up_on`` is today or earlier and it is not done), complaints still
open or in progress, and internal requests past their due date.

*Poin akan hangus* estimates, per customer, the points that expire in the next 30 days.
Points are spent oldest-expiry first, so of the earned lots that expire up to the horizon,
what is left after everything spent or already expired is what is about to be lost
(never more than the balance).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from typing import Any

from sqlalchemy import case, select
from sqlmodel import Session, col, func

from bizcare.domain.enums import ComplaintStatus, InvoiceStatus, RequestStatus
from bizcare.domain.models import (
    Complaint,
    Customer,
    Division,
    Interaction,
    InternalRequest,
    Invoice,
    LoyaltyEntry,
    Payment,
)

OPEN_INVOICES = (InvoiceStatus.ISSUED, InvoiceStatus.PARTIAL)
OPEN_COMPLAINTS = (ComplaintStatus.OPEN, ComplaintStatus.IN_PROGRESS)
OPEN_REQUESTS = (RequestStatus.OPEN, RequestStatus.IN_PROGRESS)
EXPIRY_DAYS = 30


class FollowUpKind(StrEnum):
    INVOICE = "invoice"
    FOLLOW_UP = "follow_up"
    COMPLAINT = "complaint"
    REQUEST = "request"


@dataclass(frozen=True)
class FollowUpItem:
    """One thing to act on; ``on`` is its due (or follow-up, or opening) date."""

    kind: FollowUpKind
    ref_id: int
    title: str
    party: str
    on: date
    amount: int | None = None
    late: bool = False


@dataclass(frozen=True)
class FollowUpGroup:
    kind: FollowUpKind
    count: int
    items: tuple[FollowUpItem, ...]


@dataclass(frozen=True)
class ExpiringPoints:
    customer_id: int
    code: str
    name: str
    points: int
    expires_on: date


@dataclass(frozen=True)
class ExpiringSummary:
    """All customers with points expiring soon (totals) and the first few of them."""

    customers: int
    points: int
    items: tuple[ExpiringPoints, ...]


def _count(session: Session, stmt: Any) -> int:
    return int(session.execute(stmt).scalar() or 0)


def _short(text: str, limit: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def overdue_invoices(session: Session, today: date, limit: int) -> FollowUpGroup:
    where = (col(Invoice.status).in_(OPEN_INVOICES), col(Invoice.due_date) < today)
    rows = session.execute(
        select(
            col(Invoice.id), col(Invoice.number), col(Customer.name), col(Invoice.due_date),
            col(Invoice.total),
        )
        .join(Customer, col(Customer.id) == col(Invoice.customer_id))
        .where(*where)
        .order_by(col(Invoice.due_date), col(Invoice.id))
        .limit(limit)
    ).all()
    # Payments only for the few invoices shown, not for every open one.
    paid = dict(
        session.execute(
            select(col(Payment.invoice_id), func.sum(Payment.amount))
            .where(
                col(Payment.invoice_id).in_([r[0] for r in rows]),
                col(Payment.voided_at).is_(None),
            )
            .group_by(col(Payment.invoice_id))
        ).all()
    ) if rows else {}
    items = tuple(
        FollowUpItem(FollowUpKind.INVOICE, int(i), str(n or ""), str(c), d,
                     int(t) - int(paid.get(i) or 0), True)
        for i, n, c, d, t in rows
    )
    count = _count(session, select(func.count()).select_from(Invoice).where(*where))
    return FollowUpGroup(FollowUpKind.INVOICE, count, items)


def due_follow_ups(session: Session, today: date, limit: int) -> FollowUpGroup:
    where = (
        col(Interaction.follow_up_on) <= today,
        col(Interaction.follow_up_done).is_(False),
    )
    rows = session.execute(
        select(
            col(Interaction.id), col(Interaction.summary), col(Customer.name),
            col(Interaction.follow_up_on),
        )
        .join(Customer, col(Customer.id) == col(Interaction.customer_id))
        .where(*where)
        .order_by(col(Interaction.follow_up_on), col(Interaction.id))
        .limit(limit)
    ).all()
    items = tuple(
        FollowUpItem(FollowUpKind.FOLLOW_UP, int(i), _short(s or ""), str(c), d, None, d < today)
        for i, s, c, d in rows
        if d is not None
    )
    count = _count(session, select(func.count()).select_from(Interaction).where(*where))
    return FollowUpGroup(FollowUpKind.FOLLOW_UP, count, items)


def open_complaints(session: Session, today: date, limit: int) -> FollowUpGroup:
    where = (col(Complaint.status).in_(OPEN_COMPLAINTS),)
    rows = session.execute(
        select(
            col(Complaint.id),
            col(Complaint.category),
            col(Complaint.description),
            col(Customer.name),
            col(Complaint.due_on),
            col(Complaint.opened_on),
        )
        .join(Customer, col(Customer.id) == col(Complaint.customer_id))
        .where(*where)
        .order_by(col(Complaint.due_on).is_(None), col(Complaint.due_on),
                  col(Complaint.opened_on), col(Complaint.id))
        .limit(limit)
    ).all()
    items = tuple(
        FollowUpItem(
            FollowUpKind.COMPLAINT, int(i), _short(cat or desc or ""), str(c),
            due or opened, None, due is not None and due < today,
        )
        for i, cat, desc, c, due, opened in rows
    )
    count = _count(session, select(func.count()).select_from(Complaint).where(*where))
    return FollowUpGroup(FollowUpKind.COMPLAINT, count, items)


def late_requests(session: Session, today: date, limit: int) -> FollowUpGroup:
    where = (
        col(InternalRequest.status).in_(OPEN_REQUESTS),
        col(InternalRequest.due_on) < today,
    )
    rows = session.execute(
        select(
            col(InternalRequest.id), col(InternalRequest.title), col(Customer.name),
            col(Division.name), col(InternalRequest.due_on),
        )
        .join(Customer, col(Customer.id) == col(InternalRequest.requester_id))
        .join(Division, col(Division.id) == col(InternalRequest.provider_division_id))
        .where(*where)
        .order_by(col(InternalRequest.due_on), col(InternalRequest.id))
        .limit(limit)
    ).all()
    items = tuple(
        FollowUpItem(FollowUpKind.REQUEST, int(i), _short(t), f"{req} → {prov}", d, None, True)
        for i, t, req, prov, d in rows
    )
    count = _count(session, select(func.count()).select_from(InternalRequest).where(*where))
    return FollowUpGroup(FollowUpKind.REQUEST, count, items)


def follow_ups(session: Session, today: date | None = None, limit: int = 5) -> list[
    FollowUpGroup
]:
    """The four groups of *Perlu ditindaklanjuti*, each with its count and ``limit`` items."""
    day = today or date.today()
    return [
        overdue_invoices(session, day, limit),
        due_follow_ups(session, day, limit),
        open_complaints(session, day, limit),
        late_requests(session, day, limit),
    ]


def expiring_points(
    session: Session, today: date | None = None, days: int = EXPIRY_DAYS, limit: int = 8
) -> ExpiringSummary:
    """Points that expire from today up to ``days`` ahead, per customer (see module doc)."""
    day = today or date.today()
    horizon = day + timedelta(days=days)
    pts, exp = col(LoyaltyEntry.points), col(LoyaltyEntry.expires_on)
    candidates = (
        select(col(LoyaltyEntry.customer_id))
        .where(exp >= day, exp <= horizon, pts > 0)
        .distinct()
        .scalar_subquery()
    )
    earned_before = func.sum(case(((pts > 0) & (exp < day), pts), else_=0))
    earned_upto = func.sum(case(((pts > 0) & (exp <= horizon), pts), else_=0))
    spent = func.sum(case((pts < 0, -pts), else_=0))
    first = func.min(case(((pts > 0) & (exp >= day) & (exp <= horizon), exp), else_=None))
    rows = session.execute(
        select(
            col(LoyaltyEntry.customer_id), col(Customer.code), col(Customer.name), func.sum(pts),
            earned_before, earned_upto, spent, first,
        )
        .join(Customer, col(Customer.id) == col(LoyaltyEntry.customer_id))
        .where(col(LoyaltyEntry.customer_id).in_(candidates))
        .group_by(col(LoyaltyEntry.customer_id), col(Customer.code), col(Customer.name))
    ).all()
    found: list[ExpiringPoints] = []
    for cid, code, name, balance, before, upto, used, first_on in rows:
        left = int(upto) - max(int(used), int(before))
        points = min(int(balance), left)
        if points > 0 and first_on is not None:
            when = first_on if isinstance(first_on, date) else date.fromisoformat(str(first_on))
            found.append(ExpiringPoints(int(cid), str(code), str(name), points, when))
    found.sort(key=lambda e: (e.expires_on, -e.points, e.name))
    return ExpiringSummary(len(found), sum(e.points for e in found), tuple(found[:limit]))
