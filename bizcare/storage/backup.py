"""Consistent online backup (SQLite's backup API) and a restore that verifies first."""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

from bizcare.domain.errors import StorageError, ValidationError
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


def verify_backup(path: Path) -> str:
    """Check a backup is a healthy BizCare database; return its schema revision."""
    path = Path(path)
    if not path.is_file():
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Backup file not found: {path}"), path=str(path)
        )
    try:
        # as_uri() percent-encodes spaces, "#" and non-ASCII user names (C:\\Users\\Budi Santoso).
        con = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
        try:
            ok = con.execute("PRAGMA integrity_check").fetchone()
            rev = con.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "{path} is not a BizCare backup ({detail})."),
            path=str(path),
            detail=str(exc),
        ) from exc
    if not ok or ok[0] != "ok" or not rev:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "{path} is damaged and cannot be restored."),
            path=str(path),
        )
    return str(rev[0])


def restore_database(db: Database, source: Path, *, safety_dir: Path | None = None) -> str:
    """Replace the database with ``source`` after verifying it; keeps a safety copy first."""
    revision = verify_backup(source)
    if db.path is None:
        raise StorageError(
            QT_TRANSLATE_NOOP("errors", "Restore is only available for a database file.")
        )
    from bizcare.storage.migrate import known_revisions

    if revision not in known_revisions():
        from bizcare.domain.errors import DatabaseTooNewError

        raise DatabaseTooNewError(revision=revision)
    if db.path.exists() and safety_dir is not None:
        backup_database(db, safety_dir / "before-restore.db")
    db.dispose()
    staging = db.path.with_name(db.path.name + ".restore")
    shutil.copyfile(source, staging)
    for suffix in ("-wal", "-shm"):
        side = db.path.with_name(db.path.name + suffix)
        if side.exists():
            side.unlink()
    os.replace(staging, db.path)
    return revision
