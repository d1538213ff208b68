"""Backups the owner asks for, the automatic ones, and restore."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

from bizcare.config import default_paths
from bizcare.storage.backup import Restored, backup_database, restore_database, safety_copy
from bizcare.storage.db import Database


def default_backup_path() -> Path:
    stamp = datetime.now().strftime("%Y-%m-%d_%H%M%S")
    return default_paths().backups / f"bizcare-{stamp}.db"


def make_backup(db: Database, target: Path | None = None) -> Path:
    """A consistent copy of the live database (others may keep working meanwhile)."""
    return backup_database(db, target or default_backup_path())


def restore_backup(db: Database, source: Path) -> Restored:
    """Check ``source`` whole and put it in place; the current data is kept as a safety copy
    in the backups folder (its path is in the result). An older backup is upgraded.

    Refused (``StateError``) while another process has the database open (a window or a
    command: see ``storage.filelock``), and refused with a one-line reason for a file that
    is not a complete, healthy BizCare database of a version this program knows; a refusal
    leaves the database exactly as it was.
    """
    return restore_database(db, source, safety_dir=default_paths().backups)


@contextmanager
def replacing_all_data(db: Database) -> Iterator[Path]:
    """Hold the database file alone while the caller replaces all its data (``demo
    --force``); yields where the data it had is kept.

    Refused (``StateError``) while another process has the database file open; a server
    database has no file to lock or copy (``StorageError``, as for a backup).
    """
    if db.path is None:
        backup_database(db, default_backup_path())  # raises: only for a database file
    assert db.path is not None
    from bizcare.storage.filelock import exclusive

    with exclusive(db.path):
        yield safety_copy(db, default_paths().backups, "before-demo")


def last_backup() -> Path | None:
    """The newest backup in the backups folder, for the status bar."""
    files = sorted(default_paths().backups.glob("*.db"), key=lambda p: p.stat().st_mtime)
    return files[-1] if files else None
