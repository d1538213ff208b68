"""First in, first out over one member's ledger: which points are left, and when they expire.

Pure functions over plain ledger lines, so the rule is tested without a database. Every
positive entry (earn, bonus, a positive adjustment) is a *lot* with its own expiry date.
Every negative entry spends lots in date order, the lot that expires first going first. An
entry that cancels one lot on purpose (a ``reverse`` of a voided kwitansi, or an ``expire``)
names it in ``reverses_id`` and takes from that lot before any other.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta

FAR_FUTURE = date.max


@dataclass(frozen=True)
class Line:
    """The parts of a ledger entry that FIFO needs."""

    id: int
    occurred_on: date
    points: int
    expires_on: date | None = None
    reverses_id: int | None = None


@dataclass
class Lot:
    """Points from one positive entry, and how many of them are still unspent."""

    entry_id: int
    occurred_on: date
    expires_on: date | None
    points: int
    remaining: int

    @property
    def expiry_key(self) -> tuple[date, date, int]:
        return (self.expires_on or FAR_FUTURE, self.occurred_on, self.entry_id)


@dataclass
class FifoState:
    """The lots after every entry has been applied, in spending order."""

    lots: list[Lot] = field(default_factory=list)

    @property
    def remaining(self) -> int:
        return sum(lot.remaining for lot in self.lots)

    def due(self, on: date) -> list[Lot]:
        """Lots already past their expiry on ``on`` that still hold points (to expire)."""
        return [
            lot for lot in self.lots
            if lot.remaining > 0 and lot.expires_on is not None and lot.expires_on <= on
        ]  # fmt: skip

    def expiring_between(self, after: date, until: date) -> int:
        """Unspent points of lots expiring in ``(after, until]``."""
        return sum(
            lot.remaining for lot in self.lots
            if lot.remaining > 0 and lot.expires_on is not None
            and after < lot.expires_on <= until
        )  # fmt: skip

    def next_expiry(self, on: date) -> tuple[date | None, int]:
        """The first expiry date after ``on`` and how many points lapse then."""
        dates = sorted(
            {lot.expires_on for lot in self.lots
             if lot.remaining > 0 and lot.expires_on is not None and lot.expires_on > on}
        )
        if not dates:
            return None, 0
        first = dates[0]
        return first, sum(
            lot.remaining for lot in self.lots if lot.remaining > 0 and lot.expires_on == first
        )


def replay(lines: Iterable[Line]) -> FifoState:
    """Apply ``lines`` in date order (then id) and return the lots left.

    A spending entry on day *d* takes first from lots still valid on *d* (earliest expiry
    first), then, if the data says more was spent, from lapsed lots; what no lot could cover
    yet (a spend dated before the points it used) is taken from the next lots to arrive. So
    the points left always equal the ledger sum while that sum is not negative.
    """
    state = FifoState()
    by_id: dict[int, Lot] = {}
    owed = 0
    for line in sorted(lines, key=lambda ln: (ln.occurred_on, ln.id)):
        if line.points > 0:
            take = min(owed, line.points)
            owed -= take
            lot = Lot(line.id, line.occurred_on, line.expires_on, line.points,
                      line.points - take)
            state.lots.append(lot)
            by_id[line.id] = lot
            continue
        need = -line.points
        target = by_id.get(line.reverses_id) if line.reverses_id is not None else None
        if target is not None:
            take = min(need, target.remaining)
            target.remaining -= take
            need -= take
        if need:
            owed += _spend(state.lots, need, line.occurred_on)
    state.lots.sort(key=lambda lot: lot.expiry_key)
    return state


def _spend(lots: list[Lot], need: int, on: date) -> int:
    """Take ``need`` points, valid lots first; returns what could not be covered."""
    open_lots = sorted((lot for lot in lots if lot.remaining > 0), key=lambda lot: lot.expiry_key)
    valid = [lot for lot in open_lots if lot.occurred_on <= on
             and (lot.expires_on is None or lot.expires_on > on)]
    valid_ids = {lot.entry_id for lot in valid}
    lapsed = [lot for lot in open_lots if lot.entry_id not in valid_ids]
    for lot in valid + lapsed:
        if need <= 0:
            break
        take = min(need, lot.remaining)
        lot.remaining -= take
        need -= take
    return need


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later, clamped to the month's end (31 Jan + 1 = 28/29 Feb)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


def expiry_for(occurred_on: date, months: int) -> date | None:
    """When points earned on ``occurred_on`` lapse (None when they never do)."""
    return add_months(occurred_on, months) if months > 0 else None


def birthday_in(year: int, born: date) -> date:
    """The birthday celebrated in ``year``: 29 February becomes 28 February in other years."""
    if born.month == 2 and born.day == 29 and not calendar.isleap(year):
        return date(year, 2, 28)
    return born.replace(year=year)


def window_start(on: date, months: int = 12) -> date:
    """The first day of the rolling window of ``months`` ending on ``on`` (inclusive)."""
    return add_months(on, -months) + timedelta(days=1)
