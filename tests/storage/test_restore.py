"""Restore checks the whole file before it touches anything, reads a live copy with its WAL,
and keeps every database it replaces as a safety copy of its own."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pytest
from sqlmodel import select

from bizcare.domain import models as m
from bizcare.domain.errors import BizCareError, DatabaseTooNewError, StorageError
from bizcare.services.database import open_database
from bizcare.services.maintenance import make_backup, restore_backup
from bizcare.storage.db import Database
from bizcare.storage.migrate import HEAD, current_revision
from tests.pg import needs_postgres

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def divisions(db: Database) -> list[str]:
    with db.session(write=False) as s:
        return sorted(d.name for d in s.exec(select(m.Division)))


def divisions_in(path: Path) -> list[str]:
    con = sqlite3.connect(path)
    try:
        return sorted(r[0] for r in con.execute("SELECT name FROM division"))
    finally:
        con.close()


def add_division(db: Database, name: str) -> None:
    with db.session() as s:
        s.add(m.Division(name=name))


def files_under(*folders: Path) -> dict[Path, bytes]:
    """Every file and its bytes: a refused restore must leave all of them as they were."""
    return {p: p.read_bytes() for folder in folders if folder.exists()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def sql(path: Path, *statements: str) -> None:
    con = sqlite3.connect(path)  # foreign keys off: as a damaged or hand-edited file is
    try:
        for statement in statements:
            con.execute(statement)
        con.commit()
    finally:
        con.close()


def only_alembic_version(path: Path) -> None:
    path.unlink()
    sql(path, "CREATE TABLE alembic_version (version_num VARCHAR(32) PRIMARY KEY)",
        f"INSERT INTO alembic_version VALUES ('{HEAD}')")


def broken_foreign_key(path: Path) -> None:
    sql(path, "INSERT INTO customer_tag (customer_id, tag_id) VALUES (4242, 4243)")


def missing_table(path: Path) -> None:
    sql(path, "DROP TABLE customer_tag")


def missing_column(path: Path) -> None:
    sql(path, "ALTER TABLE division DROP COLUMN active")


def no_version_row(path: Path) -> None:
    sql(path, "DELETE FROM alembic_version")


def damaged_pages(path: Path) -> None:
    data = bytearray(path.read_bytes())
    page = 4096
    for start in range(2 * page, len(data), 3 * page):  # garbage over every third page
        data[start:start + 200] = b"\xa5" * 200
    path.write_bytes(bytes(data))


def not_sqlite(path: Path) -> None:
    path.write_bytes(b"\x89PNG not a database" * 500)


@pytest.fixture
def backup(db: Database, tmp_path: Path) -> Path:
    """A good backup holding the division "Gudang"; the live database then has "Finance" too."""
    add_division(db, "Gudang")
    path = make_backup(db, tmp_path / "offered" / "cadangan.db")
    add_division(db, "Finance")
    return path


@pytest.mark.parametrize("damage", [only_alembic_version, broken_foreign_key, missing_table,
                                    missing_column, no_version_row, damaged_pages, not_sqlite])
def test_a_damaged_or_incomplete_file_is_refused_and_nothing_is_written(
        damage: Callable[[Path], None], db: Database, backup: Path, tmp_path: Path,
        bizcare_home: Path) -> None:
    if damage is missing_column and sqlite3.sqlite_version_info < (3, 35):
        pytest.skip("DROP COLUMN needs SQLite 3.35")
    damage(backup)
    live = db.path
    assert live is not None
    before = files_under(live.parent, bizcare_home)
    with pytest.raises(BizCareError) as info:
        restore_backup(db, backup)
    assert not isinstance(info.value, StorageError) or damage is not_sqlite
    text = info.value.render()
    assert "\n" not in text and str(backup) in text
    assert files_under(live.parent, bizcare_home) == before  # byte-identical, no safety copy
    assert divisions(db) == ["Finance", "Gudang"]


def test_the_reasons_say_what_is_wrong(db: Database, backup: Path, tmp_path: Path) -> None:
    reasons = {}
    for damage in (only_alembic_version, broken_foreign_key, missing_table, no_version_row):
        offered = tmp_path / f"{damage.__name__}.db"
        shutil.copyfile(backup, offered)
        damage(offered)
        with pytest.raises(BizCareError) as info:
            restore_backup(db, offered)
        reasons[damage.__name__] = info.value.render()
    assert "table" in reasons["only_alembic_version"] and "missing" in reasons["missing_table"]
    assert "customer_tag" in reasons["missing_table"]
    assert "refer to records that are missing" in reasons["broken_foreign_key"]
    assert "schema version" in reasons["no_version_row"]


def test_a_newer_backup_is_refused(db: Database, backup: Path, bizcare_home: Path) -> None:
    sql(backup, "UPDATE alembic_version SET version_num = '9999_from_the_future'")
    before = files_under(bizcare_home)
    with pytest.raises(DatabaseTooNewError):
        restore_backup(db, backup)
    assert files_under(bizcare_home) == before
    assert divisions(db) == ["Finance", "Gudang"]


def test_an_older_backup_is_restored_and_upgraded(db: Database, tmp_path: Path) -> None:
    old = tmp_path / "rev0001.db"
    shutil.copyfile(FIXTURES / "bizcare-rev0001.db", old)
    done = restore_backup(db, old)
    assert done.revision == "0001" and current_revision(db) == HEAD
    with db.session(write=False) as s:
        assert s.exec(select(m.Customer)).one().company == "PT Maju & Jaya <Tbk>"
    assert (FIXTURES / "bizcare-rev0001.db").read_bytes() == old.read_bytes()  # offered: as is


def test_a_live_copy_is_read_with_its_wal(db: Database, tmp_path: Path) -> None:
    """Copied while open, the rows committed last are only in ``-wal``: they must come back."""
    other = open_database(tmp_path / "kasir" / "bizcare.db")
    try:
        add_division(other, "Gudang")
        with other.engine.connect() as conn:  # everything so far into the main file
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        add_division(other, "Kasir")  # only in the WAL
        copy = tmp_path / "salinan" / "bizcare.db"
        copy.parent.mkdir()
        assert other.path is not None
        for suffix in ("", "-wal", "-shm"):
            shutil.copyfile(f"{other.path}{suffix}", f"{copy}{suffix}")
    finally:
        other.dispose()
    # Read without the WAL (immutable: nothing is opened beside it), the file lacks "Kasir".
    main_only = sqlite3.connect(copy.as_uri() + "?immutable=1", uri=True)
    try:
        assert [r[0] for r in main_only.execute("SELECT name FROM division")] == ["Gudang"]
    finally:
        main_only.close()
    assert Path(f"{copy}-wal").stat().st_size > 0
    add_division(db, "Finance")
    restore_backup(db, copy)
    assert divisions(db) == ["Gudang", "Kasir"]


def test_each_restore_keeps_its_own_safety_copy_even_in_the_same_second(
        db: Database, backup: Path, bizcare_home: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    class Frozen(datetime):
        @classmethod
        def now(cls, tz: object = None) -> Frozen:  # type: ignore[override]
            return cls(2026, 12, 4, 18, 15, 30)

    monkeypatch.setattr("bizcare.storage.backup.datetime", Frozen)
    first = restore_backup(db, backup)  # replaces Finance + Gudang
    add_division(db, "Kasir")
    second = restore_backup(db, backup)  # replaces Gudang + Kasir
    assert first.safety_copy.name == "before-restore-2026-12-04-181530.db"
    assert second.safety_copy.name == "before-restore-2026-12-04-181530-2.db"
    assert first.safety_copy.parent == bizcare_home / "backups"
    assert divisions_in(first.safety_copy) == ["Finance", "Gudang"]
    assert divisions_in(second.safety_copy) == ["Gudang", "Kasir"]
    assert divisions(db) == ["Gudang"]


@needs_postgres
def test_restore_into_a_server_database_is_refused(pg: Database, tmp_path: Path) -> None:
    add_division(pg, "Gudang")
    offered = tmp_path / "cadangan.db"
    db = open_database(tmp_path / "file.db")
    try:
        make_backup(db, offered)
    finally:
        db.dispose()
    with pytest.raises(StorageError):
        restore_backup(pg, offered)
    assert divisions(pg) == ["Gudang"]


def test_a_backup_with_another_page_size_is_restored(db: Database, backup: Path) -> None:
    """Another SQLite (or an old VACUUM) may have written 8 KiB pages; the live file has 4."""
    sql(backup, "PRAGMA page_size = 8192", "VACUUM")
    con = sqlite3.connect(backup)
    assert con.execute("PRAGMA page_size").fetchone() == (8192,)
    con.close()
    restore_backup(db, backup)
    assert divisions(db) == ["Gudang"]
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
