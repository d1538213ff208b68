"""Database errors: conflicts are retried by ``Database.run``, the environment gives one line,
bugs stay bugs (logged with their traceback, never "the file could not be read")."""

from __future__ import annotations

import logging
import sqlite3
import threading
from pathlib import Path

import pytest
from sqlalchemy import insert, text
from sqlalchemy.exc import IntegrityError, OperationalError, ProgrammingError

from bizcare.domain.errors import StorageError
from bizcare.domain.models import NumberSequence, Reward
from bizcare.storage import db as db_module
from bizcare.storage.db import Database
from bizcare.storage.db_errors import (
    BUSY,
    FULL,
    UNUSABLE,
    ConflictError,
    is_retryable,
    storage_error,
)
from tests.pg import needs_postgres

SEQ = NumberSequence.__table__  # type: ignore[attr-defined]
REWARD = Reward.__table__  # type: ignore[attr-defined]


@pytest.fixture(params=["sqlite", pytest.param("pg", marks=needs_postgres)])
def database(request: pytest.FixtureRequest) -> Database:
    return request.getfixturevalue("db" if request.param == "sqlite" else "pg")  # type: ignore[no-any-return]


# -- retries ------------------------------------------------------------------------------------
def test_run_retries_a_unit_that_lost_a_generated_number(database: Database) -> None:
    database.run(lambda s: s.execute(insert(SEQ).values(series="RACE", period="all")))
    calls: list[int] = []

    def work(s) -> str:  # type: ignore[no-untyped-def]
        calls.append(1)
        if len(calls) == 1:  # another session took the number first
            s.execute(insert(SEQ).values(series="RACE", period="all", last_value=7))
        return "done"

    assert database.run(work) == "done"
    assert len(calls) == 2


def test_a_clash_on_a_name_the_user_typed_is_a_bug_not_retried(
    database: Database, caplog: pytest.LogCaptureFixture
) -> None:
    database.run(lambda s: s.execute(insert(REWARD).values(name="Payung", points_cost=1)))
    calls: list[int] = []

    def work(s) -> None:  # type: ignore[no-untyped-def]
        calls.append(1)
        s.execute(insert(REWARD).values(name="Payung", points_cost=2))

    with caplog.at_level(logging.ERROR), pytest.raises(IntegrityError):
        database.run(work)
    assert len(calls) == 1
    assert any(r.exc_info for r in caplog.records)


def test_run_gives_up_with_a_clear_message(database: Database) -> None:
    database.run(lambda s: s.execute(insert(SEQ).values(series="RACE", period="all")))
    calls: list[int] = []

    def work(s) -> None:  # type: ignore[no-untyped-def]
        calls.append(1)
        s.execute(insert(REWARD).values(name=f"Hadiah {len(calls)}", points_cost=1))
        s.execute(insert(SEQ).values(series="RACE", period="all"))

    with pytest.raises(ConflictError) as caught:
        database.run(work, attempts=3)
    assert len(calls) == 3
    assert caught.value.render() == (
        "Another window changed the same data at the same moment; nothing was saved. Try again."
    )
    assert database.run(lambda s: s.execute(text("SELECT count(*) FROM reward")).scalar()) == 0


@needs_postgres
def test_a_deadlock_on_postgres_is_retried(pg: Database) -> None:
    for series in ("A", "B"):
        pg.run(lambda s, x=series: s.execute(insert(SEQ).values(series=x, period="all")))
    meet = threading.Barrier(2)
    calls: list[str] = []

    def lock_both(first: str, second: str) -> str:
        def work(s) -> str:  # type: ignore[no-untyped-def]
            calls.append(first)
            lock = "SELECT last_value FROM number_sequence WHERE series = :x FOR UPDATE"
            s.execute(text(lock), {"x": first})
            if calls.count(first) == 1:
                meet.wait(30)  # both hold their first row: the second locks cross
            s.execute(text(lock), {"x": second})
            return first

        return pg.run(work)

    results: list[str] = []
    threads = [threading.Thread(target=lambda a=a, b=b: results.append(lock_both(a, b)))
               for a, b in (("A", "B"), ("B", "A"))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert sorted(results) == ["A", "B"]  # both units committed
    assert len(calls) == 3  # the deadlock victim ran once more


# -- classification: SQLite ---------------------------------------------------------------------
@pytest.mark.parametrize("sql", ["SELECT no_such_column FROM customer", "SELEC 1"])
def test_sql_errors_are_bugs_not_unreadable_files(
    db: Database, sql: str, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.ERROR), pytest.raises(OperationalError) as caught:
        with db.session() as s:
            s.execute(text(sql))
    assert not isinstance(caught.value, StorageError)
    assert storage_error(caught.value) is None
    assert any(r.exc_info for r in caplog.records)  # logged with its traceback


def test_a_busy_database_is_the_environment(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert db.path is not None
    monkeypatch.setattr(db_module, "BUSY_TIMEOUT_MS", 50)
    other = Database(db.url)
    holder = sqlite3.connect(db.path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(StorageError) as caught, other.session() as s:
            s.execute(text("SELECT 1"))
    finally:
        holder.execute("ROLLBACK")
        holder.close()
        other.dispose()
    assert caught.value.message == BUSY


def test_a_read_only_database_is_the_environment(db: Database) -> None:
    with pytest.raises(StorageError) as caught, db.session() as s:
        s.execute(text("PRAGMA query_only = ON"))
        s.execute(insert(SEQ).values(series="X", period="all"))
    assert caught.value.message == FULL


def test_a_file_that_is_not_a_database_is_the_environment(tmp_path: Path) -> None:
    path = tmp_path / "rusak.db"
    path.write_bytes(b"bukan basis data " * 512)
    database = Database(f"sqlite:///{path}")
    try:
        with pytest.raises(StorageError) as caught, database.session(write=False) as s:
            s.execute(text("SELECT count(*) FROM customer"))
    finally:
        database.dispose()
    assert caught.value.message == UNUSABLE
    assert "not a database" in caught.value.render()


# -- classification: PostgreSQL -----------------------------------------------------------------
class _PgError(Exception):
    def __init__(self, sqlstate: str) -> None:
        super().__init__(f"server said {sqlstate}")
        self.sqlstate = sqlstate


@pytest.mark.parametrize(("state", "environment"), [
    ("08006", True), ("53100", True), ("53300", True), ("57P01", True), ("57014", True),
    ("42703", False), ("42601", False), ("22003", False),
])  # fmt: skip
def test_postgres_errors_are_classified_by_sqlstate_class(state: str, environment: bool) -> None:
    error = OperationalError("SELECT 1", {}, _PgError(state))
    assert (storage_error(error) is not None) is environment
    assert not is_retryable(error)


@pytest.mark.parametrize("state", ["40001", "40P01"])
def test_serialization_failures_and_deadlocks_are_retried(state: str) -> None:
    assert is_retryable(OperationalError("UPDATE", {}, _PgError(state)))


@needs_postgres
def test_postgres_missing_column_is_a_bug_and_a_cancelled_query_the_environment(
    pg: Database,
) -> None:
    with pytest.raises(ProgrammingError), pg.session() as s:
        s.execute(text("SELECT no_such_column FROM customer"))
    with pytest.raises(StorageError) as caught, pg.session() as s:
        s.execute(text("SET LOCAL statement_timeout = '20ms'"))
        s.execute(text("SELECT pg_sleep(5)"))
    assert caught.value.message == UNUSABLE
