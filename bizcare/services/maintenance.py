"""Backups the owner asks for, the automatic ones, and restore."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from bizcare.config import default_paths
from bizcare.storage.backup import backup_database, restore_database
from bizcare.storage.db import Database


def default_backup_path() -> Path:
    stamp = datetime.now().strftime("%Y-%m-%d_%H%M%S")
    return default_paths().backups / f"bizcare-{stamp}.db"


def make_backup(db: Database, target: Path | None = None) -> Path:
    """A consistent copy of the live database (others may keep working meanwhile)."""
    return backup_database(db, target or default_backup_path())


def restore_backup(db: Database, source: Path) -> str:
    """Verify ``source`` and put it in place; the current database is kept as a safety copy.

    Refused (``StateError``) while a window of another process has the database open: the
    file would be swapped under it.
    """
    if db.path is not None:
        from bizcare.storage.instance import check_not_open_elsewhere

        check_not_open_elsewhere(db.path)
    return restore_database(db, source, safety_dir=default_paths().backups)


def last_backup() -> Path | None:
    """The newest backup in the backups folder, for the status bar."""
    files = sorted(default_paths().backups.glob("*.db"), key=lambda p: p.stat().st_mtime)
    return files[-1] if files else None
