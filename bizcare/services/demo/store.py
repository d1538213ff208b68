"""Database side of the demo generator: clearing, looking up, bulk writing, sequences.

Rows go in as one ``executemany`` per chunk on the session's own connection (same
transaction), never through ORM objects. The statement is SQLAlchemy Core's
``insert(table)`` compiled for the database in use, and every value passes through its
column type's own bind processor (dates, aware UTC time stamps, booleans), so what is stored
is exactly what ``session.execute(insert(table), rows)`` would store — without the
per-row parameter bookkeeping that makes that path several times slower for 300,000 rows.
"""

from __future__ import annotations

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
    number sequences, the business profile) is read here, before anything is written, so
    the ids it gives out do not depend on what it has written so far.
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


Memo = dict[type, dict[Any, Any]]


def write(connection: Connection, model: type[SQLModel], rows: list[dict[str, Any]],
          tick: Callable[[], None] | None = None, memo: Memo | None = None) -> int:
    """Insert ``rows`` into ``model``'s table in chunks; returns how many were written.

    Converted values are remembered per column type: a payment's time stamp is also its
    kwitansi's, its ledger entry's and its audit row's, and the same few hundred dates
    recur everywhere, so most conversions are a dictionary look-up (pass the same ``memo``
    for every table of one transaction). ``tick`` runs after each chunk.
    """
    if not rows:
        return 0
    table: Table = model.__table__  # type: ignore[attr-defined]
    base = defaults(model)
    dialect = connection.dialect
    names = [column.key for column in table.c]
    compiled = insert(table).compile(dialect=dialect, column_keys=names)
    order = list(compiled.positiontup or ()) if compiled.positional else names
    memo = {} if memo is None else memo
    columns = []
    for name in order:
        kind = table.c[name].type
        process = kind._cached_bind_processor(dialect)
        columns.append((name, process, memo.setdefault(type(kind), {}) if process else None))
    sql = str(compiled)
    for start in range(0, len(rows), CHUNK):
        params: list[Any] = []
        for row in rows[start : start + CHUNK]:
            full = base | row
            values = []
            for name, process, known in columns:
                value = full[name]
                if process is not None and value is not None:
                    done = known.get(value)  # type: ignore[union-attr]
                    if done is None:
                        done = known[value] = process(value)  # type: ignore[index]
                    value = done
                values.append(value)
            params.append(tuple(values) if compiled.positional else dict(zip(order, values,
                                                                                strict=True)))
        connection.exec_driver_sql(sql, params)
        if tick is not None:
            tick()
    return len(rows)


class Writer:
    """Writes each table as soon as the generator hands it over (in foreign-key order).

    One memo of converted values serves every table. (A second writer thread was tried:
    SQLite indexes without holding the GIL, but on a busy two-core machine the threads'
    hand-overs cost more than the overlap saved — 10-11 s instead of 12-16 s for 10,000
    customers, measured A/B in one run.)
    """

    def __init__(self, connection: Connection, announce: Callable[[str], None]) -> None:
        self.connection, self.announce = connection, announce
        self.counts: dict[str, int] = {}
        self._memo: Memo = {}

    def put(self, model: type[SQLModel], rows: list[dict[str, Any]], text: str) -> None:
        self.announce(text)
        self.counts[_name(model)] = write(self.connection, model, rows, None, self._memo)


def sync_id_sequences(session: Session, models: Iterable[type[SQLModel]]) -> None:
    """PostgreSQL: move each table's id sequence past the ids the demo gave explicitly.

    (SQLite takes the next rowid from the table itself; PostgreSQL would hand out 1 again.)
    """
    connection = session.connection()
    if connection.dialect.name != "postgresql":
        return
    for model in models:
        table: Table = model.__table__  # type: ignore[attr-defined]
        if "id" not in table.c:
            continue
        connection.exec_driver_sql(
            f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
            f"COALESCE(MAX(id), 1), MAX(id) IS NOT NULL) FROM {table.name}")


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
