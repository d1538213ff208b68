"""Every process with the database open shares a lock; replacing it needs the lock alone."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from bizcare.domain.errors import StateError
from bizcare.storage import filelock
from bizcare.storage.filelock import exclusive, hold_shared, lock_path

HOLDER = """
import sys
from pathlib import Path
if sys.argv[2] == "open":
    from bizcare.services.database import open_database
    db = open_database(Path(sys.argv[1]))
    print("held", flush=True)
    sys.stdin.readline()
    db.dispose()
else:
    from bizcare.storage.filelock import exclusive
    with exclusive(Path(sys.argv[1])):
        print("held", flush=True)
        sys.stdin.readline()
"""


def start(database: Path, how: str) -> subprocess.Popen[str]:
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(database), how],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
    return holder


def finish(holder: subprocess.Popen[str]) -> None:
    holder.communicate("\n")
    assert holder.returncode == 0


@pytest.fixture
def database(tmp_path: Path) -> Iterator[Path]:
    path = tmp_path / "Toko Maju Jaya" / "bizcare.db"
    path.parent.mkdir()
    yield path


def test_another_process_with_the_database_open_blocks_the_exclusive_lock(
        database: Path) -> None:
    holder = start(database, "open")
    try:
        with pytest.raises(StateError, match="open in another BizCare program"), \
                exclusive(database):
            pytest.fail("the exclusive lock was granted while another process had it open")
    finally:
        finish(holder)
    with exclusive(database):  # the command ended: now it is free
        pass


def test_a_crashed_process_does_not_block_anything(database: Path) -> None:
    holder = start(database, "open")
    holder.kill()  # as a crash or a power cut would: the lock file stays, the lock does not
    holder.wait()
    assert lock_path(database).exists()
    with exclusive(database):
        pass


def test_this_process_may_replace_what_it_has_open_and_keeps_its_share(database: Path) -> None:
    first, second = hold_shared(database), hold_shared(database)  # one handle, counted
    with exclusive(database):
        pass
    holder = start(database, "open")  # shared with another process again afterwards
    finish(holder)
    first.release()
    first.release()  # idempotent: the second holder still has it
    with pytest.raises(StateError):
        _exclusive_in_another_process(database)
    second.release()
    _exclusive_in_another_process(database)


def test_opening_waits_for_a_replacement_then_says_so(database: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    holder = start(database, "exclusive")
    monkeypatch.setattr(filelock, "WAIT_SECONDS", 0.0)
    try:
        with pytest.raises(StateError, match="being restored or replaced"):
            hold_shared(database)
    finally:
        finish(holder)
    hold_shared(database).release()


def _exclusive_in_another_process(database: Path) -> None:
    """Take and drop the exclusive lock in a child; StateError when the child was refused."""
    done = subprocess.run(
        [sys.executable, "-c", "import sys; from pathlib import Path; "
         "from bizcare.storage.filelock import exclusive\n"
         "with exclusive(Path(sys.argv[1])): pass", str(database)],
        capture_output=True, text=True, check=False)  # fmt: skip
    if done.returncode != 0:
        assert "StateError" in done.stderr
        raise StateError("refused in the child")
