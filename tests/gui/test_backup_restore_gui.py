"""Back up and restore from the main window's File menu, as a shop owner does it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox
from sqlalchemy import func
from sqlmodel import select

from bizcare.domain.models import Customer
from bizcare.services.customers.input import CustomerInput
from bizcare.services.customers.records import create_customer
from bizcare.storage.db import Database
from bizcare.ui.common.context import UiContext
from bizcare.ui.main_window import MainWindow

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot: Any, db: Database) -> MainWindow:
    win = MainWindow(UiContext(db=db), "Toko Sumber Rejeki")
    qtbot.addWidget(win)
    win.show()
    return win


def customers(db: Database) -> int:
    with db.session(write=False) as s:
        return int(s.exec(select(func.count()).select_from(Customer)).one())


def add_customer(db: Database, name: str) -> None:
    with db.session() as s:
        create_customer(s, CustomerInput(name=name, city="Bandung"))


def test_back_up_then_restore_brings_the_data_back(qtbot: Any, window: MainWindow, db: Database,
                                                    tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    add_customer(db, "Budi Santoso")
    target = tmp_path / "cadangan.db"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.backup()
    qtbot.waitUntil(lambda: str(target) in window.statusBar().currentMessage())
    assert target.is_file()

    add_customer(db, "Siti Rahayu")
    assert customers(db) == 2
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.restore()

    assert customers(db) == 1
    assert window.statusBar().currentMessage().startswith(window.tr("Backup restored."))


def test_restoring_a_file_that_is_no_backup_says_so_and_changes_nothing(
        window: MainWindow, db: Database, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    add_customer(db, "Budi Santoso")
    junk = tmp_path / "foto.db"
    junk.write_bytes(b"\x89PNG not a database" * 50)
    shown: list[str] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(junk), ""))
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    window.restore()

    assert len(shown) == 1 and str(junk) in shown[0]
    assert customers(db) == 1


def test_cancelled_restore_changes_nothing(window: MainWindow, db: Database, tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    add_customer(db, "Budi Santoso")
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda *a, **k: (str(tmp_path / "x.db"), ""))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    window.restore()
    assert customers(db) == 1


HOLDER = """
import sys
from bizcare.services.database import open_database
db = open_database(sys.argv[1])
print("open", flush=True)
sys.stdin.readline()
db.dispose()
"""


def test_restore_waits_for_other_processes_and_the_window_keeps_its_share(
        window: MainWindow, db: Database, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    import subprocess
    import sys

    from bizcare.services.maintenance import make_backup

    add_customer(db, "Budi Santoso")
    target = make_backup(db, tmp_path / "cadangan.db")
    add_customer(db, "Siti Rahayu")
    shown: list[str] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    command = subprocess.Popen([sys.executable, "-c", HOLDER, str(db.path)],
                               stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert command.stdout is not None and command.stdout.readline().strip() == "open"
        window.restore()
        assert len(shown) == 1 and "open in another BizCare program" in shown[0]
        assert customers(db) == 2
    finally:
        command.communicate("\n")
    window.restore()
    assert customers(db) == 1 and len(shown) == 1
    assert "before-restore-" in window.statusBar().currentMessage()
    # The window gave its shared lock back after restoring: another process cannot replace
    # the database under it now.
    child = subprocess.run(
        [sys.executable, "-c", "import sys; from pathlib import Path; "
         "from bizcare.storage.filelock import exclusive\n"
         "with exclusive(Path(sys.argv[1])): pass", str(db.path)],
        capture_output=True, text=True, check=False)  # fmt: skip
    assert child.returncode != 0 and "StateError" in child.stderr
