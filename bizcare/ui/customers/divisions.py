"""The editable list of the shop's divisions (internal customers belong to one)."""

from __future__ import annotations

from functools import partial
from typing import cast

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bizcare.services.customers import list_divisions
from bizcare.services.customers import ops as customer_ops
from bizcare.storage.db import Database
from bizcare.ui.common.context import EventHub
from bizcare.ui.common.ops import run_op
from bizcare.ui.common.palette import FADED, qcolor
from bizcare.ui.common.widgets import intro_layout


class DivisionsDialog(QDialog):
    """Add, rename, and switch divisions on or off; inactive ones leave the form's list.

    Signals:
        changed(): a division was added or changed.
    """

    changed = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None, *,
                 hub: EventHub | None = None) -> None:
        super().__init__(parent)
        self.db, self.hub = db, hub if hub is not None else EventHub()
        self.setWindowTitle(self.tr("Divisions"))
        self.resize(420, 420)
        layout = intro_layout(self, self.tr("Divisions of your business that are served as "
                                            "internal customers (Sales, Warehouse, Finance…)."))
        body = QHBoxLayout()
        self.list = QListWidget()
        self.list.currentRowChanged.connect(self._update_buttons)
        self.list.itemDoubleClicked.connect(lambda _item: self.rename())
        body.addWidget(self.list, 1)
        buttons = QVBoxLayout()
        self.add_button = QPushButton(self.tr("&Add…"))
        self.add_button.clicked.connect(self.add)
        self.rename_button = QPushButton(self.tr("&Rename…"))
        self.rename_button.clicked.connect(self.rename)
        self.toggle_button = QPushButton(self.tr("&Deactivate"))
        self.toggle_button.clicked.connect(self.toggle)
        for button in (self.add_button, self.rename_button, self.toggle_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        body.addLayout(buttons)
        layout.addLayout(body, 1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.reload()

    def reload(self, select_id: int | None = None) -> None:
        divisions = self.db.run(lambda s: list_divisions(s, include_inactive=True), write=False)
        self.list.clear()
        for division in divisions:
            text = division.name if division.active else self.tr("{name} (inactive)").format(
                name=division.name)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, (division.id, division.name, division.active))
            if not division.active:
                item.setForeground(qcolor(FADED))
            self.list.addItem(item)
            if division.id == select_id:
                self.list.setCurrentItem(item)
        self._update_buttons()

    def _current(self) -> tuple[int, str, bool] | None:
        item = self.list.currentItem()
        if item is None:
            return None
        return cast(tuple[int, str, bool], item.data(Qt.ItemDataRole.UserRole))

    def _update_buttons(self) -> None:
        current = self._current()
        self.rename_button.setEnabled(current is not None)
        self.toggle_button.setEnabled(current is not None)
        if current is not None:
            self.toggle_button.setText(self.tr("&Deactivate") if current[2]
                                       else self.tr("A&ctivate"))

    def add(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("New division"), self.tr("Name:"))
        if ok and name.strip():
            self._save(name, None, True)

    def rename(self) -> None:
        current = self._current()
        if current is None:
            return
        name, ok = QInputDialog.getText(self, self.tr("Rename division"), self.tr("Name:"),
                                        text=current[1])
        if ok and name.strip() and name != current[1]:
            self._save(name, current[0], current[2])

    def toggle(self) -> None:
        current = self._current()
        if current is not None:
            self._save(current[1], current[0], not current[2])

    def _save(self, name: str, division_id: int | None, active: bool) -> None:
        run_op(self, self.hub, partial(customer_ops.save_division, self.db, name, division_id,
                                       active), on_success=self._saved)

    def _saved(self, division_id: int) -> None:
        self.reload(select_id=division_id)
        self.changed.emit()
