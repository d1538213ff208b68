"""Gapless document numbers: one ``number_sequence`` row per series and period.

A number is taken inside the transaction that stamps the document, so it is committed
together with it or not at all: a crash or a rollback after taking a number leaves the
sequence where it was, hence no gap. On SQLite the caller's ``db.session()`` has already
taken the write lock (``BEGIN IMMEDIATE``), so two processes cannot read the same value; on
PostgreSQL the row is read ``FOR UPDATE`` and the first row of a period is inserted in a
savepoint so a racing first insert is retried instead of failing.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session

from bizcare.domain.models import NumberSequence
from bizcare.domain.numbering import period_of, render_number

_SEQ = NumberSequence.__table__  # type: ignore[attr-defined]


def take_next_number(session: Session, series: str, pattern: str, on: date) -> str:
    """Advance ``series`` for the period of ``on`` and return the rendered number.

    Args:
        session: a write session; the number belongs to its transaction.
        series: the sequence name, e.g. ``"INV"`` or ``"KW"``.
        pattern: a validated pattern such as ``INV/{yyyy}/{mm}/{seq:04d}``; it also decides
            whether the sequence restarts monthly, yearly or never.
        on: the document's date (its issue or payment date), which picks the period.
    """
    period = period_of(pattern, on)
    return render_number(pattern, on, _advance(session, series, period))


def peek_last(session: Session, series: str, period: str) -> int:
    """The last value given in a series and period (0 when none yet); for checks and tests."""
    value = session.connection().execute(
        select(_SEQ.c.last_value).where(_SEQ.c.series == series, _SEQ.c.period == period)
    ).scalar()
    return int(value or 0)


def _advance(session: Session, series: str, period: str) -> int:
    # Core statements on the session's connection: same transaction, no ORM bookkeeping
    # (this sits on the hot path of every invoice and kwitansi).
    conn = session.connection()
    locked = select(_SEQ.c.id, _SEQ.c.last_value).where(
        _SEQ.c.series == series, _SEQ.c.period == period
    ).with_for_update()
    found = conn.execute(locked).first()
    if found is None:
        try:
            with conn.begin_nested():
                conn.execute(insert(_SEQ).values(series=series, period=period, last_value=1))
            return 1
        except IntegrityError:
            # Another transaction created the period's row first (PostgreSQL): lock it now.
            found = conn.execute(locked).one()
    value = int(found.last_value) + 1
    conn.execute(update(_SEQ).where(_SEQ.c.id == found.id).values(last_value=value))
    return value
