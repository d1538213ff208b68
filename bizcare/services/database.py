"""Opening the database a run works on: resolve the URL, upgrade the schema, refuse newer."""

from __future__ import annotations

import os

from sqlalchemy.exc import ArgumentError, DatabaseError, NoSuchModuleError

from bizcare.config import database_url, default_paths
from bizcare.domain.errors import StorageError
from bizcare.domain.i18n import QT_TRANSLATE_NOOP
from bizcare.storage.db import Database
from bizcare.storage.filelock import hold_shared
from bizcare.storage.migrate import upgrade

_UNUSABLE = QT_TRANSLATE_NOOP("errors", "The database could not be read or written: {detail}")


def open_database(
    db: str | os.PathLike[str] | None = None, url: str | None = None, *, migrate: bool = True
) -> Database:
    """The database from ``--database-url``/``--db``/default, at this version's schema.

    The process holds a shared lock on an SQLite file until ``Database.dispose`` (see
    ``storage.filelock``). An older database is backed up to the backups folder and
    upgraded; a newer one raises ``DatabaseTooNewError`` before anything is written. A file
    that is not a database, a server that does not answer or a URL SQLAlchemy cannot read
    raise ``StorageError`` (one line for the CLI, a dialog for the window) instead of a
    traceback.
    """
    target = database_url(db, url)
    try:
        database = Database(target)
    except (ArgumentError, NoSuchModuleError, ImportError) as exc:
        raise StorageError(_UNUSABLE, detail=_detail(_shown(target), exc)) from exc
    if database.path is not None:
        # Held until ``dispose``: a restore elsewhere is refused while this process has it open.
        try:
            database.file_lock = hold_shared(database.path)
        except OSError as exc:  # the folder is missing or read-only
            database.dispose()
            raise StorageError(_UNUSABLE, detail=_detail(str(database.path), exc)) from exc
        except BaseException:
            database.dispose()
            raise
    if migrate:
        try:
            upgrade(database, backup_dir=default_paths().backups)
        except DatabaseError as exc:
            database.dispose()
            where = str(database.path or _shown(target))
            reason = exc.orig if exc.orig is not None else exc
            raise StorageError(_UNUSABLE, detail=_detail(where, reason)) from exc
    return database


def _shown(url: str) -> str:
    """The URL as it may be printed: never with its password."""
    from sqlalchemy.engine import make_url

    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return url


def _detail(where: str, reason: object) -> str:
    """Where and why on one line (drivers' messages often span several)."""
    return " ".join(f"{where} ({reason})".split())
