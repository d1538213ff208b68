"""``bizcare restore`` and ``bizcare demo --force`` never take a database from under another
BizCare process (a command or a window), and keep what they replace."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from bizcare.cli import main

# ``bizcare customer add`` as a shop's script runs it, paused after it has opened the
# database and before it writes (as a slow command would be when the restore comes).
PAUSED_COMMAND = """
import sys
import bizcare.services.customers as customers
real = customers.create_customer
def paused(session, data):
    print("open", flush=True)
    sys.stdin.readline()
    return real(session, data)
customers.create_customer = paused
from bizcare.cli import main
sys.exit(main(sys.argv[1:]))
"""
# The window's start-up (``cmd_gui``: window lock, database, language) with the event loop
# replaced by waiting for a line on stdin.
WINDOW = """
import sys
import bizcare.ui.app as app
def run_gui(db, lang):
    print("open", flush=True)
    sys.stdin.readline()
    return 0
app.run_gui = run_gui
from bizcare.cli import main
sys.exit(main(sys.argv[1:]))
"""


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(["--lang", "en", *argv])
    out, err = capsys.readouterr()
    return status, out, err


def customers_in(path: Path) -> list[str]:
    con = sqlite3.connect(path)
    try:
        return sorted(r[0] for r in con.execute("SELECT name FROM customer"))
    finally:
        con.close()


def files(folder: Path) -> dict[Path, bytes]:
    return {p: p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def started(script: str, *argv: str) -> subprocess.Popen[str]:
    proc = subprocess.Popen([sys.executable, "-c", script, *argv], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert proc.stdout is not None and proc.stdout.readline().strip() == "open"
    return proc


@pytest.fixture
def shop(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Iterator[tuple[Path, Path]]:
    """A live database with one customer and a backup of it; then a second customer."""
    live = tmp_path / "toko" / "bizcare.db"
    copy = tmp_path / "cadangan.db"
    assert run(capsys, "--db", str(live), "customer", "add", "--name", "Budi Santoso")[0] == 0
    assert run(capsys, "--db", str(live), "backup", "-o", str(copy))[0] == 0
    assert run(capsys, "--db", str(live), "customer", "add", "--name", "Siti Rahayu")[0] == 0
    yield live, copy


def test_restore_is_refused_while_a_command_has_the_database_open(
        shop: tuple[Path, Path], capsys: pytest.CaptureFixture[str],
        bizcare_home: Path) -> None:
    live, copy = shop
    command = started(PAUSED_COMMAND, "--db", str(live), "customer", "add", "--name", "Dewi")
    try:
        before = files(live.parent), files(bizcare_home)
        status, out, err = run(capsys, "--db", str(live), "restore", str(copy))
        assert (status, out) == (2, "")
        assert err == (f"bizcare: The database {live} is open in another BizCare program "
                       "(a window or a command). Close it and try again.\n")
        assert (files(live.parent), files(bizcare_home)) == before  # untouched, no copy kept
    finally:
        out, _ = command.communicate("\n")
    assert command.returncode == 0 and out.strip() == "PLG-000003"
    # The command's customer went into the database everyone uses, not a replaced file.
    assert customers_in(live) == ["Budi Santoso", "Dewi", "Siti Rahayu"]

    status, out, err = run(capsys, "--db", str(live), "restore", str(copy))
    assert status == 0 and err == ""
    kept = sorted((bizcare_home / "backups").glob("before-restore-*.db"))
    assert out == f"Restored {copy}. The data it replaced is kept in {kept[0]}\n"
    assert customers_in(live) == ["Budi Santoso"]
    assert customers_in(kept[0]) == ["Budi Santoso", "Dewi", "Siti Rahayu"]


def test_restoring_twice_keeps_both_safety_copies(shop: tuple[Path, Path],
                                                  capsys: pytest.CaptureFixture[str],
                                                  bizcare_home: Path) -> None:
    live, copy = shop
    assert run(capsys, "--db", str(live), "restore", str(copy))[0] == 0
    assert run(capsys, "--db", str(live), "restore", str(copy))[0] == 0
    kept = sorted((bizcare_home / "backups").glob("before-restore-*.db"),
                  key=lambda p: (len(p.name), p.name))  # "-2" sorts after its first
    assert len(kept) == 2
    assert customers_in(kept[0]) == ["Budi Santoso", "Siti Rahayu"]  # from before the first
    assert customers_in(kept[1]) == ["Budi Santoso"]


def test_demo_force_is_refused_while_a_window_is_open(shop: tuple[Path, Path],
                                                      capsys: pytest.CaptureFixture[str],
                                                      bizcare_home: Path) -> None:
    live, _ = shop
    window = started(WINDOW, "--db", str(live))
    try:
        before = files(live.parent), files(bizcare_home)
        status, out, err = run(capsys, "--db", str(live), "demo", "--customers", "5",
                               "--months", "1", "--force")
        assert (status, out) == (2, "")
        assert err.startswith(f"bizcare: The database {live} is open in another BizCare "
                              "program") and err.count("\n") == 1
        assert (files(live.parent), files(bizcare_home)) == before
    finally:
        window.communicate("\n")
    assert window.returncode == 0

    status, out, err = run(capsys, "--db", str(live), "demo", "--customers", "5",
                           "--months", "1", "--force")
    assert status == 0 and out.startswith("Demo data created: 11 customers")
    kept = list((bizcare_home / "backups").glob("before-demo-*.db"))
    assert len(kept) == 1 and err == f"The previous data was backed up to {kept[0]}\n"
    assert customers_in(kept[0]) == ["Budi Santoso", "Siti Rahayu"]


def test_a_damaged_backup_is_refused_with_one_line(shop: tuple[Path, Path], tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str],
                                                   bizcare_home: Path) -> None:
    live, copy = shop
    con = sqlite3.connect(copy)
    con.execute("DROP TABLE customer_tag")
    con.commit()
    con.close()
    before = files(live.parent), files(bizcare_home)
    status, out, err = run(capsys, "--db", str(live), "restore", str(copy))
    assert (status, out) == (2, "")
    assert err == (f"bizcare: {copy} is not a complete BizCare backup: the table customer_tag "
                   "is missing.\n")
    assert (files(live.parent), files(bizcare_home)) == before
