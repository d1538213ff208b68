"""Opening the window on a database BizCare cannot use says why in a dialog, not only on stderr.

The Windows launcher (BizCare.exe) has no console, so stderr alone would show the owner nothing.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox

import bizcare.ui.app as app_module
from bizcare.cli import main

pytestmark = pytest.mark.gui


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical",
                        lambda parent, title, text: shown.append(text))

    def no_window(*args: Any, **kwargs: Any) -> int:
        raise AssertionError("the main window must not open on a refused database")

    monkeypatch.setattr(app_module, "run_gui", no_window)
    return shown


def test_newer_database_is_refused_in_a_dialog(qapp: Any, dialogs: list[str], tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "future.db"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) PRIMARY KEY)")
    con.execute("INSERT INTO alembic_version VALUES ('9999_from_the_future')")
    con.commit()
    con.close()

    assert main(["--lang", "en", "--db", str(path)]) == 2

    assert len(dialogs) == 1
    assert "newer version of BizCare (9999_from_the_future)" in dialogs[0]
    assert capsys.readouterr().err.count("\n") == 1


def test_file_that_is_not_a_database_is_refused_in_a_dialog(
        qapp: Any, dialogs: list[str], tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "notes.db"
    path.write_bytes(b"shopping list, not a database\n" * 100)

    assert main(["--lang", "en", "gui", "--db", str(path)]) == 2

    assert dialogs == [f"The database could not be read or written: {path} "
                       "(file is not a database)"]
    assert "Traceback" not in capsys.readouterr().err
    assert path.read_bytes() == b"shopping list, not a database\n" * 100


def test_a_second_window_on_the_same_database_is_refused(
        qapp: Any, dialogs: list[str], tmp_path: Path) -> None:
    from bizcare.storage.instance import hold_for_window

    path = tmp_path / "Toko Ibu" / "bizcare.db"
    path.parent.mkdir()
    first = hold_for_window(path)  # the window already open
    try:
        assert main(["--lang", "en", "--db", str(path)]) == 2
    finally:
        first.release()
    assert len(dialogs) == 1 and "already open with this database" in dialogs[0]


def test_the_window_holds_the_lock_while_it_runs(
        qapp: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from bizcare.storage.instance import WindowLock

    path = tmp_path / "bizcare.db"
    seen: list[bool] = []

    def window(db: Any, lang: Any) -> int:
        seen.append(WindowLock(path).acquire())  # another window would be refused now
        return 0

    monkeypatch.setattr(app_module, "run_gui", window)
    assert main(["--db", str(path)]) == 0
    assert seen == [False]
    assert WindowLock(path).acquire()  # released when the window closed
