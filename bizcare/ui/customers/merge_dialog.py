"""Merging two records of one customer: pick the other one, choose who stays, confirm."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from bizcare.domain.models import Customer
from bizcare.domain.validation import format_phone
from bizcare.services.customers import CustomerQuery, get_customer, search_page
from bizcare.services.customers import ops as customer_ops
from bizcare.storage.db import Database
from bizcare.ui.common.context import EventHub
from bizcare.ui.common.ops import run_op
from bizcare.ui.customers.labels import kind_label

SEARCH_DELAY_MS = 150
CANDIDATES = 30


def describe(c: Customer) -> str:
    """A customer in one line: code, name, and how to reach them."""
    parts = [c.code, c.name, kind_label(c.kind)]
    parts += [p for p in (format_phone(c.phone), c.email, c.city) if p]
    return " · ".join(parts)


class MergeDialog(QDialog):
    """Merge ``customer_id`` with another customer; the one not kept is archived.

    Signals:
        merged(int): the survivor's id after the merge.
    """

    merged = Signal(int)

    def __init__(self, db: Database, customer_id: int, other_id: int | None = None,
                 parent: QWidget | None = None, *, hub: EventHub | None = None) -> None:
        super().__init__(parent)
        self.db, self.hub = db, hub if hub is not None else EventHub()
        self.setWindowTitle(self.tr("Merge customers"))
        self.setMinimumWidth(620)
        self.first = db.run(lambda s: get_customer(s, customer_id), write=False)
        self.second: Customer | None = None
        intro = QLabel(self.tr("Two records of the same customer become one. All history "
                               "(invoices, payments, receipts, contacts, points, feedback and "
                               "complaints) moves to the customer you keep; the other is "
                               "archived. The merge is recorded in the audit log."))
        intro.setWordWrap(True)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search the other customer by name, phone, "
                                               "e-mail or code"))
        self.search.setClearButtonEnabled(True)
        self.candidates = QListWidget()
        self.candidates.setUniformItemSizes(True)
        self.candidates.currentItemChanged.connect(self._candidate_changed)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self._find)
        self.search.textChanged.connect(self._timer.start)
        pick = QGroupBox(self.tr("The other customer"))
        pick_layout = QVBoxLayout(pick)
        pick_layout.addWidget(self.search)
        pick_layout.addWidget(self.candidates)
        self.keep_first = QRadioButton()
        self.keep_second = QRadioButton()
        self._keep = QButtonGroup(self)
        self._keep.addButton(self.keep_first)
        self._keep.addButton(self.keep_second)
        self.keep_first.setChecked(True)
        keep = QGroupBox(self.tr("Keep"))
        keep_layout = QVBoxLayout(keep)
        keep_layout.addWidget(self.keep_first)
        keep_layout.addWidget(self.keep_second)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.merge_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.merge_button.setText(self.tr("&Merge"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.merge)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(pick, 1)
        layout.addWidget(keep)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.buttons)
        layout.addLayout(row)
        if other_id is not None:
            other = db.run(lambda s: get_customer(s, other_id), write=False)
            self.search.setText(other.code)
            pick.setVisible(False)
            self._set_second(other)
            # The record that existed first usually has the history: keep it by default.
            if (other.id or 0) < (self.first.id or 0):
                self.keep_second.setChecked(True)
        else:
            self._set_second(None)

    def _find(self) -> None:
        text = self.search.text().strip()
        self.candidates.clear()
        if not text:
            return
        query = CustomerQuery(search=text, kind=self.first.kind)
        rows = self.db.run(lambda s: search_page(s, query, 0, CANDIDATES + 1), write=False)
        for row in rows:
            if row.id == self.first.id:
                continue
            contact = format_phone(row.phone) or row.email
            item = QListWidgetItem(" · ".join(p for p in (row.code, row.name, contact,
                                                          row.city) if p))
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            self.candidates.addItem(item)

    def _candidate_changed(self, item: QListWidgetItem | None) -> None:
        if item is None:
            self._set_second(None)
            return
        other_id = int(item.data(Qt.ItemDataRole.UserRole))
        self._set_second(self.db.run(lambda s: get_customer(s, other_id), write=False))

    def _set_second(self, other: Customer | None) -> None:
        self.second = other
        self.keep_first.setText(describe(self.first))
        self.keep_second.setText(describe(other) if other is not None
                                 else self.tr("(choose the other customer above)"))
        self.keep_second.setEnabled(other is not None)
        self.merge_button.setEnabled(other is not None)

    def merge(self) -> None:
        if self.second is None:
            return
        first_id, second_id = self.first.id, self.second.id
        assert first_id is not None and second_id is not None
        survivor, duplicate = ((first_id, second_id) if self.keep_first.isChecked()
                               else (second_id, first_id))
        def merged(survivor_id: int) -> None:
            self.merged.emit(survivor_id)
            self.accept()

        run_op(self, self.hub, partial(customer_ops.merge_customers, self.db, survivor,
                                       duplicate), on_success=merged)
