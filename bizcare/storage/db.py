"""The engine and the one transaction scope every service uses.

SQLite runs in WAL mode with foreign keys on and ``synchronous=FULL`` so a committed invoice
survives a power cut. Transactions are begun explicitly: ``write=True`` scopes start with
``BEGIN IMMEDIATE`` so the write lock is taken up front (number sequences are read and bumped
under it), read scopes with a plain deferred ``BEGIN``. On PostgreSQL the same code relies on
``SELECT … FOR UPDATE`` for sequences.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import OperationalError
from sqlmodel import Session

from bizcare.domain.errors import StorageError
from bizcare.domain.i18n import QT_TRANSLATE_NOOP
from bizcare.storage.filelock import SharedLock

log = logging.getLogger(__name__)

T = TypeVar("T")

BUSY_TIMEOUT_MS = 10_000
CACHE_KIB = -65_536  # negative: KiB, not pages


def _sqlite_connect(dbapi_connection: Any, _record: Any) -> None:
    # Autocommit at the driver so SQLAlchemy's "begin" event decides how a transaction starts.
    dbapi_connection.isolation_level = None
    cur = dbapi_connection.cursor()
    cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA foreign_keys = ON")
    cur.execute("PRAGMA journal_mode = WAL")
    cur.execute("PRAGMA synchronous = FULL")
    # 64 MB of page cache instead of 2 MB (allocated as used): with 100,000 customers the
    # search sorts its hits and an import updates the indexes in memory, not from the disk.
    cur.execute(f"PRAGMA cache_size = {CACHE_KIB}")
    cur.close()


def _sqlite_begin(conn: Any) -> None:
    mode = "IMMEDIATE" if conn.get_execution_options().get("bizcare_write") else "DEFERRED"
    conn.exec_driver_sql(f"BEGIN {mode}")


def make_engine(url: str, *, echo: bool = False) -> Engine:
    """An engine with BizCare's connection settings for SQLite or any other backend."""
    if url.startswith("sqlite"):
        # LIFO: the connection used last is handed out again, with its page cache warm
        # (each SQLite connection has its own), instead of rotating through cold ones.
        engine = create_engine(
            url, echo=echo, connect_args={"check_same_thread": False, "timeout": 10},
            pool_use_lifo=True,
        )
        event.listen(engine, "connect", _sqlite_connect)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    return create_engine(url, echo=echo, pool_pre_ping=True)


class Database:
    """One database: its URL, its engine and scoped transactions on it."""

    def __init__(self, url: str, *, echo: bool = False) -> None:
        self.url = url
        self.engine = make_engine(url, echo=echo)
        self._write_engine = self.engine.execution_options(bizcare_write=True)
        # The process's shared lock on the file while this object has it open (``filelock``);
        # ``services.database.open_database`` takes it, ``dispose`` gives it back.
        self.file_lock: SharedLock | None = None

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def path(self) -> Path | None:
        """The database file for SQLite (None for in-memory or server databases)."""
        name = self.engine.url.database
        if not self.is_sqlite or not name or name == ":memory:":
            return None
        return Path(name)

    @contextmanager
    def session(self, *, write: bool = True) -> Iterator[Session]:
        """One transaction: commits when the block ends, rolls back on any exception."""
        bind = self._write_engine if write else self.engine
        session = Session(bind=bind, expire_on_commit=False)
        try:
            yield session
            session.commit()
        except OperationalError as exc:
            session.rollback()
            raise _storage_error(exc) from exc
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def run(self, work: Callable[[Session], T], *, write: bool = True) -> T:
        """Run ``work`` in one transaction of its own and return what it returns.

        This is how a use case runs from the UI or the command line: the caller owns no
        transaction, and the whole unit of work can be run again when the engine asks for it.
        """
        with self.session(write=write) as session:
            return work(session)

    def dispose(self) -> None:
        self.engine.dispose()
        if self.file_lock is not None:
            self.file_lock.release()
            self.file_lock = None


def _storage_error(exc: OperationalError) -> StorageError:
    text = str(exc.orig if exc.orig is not None else exc).lower()
    log.error("database error: %s", exc)
    if "locked" in text or "busy" in text:
        return StorageError(
            QT_TRANSLATE_NOOP("errors", "The database is busy in another window. Try again.")
        )
    if "disk" in text or "full" in text:
        return StorageError(QT_TRANSLATE_NOOP("errors", "The disk is full or not writable."))
    return StorageError(
        QT_TRANSLATE_NOOP("errors", "The database could not be read or written: {detail}"),
        detail=str(exc.orig if exc.orig is not None else exc),
    )


def sqlite_connect(path: Path) -> sqlite3.Connection:
    """A raw sqlite3 connection with the same pragmas (backup, bulk paths, benchmarks)."""
    con = sqlite3.connect(path, isolation_level=None, timeout=10)
    _sqlite_connect(con, None)
    con.isolation_level = "DEFERRED"  # back to implicit transactions for executemany
    return con
