"""Opening the database a run works on: resolve the URL, upgrade the schema, refuse newer."""

from __future__ import annotations

import os

from bizcare.config import database_url, default_paths
from bizcare.storage.db import Database
from bizcare.storage.migrate import upgrade


def open_database(
    db: str | os.PathLike[str] | None = None, url: str | None = None, *, migrate: bool = True
) -> Database:
    """The database from ``--database-url``/``--db``/default, at this version's schema.

    An older database is backed up to the backups folder and upgraded; a newer one raises
    ``DatabaseTooNewError`` before anything is written.
    """
    database = Database(database_url(db, url))
    if migrate:
        upgrade(database, backup_dir=default_paths().backups)
    return database
