"""PySide6 must not lose references to None/True (6.12.0 on Python 3.11 did; it is pinned out).

With the defect, every void Qt call and every emit lowered the singletons' counts by one and
CPython aborted with "none_dealloc" after a few seconds of scrolling. This guards the pin.
"""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel

pytestmark = pytest.mark.gui


class _Emitter(QObject):
    ping = Signal()


def test_void_calls_and_emits_keep_none_and_true_alive(qtbot) -> None:  # type: ignore[no-untyped-def]
    label = QLabel()
    qtbot.addWidget(label)
    emitter = _Emitter()
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(2_000):
        label.setText("x")
        emitter.ping.emit()
    # A leak loses one reference per call: 2,000. Allow ordinary noise of a few dozen.
    assert sys.getrefcount(None) > none_before - 100
    assert sys.getrefcount(True) > true_before - 100
