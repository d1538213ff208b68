"""Small building blocks several tabs lay out the same way."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


def figure_label(scale: float) -> QLabel:
    """A large, bold, selectable label: a document number, the figure on a card."""
    label = QLabel()
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def intro_layout(dialog: QWidget, text: str) -> QVBoxLayout:
    """The dialog's column, opened by a word-wrapped sentence of what the dialog does."""
    layout = QVBoxLayout(dialog)
    intro = QLabel(text)
    intro.setWordWrap(True)
    layout.addWidget(intro)
    return layout
