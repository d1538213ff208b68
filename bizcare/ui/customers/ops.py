"""Small helpers that run one service call in its own transaction from a slot.

Slots stay free of SQL and rules: they gather input, call a service through these, and show
the result or the error. Quick calls run inline (a few milliseconds); imports and exports go
through ``BackgroundTask``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtWidgets import QWidget
from sqlmodel import Session

from bizcare.storage.db import Database
from bizcare.ui.common.errors import show_error

T = TypeVar("T")


class Failed:
    """The result of :func:`attempt` when the call raised (the error was already shown)."""

    def __bool__(self) -> bool:
        return False


FAILED = Failed()


def read(db: Database, fn: Callable[[Session], T]) -> T:
    """``fn(session)`` in a read transaction."""
    with db.session(write=False) as session:
        return fn(session)


def write(db: Database, fn: Callable[[Session], T]) -> T:
    """``fn(session)`` in a write transaction (committed, or rolled back on error)."""
    with db.session() as session:
        return fn(session)


def attempt(parent: QWidget | None, call: Callable[[], T]) -> T | Failed:
    """Run ``call``; on any error show it to the user and return :data:`FAILED`."""
    try:
        return call()
    except Exception as exc:  # noqa: BLE001 - user errors shown, bugs logged by show_error
        show_error(parent, exc)
        return FAILED
