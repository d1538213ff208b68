"""One window per database file: an operating-system lock that dies with its process."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from bizcare.domain.errors import StateError
from bizcare.storage.instance import (
    WindowLock,
    hold_for_window,
    lock_path,
)

HOLDER = """
import sys
from pathlib import Path
from bizcare.storage.instance import hold_for_window
lock = hold_for_window(Path(sys.argv[1]))
print("held", flush=True)
sys.stdin.readline()
"""


@pytest.fixture
def other_window(tmp_path: Path) -> Iterator[tuple[Path, subprocess.Popen[str]]]:
    """Another process holding the window lock on a database in a folder with spaces."""
    database = tmp_path / "Toko Maju Jaya" / "bizcare.db"
    database.parent.mkdir()
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(database)],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)  # fmt: skip
    assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
    yield database, holder
    holder.kill()
    holder.wait()


def test_a_second_lock_on_the_same_file_is_refused(tmp_path: Path) -> None:
    database = tmp_path / "bizcare.db"
    first, second = WindowLock(database), WindowLock(database)
    assert first.acquire() and first.held
    assert not second.acquire()
    with pytest.raises(StateError, match="already open"):
        hold_for_window(database)
    first.release()
    assert second.acquire()
    second.release()
    assert lock_path(database).name == "bizcare.db.window.lock"


def test_another_process_holds_it_until_it_dies(
    other_window: tuple[Path, subprocess.Popen[str]],
) -> None:
    database, holder = other_window
    with pytest.raises(StateError, match="already open"):
        hold_for_window(database)
    holder.kill()  # as a crash or a power cut would: the lock file stays, the lock does not
    holder.wait()
    assert lock_path(database).exists()
    hold_for_window(database).release()
