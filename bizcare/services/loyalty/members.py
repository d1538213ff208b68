"""Lists of members for the Poin Loyalitas tab: paged and searched in SQL, FIFO per page.

The balance and 12-month spend are correlated sums in SQL (so the list sorts by them in the
database); what expires soon is replayed first in, first out for the rows of one page only.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any
from urllib.parse import quote

from sqlalchemy import func, or_, select
from sqlmodel import Session, col

from bizcare.documents.formatting import format_date_long, format_number
from bizcare.domain.enums import CustomerKind, LoyaltyProgram
from bizcare.domain.i18n import QT_TRANSLATE_NOOP
from bizcare.domain.models import Customer, LoyaltyEntry, Receipt
from bizcare.services.loyalty.expiry import lines_for
from bizcare.services.loyalty.fifo import replay, window_start
from bizcare.services.loyalty.ledger import SOON_DAYS, spendable
from bizcare.services.loyalty.settings import list_tiers, tier_for_spend

SORT_KEYS = ("code", "name", "points", "spend")

REMINDER_TEMPLATE = QT_TRANSLATE_NOOP(
    "loyalty",
    "Hello {name}, {points} of your {business} points will expire on {date}. "
    "Use them on your next visit so they are not lost. Thank you!",
)


@dataclass(frozen=True)
class MemberQuery:
    text: str = ""
    program: str = LoyaltyProgram.CUSTOMER
    only_with_points: bool = False
    sort: str = "name"
    descending: bool = False
    on: date = field(default_factory=date.today)


@dataclass(frozen=True)
class MemberRow:
    id: int
    code: str
    name: str
    phone: str
    points: int
    tier: str
    expiring_30d: int
    next_expiry: date | None
    spend_12m: int


@dataclass(frozen=True)
class ExpiringRow:
    """A member with points lapsing soon: for the "poin akan hangus" reminder list."""

    customer_id: int
    code: str
    name: str
    phone: str
    points: int
    expires_on: date
    balance: int


def _sums(on: date) -> tuple[Any, Any]:
    points = (
        select(func.coalesce(func.sum(col(LoyaltyEntry.points)), 0))
        .where(col(LoyaltyEntry.customer_id) == col(Customer.id))
        .scalar_subquery()
    )
    spend = (
        select(func.coalesce(func.sum(col(Receipt.amount)), 0))
        .where(col(Receipt.customer_id) == col(Customer.id), col(Receipt.voided_at).is_(None),
               col(Receipt.issued_on) >= window_start(on), col(Receipt.issued_on) <= on)
        .scalar_subquery()
    )
    return points, spend


def _filtered(query: MemberQuery, stmt: Any, points: Any) -> Any:
    kind = CustomerKind.INTERNAL if query.program == LoyaltyProgram.INTERNAL \
        else CustomerKind.EXTERNAL
    stmt = stmt.where(col(Customer.kind) == kind, col(Customer.archived).is_(False),
                      col(Customer.merged_into_id).is_(None))
    text = query.text.strip()
    if text:
        like = f"%{text}%"
        stmt = stmt.where(or_(col(Customer.name).ilike(like), col(Customer.code).ilike(like),
                              col(Customer.phone).ilike(like)))
    if query.only_with_points:
        stmt = stmt.where(points > 0)
    return stmt


def count_members(session: Session, query: MemberQuery) -> int:
    points, _ = _sums(query.on)
    stmt = _filtered(query, select(func.count()).select_from(Customer), points)
    return int(session.execute(stmt).scalar() or 0)


def member_page(session: Session, query: MemberQuery, offset: int, limit: int) -> list[MemberRow]:
    """One page of members with balance, tier, points expiring in 30 days and next expiry."""
    points, spend = _sums(query.on)
    order = {"code": col(Customer.code), "name": col(Customer.name), "points": points,
             "spend": spend}.get(query.sort, col(Customer.name))
    stmt = select(col(Customer.id), col(Customer.code), col(Customer.name),
                  col(Customer.phone), spend)
    stmt = _filtered(query, stmt, points).order_by(
        order.desc() if query.descending else order.asc(), col(Customer.id)
    ).offset(offset).limit(limit)
    rows = session.execute(stmt).all()
    lines = lines_for(session, [r[0] for r in rows], query.program)
    tiers = list_tiers(session)
    soon = query.on + timedelta(days=SOON_DAYS)
    out: list[MemberRow] = []
    for cid, code, name, phone, spent in rows:
        state = replay(lines.get(cid, []))
        tier = tier_for_spend(tiers, int(spent)) if query.program == LoyaltyProgram.CUSTOMER \
            else None
        out.append(MemberRow(
            cid, code, name, phone, spendable(state, query.on), tier.name if tier else "",
            state.expiring_between(query.on, soon), state.next_expiry(query.on)[0], int(spent),
        ))  # fmt: skip
    return out


def expiring_soon(
    session: Session, on: date | None = None, days: int = SOON_DAYS
) -> list[ExpiringRow]:
    """Members whose points lapse within ``days`` after ``on``, soonest first."""
    day = on or date.today()
    until = day + timedelta(days=days)
    candidates = [cid for (cid,) in session.execute(
        select(col(LoyaltyEntry.customer_id)).distinct().where(
            col(LoyaltyEntry.program) == LoyaltyProgram.CUSTOMER, col(LoyaltyEntry.points) > 0,
            col(LoyaltyEntry.expires_on) > day, col(LoyaltyEntry.expires_on) <= until))]
    lines = lines_for(session, candidates, LoyaltyProgram.CUSTOMER)
    people = {
        cid: (code, name, wa or phone) for cid, code, name, wa, phone in session.execute(
            select(col(Customer.id), col(Customer.code), col(Customer.name),
                   col(Customer.whatsapp), col(Customer.phone))
            .where(col(Customer.id).in_(candidates), col(Customer.archived).is_(False)))
    }  # fmt: skip
    out: list[ExpiringRow] = []
    for cid in candidates:
        if cid not in people:
            continue
        state = replay(lines.get(cid, []))
        points = state.expiring_between(day, until)
        if points <= 0:
            continue
        first = min(lot.expires_on for lot in state.lots if lot.remaining > 0
                    and lot.expires_on is not None and day < lot.expires_on <= until)
        code, name, phone = people[cid]
        out.append(ExpiringRow(cid, code, name, phone, points, first, spendable(state, day)))
    out.sort(key=lambda r: (r.expires_on, -r.points, r.name))
    return out


def reminder_message(template: str, row: ExpiringRow, business: str, lang: str = "id") -> str:
    """The WhatsApp text for one member, from the (translated) ``template``."""
    return template.format(
        name=row.name, points=format_number(row.points), business=business,
        date=format_date_long(row.expires_on, lang),
    )


def whatsapp_url(phone: str, text: str) -> str:
    """A wa.me link that opens a chat with ``text`` typed in (phones are stored ``+62…``)."""
    digits = "".join(ch for ch in phone if ch.isdigit())
    if digits.startswith("0"):
        digits = "62" + digits[1:]
    return f"https://wa.me/{digits}?text={quote(text)}"
