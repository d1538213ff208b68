"""What a database error means: a conflict to retry, the environment, or a bug.

SQLite is classified by its result code (``sqlite3`` exceptions carry ``sqlite_errorcode``
and ``sqlite_errorname`` since Python 3.11), the way qutebrowser's ``misc/sql.py`` does:
busy, locked, read-only, I/O, full, corrupt, not a database or cannot open are the
environment; a syntax error, a missing column or a broken constraint is a bug in BizCare.
PostgreSQL is classified by SQLSTATE class: 08 (connection), 53 (insufficient resources) and
57 (operator intervention) are the environment; 40001/40P01 (serialization failure,
deadlock) and a unique key another session won (``RETRY_UNIQUE``) are conflicts with
another session, retried by ``Database.run``.
"""

from __future__ import annotations

import sqlite3

from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError

from bizcare.domain.errors import StorageError
from bizcare.domain.i18n import QT_TRANSLATE_NOOP

RETRY_SQLSTATES = frozenset({"40001", "40P01"})
"""Serialization failure and deadlock: the server rolled the transaction back; run it again."""

ENVIRONMENT_SQLSTATE_CLASSES = frozenset({"08", "53", "57"})

RETRY_UNIQUE = {
    "number_sequence": "number_sequence_series_period_key",
    "customer": "customer_code_key",
    "invoice": "invoice_number_key",
    "receipt": "receipt_number_key",
    "voucher": "voucher_code_key",
    "division": "division_name_key",
    "tag": "tag_name_key",
}
"""Unique keys a concurrent session can win (PostgreSQL constraint name by table): numbers
BizCare generates, and divisions and tags created on first use. A clash means another
session took the number or created the name first, so the unit of work runs again and then
sees it (and, for a name given twice on purpose, refuses it with the service's message)."""

_SQLITE_RETRY_UNIQUE = (
    "number_sequence.series, number_sequence.period",
    "customer.code",
    "invoice.number",
    "receipt.number",
    "voucher.code",
    "division.name",
    "tag.name",
)

# SQLite primary result codes (https://sqlite.org/rescode.html).
SQLITE_PERM, SQLITE_BUSY, SQLITE_LOCKED, SQLITE_NOMEM, SQLITE_READONLY = 3, 5, 6, 7, 8
SQLITE_IOERR, SQLITE_CORRUPT, SQLITE_FULL, SQLITE_CANTOPEN, SQLITE_PROTOCOL = 10, 11, 13, 14, 15
SQLITE_NOTADB = 26
SQLITE_BUSY_SNAPSHOT = SQLITE_BUSY | (2 << 8)
_SQLITE_ENVIRONMENT = frozenset({
    SQLITE_PERM, SQLITE_BUSY, SQLITE_LOCKED, SQLITE_NOMEM, SQLITE_READONLY, SQLITE_IOERR,
    SQLITE_CORRUPT, SQLITE_FULL, SQLITE_CANTOPEN, SQLITE_PROTOCOL, SQLITE_NOTADB,
})  # fmt: skip

BUSY = QT_TRANSLATE_NOOP("errors", "The database is busy in another window. Try again.")
FULL = QT_TRANSLATE_NOOP("errors", "The disk is full or not writable.")
UNUSABLE = QT_TRANSLATE_NOOP("errors", "The database could not be read or written: {detail}")


class ConflictError(StorageError):
    """A concurrent session changed what this transaction read; nothing was saved."""

    default_message = QT_TRANSLATE_NOOP(
        "errors", "Another window changed the same data at the same moment; nothing was "
        "saved. Try again.",
    )


def sqlstate(exc: DBAPIError) -> str:
    """The PostgreSQL SQLSTATE of a driver error ("" for other drivers)."""
    return str(getattr(exc.orig, "sqlstate", None) or getattr(exc.orig, "pgcode", None) or "")


def sqlite_code(exc: DBAPIError) -> int | None:
    """SQLite's extended result code of a driver error (None for other drivers)."""
    if isinstance(exc.orig, sqlite3.Error):
        return getattr(exc.orig, "sqlite_errorcode", None)
    return None


def is_retryable(exc: DBAPIError) -> bool:
    """A conflict with another session that a new attempt of the whole unit resolves."""
    state = sqlstate(exc)
    if state in RETRY_SQLSTATES:
        return True
    if sqlite_code(exc) == SQLITE_BUSY_SNAPSHOT:  # a read snapshot that can no longer write
        return True
    if isinstance(exc, IntegrityError):
        if state == "23505":
            diag = getattr(exc.orig, "diag", None)
            table = getattr(diag, "table_name", None) or ""
            return getattr(diag, "constraint_name", None) == RETRY_UNIQUE.get(table)
        text = str(exc.orig)
        return text.startswith("UNIQUE constraint failed: ") and \
            text.removeprefix("UNIQUE constraint failed: ") in _SQLITE_RETRY_UNIQUE
    return False


def storage_error(exc: DBAPIError) -> StorageError | None:
    """The one-line error for an environment problem, or None when ``exc`` is a bug."""
    detail = " ".join(str(exc.orig if exc.orig is not None else exc).split())
    code = sqlite_code(exc)
    if code is not None:
        primary = code & 0xFF
        if primary not in _SQLITE_ENVIRONMENT:
            return None
        if primary in (SQLITE_BUSY, SQLITE_LOCKED):
            return StorageError(BUSY)
        if primary in (SQLITE_FULL, SQLITE_READONLY, SQLITE_PERM):
            return StorageError(FULL)
        return StorageError(UNUSABLE, detail=detail)
    state = sqlstate(exc)
    if state:
        if state[:2] in ENVIRONMENT_SQLSTATE_CLASSES:
            return StorageError(UNUSABLE, detail=detail)
        return None
    if exc.connection_invalidated or isinstance(exc, OperationalError):
        # No SQLSTATE: the driver could not reach the server at all (refused, timed out).
        return StorageError(UNUSABLE, detail=detail)
    return None
