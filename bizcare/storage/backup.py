"""Consistent online backup (SQLite's backup API), safety copies, and a restore that
checks the whole file first and replaces the data only while no other process has it open."""

from __future__ import annotations

import itertools
import os
import sqlite3
import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from bizcare.domain.errors import StorageError
from bizcare.domain.i18n import QT_TRANSLATE_NOOP
from bizcare.storage.db import Database


def backup_database(db: Database, target: Path) -> Path:
    """Copy the live database to ``target`` page by page while others may be writing."""
    if db.path is None:
        raise StorageError(
            QT_TRANSLATE_NOOP("errors", "Backup is only available for a database file.")
        )
    target = Path(target)
    unwritable = StorageError(QT_TRANSLATE_NOOP("errors", "Could not write {path}."),
                              path=str(target))
    # A folder, or the live database itself (replacing it under its own WAL would corrupt it).
    if target.is_dir() or target.resolve() == db.path.resolve():
        raise unwritable
    tmp = target.with_name(target.name + ".part")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        src = sqlite3.connect(db.path)
        try:
            dst = sqlite3.connect(tmp)
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode = DELETE")
            finally:
                dst.close()
        finally:
            src.close()
        os.replace(tmp, target)
    except (OSError, sqlite3.Error) as exc:
        if tmp.is_file():
            tmp.unlink()
        raise unwritable from exc
    return target


def safety_copy(db: Database, folder: Path, prefix: str) -> Path:
    """A consistent copy of ``db`` as ``folder/<prefix>-YYYY-MM-DD-HHMMSS.db``, under a name of
    its own: a second copy in the same second gets ``-2``, ``-3``… and never replaces one."""
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y-%m-%d-%H%M%S")
    for n in itertools.count(1):
        target = folder / (f"{prefix}-{stamp}.db" if n == 1 else f"{prefix}-{stamp}-{n}.db")
        try:
            target.open("xb").close()  # claims the name; the copy replaces the empty file
        except FileExistsError:
            continue
        except OSError as exc:
            raise StorageError(QT_TRANSLATE_NOOP("errors", "Could not write {path}."),
                               path=str(target)) from exc  # fmt: skip
        try:
            return backup_database(db, target)
        except BaseException:
            target.unlink(missing_ok=True)
            raise
    raise AssertionError("unreachable")  # itertools.count never ends


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
