"""Who has an SQLite database open: a shared lock per process, an exclusive one to replace it.

Every BizCare process that opens a database file (the window and every command) holds a
SHARED operating-system lock on ``<database>.lock`` for as long as it has the file open.
Replacing the data under them (restore, ``demo --force``) takes the EXCLUSIVE lock without
waiting, so it is refused while any other process has the database open: a command still
writing invoices would otherwise keep writing into a file nobody reads again.

The lock belongs to the process: the operating system drops it when the process ends, even
by a crash, so a stale lock file never blocks anything. One process holds one handle per
database, counted: several ``Database`` objects on one file in one process (a window and its
workers, the tests) share it, and the exclusive attempt converts that handle, so a process
may replace its own database. Windows uses ``LockFileEx`` byte-range locks (shared, or
``LOCKFILE_EXCLUSIVE_LOCK``; always ``LOCKFILE_FAIL_IMMEDIATELY``), other systems
``fcntl.flock``. Both conflict between two handles of one process too.
"""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from bizcare.domain.errors import StateError
from bizcare.domain.i18n import QT_TRANSLATE_NOOP

IN_USE = QT_TRANSLATE_NOOP(
    "errors",
    "The database {path} is open in another BizCare program (a window or a command). "
    "Close it and try again.",
)
BEING_REPLACED = QT_TRANSLATE_NOOP(
    "errors",
    "The database {path} is being restored or replaced by another BizCare program. "
    "Try again in a moment.",
)
# How long an opening process waits for a restore elsewhere to finish (the busy timeout's
# length: a restore of a large shop's database takes seconds).
WAIT_SECONDS = 10.0
_POLL_SECONDS = 0.05

_mutex = threading.Lock()
_open: dict[Path, _Handle] = {}


def lock_path(database: Path) -> Path:
    return database.with_name(database.name + ".lock")


class _Handle:
    """This process's one handle on a lock file and how many holders share it."""

    def __init__(self, file: IO[bytes]) -> None:
        self.file = file
        self.count = 0


class SharedLock:
    """One holder's share of the process's shared lock; ``release`` is idempotent."""

    def __init__(self, database: Path) -> None:
        self.database = database
        self._released = False

    def release(self) -> None:
        with _mutex:
            if self._released:
                return
            self._released = True
            handle = _open.get(self.database)
            if handle is None:
                return
            handle.count -= 1
            if handle.count == 0:
                del _open[self.database]
                _close(handle.file)


def hold_shared(database: Path) -> SharedLock:
    """Take (or share) this process's shared lock on ``database``.

    Waits up to :data:`WAIT_SECONDS` while another process replaces the database, then
    raises ``StateError``.
    """
    key = database.resolve()
    with _mutex:
        handle = _open.get(key)
        if handle is None:
            file = _open_lock_file(key)
            try:
                _wait_shared(file, key)
            except BaseException:
                file.close()
                raise
            handle = _open[key] = _Handle(file)
        handle.count += 1
    return SharedLock(key)


@contextmanager
def exclusive(database: Path) -> Iterator[None]:
    """Hold the exclusive lock on ``database`` for the block; ``StateError`` at once when any
    other process has it open. This process's own shared lock is converted and given back."""
    key = database.resolve()
    with _mutex:
        own = _open.get(key)
        file = own.file if own is not None else _open_lock_file(key)
        if own is not None:
            _unlock(file)
        try:
            _lock(file, exclusive=True)
        except OSError:
            if own is not None:
                _wait_shared(file, key)
            else:
                file.close()
            raise StateError(IN_USE, path=str(database)) from None
    try:
        yield
    finally:
        with _mutex:
            _unlock(file)
            if own is not None:
                _wait_shared(file, key)
            else:
                file.close()


def _open_lock_file(database: Path) -> IO[bytes]:
    return open(lock_path(database), "a+b")  # noqa: SIM115 - held while the database is open


def _wait_shared(file: IO[bytes], database: Path) -> None:
    deadline = time.monotonic() + WAIT_SECONDS
    while True:
        try:
            _lock(file, exclusive=False)
            return
        except OSError:
            if time.monotonic() >= deadline:
                raise StateError(BEING_REPLACED, path=str(database)) from None
            time.sleep(_POLL_SECONDS)


def _close(file: IO[bytes]) -> None:
    try:
        _unlock(file)
    finally:
        file.close()


if sys.platform == "win32":
    import ctypes
    import msvcrt
    from ctypes import wintypes

    LOCKFILE_FAIL_IMMEDIATELY = 0x00000001
    LOCKFILE_EXCLUSIVE_LOCK = 0x00000002

    class _Overlapped(ctypes.Structure):
        _fields_ = [("Internal", ctypes.c_size_t), ("InternalHigh", ctypes.c_size_t),
                    ("Offset", wintypes.DWORD), ("OffsetHigh", wintypes.DWORD),
                    ("hEvent", wintypes.HANDLE)]

    _kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
    _LockFileEx = _kernel32.LockFileEx
    _LockFileEx.argtypes = [wintypes.HANDLE, wintypes.DWORD, wintypes.DWORD, wintypes.DWORD,
                            wintypes.DWORD, ctypes.POINTER(_Overlapped)]
    _LockFileEx.restype = wintypes.BOOL
    _UnlockFileEx = _kernel32.UnlockFileEx
    _UnlockFileEx.argtypes = [wintypes.HANDLE, wintypes.DWORD, wintypes.DWORD, wintypes.DWORD,
                              ctypes.POINTER(_Overlapped)]
    _UnlockFileEx.restype = wintypes.BOOL

    def _lock(file: IO[bytes], *, exclusive: bool) -> None:
        # One byte at offset 0 (locking past the end of the empty file is allowed).
        flags = LOCKFILE_FAIL_IMMEDIATELY | (LOCKFILE_EXCLUSIVE_LOCK if exclusive else 0)
        handle = msvcrt.get_osfhandle(file.fileno())
        if not _LockFileEx(handle, flags, 0, 1, 0, ctypes.byref(_Overlapped())):
            raise ctypes.WinError(ctypes.get_last_error())

    def _unlock(file: IO[bytes]) -> None:
        # Unlocking a range this handle does not hold fails harmlessly (ERROR_NOT_LOCKED).
        _UnlockFileEx(msvcrt.get_osfhandle(file.fileno()), 0, 1, 0, ctypes.byref(_Overlapped()))

else:
    import fcntl

    def _lock(file: IO[bytes], *, exclusive: bool) -> None:
        fcntl.flock(file.fileno(), (fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH) | fcntl.LOCK_NB)

    def _unlock(file: IO[bytes]) -> None:
        fcntl.flock(file.fileno(), fcntl.LOCK_UN)
