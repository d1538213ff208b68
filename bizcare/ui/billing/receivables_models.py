"""Table models of the receivables page: ageing per customer (with a total row), overdue list.

Both hold a small, already aggregated answer of :mod:`bizcare.services.billing.receivables` (one row
per customer owing money, one per overdue invoice), so they are plain models, not paged.
"""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from bizcare.documents.formatting import format_date_short, format_rupiah
from bizcare.services.billing import BUCKET_LABELS, Ageing, OverdueInvoice
from bizcare.ui.common.list_model import RIGHT, ListTableModel
from bizcare.ui.common.paged_model import IdRole, RawRole, RowRole
from bizcare.ui.common.palette import RED, qcolor

Index = QModelIndex | QPersistentModelIndex


class AgeingModel(QAbstractTableModel):
    """Customer, the five buckets and the total; the last row sums every customer.

    ``IdRole`` gives the customer id (None on the total row).
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.ageing: Ageing | None = None

    def set_ageing(self, ageing: Ageing) -> None:
        self.beginResetModel()
        self.ageing = ageing
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        if parent.isValid() or self.ageing is None or not self.ageing.rows:
            return 0
        return len(self.ageing.rows) + 1

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 7

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < 7:
            return super().headerData(section, orientation, role)
        if role == Qt.ItemDataRole.DisplayRole:
            if section == 0:
                return self.tr("Customer")
            if section == 6:
                return self.tr("Total")
            return QCoreApplication.translate("Ageing", BUCKET_LABELS[section - 1])
        if role == Qt.ItemDataRole.TextAlignmentRole and section:
            return RIGHT
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.ageing is None:
            return None
        row, column = index.row(), index.column()
        if not (0 <= row < self.rowCount() and 0 <= column < 7):
            return None
        is_total = row == len(self.ageing.rows)
        item = None if is_total else self.ageing.rows[row]
        if role == IdRole:
            return None if item is None else item.customer_id
        if role == RowRole:
            return item
        amounts = self.ageing.totals if item is None else item.buckets
        total = self.ageing.total if item is None else item.total
        if role in (Qt.ItemDataRole.DisplayRole, RawRole):
            if column == 0:
                if item is None:
                    return self.tr("All customers")
                return f"{item.customer_name} ({item.customer_code})"
            value = total if column == 6 else amounts[column - 1]
            if role == RawRole:
                return value
            return format_rupiah(value) if value else "–"
        if role == Qt.ItemDataRole.TextAlignmentRole and column:
            return RIGHT
        if role == Qt.ItemDataRole.FontRole and (is_total or column == 6):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and column >= 4 and column < 6 and \
                amounts[column - 1]:
            return qcolor(RED)
        return None


class OverdueModel(ListTableModel[OverdueInvoice]):
    """Overdue invoices, longest overdue first: what to chase today."""

    Columns = IntEnum("Columns", "NUMBER CUSTOMER DUE DAYS OUTSTANDING LEVEL", start=0)

    right_columns = (Columns.DAYS, Columns.OUTSTANDING)

    def __init__(self, lang: str = "id", parent: Any = None) -> None:
        super().__init__(parent)
        self.lang = lang

    def header_text(self, column: int) -> str:
        c = self.Columns
        return {
            c.NUMBER: self.tr("Invoice"), c.CUSTOMER: self.tr("Customer"),
            c.DUE: self.tr("Due"), c.DAYS: self.tr("Days late"),
            c.OUTSTANDING: self.tr("Outstanding"), c.LEVEL: self.tr("Suggested reminder"),
        }[c(column)]

    def row_id(self, row: OverdueInvoice) -> int:
        return row.customer_id

    def cell(self, row: OverdueInvoice, column: int, role: int) -> Any:
        c = self.Columns(column)
        if role == RawRole:
            return {
                c.NUMBER: row.number, c.CUSTOMER: row.customer_name, c.DUE: row.due_date,
                c.DAYS: row.days_overdue, c.OUTSTANDING: row.outstanding,
                c.LEVEL: row.suggested_level,
            }[c]
        if role == Qt.ItemDataRole.DisplayRole:
            if c == c.NUMBER:
                return row.number
            if c == c.CUSTOMER:
                return f"{row.customer_name} ({row.customer_code})"
            if c == c.DUE:
                return format_date_short(row.due_date, self.lang)
            if c == c.DAYS:
                return str(row.days_overdue)
            if c == c.OUTSTANDING:
                return format_rupiah(row.outstanding)
            return self.tr("Level {level}").format(level=row.suggested_level)
        return None
