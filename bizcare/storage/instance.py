"""One BizCare window per database file.

Two windows on one SQLite file stay consistent (WAL), but a restore in one would swap the
file under the other, and an owner who opened the program twice by mistake types into two
windows that do not see each other's lists refresh. The window therefore holds an
operating-system lock on ``<database>.window.lock`` while it is open; a second window finds
it taken and says so. (Every process that has the database open, window or command, also
holds a shared lock on ``<database>.lock``: see ``filelock``; that one guards restore.)

The lock belongs to the process: the operating system drops it when the process ends,
even by a crash or power loss, so a stale lock file never blocks anything. Windows uses
``msvcrt.locking``, other systems ``fcntl.flock``; both conflict between two opens of the
file in one process too, which is what the tests rely on.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import IO

from bizcare.domain.errors import StateError
from bizcare.domain.i18n import QT_TRANSLATE_NOOP

ALREADY_OPEN = QT_TRANSLATE_NOOP(
    "errors",
    "BizCare is already open with this database ({path}). Use that window, or close it first.",
)


def lock_path(database: Path) -> Path:
    """The window's own lock file (``<database>.lock`` is the shared/exclusive one)."""
    return database.with_name(database.name + ".window.lock")


class WindowLock:
    """The lock a window holds on its database file while it is open."""

    def __init__(self, database: Path) -> None:
        self.database = database.resolve()
        self._file: IO[bytes] | None = None

    def acquire(self) -> bool:
        """Take the lock; False when another window (any process) holds it."""
        if self._file is not None:
            return True
        handle = open(lock_path(self.database), "a+b")  # noqa: SIM115 - held while open
        try:
            _lock(handle)
        except OSError:
            handle.close()
            return False
        self._file = handle
        return True

    def release(self) -> None:
        if self._file is None:
            return
        try:
            _unlock(self._file)
        finally:
            self._file.close()
            self._file = None

    @property
    def held(self) -> bool:
        return self._file is not None


def hold_for_window(database: Path) -> WindowLock:
    """The lock for a window on ``database``; raises ``StateError`` when one is open."""
    lock = WindowLock(database)
    if not lock.acquire():
        raise StateError(ALREADY_OPEN, path=str(database))
    return lock


if sys.platform == "win32":
    import msvcrt

    def _lock(handle: IO[bytes]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)

    def _unlock(handle: IO[bytes]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(handle: IO[bytes]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(handle: IO[bytes]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
