"""A restore that checks the whole file first and replaces the data only while no other
process has it open (the copies it keeps are made by ``copies``)."""

from __future__ import annotations

import sqlite3
import tempfile
from dataclasses import dataclass
from pathlib import Path

from bizcare.domain.errors import StorageError
from bizcare.domain.i18n import QT_TRANSLATE_NOOP
from bizcare.storage.copies import safety_copy
from bizcare.storage.db import Database


@dataclass(frozen=True)
class Restored:
    """What a restore did: the revision the file had, and where the replaced data is kept."""

    revision: str
    safety_copy: Path


def restore_database(db: Database, source: Path, *, safety_dir: Path) -> Restored:
    """Replace the data of ``db`` with the backup ``source``, or refuse and change nothing.

    ``source`` (with its ``-wal`` if it has one) is read into a working copy that is checked
    and upgraded first (``candidate``); only then is the exclusive lock taken (refused while
    another process has the database open), the current data kept as a safety copy and the
    checked copy written into the database with the backup API. Writing through SQLite
    rather than swapping files keeps the live database's own WAL right, is one transaction
    (a power cut leaves the old data), and works on Windows, where a file that this process
    still has open cannot be replaced.
    """
    from bizcare.storage.candidate import check_candidate, read_candidate, upgrade_candidate
    from bizcare.storage.filelock import exclusive

    if db.path is None:
        raise StorageError(
            QT_TRANSLATE_NOOP("errors", "Restore is only available for a database file.")
        )
    source = Path(source)
    with tempfile.TemporaryDirectory(prefix="bizcare-restore-", ignore_cleanup_errors=True) as work:
        copy = Path(work) / "candidate.db"
        read_candidate(source, copy)
        revision = check_candidate(copy, source)
        upgrade_candidate(copy, source)
        with exclusive(db.path):
            db.engine.dispose()  # this process's connections: none may hold the old pages
            kept = safety_copy(db, safety_dir, "before-restore")
            _write_into(copy, db.path)
            db.engine.dispose()
    return Restored(revision, kept)


def _write_into(copy: Path, live: Path) -> None:
    """Copy every page of ``copy`` into ``live`` in one transaction (through its WAL)."""
    try:
        src = sqlite3.connect(copy)
        try:
            dst = sqlite3.connect(live, timeout=10)
            try:
                size = "PRAGMA page_size"
                if src.execute(size).fetchone() != dst.execute(size).fetchone():
                    # In WAL mode the backup API refuses a source of another page size; out
                    # of WAL it takes the source's. (Only then: leaving WAL needs every other
                    # connection of this process closed, staying in it does not.)
                    dst.execute("PRAGMA journal_mode = DELETE")
                src.backup(dst)
                dst.execute("PRAGMA journal_mode = WAL")
                dst.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            finally:
                dst.close()
        finally:
            src.close()
    except sqlite3.Error as exc:
        raise StorageError(
            QT_TRANSLATE_NOOP("errors", "The database could not be read or written: {detail}"),
            detail=f"{live} ({exc})",
        ) from exc
