"""Database side of the demo generator: clearing, looking up, bulk writing, sequences.

Rows go in as one ``executemany`` per chunk on the session's own connection (same
transaction), never through ORM objects. The statement is SQLAlchemy Core's
``insert(table)`` compiled for the database in use, and every value passes through its
column type's own bind processor (dates, aware UTC time stamps, booleans), so what is stored
is exactly what ``session.execute(insert(table), rows)`` would store — without the
per-row parameter bookkeeping that makes that path several times slower for 300,000 rows.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import Any

from pydantic_core import PydanticUndefined
from sqlalchemy import Connection, Table, delete, func, insert, select, update
from sqlmodel import Session, SQLModel

from bizcare.domain.models import BusinessProfile, Customer, LoyaltyTier, NumberSequence, Setting

CHUNK = 20_000
_SEQ: Table = NumberSequence.__table__  # type: ignore[attr-defined]
_KEEP = {Setting.__tablename__}  # the owner's settings survive a replace


BULK_CACHE_KIB = 131_072  # 128 MiB of SQLite page cache while the indexes fill


@contextmanager
def bulk_cache(session: Session) -> Iterator[None]:
    """A large SQLite page cache for the bulk insert, the usual size again afterwards.

    A dozen indexes grow at once; with the default 2 MiB cache their pages keep being
    evicted and re-read. The setting belongs to the pooled connection, so it is restored.
    """
    connection = session.connection()
    if connection.dialect.name != "sqlite":
        yield
        return
    before = connection.exec_driver_sql("PRAGMA cache_size").scalar()
    connection.exec_driver_sql(f"PRAGMA cache_size = -{BULK_CACHE_KIB}")
    try:
        yield
    finally:
        connection.exec_driver_sql(f"PRAGMA cache_size = {int(before or -2000)}")


class Snapshot:
    """What the database holds before the demo writes, read once up front.

    Everything the generator needs to know (next free ids, names already used, tiers,
    number sequences, the business profile) is read here, before the background writer
    starts, so the generator never touches the session while the writer uses it.
    """

    def __init__(self, session: Session, models: Iterable[type[SQLModel]],
                 keys: Iterable[tuple[type[SQLModel], str]]) -> None:
        self._ids = {_name(m): next_id(session, m) for m in models
                     if "id" in m.__table__.c}  # type: ignore[attr-defined]
        self._existing = {(_name(m), k): existing(session, m, k) for m, k in keys}
        self.sequences = last_values(session, ("PLG", "DIV", "INV", "KW"))
        tiers: Table = LoyaltyTier.__table__  # type: ignore[attr-defined]
        self.tiers = [(int(a), int(b)) for a, b in session.execute(
            select(tiers.c.min_spend, tiers.c.multiplier_bp))]
        profile = session.get(BusinessProfile, 1)
        self.profile = profile if profile is not None and profile.name.strip() else None

    def next_id(self, model: type[SQLModel]) -> int:
        return self._ids[_name(model)]

    def existing(self, model: type[SQLModel], key: str) -> dict[Any, int]:
        return dict(self._existing[(_name(model), key)])


def _name(model: type[SQLModel]) -> str:
    return str(model.__table__.name)  # type: ignore[attr-defined]


def drop_unnamed_profile(session: Session) -> None:
    """A profile row without a business name is not the owner's: the demo writes its own."""
    profile = session.get(BusinessProfile, 1)
    if profile is not None and not profile.name.strip():
        session.delete(profile)
        session.flush()


def count_customers(session: Session) -> int:
    table: Table = Customer.__table__  # type: ignore[attr-defined]
    return int(session.execute(select(func.count()).select_from(table)).scalar() or 0)


def clear_all(session: Session) -> None:
    """Delete every row of every table except the settings, children before parents."""
    for table in reversed(SQLModel.metadata.sorted_tables):
        if table.name not in _KEEP:
            session.execute(delete(table))


def next_id(session: Session, model: type[SQLModel]) -> int:
    table: Table = model.__table__  # type: ignore[attr-defined]
    return int(session.execute(select(func.max(table.c.id))).scalar() or 0) + 1


def existing(session: Session, model: type[SQLModel], key: str) -> dict[Any, int]:
    """``key`` value -> id of the rows already in ``model``'s table."""
    table: Table = model.__table__  # type: ignore[attr-defined]
    return {k: int(i) for k, i in session.execute(select(table.c[key], table.c.id))}


