"""Keeping the customer search index cheap to fill when many customers arrive at once.

Migration 0002's trigger indexes each inserted customer in ``customer_fts``. Run per row
inside a bulk insert, that trigger costs about three times the insert itself; indexing
the new rows with one ``INSERT … SELECT`` afterwards costs a fraction. :func:`bulk_indexing`
does that for importers and demo data: inside it the insert trigger is absent, and on the
way out (whatever happened) the rows added meanwhile are indexed and the trigger is back.
DDL is transactional in SQLite, so a rollback restores everything as it was.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import text
from sqlmodel import Session

TRIGGER = "customer_fts_insert"
PAD = "  "


def _national(column: str) -> str:
    return f"CASE WHEN {column} LIKE '+62%' THEN '0' || substr({column}, 4) ELSE '' END"


_PHONES = (
    f"c.phone || ' ' || {_national('c.phone')} || ' ' || "
    f"c.whatsapp || ' ' || {_national('c.whatsapp')}"
)
_VALUES = ("c.code", "c.name", "c.company", "c.contact_person", _PHONES, "c.email", "c.city")

# Exactly the values the trigger indexes (see migrations 0002 and 0005: each value is
# followed by two spaces so that every character starts a trigram), for rows ``c``.
INDEX_NEW_ROWS = text(
    "INSERT INTO customer_fts(rowid, code, name, company, contact, phones, email, city) "
    f"SELECT c.id, {', '.join(f'{v} || {PAD!r}' for v in _VALUES)} "
    "FROM customer c WHERE c.id > :after"
)


@contextmanager
def bulk_indexing(session: Session) -> Iterator[None]:
    """Customers inserted inside the block are indexed in one statement at its end."""
    conn = session.connection()
    sql = None
    if conn.dialect.name == "sqlite":
        sql = conn.exec_driver_sql(
            "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?", (TRIGGER,)
        ).scalar()
    if sql is None:
        yield
        return
    after = conn.exec_driver_sql("SELECT coalesce(max(id), 0) FROM customer").scalar()
    conn.exec_driver_sql(f"DROP TRIGGER {TRIGGER}")
    try:
        yield
    finally:
        conn.execute(INDEX_NEW_ROWS, {"after": after})
        conn.exec_driver_sql(sql)
