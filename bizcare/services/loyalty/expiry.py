"""Writing off lapsed points, first in, first out, in bulk and only where something changed.

A full run remembers (setting ``loyalty.expiry_run``) the day it covered and the last ledger
line it saw. A member's lots can only become due again through new lines or lots lapsing
after that day, so the next run replays just those members; a run for one member (before a
redemption) or for an earlier day does not use or move the mark.

Runs that hand out or write off points in bulk (this one, birthday bonuses, internal
appreciation) take the named lock ``LOYALTY_RUN`` first, so two windows starting at once do
not both write the same lines; a full expiry run also locks each member it replays, as a
redemption does, so a member spending points and the run never expire the same lot twice.

Expiry runs as of today or an earlier day, never a later one: run "as of 31/12/9999" it
would write off every point in the shop. :func:`expire_due` is what a write that could leave
a lot already past its expiry (a back-dated kwitansi) calls in its own transaction, so a
member's spendable points always equal the ledger sum.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Sequence
from datetime import date

from sqlalchemy import and_, func, insert, or_, select
from sqlmodel import Session

from bizcare.domain import clock
from bizcare.domain.enums import LedgerKind, LoyaltyProgram
from bizcare.domain.errors import ValidationError
from bizcare.domain.i18n import QT_TRANSLATE_NOOP
from bizcare.domain.models import Customer, LoyaltyEntry, Setting
from bizcare.domain.models._base import utcnow
from bizcare.services.loyalty.fifo import Line, replay
from bizcare.services.numbering import hold

EXPIRE_REASON = QT_TRANSLATE_NOOP("loyalty", "Expired (first in, first out)")
EXPIRY_BATCH = 500
EXPIRY_MARK = "loyalty.expiry_run"
LOYALTY_RUN = "loyalty-run"
_ENTRY = LoyaltyEntry.__table__  # type: ignore[attr-defined]
_CUSTOMER = Customer.__table__  # type: ignore[attr-defined]


def lines_for(
    session: Session, ids: Sequence[int], program: str = LoyaltyProgram.CUSTOMER
) -> dict[int, list[Line]]:
    """The ledger lines of many members in one query, by customer id."""
    out: dict[int, list[Line]] = defaultdict(list)
    if not ids:
        return out
    t = _ENTRY.c
    rows = session.connection().execute(
        select(t.customer_id, t.id, t.occurred_on, t.points, t.expires_on, t.reverses_id)
        .where(t.customer_id.in_(list(ids)), t.program == program)
    )
    for cid, *rest in rows:
        out[cid].append(Line(*rest))
    return out


def expire_points(
    session: Session, on: date | None = None, customer_id: int | None = None
) -> tuple[int, int]:
    """Write off points past their expiry, first in, first out; returns (entries, points).

    Idempotent: each expired lot is written off once, with the date it lapsed, so running
    it twice (or at every start) adds nothing the second time. A full run remembers the day
    it covered and the last ledger line it saw, so the next run replays only members with
    new lines or with lots lapsing since; write-offs are inserted in bulk.

    Raises:
        ValidationError: ``on`` is after today (points do not lapse ahead of time).
    """
    today = clock.today()
    day = on or today
    if day > today:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "Points can only be written off as of today or earlier, not {day}."
            ),
            "date", day=day.strftime("%d/%m/%Y"),
        )  # fmt: skip
    if customer_id is None:
        hold(session, LOYALTY_RUN)  # two full runs (two windows starting) take turns
    return _expire(session, day, customer_id)


def expire_due(session: Session, customer_id: int) -> tuple[int, int]:
    """Write off one member's points that are past their expiry today; (entries, points)."""
    return _expire(session, clock.today(), customer_id)


def _expire(session: Session, day: date, customer_id: int | None) -> tuple[int, int]:
    t = _ENTRY.c
    lapsed = and_(t.program == LoyaltyProgram.CUSTOMER, t.points > 0, t.expires_on <= day)
    mark = _load_mark(session) if customer_id is None else None
    if customer_id is not None:
        where = and_(lapsed, t.customer_id == customer_id)
    elif mark is not None and mark[0] <= day:
        where = or_(and_(lapsed, t.expires_on > mark[0]),
                    and_(t.program == LoyaltyProgram.CUSTOMER, t.id > mark[1]))
    else:
        where = lapsed
    candidates = [cid for (cid,) in session.connection().execute(
        select(t.customer_id).distinct().where(where))]
    last_id = session.connection().execute(select(func.max(t.id))).scalar() or 0
    now = utcnow()
    rows: list[dict[str, object]] = []
    for start in range(0, len(candidates), EXPIRY_BATCH):
        batch = candidates[start:start + EXPIRY_BATCH]
        if customer_id is None:
            _lock_members(session, batch)  # a member spending points expires their own lots
        lines = lines_for(session, batch)
        for cid in batch:
            for lot in replay(lines.get(cid, [])).due(day):
                rows.append({
                    "customer_id": cid, "program": LoyaltyProgram.CUSTOMER.value,
                    "kind": LedgerKind.EXPIRE.value, "points": -lot.remaining,
                    "occurred_on": lot.expires_on, "expires_on": None, "receipt_id": None,
                    "reward_id": None, "reverses_id": lot.entry_id, "reason": EXPIRE_REASON,
                    "created_at": now,
                })  # fmt: skip
    if rows:
        session.execute(insert(LoyaltyEntry), rows)
    if customer_id is None and (mark is None or mark[0] <= day):
        newest = session.connection().execute(select(func.max(t.id))).scalar() or 0
        # Lines written after ``last_id`` by this run are write-offs: nothing left to expire.
        _save_mark(session, day, max(last_id, newest))
    return len(rows), -sum(int(r["points"]) for r in rows)  # type: ignore[call-overload]


def _lock_members(session: Session, ids: list[int]) -> None:
    """Lock members (in id order) before their ledger is replayed, as ``spend_points`` does."""
    session.connection().execute(
        select(_CUSTOMER.c.id).where(_CUSTOMER.c.id.in_(ids)).order_by(_CUSTOMER.c.id)
        .with_for_update()
    ).all()


def _load_mark(session: Session) -> tuple[date, int] | None:
    row = session.get(Setting, EXPIRY_MARK)
    if row is None:
        return None
    try:
        data = json.loads(row.value)
        return date.fromisoformat(data["through"]), int(data["last_entry_id"])
    except (ValueError, KeyError, TypeError):
        return None


def _save_mark(session: Session, day: date, last_entry_id: int) -> None:
    value = json.dumps({"through": day.isoformat(), "last_entry_id": last_entry_id})
    session.merge(Setting(key=EXPIRY_MARK, value=value))
