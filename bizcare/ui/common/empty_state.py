"""The honest empty state: one sentence of what a place is for and one button to start."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget


class EmptyState(QWidget):
    """Signals:
    action(): the start button was pressed.
    """

    action = Signal()

    def __init__(self, text: str, button: str | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        self.label = QLabel(text)
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setObjectName("emptyStateText")
        layout.addWidget(self.label)
        self.button: QPushButton | None = None
        if button:
            self.button = QPushButton(button)
            self.button.clicked.connect(self.action)
            layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignCenter)
        layout.addStretch(2)

    def add_link(self, link: QPushButton) -> None:
        """A quieter second way in (a flat button) under the start button."""
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(layout.count() - 1, link, 0, Qt.AlignmentFlag.AlignCenter)
