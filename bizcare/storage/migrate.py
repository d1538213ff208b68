"""Bring a database to this version's schema, or refuse one that is newer.

The fast path (the usual start) reads ``alembic_version`` with one query and compares it
with :data:`HEAD`; Alembic itself is imported only when an upgrade is needed, which keeps
start-up quick. Before upgrading a database that already holds data, a backup is written.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import inspect, text

from bizcare.domain.errors import DatabaseTooNewError
from bizcare.storage.db import Database

log = logging.getLogger(__name__)

HEAD = "0005"
MIGRATIONS = Path(__file__).with_name("migrations")


@dataclass(frozen=True)
class MigrationResult:
    previous: str | None
    current: str
    backup: Path | None = None


def include_object(
    obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any
) -> bool:
    """Leave SQLite FTS5 tables (virtual, not SQLModel tables) out of schema comparisons."""
    del reflected, compare_to
    if type_ == "table" and name is not None and "_fts" in name:
        return False
    # Indexes declared for one dialect only (``Index.ddl_if``) are the migrations' business.
    ddl_if = getattr(obj, "_ddl_if", None)
    return not (type_ == "index" and ddl_if is not None and ddl_if.dialect is not None)


def current_revision(db: Database) -> str | None:
    with db.engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        row = conn.execute(text("SELECT version_num FROM alembic_version")).first()
        return None if row is None else str(row[0])


def alembic_config(connection: Any = None) -> Any:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["connection"] = connection
    return cfg


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    return {rev.revision for rev in script.walk_revisions()}


def upgrade(db: Database, *, backup_dir: Path | None = None) -> MigrationResult:
    """Upgrade to :data:`HEAD` (backing up first when there is data); refuse newer ones."""
    previous = current_revision(db)
    if previous == HEAD:
        return MigrationResult(previous, HEAD)
    if previous is not None and previous not in known_revisions():
        raise DatabaseTooNewError(revision=previous)
    backup = None
    if previous is not None and db.path is not None and backup_dir is not None:
        from bizcare.storage.copies import backup_database

        backup = backup_dir / f"before-upgrade-{previous}-to-{HEAD}.db"
        backup_database(db, backup)
        log.info("backed up %s to %s before upgrading", db.path, backup)
    from alembic import command

    with db.engine.begin() as conn:
        command.upgrade(alembic_config(conn), "head")
    log.info("database upgraded from %s to %s", previous, HEAD)
    return MigrationResult(previous, HEAD, backup)
