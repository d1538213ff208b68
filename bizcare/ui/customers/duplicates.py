"""The warning strip a form shows when the typed phone or e-mail already belongs to someone."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal, SignalInstance
from PySide6.QtWidgets import QComboBox, QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from bizcare.domain.models import Customer
from bizcare.domain.validation import format_phone


class DuplicateBanner(QFrame):
    """Lists possible duplicates and offers to open one, or (when editing) merge with it.

    Signals:
        open_existing(int): open the chosen existing customer instead.
        merge(int): merge the edited customer with the chosen one.
    """

    open_existing = Signal(int)
    merge = Signal(int)

    def __init__(self, editing: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.matches: list[Customer] = []
        self.setObjectName("duplicateBanner")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        self.label = QLabel()
        self.label.setWordWrap(True)
        layout.addWidget(self.label, 1)
        self.choice = QComboBox()
        self.choice.setMinimumContentsLength(24)
        layout.addWidget(self.choice)
        self.open_button = QPushButton(self.tr("Open existing"))
        self.open_button.clicked.connect(lambda: self._emit(self.open_existing))
        layout.addWidget(self.open_button)
        self.merge_button = QPushButton(self.tr("Merge…"))
        self.merge_button.setToolTip(self.tr(
            "Save this customer, then merge the two: history moves to the one you keep."))
        self.merge_button.clicked.connect(lambda: self._emit(self.merge))
        self.merge_button.setVisible(editing)
        layout.addWidget(self.merge_button)
        self.hide()

    def show_matches(self, matches: Sequence[Customer]) -> None:
        self.matches = list(matches)
        self.choice.clear()
        for c in self.matches:
            contact = format_phone(c.phone) or c.email
            self.choice.addItem(f"{c.code} · {c.name}" + (f" · {contact}" if contact else ""),
                                c.id)
        self.choice.setVisible(len(self.matches) > 1)
        if not self.matches:
            self.hide()
            return
        first = self.matches[0]
        if len(self.matches) == 1:
            text = self.tr("This phone number or e-mail already belongs to {code} {name}.").format(
                code=first.code, name=first.name)
        else:
            text = self.tr("This phone number or e-mail already belongs to {count} customers."
                           ).format(count=len(self.matches))
        self.label.setText(text)
        self.show()

    def _emit(self, signal: SignalInstance) -> None:
        customer_id = self.choice.currentData()
        if customer_id is not None:
            signal.emit(int(customer_id))
