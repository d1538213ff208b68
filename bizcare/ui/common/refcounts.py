"""A guard against a PySide6 defect that makes the app abort after a few thousand Qt calls.

PySide6 6.12 on Python 3.11 hands back ``None`` from void C++ methods (``label.setText(…)``,
``painter.save()``…) and ``True`` from ``Signal.emit()`` without taking a new reference, so
every such call lowers the singleton's reference count by one. None starts near 5,000: after
scrolling a list for a few seconds CPython aborts with "none_dealloc: deallocating None" (or
"bool_dealloc"). Python 3.12+ is immune because these objects are immortal (PEP 683).

:func:`install` checks whether the running build has the defect and, only then, gives
``None``, ``True`` and ``False`` a reference count they cannot lose — what PEP 683 does.
"""

from __future__ import annotations

import ctypes
import logging
import sys

log = logging.getLogger(__name__)

#: Added to the singletons' counts: 2**60 leaked calls would be needed to reach zero.
_HEADROOM = 1 << 60
_PROBE_CALLS = 64

_installed = False


def leaks_singletons() -> bool:
    """True when a void Qt call drops a reference to ``None`` (measured, not assumed)."""
    from PySide6.QtCore import QPoint

    point = QPoint()
    before = sys.getrefcount(None)
    for _ in range(_PROBE_CALLS):
        point.setX(0)
    return sys.getrefcount(None) <= before - _PROBE_CALLS // 2


def install() -> bool:
    """Protect ``None``, ``True`` and ``False`` if this Python and PySide6 need it.

    Returns whether the guard was applied (once per process).
    """
    global _installed
    if _installed:
        return True
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return False
    if not leaks_singletons():
        return False
    for singleton in (None, True, False):
        ctypes.c_ssize_t.from_address(id(singleton)).value += _HEADROOM
    _installed = True
    log.info("PySide6 drops references to None/True on this Python; guard installed")
    return True
