"""Consistent copies of a live database: a backup, and the safety copy kept before anything
replaces or upgrades the data. Restore (``backup``) and upgrades (``migrate``) both make them,
so the copying lives below both."""

from __future__ import annotations

import itertools
import os
import sqlite3
from datetime import datetime
from pathlib import Path

from bizcare.domain.errors import StorageError
from bizcare.domain.i18n import QT_TRANSLATE_NOOP
from bizcare.storage.db import Database


def copy_file(src: sqlite3.Connection, target: Path) -> None:
    """Copy what ``src`` reads (its WAL applied) page by page into the new file ``target``, as a
    plain rollback-journal database; closes ``src``."""
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode = DELETE")
        finally:
            dst.close()
    finally:
        src.close()


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
        copy_file(sqlite3.connect(db.path), tmp)
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
