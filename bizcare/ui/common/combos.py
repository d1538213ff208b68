"""Combos that carry their values as item data, so state is never read back from text.

``currentText()`` is the translated label the owner sees; the value a filter applies is
``currentData()``, and :func:`select_data` shows a value again (after a page switch, a reset
or a reload) without comparing labels.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QComboBox, QWidget


def select_data(combo: QComboBox, value: object) -> bool:
    """Make the item whose data equals ``value`` current; False (and the first item) if none.

    Compares in Python rather than with ``findData``, which misses a ``StrEnum`` stored as
    its plain string.
    """
    for index in range(combo.count()):
        if combo.itemData(index) == value:
            combo.setCurrentIndex(index)
            return True
    combo.setCurrentIndex(0)
    return False


def data_combo(everything: str, choices: Iterable[tuple[str, object]],
               parent: QWidget | None = None) -> QComboBox:
    """A filter combo: ``everything`` (data None) first, then ``(label, value)`` pairs."""
    combo = QComboBox(parent)
    combo.addItem(everything, None)
    for text, value in choices:
        combo.addItem(text, value)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    combo.setMaxVisibleItems(20)
    return combo
