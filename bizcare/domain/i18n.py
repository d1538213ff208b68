"""Marking strings for translation without importing Qt.

``pyside6-lupdate`` extracts ``QT_TRANSLATE_NOOP("context", "text")`` calls by name, so the
Qt-free layers mark their user-visible messages with this no-op and the UI / CLI translate
them with ``QCoreApplication.translate(context, text)`` when they are shown.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - name lupdate knows
    """Return ``text`` unchanged; exists so lupdate finds the string."""
    del context
    return text
