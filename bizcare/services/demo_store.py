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
from sqlalchemy import Table, delete, func, insert, select, update
from sqlmodel import Session, SQLModel

from bizcare.domain.models import Customer, NumberSequence, Setting

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


def write(session: Session, model: type[SQLModel], rows: list[dict[str, Any]],
          tick: Callable[[], None] | None = None) -> int:
    """Insert ``rows`` into ``model``'s table in chunks; returns how many were written."""
    if not rows:
        return 0
    table: Table = model.__table__  # type: ignore[attr-defined]
    base = defaults(model)
    connection = session.connection()
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
