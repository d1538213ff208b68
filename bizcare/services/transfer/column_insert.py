"""Bulk inserts from columns: what the importer (and any bulk path) hands to ``executemany``.

A Core ``insert`` with a list of dicts converts every value through SQLAlchemy's type
machinery one by one; 100,000 customers of 26 columns spent more time there than SQLite
spent inserting them. Here the rows arrive as columns, each converted once per distinct
value, and zipped into the tuples the driver binds.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import bindparam, insert, literal_column
from sqlmodel import Session


def bulk_insert(session: Session, table: Any, records: list[dict[str, Any]]) -> None:
    """``executemany`` of ``records`` (same keys each): see :class:`ColumnInsert`."""
    if records:
        ColumnInsert(session, table, {k: [r[k] for r in records] for k in records[0]})(
            0, len(records)
        )


class ColumnInsert:
    """An ``executemany`` of rows given as columns (name -> values), run a slice at a time.

    Each column's values are converted once per distinct value the way SQLAlchemy would
    (dates, flags and timestamps repeat a lot): a Core insert spends most of its time doing
    that for every value, and building a dict per row before that. On SQLite a column that
    holds the same value in every row (flags, timestamps, the fields the file lacks) is
    written into the statement once instead of being bound 100,000 times (0.2 s of 1 s).
    """

    def __init__(self, session: Session, table: Any, columns: dict[str, list[Any]]) -> None:
        self.conn = session.connection()
        self.table = table
        dialect = self.conn.dialect
        self.sql: str | None = None
        if dialect.paramstyle != "qmark":
            self.params: list[Any] = [
                dict(zip(columns, row, strict=True)) for row in zip(*columns.values(), strict=True)
            ]
            return
        stored = {key: _stored(table.c[key], dialect, values) for key, values in columns.items()}
        literals = {key: _sql_literal(values) for key, values in stored.items()}
        same = {key: text for key, text in literals.items() if text is not None}
        if len(same) == len(stored):  # one row: bind something, executemany needs rows
            same.popitem()
        values: dict[str, Any] = {key: bindparam(key) for key in stored}
        values.update({key: literal_column(text) for key, text in same.items()})
        compiled = insert(table).values(values).compile(dialect=dialect)
        self.sql = str(compiled)
        bound = [stored[key] for key in compiled.positiontup or []]
        self.params = list(zip(*bound, strict=True))

    def __call__(self, start: int, stop: int) -> None:
        """Insert rows ``start`` to ``stop`` (a slice)."""
        chunk = self.params[start:stop]
        if not chunk:
            return
        if self.sql is None:
            self.conn.execute(insert(self.table), chunk)
        else:
            self.conn.exec_driver_sql(self.sql, chunk)


def _stored(column: Any, dialect: Any, values: list[Any]) -> list[Any]:
    """``values`` as the driver receives them (SQLAlchemy's bind processing)."""
    convert = column.type.dialect_impl(dialect).bind_processor(dialect)
    if convert is None:
        return values
    if _all_same(values):
        return [convert(values[0])] * len(values)
    done: dict[Any, Any] = {None: None}
    return [done[v] if v in done else done.setdefault(v, convert(v)) for v in values]


def _sql_literal(values: list[Any]) -> str | None:
    """SQLite's literal for the value every row has (NULL, an integer, a quoted text), or None
    when the rows differ or the value is better bound (floats, bytes, text holding NUL)."""
    if not _all_same(values):
        return None
    value = values[0]
    if value is None:
        return "NULL"
    if type(value) is int:
        return str(value)
    if type(value) is str and "\x00" not in value:
        return "'" + value.replace("'", "''") + "'"
    return None


def _all_same(values: list[Any]) -> bool:
    """Whether there are values and all equal the first (the last is compared first: cheap)."""
    return bool(values) and values[-1] == values[0] and values.count(values[0]) == len(values)
