"""The guard that keeps PySide6's dropped references to None/True from aborting the app."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel

import bizcare.ui  # noqa: F401 - installs the guard, as every entry point does
from bizcare.ui.common import refcounts

pytestmark = pytest.mark.gui


class _Emitter(QObject):
    ping = Signal()


def test_many_void_calls_and_emits_do_not_abort(qtbot) -> None:  # type: ignore[no-untyped-def]
    label = QLabel()
    qtbot.addWidget(label)
    emitter = _Emitter()
    start = sys.getrefcount(None)
    for _ in range(20_000):  # four times None's natural reference count on Python 3.11
        label.setText("x")
        emitter.ping.emit()
    assert sys.getrefcount(None) > 0
    assert sys.getrefcount(True) > 0
    assert start > 0


def test_install_is_idempotent() -> None:
    first = refcounts.install()
    assert refcounts.install() == first
    if sys.version_info >= (3, 12):
        assert first is False
