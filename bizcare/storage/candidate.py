"""A file offered for restore, read whole and checked before anything is replaced.

The candidate is read through SQLite, not copied byte by byte: a live database copied with
its ``-wal`` beside it holds committed rows only in that WAL, which SQLite applies when it
opens the file (read-only here, so the offered file is not changed). The backup API writes
that view into a private working copy, and every check runs on the copy: integrity, foreign
keys, a schema revision this BizCare knows, and, after the copy is upgraded to this
version's schema, every table and column the program uses. Only a copy that passes is ever
put in place (see ``backup.restore_database``).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import SQLModel

from bizcare.domain.errors import BizCareError, DatabaseTooNewError, ValidationError
from bizcare.domain.i18n import QT_TRANSLATE_NOOP
from bizcare.storage.copies import copy_file

SQLITE_HEADER = b"SQLite format 3\x00"

NOT_FOUND = QT_TRANSLATE_NOOP("errors", "Backup file not found: {path}")
NOT_BIZCARE = QT_TRANSLATE_NOOP("errors", "{path} is not a BizCare backup ({detail}).")
DAMAGED = QT_TRANSLATE_NOOP("errors", "{path} is damaged and cannot be restored.")
BROKEN_LINKS = QT_TRANSLATE_NOOP(
    "errors",
    "{path} cannot be restored: {count} records refer to records that are missing "
    "(first in table {table}).",
)
NO_VERSION = QT_TRANSLATE_NOOP(
    "errors", "{path} is not a BizCare backup: it has no BizCare schema version."
)
MISSING_TABLE = QT_TRANSLATE_NOOP(
    "errors", "{path} is not a complete BizCare backup: the table {table} is missing."
)
MISSING_COLUMN = QT_TRANSLATE_NOOP(
    "errors", "{path} is not a complete BizCare backup: the column {table}.{column} is missing."
)


def read_candidate(source: Path, copy: Path) -> None:
    """Write what SQLite reads from ``source`` (its WAL applied) into the new file ``copy``."""
    source = Path(source)
    if not source.is_file():
        raise ValidationError(NOT_FOUND, path=str(source))
    try:
        with source.open("rb") as fh:
            header = fh.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise ValidationError(NOT_BIZCARE, path=str(source), detail=str(exc)) from exc
    if header != SQLITE_HEADER:
        raise ValidationError(NOT_BIZCARE, path=str(source),
                              detail="file is not a database")  # fmt: skip
    try:
        # as_uri() percent-encodes spaces, "#" and non-ASCII user names (C:\\Users\\Budi Santoso).
        copy_file(sqlite3.connect(source.resolve().as_uri() + "?mode=ro", uri=True), copy)
    except sqlite3.DatabaseError as exc:
        raise ValidationError(NOT_BIZCARE, path=str(source), detail=str(exc)) from exc


def check_candidate(copy: Path, shown: Path) -> str:
    """Check the working copy from :func:`read_candidate`; return its schema revision.

    Errors name ``shown`` (the file the owner chose), never the working copy.
    """
    from bizcare.storage.migrate import known_revisions

    con = sqlite3.connect(copy)
    try:
        ok = con.execute("PRAGMA integrity_check").fetchall()
        if ok != [("ok",)]:
            raise ValidationError(DAMAGED, path=str(shown))
        broken = con.execute("PRAGMA foreign_key_check").fetchall()
        if broken:
            raise ValidationError(BROKEN_LINKS, path=str(shown), count=len(broken),
                                  table=broken[0][0])  # fmt: skip
        has_version = con.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
        ).fetchone()
        rows = con.execute("SELECT version_num FROM alembic_version").fetchall() \
            if has_version else []
    except sqlite3.DatabaseError as exc:
        raise ValidationError(NOT_BIZCARE, path=str(shown), detail=str(exc)) from exc
    finally:
        con.close()
    if len(rows) != 1:
        raise ValidationError(NO_VERSION, path=str(shown))
    revision = str(rows[0][0])
    if revision not in known_revisions():
        raise DatabaseTooNewError(revision=revision)
    return revision


def upgrade_candidate(copy: Path, shown: Path) -> None:
    """Bring the working copy to this version's schema, then check every table and column
    the program uses is there (an older backup is upgraded here, before it is put in place)."""
    from bizcare.storage.db import Database
    from bizcare.storage.migrate import upgrade

    work = Database(f"sqlite:///{copy.as_posix()}")
    try:
        upgrade(work)
        with work.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    except BizCareError:
        raise
    except (SQLAlchemyError, sqlite3.Error) as exc:
        raise ValidationError(DAMAGED, path=str(shown)) from exc
    finally:
        work.dispose()
    con = sqlite3.connect(copy)
    try:
        con.execute("PRAGMA journal_mode = DELETE")
        for table, columns in expected_tables().items():
            found = {row[1] for row in con.execute(f'PRAGMA table_info("{table}")')}
            if not found:
                raise ValidationError(MISSING_TABLE, path=str(shown), table=table)
            missing = sorted(columns - found)
            if missing:
                raise ValidationError(MISSING_COLUMN, path=str(shown), table=table,
                                      column=missing[0])  # fmt: skip
    finally:
        con.close()


def expected_tables() -> dict[str, set[str]]:
    """Every table (and its columns) of this version's models; FTS tables are virtual and
    belong to the migrations."""
    import bizcare.domain.models  # noqa: F401 - registers every table in SQLModel.metadata

    return {name: {c.name for c in table.columns}
            for name, table in SQLModel.metadata.tables.items() if "_fts" not in name}
