"""Storage: pragmas, transactions, migrations equal to the models, upgrades and refusals."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlmodel import SQLModel, select

import bizcare.domain.models as m
from bizcare.domain.errors import DatabaseTooNewError
from bizcare.storage.db import Database
from bizcare.storage.migrate import HEAD, alembic_config, current_revision, known_revisions, upgrade

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def test_pragmas_make_commits_durable(db: Database) -> None:
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL


def test_session_rolls_back_on_any_exception(db: Database) -> None:
    with pytest.raises(RuntimeError), db.session() as s:
        s.add(m.Division(name="Gudang"))
        s.flush()
        raise RuntimeError("boom")
    with db.session(write=False) as s:
        assert s.exec(select(m.Division)).all() == []


def test_foreign_keys_are_enforced(db: Database) -> None:
    from sqlalchemy.exc import IntegrityError

    from bizcare.domain.errors import BizCareError

    with pytest.raises((IntegrityError, BizCareError)), db.session() as s:
        s.add(m.Interaction(customer_id=999, channel="whatsapp"))
        s.flush()


def test_migrations_produce_exactly_the_models_schema(db: Database) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from bizcare.storage.migrate import include_object

    with db.engine.connect() as conn:
        ctx = MigrationContext.configure(
            conn, opts={"compare_type": True, "include_object": include_object})
        assert compare_metadata(ctx, SQLModel.metadata) == []


def test_head_constant_matches_the_scripts() -> None:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    assert script.get_current_head() == HEAD
    assert HEAD in known_revisions()


def test_fresh_database_is_stamped_at_head(db: Database) -> None:
    assert current_revision(db) == HEAD


def test_newer_database_is_refused_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "future.db"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) PRIMARY KEY)")
    con.execute("INSERT INTO alembic_version VALUES ('9999_from_the_future')")
    con.commit()
    con.close()
    def schema() -> list[tuple[str, str]]:
        con = sqlite3.connect(path)
        try:
            return con.execute("SELECT name, sql FROM sqlite_master ORDER BY name").fetchall()
        finally:
            con.close()

    before = schema()
    db = Database(f"sqlite:///{path}")
    with pytest.raises(DatabaseTooNewError) as info:
        upgrade(db, backup_dir=tmp_path / "backups")
    db.dispose()
    assert "9999_from_the_future" in info.value.render()
    assert schema() == before
    assert not (tmp_path / "backups").exists()


def test_old_database_is_backed_up_then_upgraded_with_data_intact(tmp_path: Path) -> None:
    """A database kept from the first release (revision 0001) opens in this version."""
    path = tmp_path / "old.db"
    shutil.copyfile(FIXTURES / "bizcare-rev0001.db", path)
    db = Database(f"sqlite:///{path}")
    result = upgrade(db, backup_dir=tmp_path / "backups")
    assert result.current == HEAD and current_revision(db) == HEAD
    if result.previous != HEAD:
        assert result.backup is not None and result.backup.is_file()
    with db.session(write=False) as s:
        customer = s.exec(select(m.Customer)).one()
        assert customer.company == "PT Maju & Jaya <Tbk>"
        invoice = s.exec(select(m.Invoice)).one()
        assert (invoice.number, invoice.total) == ("INV/2025/01/0001", 1_500_000)
        assert s.exec(select(m.InvoiceLine)).one().quantity == 2
    db.dispose()


def test_backup_and_restore_round_trip(db: Database, tmp_path: Path) -> None:
    from bizcare.services.maintenance import make_backup, restore_backup

    with db.session() as s:
        s.add(m.Division(name="Gudang"))
    backup = make_backup(db, tmp_path / "copy.db")
    with db.session() as s:
        s.add(m.Division(name="Finance"))
    restore_backup(db, backup)
    with db.session(write=False) as s:
        assert [d.name for d in s.exec(select(m.Division))] == ["Gudang"]


def test_restore_refuses_a_damaged_file_and_changes_nothing(db: Database, tmp_path: Path) -> None:
    from bizcare.domain.errors import ValidationError
    from bizcare.services.maintenance import restore_backup

    with db.session() as s:
        s.add(m.Division(name="Gudang"))
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(ValidationError):
        restore_backup(db, junk)
    with db.session(write=False) as s:
        assert s.exec(text("SELECT count(*) FROM division")).scalar() == 1  # type: ignore[call-overload]


def test_backup_and_restore_in_a_folder_with_spaces_and_non_ascii(tmp_path: Path) -> None:
    """Owners' Windows user names have spaces and accents: C:\\Users\\Budi Santoso\\…"""
    from bizcare.services.database import open_database
    from bizcare.services.maintenance import make_backup, restore_backup

    folder = tmp_path / "Budi Santoso #1" / "Dokumen Usaha – Jepara"
    db = open_database(folder / "bizcare.db")
    with db.session() as s:
        s.add(m.Division(name="Gudang"))
    backup = make_backup(db, folder / "cadangan ké-1.db")
    restore_backup(db, backup)
    with db.session(write=False) as s:
        assert [d.name for d in s.exec(select(m.Division))] == ["Gudang"]
    db.dispose()
