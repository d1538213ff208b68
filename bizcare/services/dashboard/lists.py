"""The two short lists of the overview: what needs following up, and points about to expire.

*Perlu ditindaklanjuti* gathers four kinds of open work, each with its full count and its
most urgent few items: invoices past their due date, follow-ups that are due (an
interaction's ``follow_up_on`` is today or earlier and it is not done), complaints still
open or in progress, and internal requests past their due date.

*Poin akan hangus* lists the customers whose points lapse in the next 30 days, as the
loyalty ledger replays them first in, first out (``services.loyalty_members``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from sqlalchemy import select
from sqlmodel import Session, col, func

from bizcare.domain.enums import ComplaintStatus, InvoiceStatus, RequestStatus
from bizcare.domain.models import (
    Complaint,
    Customer,
    Division,
    Interaction,
    InternalRequest,
    Invoice,
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
    """Points lapsing within ``days`` after today: the loyalty ledger's own FIFO replay,
    so the overview and the Poin Loyalitas tab always show the same figure."""
    from bizcare.services.loyalty import expiring_soon

    rows = expiring_soon(session, today or date.today(), days)
    items = tuple(
        ExpiringPoints(r.customer_id, r.code, r.name, r.points, r.expires_on)
        for r in rows[:limit]
    )
    return ExpiringSummary(len(rows), sum(r.points for r in rows), items)