def defaults(model: type[SQLModel]) -> dict[str, Any]:
    """Every column's model default, so rows only name what they decide."""
    values: dict[str, Any] = {}
    for name, info in model.model_fields.items():
        if info.default_factory is not None:
            values[name] = info.default_factory()  # type: ignore[call-arg]
        elif info.default is not PydanticUndefined:
            values[name] = info.default
    return values


def write(connection: Connection, model: type[SQLModel], rows: list[dict[str, Any]],
          tick: Callable[[], None] | None = None) -> int:
    """Insert ``rows`` into ``model``'s table in chunks; returns how many were written.

    ``tick`` runs after each chunk (the background writer stops there when asked to).
    """
    if not rows:
        return 0
    table: Table = model.__table__  # type: ignore[attr-defined]
    base = defaults(model)
    dialect = connection.dialect
    names = [column.key for column in table.c]
    compiled = insert(table).compile(dialect=dialect, column_keys=names)
    order = list(compiled.positiontup or ()) if compiled.positional else names
    processors = [(name, table.c[name].type._cached_bind_processor(dialect)) for name in order]
    sql = str(compiled)
    for start in range(0, len(rows), CHUNK):
        params: list[Any] = []
        for row in rows[start : start + CHUNK]:
            full = base | row
            values = [full[name] if proc is None or full[name] is None else proc(full[name])
                      for name, proc in processors]
            params.append(tuple(values) if compiled.positional else dict(zip(order, values,
                                                                                strict=True)))
        connection.exec_driver_sql(sql, params)
        if tick is not None:
            tick()
    return len(rows)


class Writer:
    """Writes tables on a second thread while the generator goes on building rows.

    SQLite does its inserting, indexing and search triggers without holding Python's GIL,
    so on two cores the writing of one table overlaps the building of the next. The
    connection is the caller's (same transaction); only this thread uses it until
    :meth:`close`. Tables are written in the order they are handed over, which must
    respect foreign keys. An error on the writer is raised again by :meth:`close`.
    """

    def __init__(self, connection: Connection, announce: Callable[[str], None]) -> None:
        self.connection, self.announce = connection, announce
        self.counts: dict[str, int] = {}
        self._jobs: queue.Queue[tuple[type[SQLModel], list[dict[str, Any]], str] | None] = (
            queue.Queue())
        self._error: BaseException | None = None
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="demo-writer", daemon=True)
        self._thread.start()

    def put(self, model: type[SQLModel], rows: list[dict[str, Any]], text: str) -> None:
        self._jobs.put((model, rows, text))

    def close(self, *, abort: bool = False) -> None:
        """Wait for every table handed over (or, with ``abort``, stop at the next chunk)."""
        if abort:
            self._stop.set()
        self._jobs.put(None)
        self._thread.join()
        if self._error is not None and not abort:
            raise self._error

    def _run(self) -> None:
        while (job := self._jobs.get()) is not None:
            if self._error is not None or self._stop.is_set():
                continue
            model, rows, text = job
            try:
                self.announce(text)
                self.counts[_name(model)] = write(self.connection, model, rows,
                                                         self._check)
            except BaseException as exc:  # noqa: BLE001 - handed to close() in the caller
                self._error = exc

    def _check(self) -> None:
        if self._stop.is_set():
            raise _Stopped


class _Stopped(Exception):
    """The generator failed; the writer leaves the rest (the transaction rolls back)."""


def last_values(session: Session, series: Iterable[str]) -> dict[tuple[str, str], int]:
    """(series, period) -> last value given, for the series named."""
    rows = session.execute(
        select(_SEQ.c.series, _SEQ.c.period, _SEQ.c.last_value).where(
            _SEQ.c.series.in_(list(series)))
    )
    return {(s, p): int(v) for s, p, v in rows}


def save_sequences(session: Session, values: dict[tuple[str, str], int]) -> None:
    """Set each (series, period) to its last value, creating the rows that are missing."""
    known = last_values(session, sorted({series for series, _ in values}))
    fresh = []
    for (series, period), value in sorted(values.items()):
        if (series, period) in known:
            session.execute(update(_SEQ).where(_SEQ.c.series == series,
                                               _SEQ.c.period == period).values(last_value=value))
        else:
            fresh.append({"series": series, "period": period, "last_value": value})
    if fresh:
        session.execute(insert(_SEQ), fresh)
