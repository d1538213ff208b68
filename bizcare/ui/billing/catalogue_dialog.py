"""The owner's list of products and services: add one, change its price, retire it.

Invoice lines are picked from this catalogue (``CataloguePicker``); without this dialog the
owner could only fill it from the command line.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from bizcare.documents.formatting import format_rupiah
from bizcare.services.billing import ops as billing_ops
from bizcare.ui.billing.widgets import RupiahEdit
from bizcare.ui.common.context import UiContext
from bizcare.ui.common.ops import run_op
from bizcare.ui.common.palette import FADED, qcolor


class CatalogueDialog(QDialog):
    """Search, add and edit catalogue items; inactive ones stay listed, greyed out."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.item_id: int | None = None
        self.setWindowTitle(self.tr("Products and services"))
        self.resize(760, 520)
        layout = QVBoxLayout(self)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search name, SKU or category…"))
        self.search.textChanged.connect(self.reload)
        layout.addWidget(self.search)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels([
            self.tr("Name"), self.tr("Unit"), self.tr("Price"), self.tr("Category"),
            self.tr("Active")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._on_select)
        layout.addWidget(self.table, 1)
        form = QFormLayout()
        self.name = QLineEdit()
        self.name.setMaxLength(200)
        self.unit = QLineEdit()
        self.unit.setMaxLength(20)
        self.unit.setPlaceholderText("pcs")
        self.price = RupiahEdit()
        self.category = QLineEdit()
        self.category.setMaxLength(100)
        self.is_service = QCheckBox(self.tr("This is a service"))
        self.active = QCheckBox(self.tr("Active (offered on new invoices)"))
        self.active.setChecked(True)
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("&Unit"), self.unit)
        form.addRow(self.tr("&Price (Rp)"), self.price)
        form.addRow(self.tr("Ca&tegory"), self.category)
        form.addRow("", self.is_service)
        form.addRow("", self.active)
        layout.addLayout(form)
        row = QHBoxLayout()
        self.new_button = QPushButton(self.tr("&New item"))
        self.new_button.clicked.connect(self.start_new)
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        row.addWidget(self.new_button)
        row.addStretch(1)
        row.addWidget(self.save_button)
        layout.addLayout(row)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.reload()

    def reload(self) -> None:
        """Re-read the items matching the search (the database filters, at most 500)."""
        from bizcare.services.billing import list_items

        search = self.search.text()
        items = [(i.id, i.name, i.unit, i.price, i.category, i.active)
                 for i in self.ctx.db.run(lambda s: list_items(
                     s, search, include_inactive=True, limit=500), write=False)]
        self.table.blockSignals(True)
        self.table.setRowCount(len(items))
        for r, (item_id, name, unit, price, category, active) in enumerate(items):
            cells = [name, unit, format_rupiah(price), category,
                     self.tr("Yes") if active else self.tr("No")]
            for c, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setData(Qt.ItemDataRole.UserRole, item_id)
                if c == 2:
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                if not active:
                    cell.setForeground(qcolor(FADED))
                self.table.setItem(r, c, cell)
        self.table.blockSignals(False)

    def start_new(self) -> None:
        """Empty the form so Save adds a new item."""
        self.table.clearSelection()
        self.item_id = None
        for field in (self.name, self.unit, self.price, self.category):
            field.clear()
        self.is_service.setChecked(False)
        self.active.setChecked(True)
        self.name.setFocus()

    def save(self) -> bool:
        """Add or update the item in the form; a refusal is shown and nothing is saved."""
        def work() -> int:
            values: dict[str, Any] = {"name": self.name.text(), "unit": self.unit.text(),
                      "price": self.price.amount(), "category": self.category.text(),
                      "is_service": self.is_service.isChecked()}
            return billing_ops.save_catalogue_item(self.ctx.db, self.item_id,
                                                   self.active.isChecked(), values)

        def saved(item_id: int) -> None:
            self.item_id = item_id
            self.reload()

        return run_op(self, self.ctx.hub, work, changes=billing_ops.CATALOGUE,
                      on_success=saved)

    def _on_select(self) -> None:
        from bizcare.services.billing import get_item

        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        cell = self.table.item(rows[0].row(), 0)
        if cell is None:
            return
        item_id = int(cell.data(Qt.ItemDataRole.UserRole))
        item = self.ctx.db.run(lambda s: get_item(s, item_id), write=False)
        self.item_id = item.id
        self.name.setText(item.name)
        self.unit.setText(item.unit)
        self.price.set_amount(item.price)
        self.category.setText(item.category)
        self.is_service.setChecked(item.is_service)
        self.active.setChecked(item.active)
