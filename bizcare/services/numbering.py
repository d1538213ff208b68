"""Gapless document numbers: one ``number_sequence`` row per series and period.

A number is taken inside the transaction that stamps the document, so it is committed
together with it or not at all: a crash or a rollback after taking a number leaves the
sequence where it was, hence no gap. The row is locked before it is read (SQLite: the
caller's ``BEGIN IMMEDIATE`` write lock; PostgreSQL: ``SELECT … FOR UPDATE``). The first row
of a period is created with ``INSERT … ON CONFLICT DO NOTHING`` and then locked, so sessions
racing for the first number of a period wait for each other instead of failing on the
unique key. Callers lock the documents they decide on (invoice, member, reward) before they
take a number: the sequence row is always the last lock a transaction takes.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import Row, insert, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.sql.expression import Executable
from sqlmodel import Session

from bizcare.domain.models import NumberSequence
from bizcare.domain.numbering import period_of, render_number

_SEQ = NumberSequence.__table__  # type: ignore[attr-defined]
LOCK_PERIOD = "lock"


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
    return render_number(pattern, on, reserve(session, series, period))


def peek_last(session: Session, series: str, period: str) -> int:
    """The last value given in a series and period (0 when none yet); for checks and tests."""
    value = session.connection().execute(
        select(_SEQ.c.last_value).where(_SEQ.c.series == series, _SEQ.c.period == period)
    ).scalar()
    return int(value or 0)


def reserve(session: Session, series: str, period: str, count: int = 1) -> int:
    """Advance ``series`` in ``period`` by ``count``; returns the first value taken.

    The row is created if missing and locked for the rest of the transaction, so no other
    session can take numbers of this series and period until this one commits or rolls back.
    """
    # Core statements on the session's connection: same transaction, no ORM bookkeeping
    # (this sits on the hot path of every invoice and kwitansi).
    found = _locked_row(session, series, period)
    first = int(found.last_value) + 1
    session.connection().execute(
        update(_SEQ).where(_SEQ.c.id == found.id).values(last_value=first + count - 1)
    )
    return first


def hold(session: Session, name: str) -> None:
    """Take the named lock ``name`` until the transaction ends (a sequence row nobody numbers
    with), for runs that must not overlap, such as the daily loyalty run."""
    _locked_row(session, name, LOCK_PERIOD)


def _locked_row(session: Session, series: str, period: str) -> Row[Any]:
    conn = session.connection()
    locked = select(_SEQ.c.id, _SEQ.c.last_value).where(
        _SEQ.c.series == series, _SEQ.c.period == period
    ).with_for_update()
    found = conn.execute(locked).first()
    if found is None:
        conn.execute(_insert_if_missing(session, series, period))
        found = conn.execute(locked).one()
    return found


def _insert_if_missing(session: Session, series: str, period: str) -> Executable:
    """``INSERT … ON CONFLICT DO NOTHING`` of an empty sequence row, in this dialect."""
    values = {"series": series, "period": period, "last_value": 0}
    dialect = session.connection().dialect.name
    if dialect == "postgresql":
        return postgresql.insert(_SEQ).values(**values).on_conflict_do_nothing()
    if dialect == "sqlite":
        return sqlite.insert(_SEQ).values(**values).on_conflict_do_nothing()
    # Other engines: a clash surfaces as a unique conflict, which Database.run retries.
    return insert(_SEQ).values(**values)
