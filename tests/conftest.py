"""Test setup: offscreen Qt, a private data folder, and a fresh database per test."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:  # the fixtures import bizcare lazily
    from bizcare.storage.db import Database

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")


@pytest.fixture(autouse=True)
def bizcare_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own user data folder (database, log, backups)."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("BIZCARE_HOME", str(home))
    return home


@pytest.fixture(scope="session")
def template_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One SQLite file migrated to the head revision, once per test run: running every
    migration for every test cost more than most tests themselves."""
    from bizcare.services.database import open_database

    path = tmp_path_factory.mktemp("template") / "bizcare.db"
    database = open_database(path)
    with database.engine.connect() as conn:  # everything into the main file: copy just it
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    database.dispose()
    return path


@pytest.fixture
def db(tmp_path: Path, template_db: Path) -> Iterator[Database]:
    """A migrated SQLite database file in the test's folder (a copy of the template)."""
    import shutil

    from bizcare.services.database import open_database

    target = tmp_path / "bizcare.db"
    shutil.copyfile(template_db, target)
    database = open_database(target)
    yield database
    database.dispose()


@pytest.fixture
def session(db):  # type: ignore[no-untyped-def]
    """A write session on the test database, committed at the end of the test."""
    with db.session() as s:
        yield s


@pytest.fixture(autouse=True)
def english_ui_after_test() -> Iterator[None]:
    """Tests that switch the UI to Indonesian (snapshot, --lang id) must not leak into others."""
    yield
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is not None:
        from bizcare.ui.app import install_translator

        install_translator(app, "en")  # type: ignore[arg-type]


@pytest.fixture
def late_clock(monkeypatch: pytest.MonkeyPatch) -> date:
    """'Today' in 2030, for tests that record payments on fixed dates: the days they use
    must not become 'the future' depending on when the suite runs."""
    from bizcare.domain import clock

    later = date(2030, 1, 1)
    monkeypatch.setattr(clock, "today", lambda: later)
    return later


@pytest.fixture
def pg() -> Iterator[Database]:
    """A migrated BizCare database on the PostgreSQL test server (see tests/pg.py)."""
    from bizcare.services.database import open_database
    from tests.pg import URL, wipe

    wipe()
    database = open_database(url=URL)
    yield database
    database.dispose()
    wipe()
